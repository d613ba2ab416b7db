"""The working record of the actors stage: a mention under construction.

``resolve``, ``compose`` and ``coref`` pass these between them; only the
finished ones become :class:`eventwire.model.Actor` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.actors.dictionary import ActorDictionary, Entry
from eventwire.actors.match import PhraseIndex


@dataclass(slots=True)
class Mention:
    """A mention under construction; token offsets into the Doc."""

    start: int
    end: int
    kind: str  # person | state | organisation | group | agent | place
    entry: Entry | None = None
    code: str | None = None
    country: str | None = None
    name: str | None = None
    form: str | None = None  # dictionary name form, "ent" for spaCy, "agent"
    sector: str | None = None  # agent sector (GOV, MIL...)
    title: str | None = None  # role word that titles a person, "president"
    flags: list[str] = field(default_factory=list)
    entity_id: str | None = None
    head: int | None = None  # token index of the agent word, when composed
    modifier: bool = False  # a country modifier was written ("Russian ...")


@dataclass(slots=True)
class Resources:
    """Built once per process (``ctx.resource``): dictionary, tries, gazetteer."""

    dictionary: ActorDictionary
    index: PhraseIndex
    cities: dict[str, str]  # folded lower city name -> ISO3 (most populous, >= 100k people)
    #: folded lower name -> (population, ISO3) from 15k people: only with a place word
    towns: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: folded lower city name -> {ISO3: population} for names several countries share ("victoria")
    shared_names: dict[str, dict[str, int]] = field(default_factory=dict)
    #: folded region name ("borno", "somerset") -> ISO3, for names of one country only (``regions.py``)
    regions: dict[str, str] = field(default_factory=dict)
    #: "syrias" -> Syria's entry: possessives written without the apostrophe (``unmarked_possessives.py``)
    possessives: dict[str, Entry] = field(default_factory=dict)
