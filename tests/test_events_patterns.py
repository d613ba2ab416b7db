"""Every pattern's example sentences code to the pattern's CAMEO code, and bad files are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from events_support import code_example
from eventwire.errors import DictionaryError
from eventwire.events.ontology import load_cameo
from eventwire.events.patterns import default_dir, load_patterns, parse_example, pattern_files

CODES = set(load_cameo())
PATTERNS = load_patterns(pattern_files(), CODES)
EXAMPLES = [pytest.param(p, ex, id=f"{p.id}#{i}") for p in PATTERNS for i, ex in enumerate(p.examples)]


@pytest.mark.parametrize(("pattern", "example"), EXAMPLES)
def test_events_pattern_example_codes_to_its_cameo(ctx, pattern, example):
    _, events = code_example(ctx, example)
    found = sorted((e.cameo, e.pattern) for e in events)
    assert any(e.cameo == pattern.cameo for e in events), f"{pattern.id} expected {pattern.cameo}, got {found}"


def test_events_patterns_cover_all_roots_and_have_examples():
    roots = {p.cameo[:2] for p in PATTERNS}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    assert all(p.examples for p in PATTERNS)
    assert len({p.id for p in PATTERNS}) == len(PATTERNS)


def test_events_patterns_keep_on_and_off_as_words():
    call_on = next(p for p in PATTERNS if p.id == "appeal.call_on")
    assert "on" in call_on.particle and "on" in call_on.target_preps


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("patterns: []\n", "version"),
        ("version: 1\npatterns:\n  - id: x\n    cameo: '999'\n    lemma: [meet]\n    pos: verb\n", "not in cameo.csv"),
        ("version: 1\npatterns:\n  - id: x\n    cameo: '040'\n    lemma: [meet]\n    pos: adverb\n", "pos"),
        ("version: 1\npatterns:\n  - id: x\n    cameo: '040'\n    lemma: [meet]\n    pos: verb\n", "examples"),
        ("version: 1\npatterns:\n  - id: x\n    cameo: '040'\n    lemma: [meet]\n    pos: verb\n    colour: red\n"
         "    examples: ['{A:USA} met {B:RUS}.']\n", "unknown keys"),
        ("version: 1\npatterns: [\n", "not valid YAML"),
        ("version: 1\npatterns:\n  - id: x\n    cameo: '040'\n    lemma: [meet]\n    pos: verb\n    lemma: [visit]\n"
         "    examples: ['{A:USA} met {B:RUS}.']\n", "given twice"),
        ("version: 1\npatterns:\n  - id: x\n    cameo: '040'\n    lemma: [meet]\n    pos: verb\n    target_from: all\n"
         "    examples: ['{A:USA} met {B:RUS}.']\n", "target_from"),
    ],
)
def test_events_patterns_invalid_file_raises_with_reason(tmp_path: Path, body, message):
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_patterns([path], CODES)


def test_events_patterns_duplicate_ids_are_refused(tmp_path: Path):
    shipped = sorted(default_dir().glob("*.yaml"))[0]
    with pytest.raises(DictionaryError, match="used twice"):
        load_patterns([shipped, shipped], CODES)


def test_events_parse_example_strips_markup():
    text, actors = parse_example("{Russia:RUS} condemned {the U.S. strike:USA}.")
    assert text == "Russia condemned the U.S. strike."
    assert [(text[s:e], c) for s, e, c in actors] == [("Russia", "RUS"), ("the U.S. strike", "USA")]


def test_events_patterns_user_file_is_loaded(tmp_path: Path):
    from eventwire.config import Config, Context
    from eventwire.events.patterns import pattern_index

    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "version: 1\npatterns:\n  - id: mine.snub\n    cameo: '120'\n    lemma: [snub]\n    pos: verb\n"
        "    examples: ['{Israel:ISR} snubbed {the envoy:USAGOV}.']\n",
        encoding="utf-8",
    )
    index = pattern_index(Context(Config(options={"event_patterns": [str(extra)]})))
    assert "mine.snub" in [p.id for p in index.candidates("verb", "snub")]
