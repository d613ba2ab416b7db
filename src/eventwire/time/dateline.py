"""The report's own date printed at the top of its text (a dateline).

Scraped news often opens with its publication date ("Sun 16 Apr 2017 Death
toll from Aleppo bomb attack at least 112", "Posted on April 4 2017 by …",
"Date of publication 10 July 2016 …"). The parser glues it to the headline or
lead, where it would date the act named there; it only says when the report
appeared.
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.time.expressions import Mention
from eventwire.time.resolve import Resolution

#: How far into the text a dateline may start ("Posted on April 4 2017 by …", "Date of publication …").
DATELINE_REACH = 60
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def is_dateline(mention: Mention, resolution: Resolution, published: date | None, text: str) -> bool:
    """Is this the report's own date printed at the top ("Sun 16 Apr 2017 Death toll from …")?

    Scraped news often opens with its publication date, glued by the parser to
    the headline or lead. That date says when the report appeared, not when
    what it tells happened ("Death toll from Aleppo bomb attack at least 112"
    the day after the bombing), so it dates no event; the event then falls back
    on its own clause, the narrative, or the publication day (a window that
    reaches back). Only a full date with its year, the publication day itself,
    starting within the first line's first :data:`DATELINE_REACH` characters
    with no sentence end before it: "On April 4 2017, jets struck …" in a lead
    is an event's date, but it is also the publication day, so the fallback
    window still holds it.
    """
    if published is None or resolution.precision != "day" or resolution.start != published:
        return False
    start = mention.start
    before = text[:start]
    if start > DATELINE_REACH or any(mark in before for mark in ".!?\n"):
        return False
    return bool(YEAR.search(mention.text))
