"""The single spaCy pass: sentences, tokens, POS, dependencies, entities.

Every later stage reads ``ctx.docs[article.id]``; nothing else calls the
pipeline on article text, so no sentence is parsed twice.

With the option ``nlp.select`` (``Config.options``: ``true`` or ``"events"``,
or ``"events+quotes"``), only sentences that can hold an event (or a quote)
get the full pipeline (see :mod:`eventwire.nlp.select`); the rest are
tokenized and split into sentences only. Offsets into
``article.text`` are the same either way.
"""

from __future__ import annotations

from eventwire.config import Context
from eventwire.model import Article

#: Texts longer than this are parsed in pieces by spaCy's own limit check;
#: we raise the limit modestly because news articles can be long, but a
#: 50 MB "article" is a reader/cleaner problem, not something to parse.
MAX_CHARS = 2_000_000

#: ``Config.options`` key switching selective parsing on.
SELECT_OPTION = "nlp.select"


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Parse every article's clean text once, in one ``nlp.pipe`` call."""
    nlp = ctx.nlp
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    texts = [article.text for article in articles]
    mode = ctx.config.options.get(SELECT_OPTION, False)
    if mode:
        from eventwire.nlp.select import default_predicate, parse_selected

        predicate = default_predicate(ctx, "events" if mode is True else str(mode))
        docs = parse_selected(texts, nlp, predicate, ctx.config.batch_size)
    else:
        docs = nlp.pipe(texts, batch_size=ctx.config.batch_size)
    for article, doc in zip(articles, docs, strict=True):
        ctx.docs[article.id] = doc
    return articles
