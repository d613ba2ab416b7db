"""Property tests for the cleaner (and language stage): random text, random and
pathological HTML. A stage may reject an article, but the batch never raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.config import Context
from eventwire.model import Article
from eventwire.pipeline import process_batch

STAGES = ("clean", "language")
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TAGS = ["div", "p", "span", "article", "main", "table", "tr", "td", "b", "i", "a", "script", "style", "nav",
        "header", "footer", "ul", "li", "h1", "br", "html", "body", "head", "title", "!--", "![CDATA["]
CONTEXT = Context()


def _process(article: Article) -> None:
    """Run the stages; the article must come out stored (maybe skipped) or as a reject."""
    result = process_batch([article], CONTEXT, STAGES)
    assert len(result.articles) + len(result.rejects) >= 1
    # process_batch turns a stage's exception into a Reject; the cleaner itself should not raise at all,
    # so the only clean-stage reject allowed is its own "nothing left" verdict.
    assert all(r.reason == "no text left after cleaning" for r in result.rejects if r.stage == "clean"), \
        result.rejects
    for kept in result.articles:
        assert isinstance(kept.text, str)
        kept.text.encode("utf-8")
        for removed in kept.removed:
            assert 0 <= removed.span.start <= removed.span.end <= len(kept.raw)


@st.composite
def html_soup(draw) -> str:
    """Tags opened and closed at random (often unbalanced), with random text between."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.sampled_from(["open", "close", "text", "attr"]))
        if kind == "open":
            parts.append(f"<{tag}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "attr":
            parts.append(f'<{tag} class="{draw(st.text(max_size=20))}" data-x=\'{draw(st.text(max_size=10))}\'>')
        else:
            parts.append(draw(st.text(max_size=80)))
    return "".join(parts)


@SETTINGS
@given(text=st.text(max_size=2000))
def test_fuzz_cleaner_random_plain_text(text: str):
    _process(Article(id="t", raw=text, format="text"))


@SETTINGS
@given(lines=st.lists(st.text(max_size=120), max_size=60))
def test_fuzz_cleaner_random_lines(lines: list[str]):
    _process(Article(id="t", raw="\n".join(lines), format="text", title=lines[0] if lines else None))


@SETTINGS
@given(page=html_soup())
def test_fuzz_cleaner_random_html(page: str):
    _process(Article(id="h", raw=page, format="html"))


@settings(max_examples=10, deadline=None)
@given(width=st.integers(1, 200_000))
def test_fuzz_cleaner_huge_single_line(width: int):
    _process(Article(id="w", raw="word " * (width // 5) + "end.", format="text"))


@pytest.mark.parametrize("tag", ["div", "span", "b", "table", "blockquote"])
@pytest.mark.parametrize("depth", [5_000, 50_000])
def test_fuzz_cleaner_deep_html_nesting(tag: str, depth: int):
    page = ("<html><body>" + f"<{tag}>" * depth + "<p>The talks ended on Tuesday without an agreement.</p>"
            + f"</{tag}>" * depth + "</body></html>")
    _process(Article(id="deep", raw=page, format="html"))


def test_fuzz_cleaner_unclosed_deep_nesting_and_binary_noise():
    page = "<div>" * 20_000 + "\x00\x01\ufffd" * 100 + "<p>Text after the noise.</p>"
    _process(Article(id="noise", raw=page, format="html"))
