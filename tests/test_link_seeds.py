"""On the two seeds, the U.S. missile strike (and the chemical attack) link across articles."""

from __future__ import annotations

import copy

import pytest

from eventwire.link import link_contrasts, link_incidents, link_stories
from quotes_link_support import coded_seeds


@pytest.fixture(scope="module")
def linked(seeds_dir, ctx):
    articles = [copy.deepcopy(a) for a in coded_seeds(seeds_dir, ctx).values()]
    link_stories(articles)
    link_incidents(articles)
    link_contrasts(articles)
    return {a.id[:3]: a for a in articles}


def _incidents(article, roots, source, target):
    return {e.incident_id for e in article.events
            if e.root in roots and e.source and (e.source.code or "").startswith(source)
            and e.target and (e.target.code or "").startswith(target)}


def test_link_seeds_missile_strike_is_one_incident(linked):
    ap, wt = linked.get("000"), linked.get("004")
    if ap is None or wt is None:
        pytest.skip("both seeds are needed")
    in_ap, in_wt = _incidents(ap, {"18", "19", "20"}, "USA", "SYR"), _incidents(wt, {"18", "19", "20"}, "USA", "SYR")
    if not in_ap or not in_wt:
        pytest.skip("the registered article stages do not code the strike in both seeds yet")
    assert in_ap & in_wt, (in_ap, in_wt)


def test_link_seeds_chemical_attack_is_one_incident(linked):
    ap, wt = linked.get("000"), linked.get("004")
    if ap is None or wt is None:
        pytest.skip("both seeds are needed")
    in_ap, in_wt = _incidents(ap, {"18", "20"}, "SYR", ""), _incidents(wt, {"18", "20"}, "SYR", "")
    if not in_ap or not in_wt:
        pytest.skip("the events stage does not code the chemical attack in both seeds yet")
    assert in_ap & in_wt, (in_ap, in_wt)


def test_link_seeds_kremlin_silence_on_safe_zones_is_a_contrast(linked):
    ap = linked.get("000") or pytest.skip("the AP seed is needed")
    contrasts = ap.metadata.get("contrasts") or []
    assert any((c["silent"]["code"] or "").startswith("RUS") and (c["stated_by"]["code"] or "").startswith("USA")
               for c in contrasts), contrasts
