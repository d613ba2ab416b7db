"""Sentence starts at an article's head that neither punctuation nor a line break shows.

Why: some sources deliver an article as one line, the headline (often behind a
date or a byline) run into the story with no period after it, or the
standfirst repeated word for word as the first sentence. The parser then reads
"... civilians in IS stronghold in Syria Monitor Air strikes by the US-led
coalition killed ..." as one sentence ("Syria Monitor Air strikes" one noun
phrase, the strikes' source Syria), and "... held by the militants Air strikes
by ... held by the militants a monitoring group said" as one clause whose
subject is the victims. A line break would be read by :mod:`paragraphs`; here
there is none, so two narrow cues mark the start instead:

1. **The title run into the text.** When the article's own title (known from
   the reader's metadata) opens the text, or follows a short prefix holding a
   year (a date or byline: "Posted on July 12 2016 by ..."), and it has no
   final stop, the next word starts a sentence if it is capitalised (a digit
   or an opening quote too). Why the title must be known: a headline-shaped
   run of capitalised words cannot be told from the lede's subject by its
   words alone. The prefix gets its own sentence too (the title starts one),
   and a credit and date right after the title ("AFP Friday 1 Jul 2029")
   are one line before the story, which starts after the year; so is a known
   wire agency's credit with no date ("... Monitor AFP A barrage of ..."),
   the story starting after it.
2. **A repeated lede.** A run of at least :data:`MIN_REPEAT` words followed at
   once by the same run is two copies; the second copy starts a sentence if it
   begins with a capital and the first has no final stop (else the parser
   splits there itself). An accidental immediate repeat of six words in
   running prose does not occur in news.

Only the first :data:`HEAD_CHARS` characters are read: both shapes are head
matter. :class:`HeadMarks` holds character offsets;
:meth:`HeadMarks.token_values` turns them into ``is_sent_start`` values of a
Doc's tokens. Told that a title starts a sentence, the parser may still cut
inside it ("135 | Civilians Killed in ..."), so the title's other tokens are
marked as no start.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: How far into the text the title may begin, and how much of the head the repeat search reads.
TITLE_WITHIN = 160
HEAD_CHARS = 1200
#: Fewest words of a title the cue trusts, and of a repeated run.
MIN_TITLE_WORDS = 3
MIN_REPEAT = 6
#: Most words of a credit and date between the title and the story ("AFP Friday 1 Jul 2029").
DATELINE_WORDS = 6
#: Wire agencies that credit a story between its title and its first sentence with no date ("... Monitor AFP A
#: barrage of ..."), and the words that may follow one inside the credit ("SANA News Agency", "Reuters Staff").
CREDIT_AGENCIES = frozenset({
    "AFP", "AP", "Reuters", "REUTERS", "SANA", "Sputnik", "SPUTNIK", "Xinhua", "XINHUA", "UPI", "DPA", "dpa",
    "EPA", "TASS", "Tass", "Anadolu", "IRNA", "KUNA", "PTI", "IANS", "ANI", "Yonhap", "Kyodo", "Agencies",
})
CREDIT_TAILS = frozenset({"News", "Agency", "Staff", "Photo", "Arabic", "Television", "TV", "Wire", "Agencies"})

FINAL_CHARS = ".!?\u2026"
CLOSING_CHARS = "\"'\u201d\u2019)]"
OPENING_CHARS = "\"'\u201c\u2018("
#: A prefix before the title is head matter only when it holds a year (a date line or a dated byline).
YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
WORD = re.compile(r"\S+")


def _begins_sentence(word: str) -> bool:
    """A capital, a digit or an opening quote: how a sentence begins."""
    return word[:1].isupper() or word[:1].isdigit() or word[:1] in OPENING_CHARS


def _ends_sentence(text: str) -> bool:
    """Final punctuation, possibly behind closing quotes or brackets."""
    return text.rstrip().rstrip(CLOSING_CHARS)[-1:] in FINAL_CHARS


@dataclass(frozen=True, slots=True)
class HeadMarks:
    """What the head tells the parser: where sentences start, and the title's span, which is one sentence."""

    starts: tuple[int, ...] = ()  # character offsets
    units: tuple[tuple[int, int], ...] = ()  # character spans read as one unit each (the title, a dateline)

    def __bool__(self) -> bool:
        return bool(self.starts or self.units)

    def token_values(self, words: list[str], spaces: list[bool]) -> dict[int, bool]:
        """``is_sent_start`` values by token index: True at the starts, False inside a unit.

        Why False inside: told that a numeral title ("135 Civilians Killed in ...") starts a sentence, the
        parser cuts after the numeral; the title's words are one headline, a dateline's one line.
        """
        offsets = [0, *itertools.accumulate(len(word) + space for word, space in zip(words, spaces, strict=True))]
        values: dict[int, bool] = {}
        for start, end in self.units:
            first = bisect.bisect_left(offsets, start)
            for index in range(first + 1, bisect.bisect_left(offsets, end)):
                if not words[index].isspace():
                    values[index] = False
        for char in self.starts:
            index = bisect.bisect_left(offsets, char)
            if index < len(words) and offsets[index] == char:
                values[index] = True
        return values


def title_marks(text: str, title: str | None) -> HeadMarks:
    """The title run into ``text``: its span, its start after a dated prefix, the story's start (step 1)."""
    words = (title or "").split()
    if len(words) < MIN_TITLE_WORDS or _ends_sentence(title or ""):
        return HeadMarks()
    match = re.compile(r"\s+".join(map(re.escape, words))).search(text, 0, TITLE_WITHIN + len(title or ""))
    if match is None or match.start() > TITLE_WITHIN:
        return HeadMarks()
    starts = []
    prefix = text[: match.start()]
    if prefix.strip():
        if not prefix[-1].isspace() or not YEAR.search(prefix) or _ends_sentence(prefix):
            return HeadMarks()  # the title words inside a sentence, or a prefix that is not a date or byline
        starts.append(match.start())
    after = re.match(r"([.!?\u2026]?)\s+(\S+)", text[match.end():])  # (a stop of its own in the text is fine)
    if after is None or not _begins_sentence(after.group(2)):
        return HeadMarks()  # the lede goes on after the title's words: the title is no heading here
    units = [(match.start(), match.end())]
    if not after.group(1):  # (after a stop the parser starts the story itself)
        starts.append(match.end() + after.start(2))
        begin = match.end() + after.start(2)
        units.extend(_dateline(text, begin, starts) or _credit(text, begin, starts))
    return HeadMarks(tuple(starts), tuple(units))


def _dateline(text: str, begin: int, starts: list[int]) -> list[tuple[int, int]]:
    """A credit and date between the title and the story ("AFP Friday 1 Jul 2029 Separate raids ..."):
    the story starts after the year (appended to ``starts``); the credit and date are one unit."""
    words = list(WORD.finditer(text, begin, begin + 80))[: DATELINE_WORDS + 1]
    for here, after in itertools.pairwise(words):
        if YEAR.fullmatch(here.group()):
            if _begins_sentence(after.group()) and not YEAR.fullmatch(after.group()):
                starts.append(after.start())
                return [(begin, here.end())]
            return []
    return []


def _credit(text: str, begin: int, starts: list[int]) -> list[tuple[int, int]]:
    """A wire credit with no date between the title and the story ("... Monitor AFP A barrage of ..."): an
    agency name (:data:`CREDIT_AGENCIES`, perhaps with :data:`CREDIT_TAILS`) then a word that begins a sentence.
    The story starts at that word (appended to ``starts``); the credit is one unit. Why a known agency and not
    any all-caps word: the story may open with one ("US-led air strikes ...", "ISIL fighters ...")."""
    words = list(WORD.finditer(text, begin, begin + 80))[: DATELINE_WORDS + 1]
    if not words or words[0].group() not in CREDIT_AGENCIES or any(YEAR.search(w.group()) for w in words):
        return []  # (a dated credit is :func:`_dateline`'s)
    last = 0
    while last + 1 < min(len(words), 3) and words[last + 1].group().rstrip(".,:") in CREDIT_TAILS | CREDIT_AGENCIES:
        last += 1
    if last + 1 >= len(words) or _ends_sentence(words[last].group()):
        return []  # (a credit with its own stop: the parser starts the story itself)
    story = words[last + 1]
    if not _begins_sentence(story.group()):
        return []  # "AFP reported ...": the agency is the story's subject
    starts.append(story.start())
    return [(begin, words[last].end())]


def repeat_starts(text: str) -> list[int]:
    """Where the second copy of an immediately repeated run of words begins (step 2 of the module doc)."""
    found = [(m.start(), m.group()) for m in WORD.finditer(text, 0, HEAD_CHARS)]
    words = [word for _, word in found]
    starts = []
    i = 0
    while i + 2 * MIN_REPEAT <= len(words):
        size = next((n for n in range(MIN_REPEAT, (len(words) - i) // 2 + 1)  # first word first: cheap
                     if words[i] == words[i + n] and words[i:i + n] == words[i + n:i + 2 * n]), 0)
        if size and _begins_sentence(words[i + size]) and not _ends_sentence(words[i + size - 1]):
            starts.append(found[i + size][0])
            i += 2 * size
            continue
        i += 1
    return starts


def head_marks(text: str, title: str | None) -> HeadMarks:
    """Steps 1 and 2 of the module doc together."""
    titled = title_marks(text, title)
    starts = sorted({*titled.starts, *repeat_starts(text)})
    return HeadMarks(tuple(starts), titled.units)


def mark_values(doc: Doc, values: dict[int, bool], offset: int = 0) -> Doc:
    """Set ``is_sent_start`` on ``doc[i - offset]`` to ``values[i]`` for each index inside ``doc`` (not its first)."""
    for i, value in values.items():
        j = i - offset
        if 0 < j < len(doc):
            doc[j].is_sent_start = value
    return doc
