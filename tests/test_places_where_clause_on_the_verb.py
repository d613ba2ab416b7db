"""Places: a "where" clause that the parser hangs on the verb still says where, by that verb's place.

Without a comma before "where" the parser often reads "riots erupted in Salonika where dockers
marched" with "marched" as an adverbial clause of "broke", not a relative clause of "Salonika", and the
march was left with no place. The governing verb's own locative is then the place. Our own sentences;
guards: no locative on the verb leaves no place, and a place of the clause's own still wins.
"""

from __future__ import annotations

import pytest

from eventwire import places as places_stage
from eventwire.model import Article
from time_support import hand_event, run_on_doc

CASES = [
    # (id, text, trigger word, expected place name or None)
    ("no-comma", "Riots erupted in Salonika where thousands of dockers marched.", "marched", "Salonika"),
    ("no-comma-city", "Riots erupted in Porto where hundreds of dockers marched on Friday.", "marched", "Porto"),
    # guards
    ("no-verb-place", "The police stayed where the dockers marched.", "marched", None),
    ("own-place-wins", "Fighting went on in Aleppo where rebels shelled a school in Homs.", "shelled", "Homs"),
]


@pytest.mark.parametrize(("case_id", "text", "trigger", "name"), CASES, ids=[c[0] for c in CASES])
def test_places_where_clause_on_the_verb_takes_the_verbs_place(nlp, ctx, case_id, text, trigger, name):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    article = Article(id=f"where-verb-{case_id}", text=text, published="2017-05-02")
    article.events = [hand_event(article, token)]
    run_on_doc(article, doc, ctx, places_stage)
    place = article.events[0].place
    assert (place.name if place else None) == name
