"""Helpers for the reliability tests: light stage lists and a CLI runner using them.

The reliability tests are about what happens to records (read, rejected,
stored once, never lost), not about coding quality, so they run the real
readers, cleaner and language detection but replace spaCy and the coders with
``_rel_code``: a stage that gives every article two deterministic events.
That keeps each ``eventwire run`` to a fraction of a second.

Run as a script (``python tests/_reliability.py run INPUT --db DB``) it is
the ``eventwire`` command with the light stages, for subprocess tests;
``EVENTWIRE_TEST_PACE=seconds`` makes each batch take at least that long and
``EVENTWIRE_TEST_MARK=path`` touches ``path`` once five batches are analysed.
"""

from __future__ import annotations

import os
import sys
import time
import types
from pathlib import Path

from eventwire.model import Actor, Event, Span

LIGHT_STAGES = ("clean", "language", "_rel_code")
PACED_STAGES = ("clean", "language", "_rel_code", "_rel_pace")
DATA_TABLES = ("articles", "copies", "removed", "actors", "events", "quotes", "times", "places", "rejects",
               "incidents", "stories", "signatures")


_WORD_TEXT = """
minister envoy talks border trade security army police court election parliament protest strike
agreement sanctions ceasefire refugees aid loan bank oil gas port river city village capital region
president senator general judge mayor union party rebels officials diplomats monday tuesday
wednesday thursday friday weekend morning evening report statement visit meeting summit vote budget
tax law deal treaty dispute crisis attack fire flood drought harvest market prices wages workers
students teachers doctors hospital school bridge road railway airport airline ship convoy checkpoint
camp north south east west coast mountain desert island
"""
WORDS = tuple(_WORD_TEXT.split())


def distinct_text(i: int, words: int = 40) -> str:
    """A sentence of seeded random words: different enough that dedup sees no syndicated copies."""
    import random

    rng = random.Random(i)
    return f"Report {i}: " + " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def _code(articles, ctx):
    for article in articles:
        end = min(len(article.text), 5)
        actor = Actor(Span(0, end), article.text[:end], "USAGOV", "USA", f"{article.id}#a")
        article.actors = [actor]
        article.events = [
            Event(id=f"{article.id}#ev{i}", article_id=article.id, cameo=cameo, root=cameo[:2], trigger=Span(0, end),
                  span=Span(0, end), source=actor, date=article.published, date_precision="day")
            for i, cameo in enumerate(("040", "111"))
        ]
    return articles


def _pace(articles, ctx):
    time.sleep(float(os.environ.get("EVENTWIRE_TEST_PACE", "0")))
    mark = os.environ.get("EVENTWIRE_TEST_MARK")
    if mark:
        counter = Path(mark + ".count")
        done = int(counter.read_text()) + 1 if counter.exists() else 1
        counter.write_text(str(done))
        if done >= 5:
            Path(mark).touch()
    return articles


def install_stages() -> None:
    for name, run in (("_rel_code", _code), ("_rel_pace", _pace)):
        module = types.ModuleType(f"eventwire.{name}")
        module.run = run
        sys.modules[f"eventwire.{name}"] = module


def use_stages(stages: tuple[str, ...], setitem=None) -> None:
    """Make ``eventwire run`` (and ``Store.run``) use ``stages`` by default.

    ``setitem`` is pytest's ``monkeypatch.setitem`` so the change is undone.
    """
    from eventwire.run import local

    install_stages()
    (setitem or dict.__setitem__)(local.run_inputs.__kwdefaults__, "stages", stages)


def script_command(*args: str) -> list[str]:
    """argv for running ``eventwire ARGS`` with the light stages in a subprocess."""
    return [sys.executable, str(Path(__file__).resolve()), *args]


if __name__ == "__main__":
    use_stages(PACED_STAGES if os.environ.get("EVENTWIRE_TEST_PACE") else LIGHT_STAGES)
    from eventwire.cli import main

    sys.argv = ["eventwire", *sys.argv[1:]]
    main()
