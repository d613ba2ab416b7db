"""The single spaCy pass: sentences, tokens, POS, dependencies, entities.

Every later stage reads ``ctx.docs[article.id]``; nothing else calls the
pipeline on article text, so no sentence is parsed twice.
"""

from __future__ import annotations

from eventwire.config import Context
from eventwire.model import Article

#: Texts longer than this are parsed in pieces by spaCy's own limit check;
#: we raise the limit modestly because news articles can be long, but a
#: 50 MB "article" is a reader/cleaner problem, not something to parse.
MAX_CHARS = 2_000_000


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Parse every article's clean text once, in one ``nlp.pipe`` call."""
    nlp = ctx.nlp
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    texts = [article.text for article in articles]
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=ctx.config.batch_size), strict=True):
        ctx.docs[article.id] = doc
    return articles
