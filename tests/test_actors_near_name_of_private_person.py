"""A near name of someone introduced with an age, as news introduces private people ("John Smith, 34,"
against the files' "John Hilary Smith"), is no dictionary person unless the article names that person's
country."""

from __future__ import annotations

from eventwire import actors
from eventwire.model import Article


def resolve(ctx, text: str) -> dict[str, str | None]:
    article = Article(id="near-name-test", text=text, published="2019-03-15")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: a.code for a in article.actors}


def test_actors_private_gunman_with_common_surname_is_no_listed_person(ctx):
    coded = resolve(ctx, "John Smith, 34, opened fire on police officers in Kabul.")
    assert coded.get("John Smith") is None or not coded["John Smith"].startswith("KIR")


def test_actors_full_listed_name_still_resolves(ctx):
    coded = resolve(ctx, "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart on Monday.")
    assert any(code == "RUSGOV" for code in coded.values())
