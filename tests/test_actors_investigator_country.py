"""An investigator does not take the investigated party's country (``actors/refusals._inquiry_subject``,
``actors/context._attached_country``): "the [police] investigation into the Nigerian army" is no Nigerian
police's, and "[the army] announced a [military] investigation into the killing of Palestinian protesters"
is neither a Palestinian army's nor a Palestinian military's."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


def codes(ctx, text: str) -> dict[str, str | None]:
    return codes_by_text(ctx, text, "2018-05-02", "investigator-test")


@pytest.mark.parametrize(("text", "word", "lent"), [
    ("Amnesty welcomed the police investigation into the Nigerian army.", "police", "NGA"),
    ("The army announced a military investigation into the killing of Palestinian protesters.", "military", "PSE"),
    ("The army announced a military investigation into the killing of Palestinian protesters.", "army", "PSE"),
])
def test_actors_investigator_not_of_the_investigated_country(ctx, text, word, lent):
    assert not (codes(ctx, text).get(word) or "").startswith(lent)


def test_actors_investigator_keeps_a_country_named_elsewhere(ctx):
    """The sentence's own state still lends its country: "Israel opened a military investigation"."""
    text = "Israel opened a military investigation into the killing of Palestinian protesters."
    assert codes(ctx, text)["military"] == "ISRMIL"
