"""Places: a place inside a group's or an organisation's name locates nothing.

"Jets bombed the Islamic Front in Iraq and Syria on Monday": the actors stage reads the whole name as
one group, and the country in it names the group, not where the bombs fell; the act was placed in Iraq
and joined strikes there. Guards: a place inside a place's or a people's longer mention ("a town in Hama
province", "residents of Damascus") still places the act, and so does a place beside a group's name.
Hand-built actors; our own sentences.
"""

from __future__ import annotations

import pytest

from eventwire import places as places_stage
from eventwire.model import Actor, Article, Span
from time_support import hand_event, run_on_doc

CASES = [
    # (id, text, trigger word, actor text, actor kind, expected place name or None)
    ("group-name", "Jets bombed the Islamic Front in Iraq and Syria on Monday.", "bombed",
     "Islamic Front in Iraq and Syria", "group", None),
    ("organisation-name", "Gunmen attacked the Relief Office in Yemen yesterday.", "attacked",
     "Relief Office in Yemen", "organisation", None),
    # guards
    ("inside-a-province", "Troops seized a town in Hama province.", "seized", "Hama province", "place", "Hama"),
    ("beside-a-group", "Jets bombed the Islamic Front in Raqqa on Monday.", "bombed",
     "Islamic Front", "group", "Raqqa"),
]  # fmt: skip


@pytest.mark.parametrize(("case_id", "text", "trigger", "actor", "kind", "name"), CASES, ids=[c[0] for c in CASES])
def test_places_inside_group_names(nlp, ctx, case_id, text, trigger, actor, kind, name):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    article = Article(id=f"inside-name-{case_id}", text=text, published="2017-05-02")
    start = text.index(actor)
    article.actors = [Actor(span=Span(start, start + len(actor)), text=actor, kind=kind)]
    article.events = [hand_event(article, token)]
    run_on_doc(article, doc, ctx, places_stage)
    place = article.events[0].place
    assert (place.name if place else None) == name
