"""An inquiry's owner is its source: the possessor, an agency before it, or the body a role word names
("a police investigation"); the "into/of" object is the target. Never an inquiry without its doer."""

from __future__ import annotations

import pytest

from actors_support import pipeline_dyads


def coded_events(ctx, text: str) -> set[tuple[str | None, str | None, str]]:
    """Source, target and code of the events the actors+events stages give ``text``."""
    return pipeline_dyads(ctx, text, "inquiry-owner")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The police investigation into the Kenyan army stalled.", "COP", "KENMIL"),
    # the investigated party's country is not lent to the investigator (test_actors_investigator_country):
    # the army's country comes from the sentence before
    ("Sudan faced protests on Monday. An army inquiry into the police was announced.", "SDNMIL", "SDNCOP"),
])
def test_events_role_word_before_an_inquiry_is_its_investigator(ctx, text, source, target):
    events = [e for e in coded_events(ctx, text) if e[2].startswith("09")]
    assert events, text
    assert all(e[0] is not None and e[0].endswith(source) and e[1] == target for e in events)


def test_events_criminal_before_an_inquiry_is_its_kind_not_its_owner(ctx):
    events = coded_events(ctx, "A criminal investigation into the Iraqi ministry was opened on Monday.")
    assert all(source is None or "CRM" not in source for source, _, _ in events)


def test_events_role_word_inquiry_leaves_a_light_verb_subject_first(ctx):
    events = coded_events(ctx, "Kenyan officials ordered a police investigation into the Somali embassy.")
    inquiries = {(s, t) for s, t, code in events if code.startswith("09")}
    assert ("KENGOV", "SOMGOV") in inquiries


@pytest.mark.parametrize("text", [
    "The Justice Department's probe of the Iranian bank widened.",
    "The Justice Department opened an investigation into the Iranian bank.",
])
def test_events_justice_department_owns_its_probe(ctx, text):
    events = coded_events(ctx, text)
    assert ("USAGOV", "IRNBUS", "090") in events


@pytest.mark.parametrize(("text", "expected"), [
    ("An inquiry led by the UN into the Syrian government found evidence.", ("IGOUNO", "SYRGOV", "090")),
    ("The investigation, led by the FBI, into the Iranian hackers widened.", ("USACOP", "IRN", "090")),
    ("An investigation ordered by the Kenyan president into the police began.", ("KENGOV", "KENCOP", "090")),
])
def test_events_inquiry_led_by_someone_is_theirs(ctx, text, expected):
    assert expected in coded_events(ctx, text)


def test_events_sanctions_imposed_by_a_state_are_its_own(ctx):
    events = coded_events(ctx, "Sanctions imposed by the US on Iranian banks hurt trade.")
    assert any(s == "USA" and t == "IRNBUS" and code.startswith("16") for s, t, code in events)


def test_events_hosted_by_is_no_doer_of_the_talks(ctx):
    events = coded_events(ctx, "Talks hosted by Qatar between the Taliban and Afghan officials resumed.")
    assert all(source != "QAT" for source, _, code in events if code.startswith("04"))
