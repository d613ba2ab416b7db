"""The team's hand-written dating cases (tests/data/time_cases.yaml), run through the stage.

Each case builds an Article with one hand-made Event whose trigger is a word
of the text (default: the main verb of the last sentence) and whose CAMEO
code is ``cameo`` (default 190, a material act; verbal codes 01-05 take the
time of the reporting clause they are the content of), so the table
tests the time stage alone, not the events stage's coverage.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire import time as time_stage
from eventwire.model import Article, Event
from time_support import hand_event, run_on_doc

CASES = yaml.safe_load((Path(__file__).parent / "data" / "time_cases.yaml").read_text(encoding="utf-8"))["cases"]


def _text(value) -> str | None:
    return None if value is None else str(value)


def _trigger_token(doc, word: str | None):
    if word is None:
        return list(doc.sents)[-1].root
    return next(t for t in doc if t.text == word)


def date_case(case: dict, nlp, ctx) -> Event:
    """Run the time stage on one case and return its dated event."""
    doc = nlp(case["text"])
    article = Article(id=f"case-{case['id']}", text=case["text"], published=_text(case["published"]))
    cameo = str(case.get("cameo", "190"))  # a material act unless the case says it is verbal
    article.events = [hand_event(article, _trigger_token(doc, case.get("trigger")), cameo)]
    return run_on_doc(article, doc, ctx, time_stage).events[0]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_time_case_dates_event(case, nlp, ctx):
    event = date_case(case, nlp, ctx)
    assert (event.date, event.date_precision) == (_text(case["date"]), case["precision"])
    if "basis" in case:
        assert event.date_basis == case["basis"]


def test_time_case_table_is_large_and_covers_every_form():
    ids = {c["id"].split("-")[0] for c in CASES}
    assert len(CASES) >= 60
    assert {"wd", "deictic", "period", "month", "season", "date", "year", "rel", "anchor", "nopub"} <= ids
