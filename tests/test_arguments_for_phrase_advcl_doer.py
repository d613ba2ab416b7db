"""The "for X" phrase of a request verb names the doer of a "to" infinitive the parser hangs on the verb as
an adverbial clause ("called Friday for [the president] to cancel the visit"), as it does for one hung as a
complement; without such a phrase the infinitive stays the subject's ("travelled to Paris to meet X")."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Leading Democrats:USAPTY} called Friday for {President Trump:USAGOV} to cancel his planned summit "
         "with {Vladimir Putin:RUSGOV}.", ("USAGOV", "RUSGOV")),
        # the parser may give the "for" clause its own subject instead: the same doer
        ("{Senators:USALEG} called on Monday for {the president:USAGOV} to cancel his visit to "
         "{Moscow:RUS}.", ("USAGOV", "RUS")),
    ],
)
def test_for_phrase_names_doer_of_adverbial_infinitive(ctx, example, expected):
    _, events = code_example(ctx, example)
    pairs = {(s, t) for s, t, _ in dyads(events)}
    assert expected in pairs
    asker = example.split(":")[1].split("}")[0]
    assert not any(s == asker and t == expected[1] for s, t in pairs)


def test_adverbial_infinitive_without_for_phrase_stays_the_subjects(ctx):
    _, events = code_example(ctx, "{Chancellor Olaf Brandt:DEUGOV} called a halt on Friday to meet "
                                  "{President Emmanuel Marchand:FRAGOV} in Paris.")
    assert not any(t == "FRAGOV" and s != "DEUGOV" for s, t, _ in dyads(events))
