"""End to end on the user's two seed articles, against golden files.

The seeds are read from ../shared at run time (never copied here). The golden
file holds only structure — codes, offsets, dates — so no article text
enters the repository. After an intended change, regenerate it
with ``EVENTWIRE_UPDATE_GOLDEN=1 pytest tests/test_golden_seeds.py`` and read
the diff before committing it.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from eventwire.read import Overrides, read_inputs
from eventwire.store import Store

GOLDEN = Path(__file__).parent / "golden" / "seeds.json"
#: The AP seed does not state its date in the text; a caller would pass it.
CALLER_DATES = {"000_0eede5b9c2889da2.txt": "2017-05-02"}


def _summary(store: Store, article_id: str) -> dict:
    article = store.article(article_id)
    assert article is not None
    return {
        "title_sha1": hashlib.sha1((article.title or "").encode()).hexdigest()[:12] if article.title else None,
        "outlet": article.outlet, "outlets": sorted(article.outlets), "authors": article.authors,
        "published": article.published, "dateline": article.dateline,
        "text_chars": len(article.text), "removed": len(article.removed),
        "actors": [[a.span.start, a.span.end, a.code, a.country] for a in article.actors],
        "events": [[e.trigger.start, e.trigger.end, e.cameo, e.source and e.source.code, e.target and e.target.code,
                    e.date, e.date_precision, e.modality] for e in article.events],
        "quotes": [[q.span.start, q.span.end, q.kind, q.speaker and q.speaker.code] for q in article.quotes],
    }


def _dump(golden: dict) -> str:
    """JSON with one annotation per line, so a golden diff reads line by line."""
    out = ["{"]
    for i, (article_id, summary) in enumerate(golden.items()):
        out.append(f" {json.dumps(article_id)}: {{")
        items = list(summary.items())
        for j, (key, value) in enumerate(items):
            end = "," if j < len(items) - 1 else ""
            if isinstance(value, list) and value and isinstance(value[0], list):
                rows = ",\n".join(f"   {json.dumps(row, ensure_ascii=False)}" for row in value)
                out.append(f"  {json.dumps(key)}: [\n{rows}\n  ]{end}")
            else:
                out.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{end}")
        out.append(" }" + ("," if i < len(golden) - 1 else ""))
    out.append("}")
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def seeds_store(seeds_dir: Path, tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("golden") / "seeds.duckdb")
    for path in sorted(seeds_dir.glob("*.txt")):
        store.run([str(path)], overrides=Overrides(published=CALLER_DATES.get(path.name)))
    yield store
    store.close()


def test_golden_seeds_are_all_stored_and_rerun_adds_nothing(seeds_store: Store, seeds_dir: Path):
    assert seeds_store.stats()["articles"] == 2
    again = seeds_store.run([str(seeds_dir)])
    assert (again.stored, again.duplicates, again.rejected) == (0, 2, 0)


def test_golden_seeds_match_golden_file(seeds_store: Store, seeds_dir: Path):
    ids = sorted(item.id for item in read_inputs([seeds_dir]) if hasattr(item, "raw"))
    actual = {article_id: _summary(seeds_store, article_id) for article_id in ids}
    if os.environ.get("EVENTWIRE_UPDATE_GOLDEN"):
        GOLDEN.write_text(_dump(actual), encoding="utf-8")
    if not GOLDEN.exists():
        pytest.fail(f"{GOLDEN.name} is missing: run with EVENTWIRE_UPDATE_GOLDEN=1 once and review it")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for article_id in ids:
        for key in expected[article_id]:
            assert actual[article_id][key] == expected[article_id][key], f"{article_id}: {key} differs from golden"
