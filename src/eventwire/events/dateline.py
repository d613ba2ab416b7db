"""Datelines are where a story was filed, never a participant in it.

Wire copy opens with a dateline ("BERLIN --", "LIMA, May 4 (AP) --",
"HANOI:"). The clean stage cuts it from a full article's first paragraph, but
a dateline that reaches the parser (a text given as-is, a later story in a
digest) is read as the subject of the sentence: "BERLIN -- A court in
Bavaria has convicted ..." parses "BERLIN" as a second ``nsubj`` and the
conviction became Germany's rather than the court's. The same pattern as the
clean stage (``clean.lines.dateline_match``) decides what a dateline is, so
the two stages agree on it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.clean.lines import dateline_match


def in_dateline(token: Token) -> bool:
    """Whether ``token`` lies in a dateline that opens its sentence."""
    if not (token.text[:1].isupper() or token.like_num or token.is_punct):
        return False  # datelines hold capitalised words, dates and punctuation only: most tokens stop here
    sentence = token.sent
    if token.i - sentence.start > 12:
        return False
    match = dateline_match(sentence.text)
    return match is not None and token.idx + len(token) <= sentence.start_char + len(match.group(0).rstrip())
