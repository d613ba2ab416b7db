"""Benchmark the cleaners on the article-extraction benchmark (181 pages with gold bodies).

Two settings:

* ``html``: the page's HTML through our HTML cleaner (trafilatura).
* ``tail``: the page's whole visible text (block elements on their own lines),
  cut to start at the first line of the gold body, through our plain-text
  cleaner. This isolates what the plain cleaner must do on scraped text: keep
  the story and drop everything the page put after and inside it.

Metric (the benchmark's own): 4-word shingles of ``\\w+`` tokens; precision and
recall per page; both averaged over pages; F1 from the two averages. A page with
an empty prediction has precision 1 if its gold is empty, else 0 (and recall 0).

    .venv/bin/python bench/clean.py [--setting html|tail|both] [--limit N] [--worst K] [--half a|b]

``--half`` keeps one of two fixed halves of the pages, split by a hash of the
page's file name without ``.html.gz`` (first byte of its SHA-1 even: ``a``, odd: ``b``). Rules were
tuned on half ``a`` only; half ``b`` shows whether a change generalises.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import time
from collections import Counter
from pathlib import Path

import lxml.html

from eventwire.clean import run as clean_run
from eventwire.config import Context
from eventwire.model import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BENCH = SHARED / "benchmarks" / "article-extraction"
TOKEN_RE = re.compile(r"\w+")
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "dd",
        "dt",
        "dl",
        "main",
        "hr",
        "address",
        "caption",
        "option",
        "label",
        "button",
        "title",
    ]
)
DROP_TAGS = "//script|//style|//noscript|//template|//svg|//head|//iframe"


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1)))


def precision_recall(gold: str, predicted: str) -> tuple[float, float]:
    gold_sh, pred_sh = shingles(gold), shingles(predicted)
    overlap = sum((gold_sh & pred_sh).values())
    n_pred, n_gold = sum(pred_sh.values()), sum(gold_sh.values())
    precision = overlap / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = overlap / n_gold if n_gold else 1.0
    return precision, recall


def page_text(html: str) -> str:
    """Visible text of the page with each block element on its own line."""
    root = lxml.html.fromstring(html)
    for element in root.xpath(DROP_TAGS):
        element.drop_tree()
    parts: list[str] = []
    _walk(root, parts)
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(element, parts: list[str]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    block = tag in BLOCK_TAGS
    if block:
        parts.append("\n")
    if tag and element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
    if block:
        parts.append("\n")
    if element.tail:
        parts.append(element.tail)


def cut_at_gold_start(text: str, gold: str, window: int = 6) -> str | None:
    """Cut ``text`` at the start of the line holding the gold body's first words.

    The gold's first tokens are searched as a token sequence (markup may split
    or join lines); if they are not found, later starting points in the gold are
    tried, since some pages prefix the lead with a kicker the gold dropped.
    """
    matches = list(TOKEN_RE.finditer(text))
    tokens = [m.group() for m in matches]
    gold_tokens = TOKEN_RE.findall(gold)
    index = {}
    for i in range(len(tokens) - window + 1):
        index.setdefault(tuple(tokens[i : i + window]), i)
    for offset in range(min(30, max(1, len(gold_tokens) - window + 1))):
        position = index.get(tuple(gold_tokens[offset : offset + window]))
        if position is not None:
            char = matches[position].start()
            return text[text.rfind("\n", 0, char) + 1 :]
    return None


def half_of(item_id: str) -> str:
    """The fixed half (``a`` or ``b``) of a page, from a hash of its id (the file name without ``.html.gz``)."""
    return "a" if hashlib.sha1(item_id.encode()).digest()[0] % 2 == 0 else "b"


def load_pages(limit: int | None, half: str | None = None) -> list[tuple[str, str, str]]:
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for item_id in sorted(truth)[:limit]:
        if half and half_of(item_id) != half:
            continue
        html = gzip.decompress((BENCH / "html" / f"{item_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        pages.append((item_id, html, truth[item_id].get("articleBody") or ""))
    return pages


def run_setting(setting: str, pages: list[tuple[str, str, str]], worst: int) -> None:
    ctx = Context()
    inputs = []
    uncut = 0
    for item_id, html, gold in pages:
        if setting == "html":
            inputs.append(Article(id=item_id, raw=html, format="html"))
            continue
        text = page_text(html)
        tail = cut_at_gold_start(text, gold)
        if tail is None:  # gold start not found: give the cleaner the whole page text
            uncut += 1
            tail = text
        inputs.append(Article(id=item_id, raw=tail, format="text"))
    started = time.perf_counter()
    cleaned = clean_run(inputs, ctx)
    elapsed = time.perf_counter() - started
    scores = []
    for (item_id, _, gold), article in zip(pages, cleaned, strict=True):
        scores.append((item_id, *precision_recall(gold, article.text)))
    precision = sum(s[1] for s in scores) / len(scores)
    recall = sum(s[2] for s in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"{setting:5s} pages={len(scores)} F1={f1:.4f} P={precision:.4f} R={recall:.4f} "
        f"pages/s={len(scores) / elapsed:.1f}" + (f" (gold start not found: {uncut})" if setting == "tail" else "")
    )
    political = _political_ids()
    subset = [s for s in scores if s[0] in political]
    if subset:
        p_sub = sum(s[1] for s in subset) / len(subset)
        r_sub = sum(s[2] for s in subset) / len(subset)
        f_sub = 2 * p_sub * r_sub / (p_sub + r_sub) if p_sub + r_sub else 0.0
        print(f"      political/world subset pages={len(subset)} F1={f_sub:.4f} P={p_sub:.4f} R={r_sub:.4f}")
    for item_id, p, r in sorted(scores, key=lambda s: min(s[1], s[2]))[:worst]:
        print(f"   worst {item_id[:12]} P={p:.3f} R={r:.3f}")


def _political_ids() -> set[str]:
    """Ids of the pages hand-labelled political or borderline (a derived file beside the benchmark)."""
    path = BENCH / "political_subset.derived.tsv"
    if not path.exists():
        return set()
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row[0] for row in rows[1:] if len(row) > 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setting", choices=["html", "tail", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (by id)")
    parser.add_argument("--worst", type=int, default=0, help="list the K worst pages")
    parser.add_argument("--half", choices=["a", "b"], default=None, help="only one fixed half of the pages")
    args = parser.parse_args()
    if not BENCH.exists():
        print(f"skipped: {BENCH} is absent (needs ../shared beside the repository)")
        return
    pages = load_pages(args.limit, args.half)
    for setting in ("html", "tail") if args.setting == "both" else (args.setting,):
        run_setting(setting, pages, args.worst)


if __name__ == "__main__":
    main()
