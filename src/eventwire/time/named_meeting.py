"""A meeting named by a noun takes the day its own report gives the meeting of the same two people.

"President Lind and Speaker Ortiz met at the palace on Sunday … Aides would not give details of the
discussion between Ms. Lind and Mr. Ortiz": the noun ("the discussion") has no time of its own and no
tense, so the cascade leaves it around its report (basis ``around_publication``, from shortly before
to months after), and it then joins any other meeting of the two that week, a second one four days
later included. The report has already dated that meeting; the noun refers back to it. Only when
both sides name a person and every meeting of those two people the report dates from its text falls
on one day: a report that dates two meetings of the pair does not say which one the noun means.
"""

from __future__ import annotations

from eventwire.model import Event, person_of

#: CAMEO roots of meetings and visits (consult): the events the rule dates and dates by.
MEETING_ROOTS = frozenset({"04"})
#: Bases of a date read from the report's own text (its own clause, or the narrative's anchor).
TEXT_BASES = frozenset({"expression", "anchor"})


def date_named_meetings(events: list[Event]) -> None:
    """Give each noun-named meeting of two named people (basis ``around_publication``) the day on which
    its report dates, from the text, every meeting of those same two people; basis ``anchor``."""
    dated: dict[frozenset[str], set[tuple[str, str | None]]] = {}
    for event in events:
        pair = _named_pair(event)
        if pair and event.date and event.date_basis in TEXT_BASES and event.date_precision == "day":
            dated.setdefault(pair, set()).add((event.date, event.date_precision))
    for event in events:
        pair = _named_pair(event)
        if pair is None or event.date_basis != "around_publication" or len(dated.get(pair, ())) != 1:
            continue
        event.date, event.date_precision = next(iter(dated[pair]))
        event.date_basis = "anchor"


def _named_pair(event: Event) -> frozenset[str] | None:
    """The two people a meeting is between, either way round; None unless both sides name a person."""
    if not event.cameo or event.cameo[:2] not in MEETING_ROOTS or event.source is None or event.target is None:
        return None
    people = [person_of(side.entity_id) for side in (event.source, event.target)]
    if None in people or people[0] == people[1]:
        return None
    return frozenset(people)  # type: ignore[arg-type]
