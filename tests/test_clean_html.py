"""HTML through trafilatura: story text and page metadata, caller values first."""

from __future__ import annotations

from eventwire.clean import run
from eventwire.config import Context
from eventwire.model import Article

PARAGRAPHS = [
    "The harbour board of Selden approved a new night-shift pay scale on Thursday, ending a week-long strike "
    "that had stopped cargo traffic at the country's second-largest port.",
    "Union leaders said members would return to work on Friday morning, and the port authority said it expected "
    "the backlog of container ships to clear within ten days.",
    "Transport Minister Elena Varga welcomed the deal and said fuel deliveries to the northern provinces would "
    "resume over the weekend.",
]
PAGE = f"""<html><head><title>Selden port strike ends</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta name="author" content="Ana Kim">
<meta property="article:published_time" content="2025-03-06T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Selden port strike ends</h1>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</article>
<footer>Copyright 2031 Harbour Gazette. All rights reserved.</footer></body></html>"""


def test_clean_html_story_and_metadata() -> None:
    article = Article(id="h", raw=PAGE, format="html")
    run([article], Context())
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "Copyright" not in article.text
    assert article.title == "Selden port strike ends"
    assert article.outlet == "Harbour Gazette"
    assert article.outlets == ["Harbour Gazette"]
    assert article.authors == ["Ana Kim"]
    assert article.published == "2025-03-06"


def test_clean_html_caller_values_win() -> None:
    article = Article(id="h", raw=PAGE, format="html", outlet="Wire Service", published="2031-03-07", title="T")
    run([article], Context())
    assert (article.outlet, article.published, article.title) == ("Wire Service", "2031-03-07", "T")
