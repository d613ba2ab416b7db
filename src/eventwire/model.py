"""The records that flow between stages.

Every stage reads and writes these plain dataclasses; the same record goes to
JSONL, DuckDB, Parquet and across process or Ray boundaries through
``to_dict``/``from_dict``. Annotations never copy text alone: each one carries a
:class:`Span` of character offsets into ``Article.text`` (the cleaned text), so
evidence can always be shown in place. The one exception is :class:`Removed`,
whose spans point into ``Article.raw`` because removed junk is, by definition,
not in the clean text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Self

#: Allowed values, kept here so stages and the store agree on them.
MODALITIES = ("asserted", "intended", "hypothetical", "negated", "denied")
#: "range": an explicit stretch of days as an ISO 8601 interval, ``2017-04-25/2017-05-02``, for a stretch
#: ("over the past week", "between May 3 and May 9") that no standard period fits; ``periods.iso_range``
#: reads and checks every value.
DATE_PRECISIONS = ("day", "week", "month", "season", "year", "range")
#: "after_publication": no time in the text, and told as still to come ("would be a summit"): the
#: date holds the publication day as the earliest the event can be. "around_publication": no time in
#: the text, and a meeting or visit named by a noun only, or an act told as under way ("is challenging"):
#: the date holds the publication day, and the event may lie on either side of it. "after_announcement":
#: a planned act with no time of its own, told by a reporting verb that has a day ("announced Thursday
#: that he planned to sign"): the date holds the day the plan was announced, the earliest the act can be.
DATE_BASES = (
    "expression", "anchor", "publication", "after_publication", "around_publication", "after_announcement",
)
QUOTE_KINDS = ("direct", "indirect")


class _Record:
    """Mixin giving slot dataclasses a JSON-friendly ``to_dict``/``from_dict``.

    Nested records are declared in ``_nested`` (field name -> record class);
    list fields of records in ``_nested_lists``. Everything else must already be
    JSON-serialisable (str, int, float, bool, None, list, dict).
    """

    _nested: ClassVar[dict[str, str]] = {}
    _nested_lists: ClassVar[dict[str, str]] = {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            if f.name.startswith("_"):
                continue
            value = getattr(self, f.name)
            if isinstance(value, _Record):
                value = value.to_dict()
            elif isinstance(value, list) and value and isinstance(value[0], _Record):
                value = [item.to_dict() for item in value]
            elif isinstance(value, (list, dict)):
                value = _copy_json(value)
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        known = {f.name for f in fields(cls) if not f.name.startswith("_")}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known:
                continue
            if name in cls._nested and value is not None:
                value = _RECORDS[cls._nested[name]].from_dict(value)
            elif name in cls._nested_lists and value is not None:
                value = [_RECORDS[cls._nested_lists[name]].from_dict(item) for item in value]
            elif isinstance(value, (list, dict)):
                value = _copy_json(value)
            kwargs[name] = value
        return cls(**kwargs)


def _copy_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_json(v) for v in value]
    return value


@dataclass(slots=True)
class Span(_Record):
    """Half-open character range ``[start, end)`` into a text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True)
class Actor(_Record):
    """A mention of a political actor, resolved to a CAMEO actor code.

    ``code`` is a CAMEO actor code (``USA``, ``USAGOV``, ``RUSMIL``, ``IGOUNO``);
    ``country`` the ISO 3166-1 alpha-3 of the state it belongs to, if any.
    ``entity_id`` ties coreferent mentions in one article ("President Donald
    Trump", "Mr. Trump", "the president"). ``flags`` record doubts, e.g.
    ``"role_date_unknown"`` when a dated role was chosen without a date.
    """

    _nested: ClassVar[dict[str, str]] = {"span": "Span"}

    span: Span
    text: str
    code: str | None = None
    country: str | None = None
    entity_id: str | None = None
    kind: str | None = None  # person | state | organisation | group | agent
    name: str | None = None  # canonical name from the dictionary, e.g. "Donald Trump"
    flags: list[str] = field(default_factory=list)
    confidence: float = 1.0

    @property
    def home(self) -> str:
        """The state the actor belongs to: ``country``, else its code's first three letters ("" if uncoded);
        what the coder compares when it asks whether two actors are of one state."""
        return self.country or (self.code or "")[:3]

    @property
    def sector(self) -> str:
        """The first sector of the code after the actor's state: "GBRLAB" -> "LAB", "SYRGOVMIL" -> "GOV"; a code
        with no state its first three letters ("LAB", "IGOUNO" -> "IGO"); a bare state "". What the checks that
        ask what kind of body acted (workers, armed men) read."""
        code = self.code or ""
        if self.country and code.startswith(self.country):
            return code[len(self.country) : len(self.country) + 3]
        return code[:3]


def unscoped_entity(entity_id: str | None) -> str | None:
    """An :attr:`Actor.entity_id` without its article scope.

    A person or body the actor dictionaries do not know is scoped to its
    article (``<article id>#person:carolos_papoulias``); the name part is what
    names it across articles, so the scope is dropped.
    """
    if not entity_id:
        return None
    return entity_id.split("#", 1)[1] if "#" in entity_id else entity_id


def person_of(entity_id: str | None) -> str | None:
    """The person an :attr:`Actor.entity_id` names (``person:…``, unscoped), the only ids that name one
    individual. Here because the time stage (one article) and the linker (across articles) both ask it.
    """
    name = unscoped_entity(entity_id)
    return name if name and name.startswith("person:") else None


@dataclass(slots=True)
class Place(_Record):
    """Where something happened, from an offline gazetteer."""

    _nested: ClassVar[dict[str, str]] = {"span": "Span"}

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None
    kind: str | None = None  # country | capital | city | region | facility


@dataclass(slots=True)
class TimeExpression(_Record):
    """A temporal expression resolved against the publication date.

    ``value`` is ISO at its precision (``2017``, ``2017-04``, ``2017-04-07``;
    a week is ``2017-W18``, a season ``2017-spring``, a range of days
    ``2017-04-25/2017-05-02``); ``start``/``end`` bound it as ISO days, ``open``
    marks ranges such as "since January".
    """

    _nested: ClassVar[dict[str, str]] = {"span": "Span"}

    span: Span
    text: str
    value: str | None = None
    precision: str | None = None
    start: str | None = None
    end: str | None = None
    open: bool = False


@dataclass(slots=True)
class Event(_Record):
    """Who did what to whom, with the evidence that says so.

    ``span`` covers the trigger and both arguments in ``Article.text``;
    ``trigger`` the trigger words alone; ``sentence_span`` the sentence.
    ``date`` is ISO at ``date_precision`` or None (a ``range`` is an ISO 8601
    interval of days, ``2017-04-25/2017-05-02``); ``date_basis`` says where the
    date came from (expression, narrative anchor, or the publication date).
    """

    _nested: ClassVar[dict[str, str]] = {
        "trigger": "Span",
        "span": "Span",
        "sentence_span": "Span",
        "source": "Actor",
        "target": "Actor",
        "place": "Place",
    }

    id: str
    article_id: str
    cameo: str
    trigger: Span
    span: Span
    sentence: str = ""
    sentence_span: Span | None = None
    trigger_text: str = ""
    root: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None
    date_precision: str | None = None
    date_basis: str | None = None
    place: Place | None = None
    negated: bool = False
    modality: str = "asserted"
    attribution: str | None = None
    attribution_code: str | None = None  # CAMEO actor code of the speaker, when it is a known actor
    confidence: float = 1.0
    incident_id: str | None = None
    pattern: str | None = None  # id of the dictionary pattern that fired, for audit


@dataclass(slots=True)
class Quote(_Record):
    """Reported speech: ``kind`` is ``direct`` ("…," he said) or ``indirect``."""

    _nested: ClassVar[dict[str, str]] = {"span": "Span", "speaker": "Actor"}

    span: Span
    text: str
    kind: str = "direct"
    speaker: Actor | None = None


@dataclass(slots=True)
class Removed(_Record):
    """A stretch of the raw input the cleaner dropped, kept for audit.

    Its span points into ``Article.raw``, not into the clean text.
    """

    _nested: ClassVar[dict[str, str]] = {"span": "Span"}

    span: Span
    reason: str
    text: str = ""


@dataclass(slots=True)
class Reject(_Record):
    """An input or article that could not go (fully) through a stage."""

    article_id: str | None
    stage: str
    reason: str
    source: str | None = None  # path, URL or record locator the input came from


@dataclass(slots=True)
class Article(_Record):
    """One news article and everything the stages found in it.

    ``raw`` is the decoded input as read (plain text, or the HTML source);
    ``text`` is the cleaned story text all annotation spans point into.
    ``published`` is an ISO date (``YYYY-MM-DD``) or None: never invented.
    ``source_sha`` is the SHA-256 of ``raw`` and keys idempotent writes.
    """

    _nested_lists: ClassVar[dict[str, str]] = {
        "actors": "Actor",
        "events": "Event",
        "quotes": "Quote",
        "removed": "Removed",
        "times": "TimeExpression",
        "places": "Place",
    }

    id: str
    text: str = ""
    raw: str = ""
    format: str = "text"  # text | html
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    outlets: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dateline: str | None = None
    language: str | None = None
    source_sha: str | None = None
    source: str | None = None  # where it was read from (path, path:line, WARC offset)
    story_id: str | None = None
    #: Set by the dedup stage when this is a syndicated copy of a stored
    #: article: the writer then adds this outlet to that article instead.
    duplicate_of: str | None = None
    version: int = 1
    metadata: dict[str, Any] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    #: Set by a stage that decided this article must not be coded further
    #: (e.g. non-English); later stages skip it, the store still keeps it.
    skip_reason: str | None = None


_RECORDS: dict[str, type[_Record]] = {
    cls.__name__: cls
    for cls in (Span, Actor, Place, TimeExpression, Event, Quote, Removed, Reject, Article)
}
