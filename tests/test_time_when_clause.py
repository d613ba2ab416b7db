"""An act in a when-clause hung on a time takes that time (our own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.time.timeline import Timeline

PUBLISHED = date(2029, 7, 1)


def _dated(nlp, text: str, word: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    resolution, basis = Timeline(doc, PUBLISHED).date_token(next(t for t in doc if t.text == word))
    return resolution.value, basis


@pytest.mark.parametrize(("text", "word", "value"), [
    # The act is the start of a state measured "since" that time.
    ("The country has been at war since early 2021 when the army cracked down on student protests with great force.",
     "cracked", "2021"),
    # A when-clause on a month.
    ("The strike began in March 2025, when the union walked out of the talks.", "walked", "2025-03"),
])
def test_time_when_clause_on_a_time_takes_it(nlp, text, word, value):
    assert _dated(nlp, text, word) == (value, "expression")


@pytest.mark.parametrize(("text", "word", "value"), [
    # With a comma, and the whole sentence in reported speech.
    ("Fighting has raged since 2021, when the army cracked down on protests, the group said on Monday.",
     "cracked", "2021"),
])
def test_time_when_clause_on_a_time_in_reported_speech(nlp, text, word, value):
    assert _dated(nlp, text, word) == (value, "expression")


@pytest.mark.parametrize(("text", "word"), [
    # A when-clause on the main verb, no time anywhere: the report's day.
    ("The minister resigned when the union walked out of the talks.", "walked"),
    # The state measured since the time is not the act of the when-clause.
    ("The country has been at war since early 2021 when the army cracked down on student protests.", "been"),
    # A when-clause on a noun that is no time expression.
    ("The union walked out of the talks in the week when the minister resigned.", "resigned"),
])
def test_time_when_clause_elsewhere_is_not_dated_by_it(nlp, text, word):
    assert _dated(nlp, text, word) == (PUBLISHED.isoformat(), "publication")
