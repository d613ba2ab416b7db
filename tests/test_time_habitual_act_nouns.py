"""An act told by a noun of many acts ("frequent air raids", "repeated attacks") names no one happening.

"Since the war began the army has conducted frequent air raids on the villages": the raids are the
campaign, and dated by the report they joined the one raid other reports told that day. The adjective
says "again and again" as an adverb of habit does, on the trigger noun or on its verb's object. Guards:
a noun with no such adjective keeps the report's day, and so does one with a day of its own. Our own
sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-06"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The army has conducted frequent air raids on the villages along the river.", "conducted"),
        ("Repeated attacks on the villages have emptied the valley.", "attacks"),
    ],
)
def test_time_habitual_act_nouns_have_no_day(text, word, nlp, ctx):
    assert date_word(text, word, PUBLISHED, nlp, ctx, cameo="195").date is None


# Guards.

def test_time_habitual_act_nouns_a_plain_raid_keeps_the_report_day(nlp, ctx):
    text = "The army has conducted air raids on the villages along the river."
    assert date_word(text, "conducted", PUBLISHED, nlp, ctx, cameo="195").date == PUBLISHED


def test_time_habitual_act_nouns_a_day_of_its_own_still_dates(nlp, ctx):
    text = "The army conducted repeated air raids on the villages on Friday."
    assert date_word(text, "conducted", PUBLISHED, nlp, ctx, cameo="195").date == "2031-07-04"
