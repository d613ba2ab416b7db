"""Metadata stated in plain text: title, outlet(s), authors, dateline, publication date.

Scraped plain text carries its metadata as lines around the story: a title
(sometimes twice), an "- Outlet - Weekday, Month D, YYYY" line, a byline, a
dateline opening the first paragraph ("WASHINGTON —", "BEIRUT (Reuters) -"),
and after the story wire credits ("Jane Roe, The Associated Press"), syndicator
lines ("Canadian Press") and contact lines ("Jane Roe can be reached at ...").

This module finds those shapes and says which lines (or line prefixes) they
occupy, so the cleaner removes exactly them. It never invents: a date is taken
only from a line that states the publication date (never from a copyright
year or a date inside the story), and nothing here overrides what the caller
supplied (``apply_meta``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from eventwire.clean.lines import (
    Line,
    boilerplate_reason,
    dateline_match,
    ends_like_sentence,
    is_headline_like,
    is_prose,
    word_count,
)
from eventwire.model import Article

#: Lines before the story that may hold the title, outlet, date and byline.
HEAD_LINES = 6

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_RES = (
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)", re.I),
    re.compile(rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)", re.I),
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)"),
)
#: What may surround a date on a date line: "Published", "Updated 3:45 p.m. ET", separators.
_DATE_LINE_FILLER_RE = re.compile(
    r"(?:published|updated|posted|last updated|first published|on|at|\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?|"
    r"[ap]\.?m\.?|gmt|utc|et|edt|est|pt|pdt|pst|bst|cet|[-–—|•:,.()\s])*",
    re.I,
)
_OUTLET_WORDS = (
    "Press|News|Times|Post|Herald|Journal|Tribune|Gazette|Telegraph|Guardian|Chronicle|Daily|Wire|Agency|"
    "Network|Broadcasting|Media|Reuters|Bloomberg|Observer|Independent|Standard|Star|Sun|Mail|Express|Examiner|"
    "Inquirer|Review|Globe|Record|Register|Today|Magazine|Radio|Television|Dispatch|Bulletin|Sentinel|Courier"
)
_OUTLET_RE = re.compile(
    rf"(?:The\s+)?(?:[A-Z][\w&.'’-]*\s+){{0,4}}(?:{_OUTLET_WORDS})(?:\s+[A-Z][\w&.'’-]*){{0,2}}"
    r"|Reuters|AFP|Agence France-Presse|Associated Press|The Associated Press|Bloomberg|CNN|BBC(?: News)?|"
    r"UPI|Xinhua|TASS|Al Jazeera|NPR|PBS"
)
#: Line families that open a sidebar or footer: credit lines are not looked for past them.
SIDEBAR_REASONS = frozenset({"navigation", "caption", "footer", "comments", "comment_policy", "site_notice"})
#: Agency abbreviations as they appear in datelines, with the name stored for them.
AGENCY_NAMES = {"AP": "The Associated Press", "AFP": "Agence France-Presse", "UPI": "United Press International"}
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|bin|da|del|la|le)){1,3}"
_CREDIT_RE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<outlet>{_OUTLET_RE.pattern})$")
_BYLINE_RE = re.compile(
    rf"^by\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?:\s*(?:,|\||-|–|—)\s*(?P<outlet>.+))?$", re.I
)
_CONTACT_NAME_RE = re.compile(rf"^[•*·\-\s]*(?P<name>{_NAME})\s+(?:can|may) be reached\b")
_OUTLET_DATE_RE = re.compile(r"^[-–—•|\s]*(?P<outlet>[^-–—|]+?)\s*[-–—|]\s*(?P<rest>.+?)[-–—|\s]*$")


@dataclass(slots=True)
class TextMeta:
    """Metadata found in plain text, and the lines it occupies."""

    title: str | None = None
    outlets: list[str] = field(default_factory=list)  # primary first
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dateline: str | None = None
    consumed: dict[int, str] = field(default_factory=dict)  # line index -> removal reason
    prefix_cuts: dict[int, tuple[int, str]] = field(default_factory=dict)  # line index -> (chars, reason)

    def add_outlet(self, name: str, primary: bool = False) -> None:
        name = AGENCY_NAMES.get(name.strip(), name.strip())
        if name and name not in self.outlets:
            self.outlets.insert(0, name) if primary else self.outlets.append(name)

    def add_author(self, name: str) -> None:
        name = re.sub(r"\s+", " ", name).strip(" ,.")
        if name and name not in self.authors:
            self.authors.append(name)


def parse_date(text: str) -> str | None:
    """The ISO date of the first complete calendar date in ``text`` (with a year), or None."""
    for pattern in _DATE_RES:
        match = pattern.search(text)
        if match is None:
            continue
        groups = match.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower().rstrip(".")]
        try:
            return date(int(groups["year"]), month, int(groups["day"])).isoformat()
        except ValueError:
            continue
    return None


def _date_line(text: str) -> str | None:
    """The date of a line that is nothing but a (publication) date with its usual filler."""
    for pattern in _DATE_RES:
        match = pattern.search(text)
        if match and not _DATE_LINE_FILLER_RE.fullmatch(text[: match.start()] + " " + text[match.end() :]):
            return None
        if match:
            return parse_date(match.group())
    return None


def is_outlet_name(text: str) -> bool:
    return bool(_OUTLET_RE.fullmatch(text.strip())) and word_count(text) <= 6


def extract_meta(lines: list[Line]) -> TextMeta:
    """Find metadata lines in ``lines`` (the head, the first paragraph, the lines after prose)."""
    meta = TextMeta()
    first_prose = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    _read_head(lines, first_prose, meta)
    if first_prose < len(lines):
        _read_dateline(lines[first_prose], first_prose, meta)
    _read_credits(lines, first_prose, meta)
    return meta


def _read_head(lines: list[Line], first_prose: int, meta: TextMeta) -> None:
    """Title, outlet-and-date line, date line and byline before the first paragraph."""
    head = [(i, lines[i].stripped) for i in range(first_prose) if lines[i].stripped][:HEAD_LINES]
    for index, text in head:
        # 1. "- Outlet - Weekday, Month D, YYYY": outlet and date on one line.
        match = _OUTLET_DATE_RE.match(text)
        if match and is_outlet_name(match.group("outlet")) and _date_line(match.group("rest")):
            meta.add_outlet(match.group("outlet"), primary=True)
            meta.published = meta.published or _date_line(match.group("rest"))
            meta.consumed[index] = "outlet_date"
            continue
        # 2. A line that is only a date ("Published May 10, 2017 3:45 p.m.").
        if (stated := _date_line(text)) is not None:
            meta.published = meta.published or stated
            meta.consumed[index] = "date_line"
            continue
        # 3. A byline, possibly with the outlet after a separator.
        if (byline := _BYLINE_RE.match(text)) and word_count(text) <= 15:
            for part in re.split(r"\s*(?:,|\band\b|&)\s*", byline.group("names")):
                # "By Jane Roe, Example Gazette": a part may be the outlet, not a person.
                if is_outlet_name(part):
                    meta.add_outlet(part)
                else:
                    meta.add_author(part)
            if byline.group("outlet") and is_outlet_name(byline.group("outlet")):
                meta.add_outlet(byline.group("outlet"))
            meta.consumed[index] = "byline"
            continue
        # 4. The title: the first headline-like line; repeats of it are duplicates.
        if meta.title is None and is_headline_like(text) and not ends_like_sentence(text):
            meta.title = text
            meta.consumed[index] = "title"
        elif meta.title is not None and _same_line(text, meta.title):
            meta.consumed[index] = "title_duplicate"


def _same_line(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().lower() == re.sub(r"\W+", " ", b).strip().lower()


def _read_dateline(line: Line, index: int, meta: TextMeta) -> None:
    """ "WASHINGTON —" opening the first paragraph: the dateline, cut from the text."""
    text = line.text
    indent = len(text) - len(text.lstrip())
    match = dateline_match(text[indent:])
    if match is None:
        return
    place = match.group("place")
    region = match.group("region")
    if region and not parse_date(region + " 2000"):  # "BEIRUT, Lebanon" but not "LONDON, May 3"
        place = f"{place}, {region}"
    meta.dateline = place
    if match.group("agency"):
        meta.add_outlet(match.group("agency"))
    meta.prefix_cuts[index] = (indent + match.end(), "dateline")


def _read_credits(lines: list[Line], first_prose: int, meta: TextMeta) -> None:
    """Wire credits, syndicator lines and contact lines after the story has begun."""
    for index in range(first_prose + 1, len(lines)):
        text = lines[index].stripped
        if boilerplate_reason(text) in SIDEBAR_REASONS:
            break  # a sidebar or footer begins: its lines credit other stories
        if not text or word_count(text) > 12:
            continue
        if credit := _CREDIT_RE.match(text):
            meta.add_author(credit.group("name"))
            meta.add_outlet(credit.group("outlet"))
            meta.consumed[index] = "credit"
        elif is_outlet_name(text) and not ends_like_sentence(text):
            meta.add_outlet(text)
            meta.consumed[index] = "syndicator"
        elif contact := _CONTACT_NAME_RE.match(text):
            meta.add_author(contact.group("name"))


def apply_meta(article: Article, meta: TextMeta) -> None:
    """Fill the article's empty metadata fields; caller-supplied values always win."""
    article.title = article.title or meta.title
    if article.outlet:
        meta.add_outlet(article.outlet, primary=True)
    article.outlet = article.outlet or (meta.outlets[0] if meta.outlets else None)
    for outlet in meta.outlets:
        if outlet not in article.outlets:
            article.outlets.append(outlet)
    if not article.authors:
        article.authors = list(meta.authors)
    article.published = article.published or meta.published
    article.dateline = article.dateline or meta.dateline
