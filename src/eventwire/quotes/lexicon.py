"""The speech-verb list: which verbs introduce reported speech.

Kept as data (``data/speech_verbs.yaml``) so a user can extend it without
touching code; validated on load so a typo fails loudly, not silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eventwire import strict_yaml
from eventwire.errors import DictionaryError

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "speech_verbs.yaml"
SUPPORTED_VERSION = 1


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    """Lemmas that frame direct quotes, lemmas that take a reported clause,
    and multi-word frames (as tuples of lemmas)."""

    direct: frozenset[str]
    indirect: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]


def load_speech_lexicon(path: Path = DATA_FILE) -> SpeechLexicon:
    """Read and validate the speech-verb file."""
    try:
        data: Any = strict_yaml.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(
            f"Cannot read speech verbs '{path.name}': {exc}. Fix or restore the file."
        ) from exc
    if not isinstance(data, dict) or data.get("version") != SUPPORTED_VERSION:
        raise DictionaryError(
            f"'{path.name}' must be a mapping with 'version: {SUPPORTED_VERSION}'. "
            "Check the header of the file."
        )
    lists = {}
    for key in ("direct", "indirect", "phrases"):
        items = data.get(key)
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            raise DictionaryError(f"'{path.name}': '{key}' must be a list of non-empty strings.")
        lists[key] = [i.strip().lower() for i in items]
    return SpeechLexicon(
        direct=frozenset(lists["direct"]),
        indirect=frozenset(lists["indirect"]),
        phrases=tuple(tuple(p.split()) for p in lists["phrases"]),
    )


def speech_lexicon(ctx: Any) -> SpeechLexicon:
    """The lexicon, loaded once per process through the Context."""
    return ctx.resource("speech_verbs", lambda _ctx: load_speech_lexicon())
