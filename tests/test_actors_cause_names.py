"""A role word closing a cause's name ("the Movement for Quality Government") is part of that name, not the
state's body (``body_names.inside_a_body_name``)."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


def codes(ctx, text: str) -> dict[str, str | None]:
    """Each actor mention's text → its code."""
    return codes_by_text(ctx, text, "2017-03-09", "cause-name-test")


@pytest.mark.parametrize("text", [
    "The Movement for Honest Government in Norway refused to answer the questions.",
    "The Campaign for Open Government in Canada said the new rules were unfair.",
    "The Society for Democratic Government in Ghana called the vote flawed.",
    "The Centre for Law and Government in Kenya criticised the budget.",
    "The Association for the Welfare of Working People met in Denmark on Friday.",
])
def test_role_word_in_a_cause_name_is_no_state_body(ctx, text: str) -> None:
    found = codes(ctx, text)
    assert not any(code and code[3:6] in ("GOV", "CVL") for code in found.values()), found


@pytest.mark.parametrize(("text", "mention", "code"), [
    # no kind word before "for": the role word still names the state's body
    ("The Norwegian Government said it would answer the questions.", "Norwegian Government", "NORGOV"),
    ("Russia sent more Troops for the Syrian Government.", "Troops", "SYRMIL"),
    # a state's own council or committee for a cause keeps its role word
    ("The Supreme Council for the Armed Forces of Egypt named a new cabinet.", "Armed Forces", "EGYMIL"),
    # a challenger's word in a cause's name names the body's own members (an opposition's forces are rebels)
    ("The Alliance for Liberation and Opposition Forces in Chad said the attack killed villagers.",
     "Opposition Forces", "TCDREB"),
])
def test_role_word_outside_a_cause_name_is_kept(ctx, text: str, mention: str, code: str) -> None:
    found = codes(ctx, text)
    assert any(mention in text_ and (value or "").startswith(code) for text_, value in found.items()), found
