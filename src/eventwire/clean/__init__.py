"""Turn raw input into clean story text plus metadata.

HTML goes through trafilatura; plain text keeps its lines (the junk-removing
plain-text cleaner lives in ``clean/plain.py`` once built).
"""

from __future__ import annotations

from eventwire.clean.html import clean_html
from eventwire.config import Context
from eventwire.model import Article


def run(articles: list[Article], ctx: Context) -> list[Article]:
    for article in articles:
        if article.format == "html":
            clean_html(article)
        else:
            article.text = article.raw.replace("\r\n", "\n").strip()
        if not article.text.strip():
            article.skip_reason = "no text left after cleaning"
    return articles
