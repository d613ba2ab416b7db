"""The other party of a meeting, the other side of "between", and the end of a journey lend a role word no
country under a capitals dateline of another country (``actors/context_guards._counterpart``).

"WASHINGTON (AP) — … announced by Deputy Attorney General Lena Hart, days before the planned summit with
Putin": the summit's other side is not the official's state; the dateline's is. Without a dateline the host
of a visit is as often the role word's country, so nothing is refused there.
"""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def codes(ctx, text: str) -> list[tuple[str, str | None]]:
    article = Article(id="counterparts-test", text=text, published="2019-03-12")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.text, a.code) for a in article.actors]


RULE_CASES = [
    ("WASHINGTON (AP) — Aides were angry that the charges were announced by Deputy Attorney General Lena Hart "
     "on Friday, days before the planned summit with Putin.", ("Deputy Attorney General Lena Hart", "USAGOV")),
    ("WASHINGTON (AP) — Prosecutors described a 2016 Trump Tower meeting between campaign officials and "
     "Russians.", ("officials", "USAGOV")),
]

GUARD_CASES = [
    # the counterpart keeps its own code
    ("WASHINGTON (AP) — Aides were angry that the charges were announced by Deputy Attorney General Lena Hart "
     "on Friday, days before the planned summit with Putin.", ("Putin", "RUSGOV")),
    # no dateline: the host of a visit is the speaker's country
    ("Rebels planned an attack on the president during his visit to Colombia last week, Defense Minister "
     "Jorge Uribe said.", ("Defense Minister Jorge Uribe", "COLGOV")),
]


@pytest.mark.parametrize(("text", "expected"), RULE_CASES)
def test_counterpart_lends_no_country(ctx, text, expected):
    assert expected in codes(ctx, text)


@pytest.mark.parametrize(("text", "expected"), GUARD_CASES)
def test_counterpart_guards(ctx, text, expected):
    assert expected in codes(ctx, text)
