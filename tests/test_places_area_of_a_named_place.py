"""Places: "the town of X" is read by one word list and one helper, for places and for actors alike.

The places stage locates an act in X ("in the Bustan neighbourhood of Aleppo") and the actors stage
keeps victims harmed "in the camp of X" from the striker's country; both ask
:func:`eventwire.places.area_words.area_named`. Our own sentences; guards: an office "of" a town is no
area, and a name after no "of" is not read by this helper.
"""

from __future__ import annotations

import pytest

from eventwire import places as places_stage
from eventwire.model import Article
from eventwire.places.area_words import area_named
from time_support import hand_event, run_on_doc

NAMED_AREAS = [
    # (id, text, name, the area noun it is named by, or None)
    ("camp", "Shells fell on the camp of Yarmouk on Monday.", "Yarmouk", "camp"),
    ("oblast", "Troops entered the oblast of Kharkiv.", "Kharkiv", "oblast"),
    ("suburb", "Jets bombed the suburb of Douma.", "Douma", "suburb"),
    ("plural-area", "Rebels shelled the towns of Homs and Hama.", "Homs", "towns"),
    # guards
    ("office-of-a-town", "The mayor of Aleppo resigned.", "Aleppo", None),
    ("no-of", "Jets bombed Douma.", "Douma", None),
]  # fmt: skip


@pytest.mark.parametrize(("case_id", "text", "name", "area"), NAMED_AREAS, ids=[c[0] for c in NAMED_AREAS])
def test_places_area_named_reads_the_area_noun_before_of(nlp, case_id, text, name, area):
    token = next(t for t in nlp(text) if t.text == name)
    found = area_named(token)
    assert (found.text if found is not None else None) == area


PLACED = [
    # (id, text, trigger word, expected place name)
    ("neighbourhood-of-a-city", "Gunmen shot three guards in the Bustan neighbourhood of Aleppo.", "shot", "Aleppo"),
    ("city-of", "Protesters marched in the northern city of Aleppo.", "marched", "Aleppo"),
]  # fmt: skip


@pytest.mark.parametrize(("case_id", "text", "trigger", "name"), PLACED, ids=[c[0] for c in PLACED])
def test_places_area_named_by_of_places_the_act(nlp, ctx, case_id, text, trigger, name):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    article = Article(id=f"area-of-{case_id}", text=text, published="2017-05-02")
    article.events = [hand_event(article, token)]
    run_on_doc(article, doc, ctx, places_stage)
    place = article.events[0].place
    assert (place.name if place else None) == name
