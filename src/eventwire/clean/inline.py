"""Page furniture run into a line of story text: keyword tags and a related-news sidebar.

Scraped text often loses the page's line breaks, so a "Tags" keyword list sits
between the lead and the body on one line, and the related-news sidebar and
footer follow the last sentence on the same line. The line cleaner judges whole
lines and cannot drop a stretch inside one; this module cuts such a line into
pieces at the furniture's edges (offsets into the raw text kept exact) and names
the furniture pieces, which the cleaner then removes with that reason.

Both rules are narrow on purpose: a keyword list is a run of words with no
function word ("of", "the", "were") after a capitalised "Tags"; a sidebar is a
capitalised "Related News" header followed later on the line by a second mark of
page furniture (a category header, a follow or subscribe prompt, a copyright).
"""

from __future__ import annotations

import re

from eventwire.clean.lines import Line

#: Lower-case words that keyword tags never contain but a sentence soon does.
_FUNCTION_WORD_TEXT = """
    a an the of to in on at for from with by and or but as that which who whom whose this these those
    is are was were be been being has have had will would could should may might can did does do
    said says after before during while among including than their his her its it they he she we
    struck hit
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_TEXT.split())
#: Capitalised words that open a sentence but never a keyword: "At least 12", "Three women", "The group".
_OPENER_TEXT = """
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
    hundreds thousands dozens several more most many some
    suspected alleged intense heavy fierce renewed fresh
"""
_SENTENCE_OPENERS = _FUNCTION_WORDS | frozenset(_OPENER_TEXT.split())


def _is_sentence_word(word: str) -> bool:
    """A lower-case function word or past-tense verb: the sentence after the tags has begun."""
    return word in _FUNCTION_WORDS or (word.islower() and len(word) > 4 and word.endswith("ed"))


#: A capitalised word that begins a name rather than ends one: a people's adjective ("British
#: scientists", "Syrian Network") or a hyphenated modifier ("Anti-government activists"). The walk
#: back over a name stops there, so "Tags Syria Russia Chemical Attack British scientists said"
#: ends before "British" and the keywords are not read as the subject's words.
_OPENS_A_NAME_RE = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ean)$|[A-Z][a-z]+-[a-z]")

#: A capitalised "Tags" as a word of its own. Pages that lose their line breaks also lose the
#: stop before it ("a monitoring group said Tags Syria Idlib ...", a headline run into "Tags
#: airstrikes Syria United States"), so it need not follow a sentence's end; the keyword run
#: after it (no function word, no past-tense verb right after "Tags") is what makes it a list.
_TAGS_RE = re.compile(r"(?:^|(?<=\s))Tags\s+(?=\S)")
_TOKEN_RE = re.compile(r"\S+")
#: Keyword runs longer than this are not a tag list.
MAX_TAG_WORDS = 30
#: A tag list names at least this many keywords.
MIN_TAG_WORDS = 2
#: A related-news header; an optional "Source AFP" credit before it goes with it.
_SIDEBAR_RE = re.compile(
    r"(?:\bSource\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?\bRelated (?:News|Stories|Articles|Posts)\b"
)
#: A bare "Related" header over other stories' headlines, when a tag list follows them.
_RELATED_HEADER_RE = re.compile(r"\bRelated\s+(?=[A-Z0-9])")
#: The most characters of headlines between such a header and the tag list.
MAX_RELATED_CHARS = 500
#: A full stop, question or exclamation mark that ends a sentence (not "2.5", not "...").
_SENTENCE_STOP_RE = re.compile(r"(?<!\.)[.!?](?!\.)\s")
#: A second mark of page furniture later on the line.
_FURNITURE_RE = re.compile(
    r"\bCategory News\b|\bFollow us\b|\bSubscribe\b|\bCopyright\b|©|\bPrivacy Policy\b|\bTerms of Use\b"
)


def tag_list_span(text: str) -> tuple[int, int] | None:
    """Character span of a "Tags ..." keyword list in ``text`` (through its last keyword), or None.

    The list ends where the sentence after it begins: at a capitalised function
    or number word ("At least", "Three women"), else at the last capitalised
    word or figure before the first function word or past-tense verb, taken
    with the capitalised words right before it (tags are names and nouns:
    "Tags Syria siege Syrian jets bombed" ends before "Syrian"), or just after
    a full stop. When unsure it ends early: a keyword left in the sentence
    costs less than a word of the story. A line of tags alone ends at its end.
    """
    for match in _TAGS_RE.finditer(text):
        span = _tag_run(text, match)
        if span is not None:
            return span
    return None


def _tag_run(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The keyword list that ``match`` ("Tags") opens, or None when a sentence follows instead."""
    tokens = list(_TOKEN_RE.finditer(text, match.end()))
    boundary: int | None = None  # index into tokens of the first word of the sentence
    for index, token in enumerate(tokens[: MAX_TAG_WORDS + 1]):
        word = token.group()
        if word.istitle() and word.lower() in _SENTENCE_OPENERS:
            boundary = index
            break
        if _is_sentence_word(word):
            starts = [i for i in range(index) if tokens[i].group()[0].isupper() or tokens[i].group()[0].isdigit()]
            if not starts:
                return None
            boundary = starts[-1]
            while boundary > 0 and tokens[boundary - 1].group()[0].isupper() \
                    and not _OPENS_A_NAME_RE.match(tokens[boundary].group()):
                boundary -= 1  # a name of several words ("Coastal Guard boats") opens the sentence whole
            break
        if word[-1] in ".!?" and index + 1 >= MIN_TAG_WORDS:
            return (match.start(), token.end())
    else:
        if len(tokens) > MAX_TAG_WORDS:
            return None
        boundary = len(tokens)
    if boundary < MIN_TAG_WORDS:
        return None
    return (match.start(), tokens[boundary - 1].end())


def sidebar_start(text: str) -> int | None:
    """Where a related-news sidebar begins in ``text`` (it runs to the end), or None."""
    for match in _SIDEBAR_RE.finditer(text):
        if _FURNITURE_RE.search(text, match.end()):
            return match.start()
    return None


def related_before_tags(text: str, tags_start: int) -> int | None:
    """Where a bare "Related" header of headlines right before a tag list begins, or None.

    Why: some pages print "Related" and a run of other stories' headlines just
    before their "Tags"; cut loose from the tag list, the headlines read as a
    sentence of this story. Only headlines: no sentence stop between the header
    and the tags, and a short stretch (``MAX_RELATED_CHARS``).
    """
    headers = [m for m in _RELATED_HEADER_RE.finditer(text, 0, tags_start)
               if tags_start - m.start() <= MAX_RELATED_CHARS]
    for header in headers:
        if not _SENTENCE_STOP_RE.search(text, header.start(), tags_start):
            return header.start()
    return None


def split_inline_furniture(lines: list[Line]) -> tuple[list[Line], dict[int, str]]:
    """Cut lines at embedded tag lists and sidebars; return the new lines and the furniture's reasons by index.

    Why: a cleaner that judges whole lines keeps a keyword list glued to the
    body (coded as a sentence of its own) and a sidebar of other stories'
    headlines glued to the last paragraph (coded as events of this story).
    """
    out: list[Line] = []
    reasons: dict[int, str] = {}
    for line in lines:
        cuts: list[tuple[int, int, str]] = []
        tags = tag_list_span(line.text)
        sidebar = sidebar_start(line.text)
        if tags is not None and (sidebar is None or tags[1] <= sidebar):
            related = related_before_tags(line.text, tags[0])
            if related is not None and (sidebar is None or related < sidebar):
                cuts.append((related, tags[0], "link_list"))
            cuts.append((tags[0], tags[1], "tags"))
        if sidebar is not None:
            cuts.append((sidebar, len(line.text), "link_list"))
        position = 0
        for start, end, reason in cuts:
            if line.text[position:start].strip():
                out.append(Line(line.start + position, line.start + start, line.text[position:start]))
            reasons[len(out)] = reason
            out.append(Line(line.start + start, line.start + end, line.text[start:end]))
            position = end
        if not cuts:
            out.append(line)
        elif line.text[position:].strip():
            out.append(Line(line.start + position, line.end, line.text[position:]))
    return out, reasons
