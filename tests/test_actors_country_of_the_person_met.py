"""A country in the "of" phrase of the person a titled subject meets or receives is that person's, not the
subject's ("President Ames met Prime Minister Dubois of Canada": Ames is not Canadian)."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


def codes(ctx, text: str) -> dict[str, str | None]:
    """Each actor mention's text → its code."""
    return codes_by_text(ctx, text, "2021-03-02", "person-met-test")


@pytest.mark.parametrize(("text", "subject", "person", "code"), [
    ("President Halvorsen met Prime Minister Okafor of Ghana on Tuesday.", "President Halvorsen",
     "Prime Minister Okafor", "GHAGOV"),
    ("Chancellor Tamberlo received Foreign Minister Pereira of Chile in the capital.", "Chancellor Tamberlo",
     "Foreign Minister Pereira", "CHLGOV"),
])
def test_actors_country_of_the_person_met_is_not_lent_to_the_subject(ctx, text, subject, person, code):
    found = codes(ctx, text)
    assert found.get(person) == code
    assert found.get(subject) == "GOV"  # the title's office alone: no country is known


def test_actors_subject_keeps_its_own_of_phrase(ctx):
    # guard: the subject's own "of" phrase still gives its country
    found = codes(ctx, "President Halvorsen of Ghana met the visiting envoy.")
    assert [code for text, code in found.items() if text.startswith("President")] == ["GHAGOV"]
