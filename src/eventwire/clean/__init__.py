"""Turn raw input into clean story text plus metadata.

HTML goes through trafilatura (``clean/html.py``). Plain text goes through
metadata extraction (``clean/meta.py``: title, outlet, authors, dateline,
date) and then the line cleaner (``clean/plain.py``), which keeps the story's
paragraphs and records every dropped stretch as a ``Removed`` with its span in
``article.raw``. Lines that repeat across several otherwise different articles
of one outlet in the batch are that outlet's template (``clean/repeats.py``).
A keyword "Tags" list or a related-news sidebar run into a line of story text
is cut out of that line first (``clean/inline.py``) and removed like any line.

The dateline ("WASHINGTON —") is cut from the start of the first paragraph
into ``article.dateline`` and recorded as removed: the sentence that follows
is kept whole, so the parser sees "President Donald Trump and ..." as its
subject rather than a capitalised place name. Character references left in
plain text ("AT&amp;T", "Russia #39;s") are decoded in the clean text
(``clean/references.py``); the raw input stays as read.
"""

from __future__ import annotations

from eventwire.clean.html import clean_html
from eventwire.clean.inline import split_inline_furniture
from eventwire.clean.lines import split_lines
from eventwire.clean.meta import apply_meta, extract_meta
from eventwire.clean.plain import clean_lines
from eventwire.clean.references import decode_references
from eventwire.clean.repeats import outlet_boilerplate
from eventwire.config import Context
from eventwire.model import Article


def clean_plain(article: Article, template_lines: frozenset[str] = frozenset()) -> Article:
    """Fill ``article.text``, ``article.removed`` and empty metadata from plain-text ``article.raw``."""
    raw = article.raw
    lines, furniture = split_inline_furniture(split_lines(raw))
    meta = extract_meta(lines)
    apply_meta(article, meta)
    result = clean_lines(
        raw,
        lines,
        preset={**furniture, **meta.consumed},
        prefix_cuts=meta.prefix_cuts,
        outlet_boilerplate=template_lines,
        context=article.title or "",
    )
    # Kept stretches are slices of the raw input; character references in them are decoded here.
    article.text = decode_references(result.text(raw))
    if article.title:
        article.title = decode_references(article.title)
    article.removed = result.removed
    return article


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Clean each article of the batch (HTML or plain text)."""
    templates = outlet_boilerplate(articles)
    for article in articles:
        if article.format == "html":
            clean_html(article)
        else:
            clean_plain(article, templates.get(article.outlet or "", frozenset()))
        if not article.text.strip():
            article.skip_reason = "no text left after cleaning"
    return articles
