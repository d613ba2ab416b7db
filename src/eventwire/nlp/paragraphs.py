"""Paragraph breaks that start a sentence, marked before the parser runs.

Why: spaCy's parser reads a blank line as plain whitespace. A headline with no
final period runs into the first paragraph of the story: "Coalition raids kill
21 civilians in IS stronghold in Syria\\n\\nAir strikes by the US-led coalition
killed ..." is one sentence, "Syria" becomes a compound of "strikes", and the
strikes get the source SYR. A paragraph ending in a closing quote ('... he
said."\\n\\nA spokesman ...') is glued to the next one the same way. The parser
respects a token whose ``is_sent_start`` is already True, so this component
sets it on the first token after such a break, and on no other.

A text with no blank line but with line breaks (BASIL, NewsWCL50 and ECB+
deliver one paragraph per line) is read the same way with each line a
paragraph: "Here are the new rules\n\"We will ..." is a headline and a quote.

Not after every blank line: hard-wrapped wire texts (Reuters-21578, MUC) put
"\\n\\n" inside sentences ("privately-held\\n\\nNovopharm Ltd", "based in
Fort\\n\\nWorth, Texas"). So a text counts as *paragraphed* only when at least
:data:`PARAGRAPHED_SHARE` of its paragraphs after the first end with final
punctuation (the first is left out: it is often the headline). On 1,450
parsed articles of the mixed corpus, hard-wrapped Reuters/MUC texts spread
over shares 0.0-0.7 and paragraphed ones (BBC, Wikinews, ECB+, BASIL) sit at
0.9-1.0. In a
paragraphed text a break starts a sentence when

* the paragraph before it ends with . ! ? (possibly followed by closing
  quotes or brackets), and the next begins with a capital, a digit or an
  opening quote; or
* the paragraph before it is a heading (a headline, a dateline, a
  sub-heading): no final punctuation, it begins with a capital, digit or
  quote, and it does not end with a comma, dash or function word ("... a
  merger with"), and the next begins with a capital or an opening quote.

A text with a single break is paragraphed only if it passes the share test on
its one later paragraph, which a headline-plus-body text does; the heading
test then keeps wrapped fragments out (they begin mid-sentence, in lower
case). An all-capitals text (MUC) has no case to read: nothing is marked.

The decision is per article: :func:`paragraph_starts` reads a whole Doc.
Selective parsing (:mod:`eventwire.nlp.select`) cuts articles into runs, so it
computes the starts on the whole article in its pre-pass, marks them on the
runs itself and turns this component off for them (:data:`NAME`).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Pipeline component name (placed before the parser by :func:`add_to`).
NAME = "paragraph_starts"

#: Share of later paragraphs with final punctuation that makes a text paragraphed.
PARAGRAPHED_SHARE = 0.8

FINAL = frozenset({".", "!", "?", "...", "…"})
CLOSING = frozenset({'"', "'", "\u201d", "\u2019", ")", "]", "''"})
OPENING = frozenset({'"', "'", "\u201c", "\u2018", "``", "("})
#: A heading does not end with these: a hard-wrapped line cut mid-phrase does ("... a merger with").
OPEN_ENDS = frozenset({",", ";", "-", "--", "\u2013", "\u2014", "(", "&", "of", "with", "and", "or", "the", "a", "an",
                       "to", "for", "in", "on", "at", "by", "from", "as", "that", "its", "their", "his", "her"})


def _ends_final(words: list[str]) -> bool:
    """The paragraph's last words are final punctuation, possibly followed by closing quotes or brackets."""
    i = len(words) - 1
    while i > 0 and words[i] in CLOSING:
        i -= 1
    return i >= 0 and words[i] in FINAL


def _ends_any(words: list[str]) -> bool:
    """Ends with a final or closing mark or a colon: counts toward the share."""
    return _ends_final(words) or words[-1] in CLOSING or words[-1] == ":"


def _heading(words: list[str]) -> bool:
    """No final punctuation, starts like a title (capital, digit, quote), does not end mid-phrase."""
    head = words[0]
    starts = head[:1].isupper() or head[:1].isdigit() or head in OPENING
    return starts and not _ends_any(words) and words[-1].lower() not in OPEN_ENDS


def paragraph_starts(words: list[str], is_space: list[bool]) -> list[int]:
    """Indices of tokens that start a sentence after a paragraph break (see the module doc).

    ``words`` are the token texts and ``is_space`` whether each is whitespace.
    """
    # Blank lines part the paragraphs; a text with none but with line breaks has one paragraph per line.
    blank = any(space and text.count("\n") >= 2 for text, space in zip(words, is_space, strict=True))
    newlines = 2 if blank else 1  # line breaks a paragraph break needs
    paragraphs: list[tuple[int, int]] = []  # (first, last) non-space token index
    first = last = None
    for i, (text, space) in enumerate(zip(words, is_space, strict=True)):
        if space:
            if text.count("\n") >= newlines and first is not None:
                paragraphs.append((first, last))
                first = None
            continue
        if first is None:
            first = i
        last = i
    if first is not None:
        paragraphs.append((first, last))
    if len(paragraphs) < 2 or not any(ch.islower() for text in words for ch in text):
        return []  # one paragraph, or an all-capitals text (MUC): no case to read
    ended = [_ends_any(words[a:b + 1]) for a, b in paragraphs]
    if sum(ended[1:]) < PARAGRAPHED_SHARE * (len(paragraphs) - 1):
        return []
    out = []
    for (a, b), (c, _) in itertools.pairwise(paragraphs):
        before, start = words[a:b + 1], words[c]
        if _ends_final(before):
            if start[:1].isupper() or start[:1].isdigit() or start in OPENING:
                out.append(c)
        elif _heading(before) and (start[:1].isupper() or start in OPENING):
            out.append(c)
    return out


def doc_starts(doc: Doc) -> list[int]:
    """:func:`paragraph_starts` of a Doc."""
    return paragraph_starts([t.text for t in doc], [t.is_space for t in doc])


def mark(doc: Doc, starts: list[int], offset: int = 0) -> Doc:
    """Set ``is_sent_start`` on ``doc[i - offset]`` for each start inside ``doc``."""
    for i in starts:
        j = i - offset
        if 0 < j < len(doc):
            doc[j].is_sent_start = True
    return doc


def component(doc: Doc) -> Doc:
    """The pipeline component: marks :func:`doc_starts` on the Doc."""
    return mark(doc, doc_starts(doc))


def add_to(nlp: Language) -> Language:
    """Install the component before the parser (once; a pipeline without parser is left as it is)."""
    from spacy.language import Language

    if NAME not in Language.factories:
        Language.component(NAME, func=component)
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    return nlp
