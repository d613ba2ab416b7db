"""Find temporal expressions in text, before any resolution.

Why our own patterns rather than spaCy's DATE entities or dateparser's
``search_dates``: both over-fire on news prose ("the six-year civil war",
"Twitter days") and under-fire on forms we need ("earlier Tuesday",
"this spring"). Each pattern here names a *kind* and keeps the parts the
resolver needs (weekday, month, modifier, unit...), so resolution is plain
calendar arithmetic.

Patterns are tried together; overlapping hits keep the longest (then the
earliest), so "Friday, September 25, 2020" is one date, not a weekday and a
date. A preceding "since" turns any hit into an open range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "few": 3,
    "several": 4, "a couple of": 2, "couple of": 2,
}  # fmt: skip
SEASON_WORDS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_PREFIX = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
# Full names, and dotted abbreviations (never a bare "Mar"/"May" that could be a word).
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
#: Next to a day number, undotted abbreviations are safe too ("25 Aug 2016", "Sept 3").
_MON_D = _MON[:-1] + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
#: The second month of a day range ("from May 28 to June 3").
_MON_D2 = _MON_D.replace("(?P<mon>", "(?P<mon2>")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_NUM = (
    r"(?P<num>\d{1,3}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a few|few|several|a couple of|couple of))"
)
_UNIT = r"(?P<unit>hours?|days?|weeks?|months?|years?)"
_B = r"(?<![\w-])"  # start boundary that also refuses "mid-word" and hyphen compounds
_E = r"(?![\w-])"

#: (kind, compiled pattern). Case-sensitive on purpose: capitals tell "May" the
#: month from "may" the verb, and "Spring" in "Arab Spring" is a name, not a season.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso_date", re.compile(_B + r"(?P<year>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})" + _E)),
    ("date", re.compile(_B + _WD_PREFIX + _MON_D + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+" + _YEAR + r")?" + _E)),
    (
        "date",
        re.compile(
            _B
            + _WD_PREFIX
            + r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MON_D
            + r"(?:,?\s+"
            + _YEAR
            + r")?"
            + _E
        ),
    ),
    (
        "month",
        re.compile(_B + r"(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id-|[Mm]id)\s*)?" + _MON + r",?\s+(?:of\s+)?" + _YEAR + _E),
    ),
    (
        "month",
        re.compile(
            _B + r"(?:(?P<prep>[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter"
            r"|[Ss]tarting|[Ee]arlier in|[Ll]ater in|[Ss]ince early|[Ss]ince late|[Ii]n early|[Ii]n late|[Ii]n mid-)"
            r"\s*|(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-)\s*)" + _MON + _E
        ),
    ),
    # A bare month name, except the ambiguous "May" and "March", which need one of the forms above,
    # and not as a first name ("April Ryan", "June Carter").
    (
        "month",
        re.compile(
            _B
            + r"(?P<mon>January|February|April|June|July|August|September|October|November|December)"
            + _E
            + r"(?!\s+[A-Z][a-z])"
        ),
    ),
    # The ambiguous "March" between an article and the noun it dates ("in a March meeting", "the March
    # deadline"); not "the March on Washington" nor "a March for Peace" (a march, named).
    (
        "month",
        re.compile(
            r"(?:(?<=\ba )|(?<=\bA )|(?<=\bthe )|(?<=\bThe ))(?P<mon>March)"
            r"(?=\s+(?!(?:on|for|to|of|in|from|through|against|across|and|or|by|with)\b)[a-z]{3,}\b)"
        ),
    ),
    (
        "weekday",
        re.compile(
            _B + r"(?:(?P<rel>[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+(?:on\s+)?)?"
            r"(?:(?P<mod>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his|[Pp]ast|[Cc]oming)\s+)?"
            + _WD
            + r"(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?"
            + _E
            + r"(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Star|Mail|Independent|Observer)\b)"
        ),
    ),
    (
        "deictic",
        re.compile(
            _B + r"(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast night"
            r"|[Tt]his (?:morning|afternoon|evening))(?:['’]s)?" + _E
        ),
    ),
    (
        "period",
        re.compile(
            _B + r"(?:(?P<rel>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?:in\s+)?)?"
            r"(?P<mod>[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his|[Tt]he past|[Tt]he previous|[Tt]he coming|[Pp]ast)\s+"
            r"(?P<unit>week|weekend|month|year)(?:['’]s)?" + _E
        ),
    ),
    ("ago", re.compile(_B + _NUM + r"\s+" + _UNIT + r"\s+ago" + _E)),
    (
        "recent",
        re.compile(
            _B + r"(?:[Ii]n|[Oo]ver|[Ww]ithin|[Dd]uring|[Ff]or)\s+(?:the\s+)?(?P<dir>recent|past|last|next|coming)\s+"
            r"(?:(?P<num>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of)\s+)?"
            r"(?P<unit>days|weeks|months|years)" + _E
        ),
    ),
    (
        "relative",
        re.compile(
            _B + r"(?:" + _NUM + r"\s+)?(?:(?P<qual>just|only|shortly|soon|hours|days|weeks|months)\s+)?"
            r"(?:(?P<unit>hours?|days?|weeks?|months?|years?)\s+)?(?P<rel>after|before|following|[Aa]fter|[Ff]ollowing)\s+"
            r"(?=(?:the|a|an|his|her|its|their"
            r"|this|that|those|these)\s)"
        ),
    ),
    # Times relative to the narrative, not to publication: "the next day", "two days later".
    (
        "sequel",
        re.compile(
            _B + r"[Tt]he\s+(?P<dir>next|following|previous|preceding)\s+"
            r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)" + _E
        ),
    ),
    (
        "sequel",
        re.compile(_B + r"(?:" + _NUM + r"\s+)?(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|earlier)" + _E),
    ),
    (
        "sequel",
        re.compile(
            _B
            + r"[Tt]he\s+(?P<unit>day|night|week)\s+(?P<dir>before|after)"
            + _E
            + r"(?!\s+(?:the|a|an|his|her|its|their|this|that)\s)"
        ),
    ),
    (
        "season",
        re.compile(
            _B + r"(?:(?P<rel>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?:in\s+)?)?"
            r"(?:(?P<mod>[Tt]his|[Ll]ast|[Nn]ext|[Ii]n the|[Dd]uring the|[Bb]y the|[Ss]ince the"
            r"|[Ee]arly in the|[Ll]ate in the)\s+)"
            r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?"
            + _YEAR
            + r")?(?:['’]s)?"
            + _E
            + r"(?!\s+of\s+(?!(?:19|20)\d{2}))"  # "in the fall of Aleppo" is no season
        ),
    ),
    ("season", re.compile(_B + _YEAR + r"\s+(?P<season>spring|summer|autumn|fall|winter)" + _E)),
    ("season", re.compile(_B + r"[Tt]he\s+(?P<season>spring|summer|autumn|fall|winter)\s+of\s+" + _YEAR + _E)),
    # A stretch of days: "between May 3 and May 9", "from 3 to 9 May", "May 3-9, 2017", "3–9 May".
    (
        "day_range",
        re.compile(
            _B + r"(?:[Ff]rom|[Bb]etween)\s+" + _MON_D + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
            r"\s+(?:to|and|until|through)\s+(?:" + _MON_D2 + r"\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
            r"(?:,?\s+" + _YEAR + r")?" + _E
        ),
    ),
    (
        "day_range",
        re.compile(
            _B + r"(?:(?:[Ff]rom|[Bb]etween)\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:to|and|until|through)\s+"
            r"|(?P<d_>\d{1,2})\s*[-–]\s*)(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MON_D + r"(?:,?\s+" + _YEAR + r")?" + _E
        ),
    ),
    (
        "day_range",
        re.compile(
            _B + _MON_D + r"\s+(?P<d>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})(?:,?\s+" + _YEAR + r")?" + _E
        ),
    ),
    (
        "year_range",
        re.compile(
            _B + r"(?:[Ff]rom|[Bb]etween)\s+" + _YEAR + r"\s+(?:to|and|until|through)\s+(?P<year2>(?:19|20)\d{2})" + _E
        ),
    ),
    (
        "year",
        re.compile(
            _B + r"(?:(?P<prep>[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Oo]f"
            r"|[Ee]arly|[Ll]ate|[Ee]arly in|[Ll]ate in|[Ee]arlier in|[Ii]n early|[Ii]n late|[Ii]n mid-)\s*)"
            + _YEAR
            + r"(?!\s*[-–]\s*\d)"
            + _E
        ),
    ),
    ("year", re.compile(_B + r"(?<=the )" + _YEAR + r"(?=\s+[a-z])" + _E)),
]

_SINCE = re.compile(r"(?:[Ss]ince|[Ee]ver since)\s+$")


@dataclass(slots=True)
class Mention:
    """One temporal expression found in a text, unresolved.

    ``parts`` holds the pattern's named groups (lower-cased), e.g.
    ``{"wd": "tuesday", "rel": "earlier"}``; ``since`` marks an open range
    starting at the expression and running to the reference date.
    """

    start: int
    end: int
    kind: str
    text: str
    parts: dict[str, Any] = field(default_factory=dict)
    since: bool = False


def find_mentions(text: str) -> list[Mention]:
    """All temporal expressions in ``text``, in order, without overlaps."""
    hits: list[Mention] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            parts = {k: v.lower() for k, v in match.groupdict().items() if v is not None}
            if kind == "relative" and not _relative_is_temporal(parts):
                continue
            hits.append(Mention(match.start(), match.end(), kind, match.group(0), parts))
    chosen = _without_overlaps(hits)
    for mention in chosen:
        _mark_since(text, mention)
    return chosen


def _relative_is_temporal(parts: dict[str, Any]) -> bool:
    """'days after the strikes' is a time; a bare 'after the' only if its noun names a happening.

    The bare form is marked here and checked against the referent noun once
    the parse is known (:mod:`eventwire.time.timeline`).
    """
    if "unit" not in parts and parts.get("qual") not in {"hours", "days", "weeks", "months", "shortly", "soon"}:
        parts["bare"] = True
    return True


def _without_overlaps(hits: list[Mention]) -> list[Mention]:
    hits.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Mention] = []
    for hit in sorted(hits, key=lambda m: (-(m.end - m.start), m.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda m: m.start)


def _mark_since(text: str, mention: Mention) -> None:
    """Fold a preceding "since" into the mention (and the month/year "since" prep)."""
    if mention.parts.get("prep") == "since" or mention.parts.get("prep", "").startswith("since "):
        mention.since = True
        return
    before = _SINCE.search(text, max(0, mention.start - 12), mention.start)
    if before and before.end() == mention.start:
        mention.since = True
        mention.start = before.start()
        mention.text = text[mention.start : mention.end]


def number_value(word: str | None) -> int | None:
    """'three' -> 3, '12' -> 12, None -> None."""
    if word is None:
        return None
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def month_number(word: str) -> int:
    return MONTHS[word.rstrip(".")]
