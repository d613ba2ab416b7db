"""Places: a town name that modifies a located site places the act in that town.

"A sniper shot two clerks at a downtown Portland print shop" and "on the Porto campus" name
the town only as a modifier of the site noun, which the preposition locates; the act had no place,
and two shootings the same day in towns far apart could not be told apart. Our own sentences; guards:
a capitalised site is an institution's name ("Beaumont Hospital"), and a site with no locative
preposition ("attacked a Porto market") locates nothing.
"""

from __future__ import annotations

import pytest

from eventwire import places as places_stage
from eventwire.model import Article
from time_support import hand_event, run_on_doc

CASES = [
    # (id, text, trigger word, expected place name or None)
    ("compound-site", "A sniper shot two clerks at a downtown Detroit print shop.", "shot", "Detroit"),
    ("on-a-campus", "A sniper wounded two guards on the Seattle campus.", "wounded", "Seattle"),
    ("in-a-market", "A bomber killed six people in a Baghdad market.", "killed", "Baghdad"),
    # guards
    ("named-institution", "Doctors treated the wounded at Beaumont Hospital.", "treated", None),
    ("no-preposition", "Rebels attacked a Baghdad market.", "attacked", None),
]  # fmt: skip


@pytest.mark.parametrize(("case_id", "text", "trigger", "name"), CASES, ids=[c[0] for c in CASES])
def test_places_town_on_a_site(nlp, ctx, case_id, text, trigger, name):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    article = Article(id=f"town-site-{case_id}", text=text, published="2017-05-02")
    article.events = [hand_event(article, token)]
    run_on_doc(article, doc, ctx, places_stage)
    place = article.events[0].place
    assert (place.name if place else None) == name
