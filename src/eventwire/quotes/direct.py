"""Direct quotes: quotation marks plus the speech verb that frames them.

A quotation is reported speech when a speech verb outside any quotation
frames it in the same sentence ("…," Mr. Trump said; Lavrov said, "…"; the
White House called it a "very good" call). A quotation with no frame of its
own continues the speaker of the attribution just before it in the same or
previous paragraph ("…," he said. "More …").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.model import Actor, Article, Quote, Span
from eventwire.quotes.lexicon import SpeechLexicon
from eventwire.quotes.marks import Segment, paragraphs
from eventwire.quotes.speakers import is_speech_verb, resolve_speaker, speech_verb_subject

#: A quotation this long without a speaker is still kept (speaker unknown);
#: shorter ones are titles, nicknames or scare quotes, not reported speech.
MIN_WORDS_WITHOUT_SPEAKER = 8


@dataclass(slots=True)
class Attribution:
    """The latest known speaker, so unframed quotations can continue it."""

    paragraph: int
    speaker: Actor


class QuoteMask:
    """Answers 'is this character inside a quotation?' for all segments.

    Asked for every token of every article, so the segments are merged into
    disjoint sorted ranges once and each question is a binary search (issue 9):
    the same answer as "some segment's ``start <= char < end``".
    """

    def __init__(self, segments: list[Segment]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s.start, s.end) for s in segments if s.start < s.end):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __call__(self, char: int) -> bool:
        i = bisect_right(self._starts, char) - 1
        return i >= 0 and char < self._ends[i]


def window_tokens(doc: Doc, segment: Segment, text: str, para: tuple[int, int]) -> list[Token]:
    """Tokens of the sentences that hold the quotation (within its paragraph).

    The next sentence is added when the quotation ends with a comma ("…,"
    then the attribution) or that sentence starts in lower case: the parser
    often splits "…," he said into two sentences.
    """
    sents = [s for s in doc.sents if s.start_char < segment.end and s.end_char > segment.start]
    if sents:
        following = doc[sents[-1].end :].sents if sents[-1].end < len(doc) else iter(())
        nxt = next(iter(following), None)
        inner = text[segment.start : segment.end].rstrip("”\"» ")
        if nxt is not None and (inner.endswith(",") or nxt.text[:1].islower()):
            sents.append(nxt)
    return [t for s in sents for t in s if para[0] <= t.idx < para[1]]


def frame_verb(
    tokens: list[Token], segment: Segment, mask: QuoteMask, lexicon: SpeechLexicon
) -> Token | None:
    """The speech verb outside quotations nearest to the segment that has a speaker."""
    candidates = [
        t for t in tokens if not mask(t.idx) and is_speech_verb(t, lexicon.direct, lexicon)
    ]

    def distance(token: Token) -> int:
        return segment.start - token.idx if token.idx < segment.start else token.idx - segment.end

    for verb in sorted(candidates, key=distance):
        if speech_verb_subject(verb, mask) is not None:
            return _outermost_reporter(verb, mask, lexicon)
    return None


def _outermost_reporter(verb: Token, mask: QuoteMask, lexicon: SpeechLexicon) -> Token:
    """Climb to a speech verb that reports this one's clause.

    "The White House said Mr. Trump emphasized his desire 'to build …'": the
    quoted words are the White House's (its readout), not Mr. Trump's.
    """
    current = verb
    while current.dep_ == "ccomp" and current.head is not current:
        head = current.head
        if mask(head.idx) or not is_speech_verb(head, lexicon.indirect | lexicon.direct, lexicon):
            break
        if speech_verb_subject(head, mask) is None:
            break
        current = head
    return current


def direct_quotes(
    article: Article, doc: Doc, segments: list[Segment], lexicon: SpeechLexicon, ctx: Any,
    memo: dict[int, Actor | None], frames: list[tuple[int, Actor]],
) -> list[Quote]:
    """One Quote per quotation that is reported speech.

    ``frames`` lists (character offset, speaker) of indirect-speech frames
    ("The White House said …"), so a quotation can continue them too.
    """
    text = article.text
    paras = paragraphs(text)
    mask = QuoteMask(segments)
    quotes: list[Quote] = []
    last: Attribution | None = None
    frame_iter = sorted(frames, key=lambda f: f[0])
    for segment in segments:
        if is_title(segment.inner_text(text)):
            continue
        p_index = _paragraph_index(paras, segment.start)
        for offset, speaker in frame_iter:
            if offset < segment.start and (last is None or _paragraph_index(paras, offset) >= last.paragraph):
                last = Attribution(_paragraph_index(paras, offset), speaker)
        speaker = _framed_speaker(article, doc, segment, paras[p_index], mask, lexicon, ctx, memo)
        if speaker is None and last is not None and p_index - last.paragraph <= 1:
            speaker = last.speaker
        if speaker is None and len(segment.inner_text(text).split()) < MIN_WORDS_WITHOUT_SPEAKER:
            continue
        quotes.append(Quote(Span(segment.start, segment.end), segment.inner_text(text), "direct", speaker))
        if speaker is not None:
            last = Attribution(_paragraph_index(paras, segment.end - 1), speaker)
    return quotes


def is_title(inner: str) -> bool:
    """A short quotation of capitalised words is a name or title, not speech.

    "In God We Trust", CNN's "American Morning", the word "God": quoted, but
    nobody is being quoted saying them.
    """
    words = inner.strip(" ,.;:!?").split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _framed_speaker(article, doc, segment, para, mask, lexicon, ctx, memo) -> Actor | None:
    tokens = window_tokens(doc, segment, article.text, para)
    verb = frame_verb(tokens, segment, mask, lexicon)
    if verb is None:
        return None
    subject = speech_verb_subject(verb, mask)
    return resolve_speaker(article, doc, subject, ctx, memo) if subject is not None else None


def _paragraph_index(paras: list[tuple[int, int]], char: int) -> int:
    for i, (start, end) in enumerate(paras):
        if start <= char < end:
            return i
    return max(0, len([p for p in paras if p[1] <= char]) - 1)
