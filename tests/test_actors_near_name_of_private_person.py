"""A near name of someone introduced with an age, as news introduces private people ("John Smith, 34,"
against the files' "John Hilary Smith"), is no dictionary person unless the article names that person's
country."""

from __future__ import annotations

from actors_support import codes_by_text


def resolve(ctx, text: str) -> dict[str, str | None]:
    return codes_by_text(ctx, text, "2019-03-15", "near-name-test")


def test_actors_private_gunman_with_common_surname_is_no_listed_person(ctx):
    coded = resolve(ctx, "John Smith, 34, opened fire on police officers in Kabul.")
    assert coded.get("John Smith") is None or not coded["John Smith"].startswith("KIR")


def test_actors_full_listed_name_still_resolves(ctx):
    coded = resolve(ctx, "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart on Monday.")
    assert any(code == "RUSGOV" for code in coded.values())
