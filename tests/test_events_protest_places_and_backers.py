"""Where a protest is held, and who backs the thing protested, name no target.

A protest is aimed at whom it addresses; a state or town in its "in/at" phrase that is the protesters' own
country says where it was held (``recipients.home_ground``), while a foreign one stays the target, as for other
acts done abroad. A body there is addressed ("outside parliament"). A backer written before a noun ("the
IMF-backed cuts", "a UN-sponsored deal") is not the noun (``arguments.sponsor_word``), also when the parser hangs
the name on the noun itself.
"""

from __future__ import annotations

import pytest

from actors_support import coded_article
from events_support import code_example, dyads


def _events(ctx, text, article_id):
    article = coded_article(ctx, text, "2019-03-04", article_id)
    return {(e.source.code, e.target.code if e.target else None) for e in article.events if e.root == "14"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Greek workers marched in Athens against pension cuts.", ("GRCLAB", None)),
    ("Portuguese workers protested in Porto against the new labour law.", ("PRTLAB", None)),
])
def test_events_protest_in_own_country_has_no_place_target(ctx, text, pair):
    assert _events(ctx, text, "home-ground") == {pair}


@pytest.mark.parametrize(("text", "pair"), [
    ("Chinese students marched in Paris on Sunday.", ("CHNEDU", "FRA")),
    ("Portuguese workers rallied outside the Portuguese parliament.", ("PRTLAB", "PRTLEG")),
])
def test_events_protest_abroad_or_at_a_body_keeps_its_target(ctx, text, pair):
    assert pair in _events(ctx, text, "away-ground")


@pytest.mark.parametrize(("example", "dyad"), [
    ("{The government:SYRGOV} agreed a {UN:IGOUNO}-sponsored deal with local leaders.", ("SYRGOV", None, "057")),
    ("{Greek workers:GRCLAB} went on strike against the {IMF:IGOUNODEVIMF}-backed cuts.", ("GRCLAB", None, "143")),
])
def test_events_backer_before_a_noun_is_not_the_noun(ctx, example, dyad):
    assert dyads(code_example(ctx, example)[1]) == {dyad}
