"""Since the actors stage codes news spellings of cities ("Raqqa", "Deir Ezzor"), a
sentence's city could give its country to a bare word for the coalition's aircraft or a service's generals.
The article's one X-led coalition beats the city for "coalition" and warplane words ("U.S.-led", one token,
counts as naming it; ``named_again.coalition_aircraft``), and a capitalised bare "Army" in an article
datelined in capitals is the dateline country's (``story_state._dateline_service``).

The regression tests fail on the code of commits 5eb1352/ee1b6ac, where the city spellings came in
without these rules."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def mention_codes(ctx, text: str) -> list[tuple[str, str | None]]:
    article = Article(id="coalition-over-city-test", text=text, published="2016-10-06")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.text, a.code) for a in article.actors]


def codes_of(found, word: str) -> list[str | None]:
    return [code for name, code in found if name.lower() == word]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "U.S.-led" is one token before a bare "coalition …" mention: it names the led coalition
    ("U.S.-led coalition jets unleashed a series of strikes on Raqqa. A Raqqa-based activist network said "
     "eight civilians were killed by the coalition airstrikes.", "coalition", "USAMIL"),
    ("Saudi-led coalition jets struck Sanaa. Residents of Hodeidah said the coalition airstrikes went on all "
     "night.", "coalition", "SAUMIL"),
    # the possessive written without its apostrophe ("the Coalitions airstrikes", FA-KES) is the coalition too
    ("The US-led coalition struck Raqqa. According to reports the Coalitions airstrikes destroyed a bridge near "
     "Deir Ezzor.", "coalitions", "USAMIL"),
    # bare warplane words: the led coalition's, not the city's that the sentence names as their target
    ("The US-led coalition said it had struck Islamic State positions. The bombers had also targeted Syrian "
     "army troops near the city of Deir Ezzor.", "bombers", "USAMIL"),
])
def test_actors_led_coalition_beats_the_sentence_city(ctx, text, word, expected):
    found = mention_codes(ctx, text)
    assert codes_of(found, word) and all(code == expected for code in codes_of(found, word)), found


def test_actors_dateline_army_beats_the_sentence_city(ctx):
    found = mention_codes(ctx, "WASHINGTON - The Abu Ghraib prisoner abuse scandal could end the careers of "
                               "four Army generals.")
    assert ("Army generals", "USAMIL") in found, found


@pytest.mark.parametrize(("text", "word", "expected"), [
    # guards: another country's warplanes named in the article keep the usual rules
    ("Syrian warplanes and the US-led coalition struck the area. The bombers had also targeted rebels near "
     "the city of Deir Ezzor.", "bombers", "SYRMIL"),
    # no led coalition named: the sentence's city, as before
    ("The bombers had also targeted rebels near the city of Deir Ezzor.", "bombers", "SYRMIL"),
    # "the coalition government" is another coalition
    ("The US-led coalition struck Raqqa. In Baghdad the coalition government met on Monday.",
     "coalition government", None),
])
def test_actors_coalition_aircraft_guards(ctx, text, word, expected):
    found = mention_codes(ctx, text)
    assert all(code != "USAMIL" or expected == "USAMIL" for code in codes_of(found, word)), found
    if expected is not None:
        assert codes_of(found, word) == [expected], found


@pytest.mark.parametrize(("text", "expected"), [
    # guards: no dateline, a lowercase dateline-less article, a dateline of the city itself
    ("The Abu Ghraib prisoner abuse scandal could end the careers of four Army generals.", "IRQMIL"),
    ("BAGHDAD - Army troops entered Fallujah on Monday.", "IRQMIL"),
])
def test_actors_dateline_army_guards(ctx, text, expected):
    found = mention_codes(ctx, text)
    assert [code for name, code in found if "Army" in name] == [expected], found
