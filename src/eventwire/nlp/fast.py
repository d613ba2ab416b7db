"""Faster drop-ins for two rule-based spaCy components, with identical output.

Measured on 200 FA-KES articles (one process, CPU seconds): of the 11.6 s the
English pipeline spends, the ``attribute_ruler`` takes 1.1 s and the rule
``lemmatizer`` 0.8 s, though both compute a pure function of a few token
attributes that repeat all the time in news text:

* the attribute ruler runs a general ``Matcher`` over every token to find its
  179 one- and two-token patterns. :class:`TokenPatternMatcher` answers the
  same question from a cache keyed by the attributes the patterns read (tag,
  lower-case form, dependency label, ...), and returns the same matches, so
  the ruler's own ``set_annotations`` applies them exactly as before;
* the rule lemmatizer's result depends only on (form, POS, morphology); spaCy
  caches it but re-runs its early exits (base forms) on every token and
  builds a ``Token`` per token. :func:`speed_up` gives the lemmatizer a
  ``__call__`` that reads and writes arrays and caches every result, and
  turns its word index (lists, scanned on every cache miss) into sets.

Patterns this matcher does not understand (quantifiers, other operators) leave
the original ``Matcher`` in place: correctness first. ``tests/test_nlp_fast.py``
checks the Docs are equal, attribute by attribute, with and without.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Caches are cleared when they grow past this many keys: memory stays bounded
#: on endless crawls, and a cleared cache only costs a few recomputations.
CACHE_LIMIT = 200_000

#: Token-spec keys we can evaluate from ``Doc.to_array`` values.
_STRING_ATTRS = {"TAG", "LOWER", "DEP", "ORTH", "TEXT", "POS", "NORM", "LEMMA", "ENT_TYPE", "SHAPE"}


class UnsupportedPattern(ValueError):
    """A pattern feature this matcher does not implement (the Matcher stays)."""


def _string_test(value: Any) -> Callable[[str], bool]:
    """One attribute condition as a test on the attribute's string."""
    if isinstance(value, str):
        return lambda s: s == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            members = frozenset(arg)
            return lambda s: s in members
        if op == "NOT_IN":
            members = frozenset(arg)
            return lambda s: s not in members
        if op == "REGEX":
            regex = re.compile(arg)
            return lambda s: regex.search(s) is not None
    raise UnsupportedPattern(f"condition {value!r}")


def _anchor(value: Any) -> frozenset[str] | None:
    """The only attribute values a condition accepts, when it names them (equality, IN)."""
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"])
    return None


def _compile_spec(spec: dict, attrs: list[str]) -> tuple[Callable[[tuple], bool], tuple[int, frozenset[str]] | None]:
    """A token spec ({"TAG": "IN", "LOWER": {...}}) as a test on a feature tuple.

    Also returns an *anchor* (attribute position, the values it must take)
    when one condition names its values, so a cache miss only tests the
    specs whose anchor the token meets.
    """
    tests: list[tuple[int, Callable[[Any], bool]]] = []
    anchor = None
    for key, value in spec.items():
        key = "ORTH" if key == "TEXT" else key
        if key in _STRING_ATTRS:
            test = _string_test(value)
        elif key.startswith(("IS_", "LIKE_")) and isinstance(value, bool):
            test = (lambda expected: lambda flag: bool(flag) == expected)(value)
        else:
            raise UnsupportedPattern(f"token attribute {key}")
        if key not in attrs:
            attrs.append(key)
        tests.append((attrs.index(key), test))
        values = _anchor(value) if key in _STRING_ATTRS else None
        if values is not None and (anchor is None or len(values) < len(anchor[1])):
            anchor = (attrs.index(key), values)
    return (lambda features: all(test(features[i]) for i, test in tests)), anchor


class TokenPatternMatcher:
    """Exact stand-in for the ``Matcher`` of an AttributeRuler (fixed-length patterns only).

    ``__call__(doc, allow_missing=True, as_spans=False)`` returns
    ``(match_id, start, end)`` for every pattern that matches, like the
    Matcher (the ruler sorts them itself before applying them).
    """

    def __init__(self, matcher: Any, keys: list[str]) -> None:
        from spacy.attrs import IDS

        self.original = matcher
        self.vocab = matcher.vocab
        self.attrs: list[str] = []
        #: (match_id, specs) per pattern; each spec a test on a token's features.
        self.patterns: list[tuple[int, list[Callable[[tuple], bool]]]] = []
        #: (pattern number, position, test) by (attribute position, value) the spec needs; or unanchored.
        self.anchored: dict[tuple[int, str], list[tuple[int, int, Callable[[tuple], bool]]]] = {}
        self.unanchored: list[tuple[int, int, Callable[[tuple], bool]]] = []
        for key in keys:
            _, patterns = matcher.get(key)
            for pattern in patterns:
                if not pattern:
                    raise UnsupportedPattern("empty pattern")
                specs = []
                for spec in pattern:
                    if "OP" in spec:
                        raise UnsupportedPattern("quantifier")
                    test, anchor = _compile_spec(spec, self.attrs)
                    slot = (len(self.patterns), len(specs), test)
                    if anchor is None:
                        self.unanchored.append(slot)
                    else:
                        for value in anchor[1]:
                            self.anchored.setdefault((anchor[0], value), []).append(slot)
                    specs.append(test)
                self.patterns.append((self.vocab.strings.add(key), specs))
        self.attr_ids = [IDS[name] for name in self.attrs]
        self.string_attr = [name in _STRING_ATTRS or name == "ORTH" for name in self.attrs]
        self.cache: dict[tuple, frozenset[tuple[int, int]]] = {}

    def get(self, key: Any, default: Any = None) -> Any:  # used by the ruler's error message
        return self.original.get(key, default)

    def _matched(self, row: tuple) -> frozenset[tuple[int, int]]:
        """(pattern number, position) pairs whose spec accepts a token with these attribute values."""
        found = self.cache.get(row)
        if found is None:
            strings = self.vocab.strings
            features = tuple(strings[v] if is_string else v for v, is_string in zip(row, self.string_attr, strict=True))
            slots = list(self.unanchored)
            for i, value in enumerate(features):
                if isinstance(value, str):
                    slots.extend(self.anchored.get((i, value), ()))
            found = frozenset((number, position) for number, position, test in slots if test(features))
            if len(self.cache) >= CACHE_LIMIT:
                self.cache.clear()
            self.cache[row] = found
        return found

    def __call__(self, doc: Doc, *, allow_missing: bool = True, as_spans: bool = False) -> list[tuple[int, int, int]]:
        if as_spans or not allow_missing:
            return self.original(doc, allow_missing=allow_missing, as_spans=as_spans)
        if not len(doc):
            return []
        rows = [self._matched(tuple(row)) for row in doc.to_array(self.attr_ids).reshape(len(doc), -1).tolist()]
        matches: dict[tuple[int, int, int], None] = {}
        for start, first in enumerate(rows):
            for number, position in first:
                if position:
                    continue
                match_id, specs = self.patterns[number]
                end = start + len(specs)
                if end <= len(rows) and all((number, j) in rows[start + j] for j in range(1, len(specs))):
                    matches[(match_id, start, end)] = None
        return list(matches)


def _fast_lemmatizer_call(self, doc: Doc) -> Doc:
    """The rule lemmatizer's ``__call__`` over arrays, caching every (form, POS, morph) result."""
    import numpy as np
    from spacy.attrs import LEMMA, MORPH, ORTH, POS
    from spacy.errors import Errors

    if not self._validated:
        self._validate_tables(Errors.E1004)
    if self.mode != "rule" or not len(doc):
        return type(self).__mro__[1].__call__(self, doc)
    cache = self.__dict__.setdefault("_eventwire_cache", {})
    strings = doc.vocab.strings
    values = doc.to_array([ORTH, POS, MORPH, LEMMA])
    lemmas = values[:, 3].copy()
    try:
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if self.overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = cache.get(key)
                if found is None:
                    if len(cache) >= CACHE_LIMIT:
                        cache.clear()
                    found = cache[key] = strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = found
        doc.from_array([LEMMA], np.asarray(lemmas, dtype="uint64").reshape(-1, 1))
        return doc
    except Exception as exc:  # as spaCy's own __call__: the pipeline's error handler decides
        self.get_error_handler()(self.name, self, [doc], exc)
        return doc


def speed_up(nlp: Language) -> Language:
    """Swap in the exact fast paths where the pipeline has those components."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        with contextlib.suppress(UnsupportedPattern):  # else spaCy's Matcher stays: exactness over speed
            ruler.matcher = TokenPatternMatcher(ruler.matcher, [str(i) for i in range(len(ruler.attrs))])
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", None) == "rule" and not getattr(lemmatizer, "_eventwire_fast", False):
            cls = type(lemmatizer)
            lemmatizer.__class__ = type(f"Cached{cls.__name__}", (cls,), {"__call__": _fast_lemmatizer_call})
            lemmatizer._eventwire_fast = True
            _index_as_sets(lemmatizer)
    return nlp


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer's word index as sets, not lists.

    spaCy only asks ``form in index`` (and whether the index is empty) of
    these tables, so a set answers the same; a list is scanned word by word
    (57 k nouns), which made a cache miss cost ~90 µs, most of the
    lemmatizer's time on the first thousand articles of a process.
    """
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
