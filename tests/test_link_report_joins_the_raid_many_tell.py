"""A report with a missing side joins the happening that other articles tell before its own sentence's act.

"Two of the air raids hit the courthouse" gives a raid with no target (``SYR→?``) and, from the same
sentence, an aimed act whose target may be read wrongly (``SYR→SYR``). That act matches the raid fully,
and if it joins first, the pair clashes with every other report of the raid (``SYR→IMG``) and the raid
report is kept from them. When two other articles tell the happening it matches, it joins them first.
Guards: with one other article only, the act of its own sentence still comes first; a lone report still
joins its own sentence's act. Our own hand-built events.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.grouping import group_incidents
from eventwire.link.keys import EventKey

DAY = dt.date(2031, 4, 8)


def _key(eid: str, article: str, source: str | None, target: str | None, *, cameo: str = "195",
         trigger: tuple[str, ...] = ("strike",), span: tuple[int, int] = (0, 6)) -> EventKey:
    return EventKey(
        event_id=eid, article_id=article, cameo=cameo, root=cameo[:2], source=source, target=target,
        start=DAY - dt.timedelta(days=3), end=DAY, place_country="SYR", trigger=frozenset(trigger),
        source_code=source and source + "MIL", target_code=target, publication_dated=True,
        trigger_span=span, claim="happened",
    )


def _own_sentence() -> list[EventKey]:
    return [
        _key("court", "c", "SYR", "SYR", cameo="190", trigger=("target", "strike"), span=(10, 16)),
        _key("raids", "c", "SYR", None),
    ]


def test_link_report_with_no_target_joins_the_raid_two_articles_tell():
    keys = [*_own_sentence(), _key("raid_a", "a", "SYR", "IMG"), _key("raid_b", "b", "SYR", "IMG"),
            _key("pounded", "d", "SYR", "IMG", cameo="190", trigger=("pound",))]
    incidents = group_incidents(keys)
    assert incidents["raids"] == incidents["raid_a"] == incidents["raid_b"]
    assert incidents["court"] != incidents["raids"]


# Guards.

def test_link_report_told_by_one_other_article_keeps_its_own_sentences_act():
    keys = [*_own_sentence(), _key("raid_a", "a", "SYR", "IMG")]
    incidents = group_incidents(keys)
    assert incidents["raids"] == incidents["court"]
    assert incidents["raid_a"] != incidents["raids"]


def test_link_report_alone_joins_its_own_sentences_act():
    incidents = group_incidents(_own_sentence())
    assert incidents["raids"] == incidents["court"]
