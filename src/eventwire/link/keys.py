"""The link key: what incident linking compares of an event, built once per event.

Linking asks its pair tests (:mod:`eventwire.link.incidents`) of about a million pairs for 800
war-news articles, and of events read back from the store as well as of new ones. So each event is
first boiled down to an :class:`EventKey`, from an :class:`Event` (:func:`key_of`) or from a row of
the store (:mod:`eventwire.link.store_io`): its dyad as states or organisations (:func:`actor_key`:
``USAGOV`` and ``USAMIL`` are both the U.S.), its root, its place, its trigger stems, the kind of
claim (happened, planned, denied: :func:`claim_of`) and the days it may have happened on
(:func:`date_window`). The pair tests then compare keys and never look at an event again.

The days are a window, not a date: the date at its precision (a day, a week, a month, a season, a
year). A date that is only the publication date means "shortly before publication", or "after it"
for a planned event or one the time stage reads as still to come (basis ``after_publication``), or
either side of it for a visit or meeting named by a noun alone or an act told as under way (basis
``around_publication``). A lasting activity such as an investigation is a stretch: under way from a
month before the report to months after it, and when dated from the text, going on until the
report. An act told as done and dated to the report's own year ("earlier this year", "in recent
weeks") lies within that year only up to the report's day. An event with no date has no window and
links nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwire import periods
from eventwire.link.people import person_listed
from eventwire.link.replies import reply_kind
from eventwire.link.towns import town_of
from eventwire.link.trigger_words import called_for, trigger_stems
from eventwire.model import Event, person_of, unscoped_entity
from eventwire.roots import MATERIAL_CONFLICT_ROOTS

#: Codes that report the same happening as another root: an intent is about
#: the act that others report as planned or done — to meet (036, and to
#: mediate 038/039) is the meeting (04); to support (032) is diplomatic
#: cooperation (05); to cooperate materially (031), 06; to give aid (033),
#: 07; to yield (035), 08 (CAMEO's 03x → action roots). Kept with the key
#: because it decides the kind of claim (:func:`claim_of`: an intent's act is
#: still to come); the pair tests link an intent under its act's root.
ROOT_ALIASES = {"031": "06", "032": "05", "033": "07", "035": "08", "036": "04", "038": "04", "039": "04"}
#: How far before publication an event dated only by its publication may lie.
PUBLICATION_LOOKBACK_DAYS = 3
#: Roots of activities that last (investigations): reported as begun, under
#: way or expected to go on, in articles weeks or months apart, they are one
#: happening (see :func:`date_window`).
DURATIVE_ROOTS = frozenset({"09"})
DURATIVE_LOOKBACK_DAYS = 30
#: CAMEO's verbal roots (quad classes 1 and 3: statements, appeals, intents, talks, praise; demands,
#: disapproval, rejection, threats), less a lasting investigation (09, ``DURATIVE_ROOTS``), which
#: reports of many stories name (one a state runs is story-bound all the same when a side is missing:
#: :func:`~eventwire.link.incidents.state_inquiry`). Read by the one-sided test of
#: :func:`~eventwire.link.incidents.one_sided_apart` and by the sector test of
#: :mod:`eventwire.link.sides` (talk keeps a legislature apart from the executive).
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
#: How far after publication a planned (or lasting) event may lie.
PLANNED_LOOKAHEAD_DAYS = 90
#: Date basis of an act told as still to come and dated by the day its plan was announced
#: (:mod:`eventwire.time.announced`): the date is the earliest day the act can lie on.
ANNOUNCED_BASIS = "after_announcement"
#: Modality → kind of claim; incidents never mix kinds.
CLAIM_KIND = {"asserted": "happened", "intended": "planned", "hypothetical": "planned",
              "negated": "denied", "denied": "denied"}
#: Roots whose hypothetical events are told as done, not planned (:func:`claim_of`): force.
SUPPOSED_DONE_ROOTS = MATERIAL_CONFLICT_ROOTS


@dataclass(frozen=True, slots=True)
class EventKey:
    """What incident linking compares; built from an Event or a store row."""

    event_id: str
    article_id: str
    cameo: str
    root: str | None
    source: str | None  # state/organisation key, e.g. "USA", "IGOUNO"
    target: str | None
    start: dt.date | None
    end: dt.date | None
    place_country: str | None
    trigger: frozenset[str]
    incident_id: str | None = None
    source_code: str | None = None  # full codes, compared for domestic dyads
    target_code: str | None = None
    source_person: str | None = None  # "person:…" entity ids, compared when both known
    target_person: str | None = None  # of a coded target only; an uncoded one's is ``target_named``
    #: the person is one the actor dictionaries know (:func:`~eventwire.link.people.person_listed`)
    source_person_listed: bool = True
    target_person_listed: bool = True
    claim: str = "happened"
    publication_dated: bool = False  # the window comes from the publication day, not from the text
    trigger_span: tuple[int, int] | None = None  # the trigger's offsets in its article (one act, several targets)
    #: its article's story (:mod:`eventwire.link.stories`), see :func:`~eventwire.link.incidents.one_sided_apart`
    story_id: str | None = None
    #: (lat, lon) of a city-level place, see :func:`~eventwire.link.incidents.compatible_place`
    town: tuple[float, float] | None = None
    #: its article's publication day, see :func:`~eventwire.link.incidents.inquiry_not_yet_begun`
    reported: dt.date | None = None
    #: a planned lasting activity that someone asks for ("demanded an inquiry"), see :func:`asked_for_inquiry`
    called_for: bool = False
    #: a visit by an international body's inspectors or experts, see :func:`inquirers_visit`
    inquirers_visit: bool = False
    #: a denial tied by its words to one act, or told as a standing position: :func:`~eventwire.link.replies.reply_kind`
    reply: str | None = None
    #: the person a target kept by its text alone names (the coder's ``uncoded_targets``): compared only with
    #: another such target, see :func:`~eventwire.link.sides.uncoded_people_differ`
    target_named: str | None = None
    #: the person or organisation a source kept by its text alone names (the coder's ``uncoded_sources``):
    #: compared only with another such source, see :func:`~eventwire.link.sides.uncoded_doers_differ`
    source_named: str | None = None


def actor_key(code: str | None, country: str | None = None) -> str | None:
    """The state or organisation an actor belongs to: ``USAGOV`` → ``USA``.

    International and non-state codes (``IGO…``, ``NGO…``, ``IMG…``) keep
    their six letters. A bare type code says too little: a sector (``GOV``,
    ``COP``), a kind of group (``CRM`` "pirates", ``MED`` "BuzzFeed", ``REF``
    "refugees") or a bare ``NGO`` names no state, and is the same actor that
    another report names with its country (``SOMCRM``), so it is an unknown
    side, not a state of its own that clashes with that country.
    """
    if country:
        return country.upper()
    if not code:
        return None
    code = code.upper()
    if code[:3] in INTERNATIONAL_TYPES:
        return code[:6] if len(code) >= 6 else None
    if len(code) >= 3 and code[:3].isalpha() and code[:3] not in BARE_TYPES:
        return code[:3]
    return None


#: Prefixes of international and transnational actors, compared on six letters (``IGOUNO``).
INTERNATIONAL_TYPES = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS"})
#: CAMEO actor type codes that can stand alone with no country (the agents dictionary's codes). ``MUS``
#: is left out: it is also Mauritius.
BARE_TYPES = frozenset({
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "PTY", "PRE", "REB", "OPP", "INS", "SEP", "UAF", "CRM",
    "CVL", "BUS", "LAB", "EDU", "MED", "HLH", "HRI", "REF", "AGR", "ENV", "DEV", "SOC", "MOD", "RAD", "REL",
    "CHR", "JEW", "HIN", "BUD", "SHI", "SUN",
})


def date_window(
    date: str | None, precision: str | None, basis: str | None = None, published: str | None = None,
    claim: str = "happened", root: str | None = None,
) -> tuple[dt.date | None, dt.date | None]:
    """The days an event may have happened (or be planned) on, from its date and precision.

    1. Dated only by its publication: a planned event, or one the time stage reads as still to come
       (``after_publication``), lies after the report's day — what one report tells as still to come is
       not what it tells as done by its day. A meeting or visit named by a noun and nothing more, or an
       act told as under way (``around_publication``: "Mr. Trump's visit to Britain provides an
       opportunity", "he is challenging the whip") may lie on either side: from shortly before the
       report to ``PLANNED_LOOKAHEAD_DAYS`` after it, unless it is planned (after) or denied (before).
       Anything else lies shortly before it.
    2. Dated from the text: the date at its precision; for an act told as done and dated to the report's
       own year, only up to the report's day. Such a year is mostly the cover of a stretch that ends at the
       report ("earlier this year", "in recent weeks" across a month's end: the event keeps only the one
       period holding the whole stretch), and what a report tells as done lies on or before its day; left
       whole, the window would reach months past the report, to later incidents of the same actors. Only a
       year: a month or a week already ends near the report, and a run of acts "this week" goes on in the
       reports of the days after.
    3. Dated by the day its plan was announced (``ANNOUNCED_BASIS``: "announced Thursday that he planned
       to declare an emergency"): from that day to ``PLANNED_LOOKAHEAD_DAYS`` after it; the act may be
       done on the report's own day, which a window after the report would miss.
    A lasting activity (``DURATIVE_ROOTS``: "the investigation", named in reports months apart as begun
    in 2016, as under way, as expected to go on) is a stretch, not a point: dated by publication alone it
    is under way from ``DURATIVE_LOOKBACK_DAYS`` before the report to ``PLANNED_LOOKAHEAD_DAYS`` after;
    a date read from the text dates its start (or part of it), and it goes on to the report.
    """
    durative = root in DURATIVE_ROOTS
    if basis == ANNOUNCED_BASIS:  # on or after the day the plan was announced
        day = _day(date)
        return (day, day + dt.timedelta(days=PLANNED_LOOKAHEAD_DAYS)) if day else (None, None)
    if is_publication_dated(basis):
        day = _day(published or date)
        if day is None:
            return None, None
        if durative:  # under way for a while before and after the report
            return day - dt.timedelta(days=DURATIVE_LOOKBACK_DAYS), day + dt.timedelta(days=PLANNED_LOOKAHEAD_DAYS)
        if basis == "after_publication" or claim == "planned":
            return day + dt.timedelta(days=1), day + dt.timedelta(days=PLANNED_LOOKAHEAD_DAYS)
        if basis == "around_publication" and claim == "happened":  # a visit named by a noun, an act under way
            return day - dt.timedelta(days=PUBLICATION_LOOKBACK_DAYS), day + dt.timedelta(days=PLANNED_LOOKAHEAD_DAYS)
        return day - dt.timedelta(days=PUBLICATION_LOOKBACK_DAYS), day
    if not date:
        return None, None
    start, end = _range(date, precision)
    reported = _day(published)
    if durative and end is not None and reported is not None and reported > end:
        end = reported  # begun then, and still going on when the report names it
    elif claim == "happened" and not durative and precision == "year" and reported is not None \
            and start is not None and end is not None and start <= reported < end:
        end = reported  # "earlier this year", "in recent weeks": told as done, so not after the report
    return start, end


def _range(value: str, precision: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The days a date covers: :func:`eventwire.periods.iso_range` (ranges of days included), else read from its shape.

    The shape reading stays for rows from older stores whose precision does not match their value.
    """
    try:
        return periods.iso_range(value, precision or periods.precision_of(value))
    except ValueError:
        pass
    year = int(value[:4]) if value[:4].isdigit() else None
    if year is None:
        return None, None
    if "-W" in value:
        monday = dt.date.fromisocalendar(year, int(value.split("-W")[1][:2]), 1)
        return monday, monday + dt.timedelta(days=6)
    seasons = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
    for name, (first, last) in seasons.items():
        if name in value:
            return dt.date(year, first, 1), _month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)
    parts = value.split("-")
    if precision == "year" or len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(parts[1])
    if precision == "month" or len(parts) == 2:
        return dt.date(year, month, 1), _month_end(year, month)
    day = dt.date(year, month, int(parts[2][:2]))
    return day, day


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _day(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def key_of(event: Event, published: str | None = None) -> EventKey:
    """The linking key of an event record (``published`` of its article)."""
    claim = claim_of(event.cameo, event.modality, event.negated)
    root = event.root or (event.cameo[:2] if event.cameo else None)
    start, end = date_window(event.date, event.date_precision, event.date_basis, published, claim, root)
    source, target = event.source, event.target
    return EventKey(
        event_id=event.id,
        article_id=event.article_id,
        cameo=event.cameo,
        root=root,
        source=actor_key(source.code, source.country) if source else None,
        target=actor_key(target.code, target.country) if target else None,
        start=start,
        end=end,
        place_country=event.place.country if event.place else None,
        trigger=trigger_stems(event.trigger_text, event.sentence),
        incident_id=event.incident_id,
        source_code=source.code if source else None,
        target_code=target.code if target else None,
        source_person=person_of(source.entity_id if source and source.code else None),
        target_person=person_of(target.entity_id if target and target.code else None),
        source_person_listed=person_listed(source.entity_id if source else None),
        target_person_listed=person_listed(target.entity_id if target else None),
        claim=claim,
        publication_dated=is_publication_dated(event.date_basis),
        trigger_span=(event.trigger.start, event.trigger.end) if event.trigger else None,
        town=town_of(event.place),
        reported=_day(published),
        called_for=asked_for_inquiry(root, claim, event.sentence, event.trigger_text),
        inquirers_visit=inquirers_visit(event.cameo, source.code if source else None, event.trigger_text,
                                        event.sentence),
        reply=reply_kind(event.cameo, event.trigger_text, event.sentence),
        target_named=person_of(target.entity_id if target and not target.code else None),
        source_named=named_of(source.entity_id if source and not source.code else None),
    )


#: Kinds of an article-scoped id that name one body or person (``<article>#organisation:acme_holdings``).
NAMED_KINDS = ("person:", "organisation:")


def named_of(entity_id: str | None) -> str | None:
    """The person or organisation an uncoded actor's id names, without its article scope ("person:tom_reed",
    "organisation:acme_holdings"): what tells two unknown doers apart across reports (``person_of`` keeps
    people only, the sole ids coded actors are compared by)."""
    name = unscoped_entity(entity_id)
    return name if name and name.startswith(NAMED_KINDS) else None


def asked_for_inquiry(root: str | None, claim: str, sentence: str | None, trigger: str | None) -> bool:
    """A planned lasting activity (an inquiry) that someone asks for: the only events the incidents' "not yet
    begun" test reads (:func:`~eventwire.link.incidents.inquiry_not_yet_begun`), so the sentence is read
    for a request only for them, not for every event of a batch
    (:func:`~eventwire.link.trigger_words.called_for`)."""
    return claim == "planned" and root in DURATIVE_ROOTS and called_for(sentence, trigger)


#: Codes of a visit (make a visit, host a visit).
VISIT_CODES = frozenset({"042", "043"})
#: Words that name the visitors as a body sent to find facts: "a United Nations team of chemical weapons
#: experts", "UN inspectors", "the U.N. team".
INQUIRERS = re.compile(r"\b(?:experts?|inspectors?|investigators?|monitors?|team)\b", re.IGNORECASE)


def inquirers_visit(cameo: str | None, source_code: str | None, trigger: str | None, sentence: str | None) -> bool:
    """Is this a visit by an international body's inspectors or experts, which is their inquiry?

    Why: one report tells the fact-finding mission as "a visit to Damascus by a United Nations team of
    chemical weapons experts", another as "the UN team is in Syria investigating allegations": one
    happening, coded 042 by the first and 09x by the second, so the visit links as the inquiry
    (:func:`~eventwire.link.incidents.compatible_root`). Only an international body's visit (``IGO…``)
    whose sentence names the visitors as experts, inspectors, investigators, monitors or a team: a
    secretary-general's or an envoy's visit is diplomacy, not an inquiry.
    """
    if cameo not in VISIT_CODES or not (source_code or "").upper().startswith("IGO"):
        return False
    return bool(trigger and "visit" in trigger.lower() and sentence and INQUIRERS.search(sentence))


def is_publication_dated(basis: str | None) -> bool:
    """Was the window built from the publication day (see :func:`date_window`)?"""
    return basis in ("publication", "after_publication", "around_publication")


def claim_of(cameo: str | None, modality: str | None, negated: bool) -> str:
    """The kind of claim: happened, planned or denied.

    An intent (036 to meet, 032 to support …) is linked as the act it is about (``ROOT_ALIASES``), and
    that act is still to come, whatever the modality of the stated intent.

    Force supposed rather than planned is an allegation of a done act: "reports suggesting that regime
    forces killed 1,300 people", "may have used chemical weapons" tell the strike that others report as
    done, before the report, not one still to come (``SUPPOSED_DONE_ROOTS``). A strike that the report
    tells as ahead ("would strike") is dated after it by the time stage (basis ``after_publication``).
    """
    if negated:
        return "denied"
    if modality == "hypothetical" and cameo and cameo[:2] in SUPPOSED_DONE_ROOTS:
        return "happened"
    claim = CLAIM_KIND.get(modality or "asserted", "happened")
    return "planned" if claim == "happened" and cameo in ROOT_ALIASES else claim
