"""A subject the parser hangs as a list member on a fronted phrase ("On a visit to Zimbabwe, [the
president] ...": "Zimbabwe, the president") is the verb's subject; the fronted phrase's place is no doer."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import process_batch


def coded(ctx, text: str) -> set[tuple[str | None, str | None, str]]:
    article = Article(id="fronted-phrase", text=text, raw=text, format="text", published="2019-03-15")
    result = process_batch([article], ctx, ("nlp", "actors", "events"))
    ctx.docs.pop(article.id, None)
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in result.articles[0].events}


@pytest.mark.parametrize(("text", "code", "target"), [
    ("On a visit to Zimbabwe, South African President Cyril Ramaphosa voiced his strong support for the "
     "Zimbabwean army.", "05", "ZWEMIL"),
    ("On a visit to Zimbabwe, South African President Cyril Ramaphosa criticised Britain.", "11", "GBR"),
])
def test_events_subject_swallowed_by_a_fronted_phrase_is_the_doer(ctx, text, code, target):
    events = coded(ctx, text)
    assert any(s == "ZAFGOV" and t == target and c.startswith(code) for s, t, c in events), events
    assert all(s != "ZWE" for s, _, _ in events), events
