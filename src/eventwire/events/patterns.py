"""Trigger patterns per CAMEO code, read from ``data/patterns/*.yaml``.

A pattern is a trigger lemma (verb or event noun) plus optional constraints
that make the code more specific ("strike" + context "air" is 195, bare
"attack" is 190). Patterns are data so coders can audit and extend them;
every pattern carries example sentences that the test suite codes, so a
pattern that stops firing is caught. The file format is described in
``data/patterns/README.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.config import Context
from eventwire.errors import DictionaryError
from eventwire.events.ontology import cameo_table
from eventwire.strict_yaml import StrictLoader

FORMAT_VERSION = 1
POS = ("verb", "noun")
KEYS = {
    "id", "cameo", "lemma", "pos", "object", "context", "not_context", "complement", "target_preps",
    "target", "symmetric", "possessor", "examples", "note", "particle", "target_from", "object_role", "subject",
    "not_object", "single_subject",
}
#: Example markup: ``{actor text:CODE}`` marks an actor mention and its code.
EXAMPLE_ACTOR = re.compile(r"\{([^{}:]+):([A-Z]{3,15})\}")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern; see ``data/patterns/README.md`` for each field."""

    id: str
    cameo: str
    lemmas: tuple[str, ...]
    pos: str
    object: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    not_context: tuple[str, ...] = ()
    complement: tuple[str, ...] = ()
    particle: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    # required | optional | always (required even under PLOVER's recipient rule) | named (someone must stand in a
    # target slot, coded or not: "pulled a gun on [two guards]")
    target: str = "required"
    symmetric: bool = False
    possessor: str = "source"  # for nouns: is "X's <noun>" the source or the target?
    target_from: str = "any"  # "clause": only the governed clause's subject; "preps": only target_preps
    object_role: str = "target"  # "thing": the required object is what is given or used, never the target
    subject: tuple[str, ...] = ()  # verbs: required word in the subject phrase ("[peacekeepers] arrived")
    not_object: tuple[str, ...] = ()  # verbs: object head nouns that rule the pattern out ("met [the deadline]")
    single_subject: bool = False  # verbs: the subject word must be singular ("[a gunman]", not "[gunmen]")
    examples: tuple[str, ...] = field(default=())
    file: str = ""

    @property
    def specificity(self) -> int:
        """More constraints met means a more specific reading of the trigger."""
        constraints = (self.object, self.context, self.complement, self.particle, self.subject)
        return sum(1 if "*" in c else 2 if c else 0 for c in constraints) + len(self.cameo)


def default_dir() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "patterns"))


def load_patterns(paths: list[Path], codes: set[str]) -> list[Pattern]:
    """Read pattern files; raise :class:`DictionaryError` with file and pattern id on any problem."""
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for path in paths:
        for pattern in _read_file(path, codes):
            if pattern.id in seen:
                raise DictionaryError(f"{path.name}: pattern id '{pattern.id}' is used twice.", code="E032")
            seen.add(pattern.id)
            patterns.append(pattern)
    return patterns


class _WordLoader(StrictLoader):
    """Our strict YAML without 1.1 booleans, so the prepositions on/off stay words."""


_WordLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_file(path: Path, codes: set[str]) -> list[Pattern]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_WordLoader)
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{path.name}: not valid YAML ({exc}). Fix the syntax.", code="E032") from exc
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise DictionaryError(f"{path.name}: needs 'version: {FORMAT_VERSION}' and a 'patterns' list.", code="E032")
    items = data.get("patterns")
    if not isinstance(items, list) or not items:
        raise DictionaryError(f"{path.name}: 'patterns' must be a non-empty list.", code="E032")
    return [_pattern(item, path.name, codes) for item in items]


def _words(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    return tuple(str(v).lower() for v in value)


def _pattern(item: Any, where: str, codes: set[str]) -> Pattern:
    if not isinstance(item, dict) or "id" not in item:
        raise DictionaryError(f"{where}: every pattern needs an 'id' (got {item!r}).", code="E032")
    label = f"{where} pattern '{item['id']}'"
    unknown = set(item) - KEYS
    if unknown:
        raise DictionaryError(f"{label}: unknown keys {sorted(unknown)}; allowed: {sorted(KEYS)}.", code="E032")
    cameo = str(item.get("cameo", ""))
    if cameo not in codes:
        raise DictionaryError(f"{label}: cameo '{cameo}' is not in cameo.csv (quote codes: \"041\").", code="E032")
    if item.get("pos") not in POS or not _words(item.get("lemma")):
        raise DictionaryError(f"{label}: needs 'lemma' and 'pos' (one of {POS}).", code="E032")
    if not isinstance(item.get("symmetric", False), bool) and item.get("symmetric") not in ("true", "false"):
        raise DictionaryError(f"{label}: 'symmetric' must be true or false.", code="E032")
    if item.get("target", "required") not in ("required", "optional", "always", "named"):
        raise DictionaryError(f"{label}: 'target' must be required, optional, always or named.", code="E032")
    if item.get("target_from", "any") not in ("any", "clause", "preps"):
        raise DictionaryError(f"{label}: 'target_from' must be any, clause or preps.", code="E032")
    if item.get("object_role", "target") not in ("target", "thing"):
        raise DictionaryError(f"{label}: 'object_role' must be target or thing.", code="E032")
    if item.get("possessor", "source") not in ("source", "target"):
        raise DictionaryError(f"{label}: 'possessor' must be source or target.", code="E032")
    examples = tuple(str(e) for e in item.get("examples") or ())
    if not examples or not all(EXAMPLE_ACTOR.search(e) for e in examples):
        raise DictionaryError(f"{label}: needs examples with actors marked as {{text:CODE}}.", code="E032")
    return Pattern(
        id=str(item["id"]), cameo=cameo, lemmas=_words(item["lemma"]), pos=item["pos"],
        object=_words(item.get("object")), context=_words(item.get("context")),
        not_context=_words(item.get("not_context")), complement=_words(item.get("complement")),
        particle=_words(item.get("particle")), target_preps=_words(item.get("target_preps")),
        target=item.get("target", "required"), symmetric=str(item.get("symmetric", False)).lower() == "true",
        possessor=item.get("possessor", "source"), target_from=item.get("target_from", "any"),
        object_role=item.get("object_role", "target"), subject=_words(item.get("subject")),
        not_object=_words(item.get("not_object")),
        single_subject=str(item.get("single_subject", False)).lower() == "true", examples=examples, file=where,
    )


class PatternIndex:
    """Patterns by (pos, lemma), so matching a token is one dictionary look-up."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self._by_key: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in patterns:
            for lemma in pattern.lemmas:
                self._by_key.setdefault((pattern.pos, lemma), []).append(pattern)

    def candidates(self, pos: str, lemma: str) -> list[Pattern]:
        return self._by_key.get((pos, lemma), [])


def pattern_files(ctx: Context | None = None) -> list[Path]:
    """Shipped files, then user files given as ``options['event_patterns']``."""
    files = sorted(default_dir().glob("*.yaml"))
    if ctx is not None:
        files += [Path(p) for p in ctx.config.options.get("event_patterns", [])]
    return files


def pattern_index(ctx: Context) -> PatternIndex:
    """Patterns loaded and validated once per process."""

    def build(context: Context) -> PatternIndex:
        codes = set(cameo_table(context))
        return PatternIndex(load_patterns(pattern_files(context), codes))

    return ctx.resource("events.patterns", build)


def parse_example(example: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Strip ``{text:CODE}`` markup: the plain sentence and (start, end, code) per actor."""
    text_parts: list[str] = []
    actors: list[tuple[int, int, str]] = []
    position = 0
    length = 0
    for match in EXAMPLE_ACTOR.finditer(example):
        before = example[position : match.start()]
        text_parts.append(before)
        length += len(before)
        actors.append((length, length + len(match.group(1)), match.group(2)))
        text_parts.append(match.group(1))
        length += len(match.group(1))
        position = match.end()
    text_parts.append(example[position:])
    return "".join(text_parts), actors
