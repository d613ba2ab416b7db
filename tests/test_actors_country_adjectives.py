"""Everyday country adjectives the codebooks lack (``tools/build_actor_data.ADJECTIVE_ADDITIONS``):
without them "the Icelandic president" took its country from a nearby "Danish"."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def codes(ctx, text: str) -> list[str | None]:
    article = Article(id="adjectives-test", text=text, published="2016-05-02")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [a.code for a in article.actors]


@pytest.mark.parametrize(("text", "country"), [
    ("The Icelandic president met Danish officials in Copenhagen.", "ISL"),
    ("Nepali police arrested two protesters on Friday.", "NPL"),
    ("The Maldivian government declared a state of emergency.", "MDV"),
    ("Timorese troops guarded the border.", "TLS"),
])
def test_actors_everyday_adjective_names_its_country(ctx, text, country):
    assert any((code or "").startswith(country) for code in codes(ctx, text))
