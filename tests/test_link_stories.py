"""Story grouping on hand-written texts: one similarity, offline and incremental."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from eventwire.link import link_stories
from eventwire.link.stories import StoryDoc, assign_stories, cluster, name_entities, similarity_matrix
from eventwire.model import Article

# Three stories, each told twice in different words by different outlets.
TEXTS = {
    "flood1": "Floods in Valencia: Spanish rescuers searched flooded villages near Valencia on Tuesday after "
              "torrential rain swept away cars and bridges, officials in Spain said.",
    "flood2": "Rescue teams in Spain kept searching villages around Valencia where torrential rains and "
              "flash floods destroyed bridges and carried away cars, regional officials said.",
    "vote1": "Kenya parliament approves finance bill: Kenyan lawmakers in Nairobi passed the disputed "
             "finance bill raising taxes on bread and fuel despite protests outside parliament.",
    "vote2": "Lawmakers in Nairobi voted through Kenya's finance bill with its new taxes on fuel and bread "
             "as protesters gathered outside the parliament building.",
    "chip1": "Samsung reports record chip profits: Samsung Electronics said quarterly profit from memory "
             "chips hit a record on demand for artificial intelligence servers.",
    "chip2": "Memory chip demand from artificial intelligence servers drove Samsung Electronics to a record "
             "quarterly profit, the South Korean company said.",
}
DAY = dt.date(2024, 6, 3)


def _doc(key, days=0, story_id=None):
    return StoryDoc(key, TEXTS[key], DAY + dt.timedelta(days=days), name_entities(TEXTS[key]), story_id)


def _partition(mapping):
    groups = {}
    for item, label in mapping.items():
        groups.setdefault(label, set()).add(item)
    return sorted(sorted(g) for g in groups.values())


def test_link_stories_offline_groups_retellings():
    assert _partition(cluster([_doc(k) for k in TEXTS])) == [
        ["chip1", "chip2"], ["flood1", "flood2"], ["vote1", "vote2"]
    ]


def test_link_stories_incremental_matches_offline():
    first = assign_stories([_doc("flood1"), _doc("vote1"), _doc("chip1")])
    known = [_doc(k, story_id=first[k].story_id) for k in ("flood1", "vote1", "chip1")]
    later = assign_stories([_doc("flood2", 1), _doc("vote2", 1), _doc("chip2", 1)], known)
    assert later["flood2"].story_id == first["flood1"].story_id == "sty_flood1"
    assert later["vote2"].story_id == first["vote1"].story_id
    assert later["chip2"].story_id == first["chip1"].story_id
    assert not any(a.new for a in later.values())


@pytest.mark.parametrize(("days", "same"), [(0, True), (5, True), (15, False)])
def test_link_stories_date_window(days, same):
    result = cluster([_doc("flood1"), _doc("flood2", days)])
    assert (result["flood1"] == result["flood2"]) is same


def test_link_stories_similarity_is_symmetric_and_bounded():
    sim = similarity_matrix([_doc(k) for k in TEXTS])
    assert (abs(sim - sim.T) < 1e-9).all()
    assert sim.min() >= 0 and sim.max() <= 1 + 1e-9


def test_link_stories_stage_uses_the_store(tmp_path):
    store_module = pytest.importorskip("eventwire.store")
    store = store_module.Store(tmp_path / "s.duckdb")
    try:
        stored = Article(id="flood1", text=TEXTS["flood1"], published=DAY.isoformat(), outlet="A")
        link_stories([stored], store.con)
        store.write([stored], [], store.start_run(["test"]))
        new = [Article(id=k, text=TEXTS[k], published=(DAY + dt.timedelta(days=1)).isoformat(), outlet="B")
               for k in ("flood2", "vote1")]
        link_stories(new, store.con)
        assert new[0].story_id == stored.story_id == "sty_flood1"
        assert new[1].story_id == "sty_vote1"
        again = Article(id="flood1", text=TEXTS["flood1"], published=DAY.isoformat())
        link_stories([again], store.con)
        assert again.story_id == "sty_flood1"  # a re-read keeps its story
    finally:
        store.close()


def test_link_stories_lone_article_does_not_import_scikit_learn():
    # One article and an empty store: nothing to compare, so no TF-IDF (scikit-learn's import costs ~0.5 CPU-s).
    code = ("import sys; from eventwire.link.stories import StoryDoc, assign_stories; "
            "result = assign_stories([StoryDoc('a1', 'Leaders met in Geneva.', None, frozenset())]); "
            "print(result['a1'].story_id, 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["sty_a1", "False"]
