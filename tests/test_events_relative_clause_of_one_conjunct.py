"""Where each of two coordinated people carries a relative clause of its own ("Comey, who was fired, or
Brennan, who resigned"), each clause tells of its own head noun only; a clause on the last of a plain list
("Comey and Brennan, who attacked X") may still tell of both."""

from __future__ import annotations

from events_support import coded_moods


def test_events_relative_clause_tells_of_its_own_conjunct_only(ctx):
    found = coded_moods(ctx, "{Britain:GBR} criticised {James Comey:USA}, who was fired last year, or "
                             "{John Brennan:USAGOVSPY}, who attacked {Russia:RUS}.", "19")
    assert ("190", "USAGOVSPY", "RUS", "asserted") in found
    assert not any(m[1] == "USA" for m in found)


def test_events_relative_clause_on_a_plain_list_tells_of_all(ctx):
    found = coded_moods(ctx, "{Britain:GBR} criticised {James Comey:USA} and {John Brennan:USAGOVSPY}, "
                             "who attacked {Russia:RUS}.", "19")
    assert {m[1] for m in found} >= {"USA", "USAGOVSPY"}
