"""Places: an event in a "where" relative clause happens at the place the clause describes."""

from __future__ import annotations

import pytest

from eventwire import places as places_stage
from eventwire.model import Article
from time_support import hand_event, run_on_doc

CASES = [
    # (id, text, trigger word, expected place name or None)
    ("name", "Clashes broke out in Salonika, where thousands of people marched.", "marched", "Salonika"),
    (
        "name-in-phrase",
        "Police raided a mosque in Kabul district, where gunmen attacked a convoy.",
        "attacked",
        "Kabul",
    ),
    (
        "area-noun",
        "A drone hit a militia post in eastern Homs province where the group is fighting rebels.",
        "fighting",
        "Homs",
    ),
    (
        "noun-on-noun",
        "Fighting raged in Latakia province on the coast where rebels began an offensive.",
        "offensive",
        "Latakia",
    ),
    (
        "noun-on-verb",
        "Protesters gathered in Cairo at the embassy, where police arrested ten men.",
        "arrested",
        "Cairo",
    ),
    ("object-name", "Troops entered Mosul, where they attacked an army post.", "attacked", "Mosul"),
    (
        "of-name",
        "Shells hit other areas of Eastern Ghouta where rebels have been battling troops.",
        "battling",
        "Eastern Ghouta",
    ),
    # the clause's own place wins over the one it describes
    ("own-place", "Fighting continued in Aleppo, where rebels shelled a school in Homs.", "shelled", "Homs"),
    # no place anywhere: the described noun is not a place name
    ("no-place", "Protesters gathered at the embassy, where police arrested ten men.", "arrested", None),
    # a place on the subject of another verb is not where the village is
    (
        "other-phrase",
        "Officials in Paris condemned the raid on the village where troops killed ten men.",
        "killed",
        None,
    ),
    # a "where" clause on a time names no place
    (
        "time-noun",
        "Syria has seen unrest since mid-March where the government accuses foreign states.",
        "accuses",
        None,
    ),
]


@pytest.mark.parametrize(("case_id", "text", "trigger", "name"), CASES, ids=[c[0] for c in CASES])
def test_places_where_clause_takes_described_place(nlp, ctx, case_id, text, trigger, name):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    article = Article(id=f"where-{case_id}", text=text, published="2017-05-02")
    article.events = [hand_event(article, token)]
    run_on_doc(article, doc, ctx, places_stage)
    place = article.events[0].place
    assert (place.name if place else None) == name
