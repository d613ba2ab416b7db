"""The single spaCy pass: sentences, tokens, POS, dependencies, entities.

Every later stage reads ``ctx.docs[article.id]``; nothing else calls the
pipeline on article text, so no sentence is parsed twice.

With the option ``nlp.select`` (``Config.options``: ``true`` or ``"events"``,
or ``"events+quotes"``), only sentences that can hold an event (or a quote)
get the full pipeline (see :mod:`eventwire.nlp.select`); the rest are
tokenized and split into sentences only. Offsets into
``article.text`` are the same either way.

Runs (``eventwire run``, ``Store.run``, the Ray executor) select
``"events+quotes"`` unless told otherwise (:func:`with_run_defaults`;
``--select off`` parses every sentence): on the dev sets, the seeds, 120
FA-KES and 120 mixed articles it lost no event and no quote (numbers in
``bench/selective.py``). The stage called on its own, without the option
(unit tests, library use), parses every sentence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.config import Config, Context
from eventwire.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from eventwire.nlp.heads import HeadMarks

#: Texts longer than this are parsed in pieces by spaCy's own limit check;
#: we raise the limit modestly because news articles can be long, but a
#: 50 MB "article" is a reader/cleaner problem, not something to parse.
MAX_CHARS = 2_000_000

#: ``Config.options`` key switching selective parsing on.
SELECT_OPTION = "nlp.select"
#: What runs select when the option is not given (``False``/``"off"``: every sentence).
DEFAULT_SELECT = "events+quotes"


def with_run_defaults(config: Config) -> Config:
    """``config`` with the run defaults filled in (a copy; the caller's stays as given)."""
    if SELECT_OPTION in config.options:
        return config
    return replace(config, options={**config.options, SELECT_OPTION: DEFAULT_SELECT})


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Parse every article's clean text once, in one ``nlp.pipe`` call."""
    nlp = ctx.nlp
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    texts = [article.text for article in articles]
    mode = ctx.config.options.get(SELECT_OPTION, False)
    from eventwire.nlp.gerunds import repair
    from eventwire.nlp.headlines import recase
    from eventwire.nlp.heads import head_marks
    from eventwire.nlp.select import default_predicate, parse_selected, pipe_by_length

    # A title run into the text or a repeated lede: sentence starts no mark shows (nlp/heads.py).
    heads = [head_marks(article.text, article.title) for article in articles]
    if mode and mode != "off":
        predicate = default_predicate(ctx, "events" if mode is True else str(mode))
        docs = parse_selected(texts, nlp, predicate, ctx.config.batch_size, heads)
    else:
        docs = pipe_by_length(nlp, _marked(nlp, texts, heads), ctx.config.batch_size)
    # A Title-Case headline reads as one long name to the model: reparse it in running-text case (nlp/headlines.py).
    recase(docs, nlp, texts)
    # "killed in Israeli tank shelling" read with "shelling" a participle: the attack noun put back (nlp/gerunds.py).
    for doc in docs:
        repair(doc)
    for article, doc in zip(articles, docs, strict=True):
        ctx.docs[article.id] = doc
    return articles


def _marked(nlp: Language, texts: list[str], heads: list[HeadMarks]) -> list[str | Doc]:
    """The texts to parse: a text with head marks as a tokenized Doc carrying them (the parser keeps them)."""
    from eventwire.nlp.columns import TokenColumns
    from eventwire.nlp.heads import mark_values

    out: list[str | Doc] = []
    for text, marks in zip(texts, heads, strict=True):
        if not marks:
            out.append(text)
            continue
        doc = nlp.make_doc(text)
        columns = TokenColumns(doc)
        out.append(mark_values(doc, marks.token_values(columns.words, columns.spaces)))
    return out
