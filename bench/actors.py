"""Actor resolution on the PLOVER development sentences: coverage and a sample.

Usage::

    .venv/bin/python bench/actors.py [--limit N] [--sample-out PATH] [--seed 4] [--judged CSV]

Reads ``../shared/dev/plover-dev/PLV_train.tsv`` (columns ``sentence`` and
``marked_sentence``, where ``<s>…</s>`` marks the source and ``<t>…</t>`` the
target), runs the nlp and actors stages over every sentence, resolves each
marked span with ``actors.actor_at`` and prints: how many spans got a code
and a country, the kinds, the most common codes and countries, and the time
per sentence. A random sample of 100 spans (fixed seed) is written, with our
codes, to a TSV outside the repository for hand-checking (default: the system
temp folder). Prints figures; never fails on them.

Hand-judged samples are kept in ``bench/data/actors_plv_judged.csv`` (seed,
sample number, sentence id, role, span offsets and the gold ISO3 country, empty
for none: facts only, no sentence text); the country accuracy on each judged
seed is printed against the current code, with the errors by id.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PLV = SHARED / "dev" / "plover-dev" / "PLV_train.tsv"
JUDGED = Path(__file__).resolve().parent / "data" / "actors_plv_judged.csv"
TAG_RE = re.compile(r"</?[st]>")


def marked_spans(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Plain sentence and the character spans of the <s> and <t> markup."""
    plain, spans, opened, pos = [], {}, {}, 0
    for piece in re.split(r"(</?[st]>)", marked):
        if TAG_RE.fullmatch(piece):
            role = piece.strip("</>")
            if piece.startswith("</"):
                spans[role] = (opened.pop(role), pos)
            else:
                opened[role] = pos
        else:
            plain.append(piece)
            pos += len(piece)
    return "".join(plain), spans


def main() -> None:
    parser = argparse.ArgumentParser(description="Actor coverage on PLV_train.tsv")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--judged", type=Path, default=JUDGED, help="hand-judged gold countries (CSV)")
    parser.add_argument("--sample-out", type=Path,
                        default=Path(tempfile.gettempdir()) / "eventwire_actors_plv_sample.tsv")
    args = parser.parse_args()
    if not PLV.exists():
        sys.exit(f"{PLV} is absent: this benchmark needs ../shared beside the repository")

    from eventwire import actors, nlp
    from eventwire.config import Context
    from eventwire.model import Article

    rows = list(csv.DictReader(PLV.open(encoding="utf-8"), delimiter="\t"))
    if args.limit:
        rows = rows[: args.limit]
    ctx = Context()
    started = time.perf_counter()
    actors.resources(ctx)
    load_s = time.perf_counter() - started
    items = []
    nlp_s = actor_s = 0.0
    for batch_start in range(0, len(rows), 64):
        batch = rows[batch_start : batch_start + 64]
        articles, spans = [], []
        for row in batch:
            text, marked = marked_spans(row["marked_sentence"])
            articles.append(Article(id=f"plv{row['sentence_id']}", text=text))
            spans.append(marked)
        t0 = time.perf_counter()
        nlp.run(articles, ctx)
        t1 = time.perf_counter()
        actors.run(articles, ctx)
        t2 = time.perf_counter()
        nlp_s, actor_s = nlp_s + t1 - t0, actor_s + t2 - t1
        for article, marked in zip(articles, spans, strict=True):
            doc = ctx.docs[article.id]
            for role, (start, end) in marked.items():
                actor = actors.actor_at(article, start, end, doc)
                country = actors.span_country(article, start, end, doc)
                items.append((article, role, article.text[start:end], actor, country, (start, end)))
        ctx.docs.clear()
    report(items, len(rows), load_s, nlp_s, actor_s)
    write_sample(items, args.sample_out, args.seed)
    if args.judged.exists():
        score_judged(items, args.judged)


def report(items: list, sentences: int, load_s: float, nlp_s: float, actor_s: float) -> None:
    total = len(items)
    coded = [a for *_, a, _, _ in items if a is not None and a.code]
    with_country = [a for a in coded if a.country]
    print(f"sentences: {sentences}, marked spans: {total}")
    mentioned = sum(a is not None for *_, a, _, _ in items)
    print(f"spans with an actor mention: {mentioned} ({mentioned / total:.1%})")
    print(f"spans coded: {len(coded)} ({len(coded) / total:.1%}); with a country: "
          f"{len(with_country)} ({len(with_country) / total:.1%})")
    print("kinds:", dict(Counter(a.kind for a in coded).most_common()))
    print("top codes:", Counter(a.code for a in coded).most_common(15))
    print("top countries:", Counter(a.country for a in with_country).most_common(15))
    print("flags:", Counter(f for a in coded for f in a.flags).most_common(8))
    print(f"resources: {load_s:.2f} s once; nlp {nlp_s / sentences * 1000:.2f} ms/sentence; "
          f"actors {actor_s / sentences * 1000:.3f} ms/sentence")


def write_sample(items: list, path: Path, seed: int) -> None:
    sample = random.Random(seed).sample(items, min(100, len(items)))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(["n", "article", "role", "span", "code", "country", "span_country", "mention", "flags",
                         "sentence"])
        for n, (article, role, span, actor, country, _) in enumerate(sample, 1):
            writer.writerow([n, article.id, role, span, actor.code if actor else "", actor.country if actor else "",
                             country or "", actor.text if actor else "", ",".join(actor.flags) if actor else "",
                             article.text])
    print(f"sample of {len(sample)} spans written to {path}")


def score_judged(items: list, path: Path) -> None:
    """Country accuracy per judged seed, two ways: the head mention's country
    (``actor_at``) and the span's (``span_country``, none for several states)."""
    # one PLV sentence id can carry several markings: the key holds the span offsets too
    ours = {(article.id, role, offsets): (actor, country) for article, role, _, actor, country, offsets in items}
    by_seed: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in csv.DictReader(path.open(encoding="utf-8")):
        key = (f"plv{row['sentence_id']}", row["role"], (int(row["start"]), int(row["end"])))
        if key not in ours:
            continue  # sentence outside --limit
        actor, country = ours[key]
        head = (actor.country if actor is not None else None) or ""
        by_seed.setdefault(row["seed"], []).append((row["n"], row["gold_country"], head, country or ""))
    for seed, rows in by_seed.items():
        for label, column in (("actor_at", 2), ("span_country", 3)):
            right = sum(row[1] == row[column] for row in rows)
            wrong = " ".join(f"#{row[0]} {row[1] or '-'}->{row[column] or '-'}" for row in rows
                             if row[1] != row[column])
            print(f"judged seed {seed} ({label}): {right}/{len(rows)} countries right; errors: {wrong}")


if __name__ == "__main__":
    main()
