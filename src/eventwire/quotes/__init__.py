"""Quotes stage: direct and indirect reported speech, each with its speaker.

Last of the article stages: it needs the parse (``ctx.docs``) and the actors
(``article.actors`` with ``entity_id``) so that "he said" and "the president
said" resolve to the actor named earlier in the article.
"""

from __future__ import annotations

from eventwire.config import Context
from eventwire.model import Actor, Article, Quote
from eventwire.quotes.direct import QuoteMask, direct_quotes
from eventwire.quotes.indirect import indirect_quotes
from eventwire.quotes.lexicon import speech_lexicon
from eventwire.quotes.marks import find_segments
from eventwire.quotes.omissions import find_omissions

__all__ = ["find_quotes", "run"]


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Fill ``article.quotes`` for every article in the batch."""
    for article in articles:
        doc = ctx.docs.get(article.id)
        if doc is None:  # run on its own (not after the nlp stage): parse once here
            doc = ctx.nlp(article.text)
            ctx.docs[article.id] = doc
        memo: dict[int, Actor | None] = {}
        article.quotes = find_quotes(article, doc, ctx, memo)
        omissions = find_omissions(article, doc, ctx, memo)
        if omissions:
            article.metadata["omissions"] = omissions
    return articles


def find_quotes(
    article: Article, doc, ctx: Context | None = None, memo: dict[int, Actor | None] | None = None
) -> list[Quote]:
    """Direct quotes (with marks) and indirect quotes (reported clauses), in text order.

    ``memo`` caches resolved speakers by token, shared with the omission finder.
    """
    lexicon = speech_lexicon(ctx) if ctx is not None else _default_lexicon()
    segments = find_segments(article.text)
    mask = QuoteMask(segments)
    memo = {} if memo is None else memo
    indirect = indirect_quotes(article, doc, mask, lexicon, ctx, memo)
    frames = [(q.span.start, q.speaker) for q in indirect if q.speaker is not None]
    direct = direct_quotes(article, doc, segments, lexicon, ctx, memo, frames)
    return sorted(direct + indirect, key=lambda q: (q.span.start, q.kind))


def _default_lexicon():
    from eventwire.quotes.lexicon import load_speech_lexicon

    return load_speech_lexicon()
