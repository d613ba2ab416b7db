"""A chronology entry dated by its year alone takes that year (``time.chronology.entry_years``).

"2014 Islamic State group seizes swathes of territory" opens with its date; without the rule it took the
previous entry's day. A sentence that opens with a count ("2000 Syrian soldiers were killed") is no entry.
"""

from __future__ import annotations

from eventwire.model import Article
from eventwire.pipeline import process_batch
from eventwire.time.chronology import entry_years

STAGES = ("nlp", "actors", "events", "time")
CHRONOLOGY = ("August 21 2013 Washington accuses the regime of killing 1400 people. 2014 Islamic State group "
              "seizes swathes of territory in Syria and Iraq. September 2014 The US launches airstrikes against "
              "IS in Syria.")


def _dates(ctx, text: str) -> dict[str, tuple[str | None, str | None]]:
    article = Article(id="chronology", text=text, raw=text, format="text", published="2017-04-05")
    coded = process_batch([article], ctx, STAGES).articles[0]
    return {e.trigger_text: (e.date, e.date_precision) for e in coded.events}


def test_time_chronology_entry_takes_its_own_year(ctx):
    dates = _dates(ctx, CHRONOLOGY)
    assert dates["seizes swathes of territory"] == ("2014", "year")
    assert dates["accuses"] == ("2013-08-21", "day")


def test_time_sentence_opening_with_a_count_has_no_entry_year(ctx):
    doc = ctx.nlp("The town fell. 2000 Syrian soldiers were killed in the attack.")
    assert entry_years(doc) == []
