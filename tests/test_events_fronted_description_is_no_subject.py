"""A description set before a named subject is not the doer (``voice._fronted_description``).

"The son of Cuban immigrants, Rubio has criticized the opening": the parser makes both "son" and "Rubio"
subjects of the verb; the first, read first, gave the criticism to Cuban immigrants (CUBCVL).
"""

from __future__ import annotations

from events_support import coded_moods


def test_events_named_subject_after_a_fronted_description_is_the_doer(ctx):
    found = coded_moods(ctx, "The son of {Cuban immigrants:CUBCVL}, {Rubio:USALEG} has criticized {Cuba:CUB}.", "11")
    assert [(c, s, t) for c, s, t, _ in found] == [("111", "USALEG", "CUB")], found
