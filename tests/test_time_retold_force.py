"""An act of force told again ("carried out the airstrike", "by killing the general") takes the day its report
already gave it, not the publication day, where no narrative anchor reaches it (a new paragraph;
``time.retold_force``). Guards: a report that dates two strikes of one side on two days, and a strike by another
side, keep the publication day."""

from __future__ import annotations

from eventwire.model import Article
from eventwire.pipeline import process_batch

STAGES = ("nlp", "actors", "events", "time")
REPORT = "2031-06-08"  # a Sunday


def _dates(ctx, text: str) -> dict[str, tuple[str | None, str | None]]:
    article = Article(id="f1", text=text, raw=text, format="text", published=REPORT)
    coded = process_batch([article], ctx, STAGES).articles[0]
    return {e.trigger_text: (e.date, e.date_basis) for e in coded.events}


def test_time_definite_strike_takes_the_day_of_the_strike_told_before(ctx):
    dates = _dates(ctx, "On Thursday, Russian warplanes bombed Aleppo in an airstrike.\n\nRussia carried out the "
                        "airstrike near the airport.")
    assert dates["carried out the airstrike"] == ("2031-06-05", "anchor")


def test_time_second_killing_of_one_named_person_takes_the_first_ones_day(ctx):
    dates = _dates(ctx, "On Thursday, Russian forces killed Qassem Soleimani in a raid.\n\nThe Kremlin said Russian "
                        "forces acted by killing Qassem Soleimani.")
    assert {d for d, _ in dates.values()} == {"2031-06-05"}


def test_time_definite_strike_keeps_the_report_day_when_the_side_struck_on_two_days(ctx):
    dates = _dates(ctx, "On Thursday, Russian warplanes bombed Aleppo. On Friday, Russian warplanes bombed Idlib."
                        "\n\nRussia carried out the airstrike near the airport.")
    assert dates["carried out the airstrike"] == (REPORT, "publication")


def test_time_definite_strike_of_another_side_keeps_the_report_day(ctx):
    dates = _dates(ctx, "On Thursday, Russian warplanes bombed Aleppo.\n\nTurkey carried out the airstrike near "
                        "the border.")
    assert dates["carried out the airstrike"] == (REPORT, "publication")
