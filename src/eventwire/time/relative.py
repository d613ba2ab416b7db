"""Times relative to another happening: "days after the Syria strikes".

The referent noun ("strikes") is dated from earlier text: the latest earlier
mention of the same kind of happening (a small synonym class, e.g. strike ~
attack ~ missile) that the timeline can date by expression or anchor. Then:

* a number and a day-precise referent give an exact day ("two days after the
  vote" of 5 March → 7 March);
* a vague offset finer than the referent's precision keeps the referent's
  period ("days after" an April strike → April 2017), with a range that
  runs up to :data:`VAGUE_WINDOW` after it, clipped at publication;
* otherwise that range, as :func:`eventwire.periods.stretch` keeps it (the
  period covering it when one fits, else the days themselves).

A bare "after/following the X" is kept only when X names a happening.
An unknown referent in a past clause gives an open range ending at publication.

Sequels ("the next day", "two days later", "the day before") count from the
narrative time instead: the latest resolved expression before them, at most
:data:`SEQUEL_REACH` sentences back. With nothing to count from they stay
unresolved: publication is not the narrative's time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire import periods
from eventwire.time.expressions import number_value
from eventwire.time.resolve import Resolution

if TYPE_CHECKING:
    from eventwire.time.timeline import Placed, Timeline

#: Expression kinds resolved here, after all the others.
KINDS = ("relative", "sequel")
#: How many sentences back a sequel looks for the time it counts from.
SEQUEL_REACH = 3
#: Precisions from finest to coarsest, to compare "days" with a month-level referent.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
#: Nouns that refer to the same kind of happening ("days after the strikes" → the missile attack).
ATTACK_REFERENTS = frozenset({"strike", "airstrike", "attack", "bombing", "raid", "missile", "bombardment", "shelling",
                              "assault"})
KILLING_REFERENTS = frozenset({"killing", "shooting", "massacre", "murder", "death"})
REFERENT_CLASSES = (
    ATTACK_REFERENTS,
    {"election", "vote", "ballot", "poll", "referendum", "campaign"},
    {"meeting", "talk", "summit", "call", "conversation", "discussion", "visit", "exchange"},
    KILLING_REFERENTS,
)
#: Upper bound of "days/weeks/months after X" when no number is given.
VAGUE_WINDOW = {"hour": ("day", 1), "day": ("day", 10), "week": ("week", 8), "month": ("month", 12),
                "year": ("year", 5)}  # fmt: skip


def resolve_relative(timeline: Timeline, item: Placed) -> Resolution:
    """Date the referent noun from earlier text, then offset from it.

    Unknown referent: the happening still lies before publication in a
    past clause, so an open range ending there (or nothing at all).
    """
    parts = item.mention.parts
    referent = referent_date(timeline, timeline.doc[item.end_token - 1], item.tense == "future")
    if referent is None or referent.start is None or referent.end is None:
        if item.tense in ("past", "perfect") and timeline.published is not None:
            return Resolution(None, None, None, timeline.published, True)
        return Resolution()
    unit = (parts.get("unit") or parts.get("qual") or "days").rstrip("s")
    unit = unit if unit in VAGUE_WINDOW else "day"
    amount = number_value(parts.get("num"))
    sign = -1 if parts["rel"] == "before" else 1
    if amount is not None and unit in ("day", "week", "month") and referent.precision == "day":
        moved = periods.shift(referent.start, unit, sign * amount)
        precision = "day" if unit != "month" else "month"
        value = periods.value_of(moved, precision)
        start, end = periods.iso_range(value, precision)
        return Resolution(value, precision, start, end)
    window_unit, window = VAGUE_WINDOW[unit] if amount is None else (unit if unit != "hour" else "day", amount)
    if sign > 0:
        start, end = referent.start, periods.shift(referent.end, window_unit, window)
        if timeline.published is not None and item.tense != "future":
            end = min(end, max(timeline.published, start))
    else:
        start, end = periods.shift(referent.start, window_unit, -window), referent.end
    # "following the attack": right after it, so at the attack's own period.
    bare = parts.get("bare", False)
    if bare or PRECISION_RANK.get(window_unit, 0) < _rank(referent):
        return Resolution(referent.value, referent.precision, start, end)
    value, precision = periods.stretch(start, end)
    return Resolution(value, precision, start, end)


def _rank(resolution: Resolution) -> int:
    """How coarse a time is; a range ranks as the standard period of its length (``periods.like_precision``)."""
    like = periods.like_precision(resolution.precision, resolution.start, resolution.end)
    return PRECISION_RANK[like or "year"]


def referent_date(timeline: Timeline, noun: Token, future: bool) -> Resolution | None:
    """The date of the latest earlier mention of the same kind of happening.

    Outside future clauses the referent must have begun by publication:
    "following the exchange" is not the meeting planned for July.
    """
    lemmas = next((c for c in REFERENT_CLASSES if noun.lemma_.lower() in c), {noun.lemma_.lower()})
    for token in reversed(timeline.doc[: noun.i - 1]):
        if token.lemma_.lower() not in lemmas and token.lower_.rstrip("s") not in lemmas:
            continue
        found = timeline.governing(token) or timeline.anchor(token)
        if found is None or found.mention.kind == "relative":
            continue
        start = found.resolution.start
        if future or timeline.published is None or (start is not None and start <= timeline.published):
            return found.resolution
    return None


def resolve_sequel(timeline: Timeline, item: Placed) -> Resolution:
    """'The next day' / 'two days later': shifted from the narrative time before it."""
    parts = item.mention.parts
    base = _narrative_time(timeline, item)
    if base is None or base.start is None or base.end is None:
        return Resolution()
    unit = parts["unit"].rstrip("s")
    unit = "day" if unit in ("morning", "afternoon", "evening", "night") else unit
    sign = 1 if parts["dir"] in ("next", "following", "after", "later") else -1
    amount = number_value(parts.get("num"))
    if amount is None and parts["unit"].endswith("s"):  # "days later": vague
        return Resolution(base.value, base.precision, base.start, periods.shift(base.end, *VAGUE_WINDOW[unit]))
    amount = amount or 1
    if PRECISION_RANK[unit] < _rank(base):
        return Resolution(base.value, base.precision, base.start, base.end)  # "the next day" after "in May"
    moved = periods.shift(base.start if sign < 0 else base.end, unit, sign * amount)
    value = periods.value_of(moved, unit)
    start, end = periods.iso_range(value, unit)
    return Resolution(value, unit, start, end)


def _narrative_time(timeline: Timeline, item: Placed) -> Resolution | None:
    for other in reversed(timeline.placed):
        if other.mention.start >= item.mention.start or other.resolution.value is None:
            continue
        if item.sent_index - other.sent_index > SEQUEL_REACH:
            return None
        return other.resolution
    return None


def bare_non_event(item: Placed, doc: Doc) -> bool:
    """'after the meeting' is a time only when the noun names a happening we can date."""
    if not item.mention.parts.get("bare"):
        return False
    noun = doc[item.end_token - 1].lemma_.lower()
    return not any(noun in group for group in REFERENT_CLASSES)


def referent_end(doc: Doc, index: int) -> int:
    """Extend "days after the" over the referent noun phrase ("the Syria strikes").

    Token-based rather than parse-based because the parser often misreads a
    plural noun after a name ("Syria strikes") as a verb.
    """
    end = index
    stop = {"to", "that", "which", "who", "when", "and", "or", "but", "in", "on", "of", "for", "with"}
    while end < len(doc) and end - index < 5:
        token = doc[end]
        if (not token.is_alpha and token.lower_ not in ("'s", "’s")) or token.lower_ in stop:
            break
        if token.pos_ in ("ADP", "SCONJ", "CCONJ", "AUX", "PART") and token.lower_ not in ("'s", "’s"):
            break
        end += 1
        if token.tag_ in ("NNS", "VBZ") and end - index > 1:
            break
    return max(end, index)
