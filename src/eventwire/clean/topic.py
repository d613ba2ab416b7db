"""A cheap topic-continuity signal: does this line talk about the story so far?

Sidebars ("Just Posted", "Most Read", related-story teasers, photo captions of
other stories) are written in the same register as the story, so shape alone
cannot tell them apart. What gives them away is that they are about *other*
people and places. We measure that without spaCy: the share of a line's
content words (and capitalised names) already seen in the kept story. A story
paragraph re-uses the story's names and nouns; a teaser for an unrelated story
shares almost none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]+|\d{3,}")
#: Scripts written without spaces: their "words" are cut into character bigrams.
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

#: Function words and news filler that carry no topic. Small on purpose: a word
#: missing here only adds a little noise to the overlap ratio.
_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just more most my myself no nor
    not now of off on once only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself yourselves said says
    say told tell new one two three first last year years week weeks day days time mr mrs ms dr according
    may might must shall it's that's many much even still well back like get got make made
    people thing things way going want wanted including since another around among however although though yet
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april june july august september october november december
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def content_tokens(text: str) -> set[str]:
    """Lower-cased content words of ``text`` with a light plural/possessive strip."""
    tokens: set[str] = set()
    # A word holds an unspaced-script character only if the text does (lower() maps no character
    # into or out of those scripts), so most texts skip the search per word; stems are memoised.
    # Same tokens as searching every word and stemming every time (issue 9).
    unspaced = _UNSPACED_RE.search(text) is not None
    stems = _STEMS
    for match in _TOKEN_RE.finditer(text):
        word = match.group().lower().replace("’", "'").rstrip("'-")
        if unspaced and _UNSPACED_RE.search(word):
            tokens.update(word[i : i + 2] for i in range(len(word) - 1))
            continue
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) < 3 or word in STOPWORDS:
            continue
        stem = stems.get(word)
        if stem is None:
            if len(stems) >= STEM_CACHE_LIMIT:
                stems.clear()
            stem = stems[word] = _stem(word)
        tokens.add(stem)
    return tokens


#: Words stemmed so far in this process (``_stem`` is a pure function of the word), up to
#: this many; then the memo restarts.
STEM_CACHE_LIMIT = 100_000
_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    """Fold the commonest inflections so "talks"/"talk", "Syrian"/"Syria" meet."""
    for suffix, keep in (
        ("ies", "y"),
        ("ians", "ia"),
        ("ian", "ia"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)] + keep
    return word


class StoryVocabulary:
    """The content words of the story kept so far, with how often each was seen."""

    __slots__ = ("counts", "lines")

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.lines = 0

    def add(self, text: str) -> None:
        for token in content_tokens(text):
            self.counts[token] = self.counts.get(token, 0) + 1
        self.lines += 1

    def extend(self, texts: Iterable[str]) -> None:
        for text in texts:
            self.add(text)

    def overlap(self, text: str) -> float:
        """Share of the line's content words already in the story (1.0 for an empty line)."""
        tokens = content_tokens(text)
        if not tokens:
            return 1.0
        seen = sum(1 for token in tokens if token in self.counts)
        return seen / len(tokens)
