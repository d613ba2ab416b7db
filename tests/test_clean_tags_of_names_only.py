"""A keyword list ends before a people's adjective or a hyphenated modifier that opens the sentence."""

from __future__ import annotations

from eventwire.clean.inline import tag_list_span


def _cut(line: str) -> str | None:
    span = tag_list_span(line)
    return None if span is None else line[span[0]:span[1]]


def test_capitalised_keywords_are_not_taken_for_the_subjects_name() -> None:
    line = ("Tags Norland Vessia Gas Leak Danish engineers said a valve failed at the depot on Friday "
            "and the port was closed for the night.")
    assert _cut(line) == "Tags Norland Vessia Gas Leak"


def test_list_ends_before_a_hyphenated_capitalised_opener() -> None:
    line = "Tags Vessia Norland Ports Anti-strike workers say the cranes have stood still since Monday."
    assert _cut(line) == "Tags Vessia Norland Ports"


def test_last_keyword_is_not_read_into_a_name_opened_by_a_peoples_adjective() -> None:
    line = "Tags Mireva floods Storms Norwegian rescue crews reached the village at dawn."
    assert _cut(line) == "Tags Mireva floods Storms"


def test_a_name_of_several_words_still_opens_the_sentence_whole() -> None:
    line = "Tags floods Mireva roads Coastal Guard boats were sent to the river mouth on Tuesday."
    assert _cut(line) == "Tags floods Mireva roads"
