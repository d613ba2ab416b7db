"""Incidents: events from different reports of the same real-world happening.

"The U.S. launched missiles against an air base in Syria" (AP, 2 May) and
"Mr. Trump responded with a missile attack against a Syrian military base"
(Washington Times, 10 May) are two mentions of one incident. Two events are
the same incident when they agree on all of:

1. the dyad — source and target as states/organisations (``USAGOV`` and
   ``USAMIL`` are both the U.S.), in either direction for symmetric codes
   (consult, meet, cooperate, and fighting — but not a killing or an attack
   told with a fighting code, :func:`reads_both_ways`); a missing side
   matches anything, but at least one side must be known on both;
   Within one state (both sides the same country) the sectors must agree
   (police raid ≠ president fires an aide), the state's organs counting as
   one sector and the public (civilians, protesters, strikers, students,
   and a private gunman or suspect) as another, since reporters name the
   same crowd or the same man either way; named
   people on the same side must be the same person (Pompeo's visit ≠
   Trump's planned summit), a name the actor dictionaries do not know
   counting as a listed person's when it is that name misspelt ("Tay yip
   Eroding" is Recep Tayyip Erdogan, :func:`spelled_alike`);
2. a compatible CAMEO root (the same, or both force: 18/19/20, or both
   statements, appeals, intents or demands: 01/02/03/10); a denied
   or negated mention joins the happening it denies, and a refused meeting
   the meeting it refuses. (Planned and held are
   not kept apart by modality: the coder's modality on nominal mentions —
   "the summit" — is too unreliable. A planned event dated only by
   publication looks ahead in time instead, and the time stage marks events
   told as still to come, basis ``after_publication``.);
3. overlapping date windows (date + precision as a range, with a day of
   slack for time zones between dates read from the text; a date that is
   only the publication date means "shortly before publication", or "after
   it" for a planned event or one the time stage reads as still to come,
   basis ``after_publication``, or either side of it for a visit or meeting
   named by a noun alone or an act told as under way, basis
   ``around_publication``; a lasting activity
   such as an investigation is a stretch: under way from a month before the
   report to months after it, and when dated from the text, going on until
   the report; an event with no date links nothing);
4. a compatible place (same country, or unknown on one side; and not two
   towns far apart, :mod:`eventwire.link.towns`: a march in the capital and
   one in a city 300 km away the same day are two happenings);
5. a similar trigger (same CAMEO code, or shared trigger word stems; the
   weapon a force act is done with counts as trigger words: "warplanes
   targeted the town with gases" is a gas attack; so do the force words a
   killing is told as done by: "regime airstrikes killed 20" is an
   airstrike; :mod:`eventwire.link.trigger_words`). For one-sided talk the
   code alone is not enough: the words or a named person must meet
   (:func:`code_says_enough`).

An event with no target links across articles only within its story
(:func:`one_sided_apart`), save two denials of one act by one state that
their texts date (:func:`dated_replies`).

Grouping the pairs into incidents is :mod:`eventwire.link.grouping`. These
are pure functions over :class:`EventKey`, the part of an event that
linking needs, built from an :class:`Event` or from a row of the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.link.people import person_listed, same_person, spelled_alike
from eventwire.link.towns import town_of, towns_apart
from eventwire.link.trigger_words import trigger_families, trigger_stems
from eventwire.model import Event, person_of

#: Roots whose events read the same both ways round ("A met B" = "B met A").
SYMMETRIC_ROOTS = frozenset({"04", "05", "06"})
SYMMETRIC_CODES = frozenset({"036", "038", "039", "046"})
#: Force codes that read both ways only when told as fighting ("clashes", "exchanged fire"): told as
#: a killing, an attack or a storming they have a direction, see :func:`reads_both_ways`.
FIGHTING_CODES = frozenset({"190", "193"})
#: Stems besides the fight family's that tell force as two-sided: "exchanged fire", "traded gunfire",
#: "a gunbattle", "the war", "hostilities", "confrontations".
RECIPROCAL_STEMS = frozenset({"exchang", "trad", "mutual", "gunbattl", "firefight", "war", "hostiliti",
                              "confront", "confrontation"})
#: Roots that the same happening is coded under by different reporters. One call is an appeal (02) to
#: one coder and a demand (10) to another: "called on Israel to halt the raids" and "demanded that
#: Israel halt the raids" are one statement, so demands join the statements, appeals and intents.
#: Across roots they still need words of one kind to meet (the ``demand`` trigger family: "called on"
#: ~ "demanded" ~ "urged"), as the trigger test asks of any two codes.
ROOT_FAMILIES = (frozenset({"18", "19", "20"}), frozenset({"01", "02", "03", "10"}), frozenset({"04", "05"}))
#: Codes that report the same happening as another root: an intent is about
#: the act that others report as planned or done — to meet (036, and to
#: mediate 038/039) is the meeting (04); to support (032) is diplomatic
#: cooperation (05); to cooperate materially (031), 06; to give aid (033),
#: 07; to yield (035), 08 (CAMEO's 03x → action roots).
ROOT_ALIASES = {"031": "06", "032": "05", "033": "07", "035": "08", "036": "04", "038": "04", "039": "04"}
#: Codes whose happening other tellings code under another root, with no
#: intent in them (so unlike ``ROOT_ALIASES`` they stay done acts): a riot
#: (145, violence by protesters) is told as well as protesters' attacks on
#: police, shops or a building (18x/19x), so it links as their code (root
#: and same-code trigger test). Peaceful protest (141-144) keeps its own root.
SAME_HAPPENING_CODE = {"145": "190"}
#: A refused meeting (125: reject a proposal to meet, visit or negotiate; a cancelled visit) is a
#: mention of that meeting, as a denied one is ("he would not visit Britain unless she could
#: guarantee he would face no protests" is about the visit others report as planned or held), so it
#: links as the meeting (04), the way an intent to meet does (``ROOT_ALIASES``). Across codes it
#: passes the trigger test only by the same words (:func:`similar_trigger`).
REFUSED_MEETING_CODES = frozenset({"125"})
#: Code -> the root it links under where that is not its own: an intent's act (``ROOT_ALIASES``), a
#: riot's violence (``SAME_HAPPENING_CODE``), the meeting a refusal refuses (``REFUSED_MEETING_CODES``).
LINKED_ELSEWHERE = {**ROOT_ALIASES, **{code: happening[:2] for code, happening in SAME_HAPPENING_CODE.items()},
                    **dict.fromkeys(REFUSED_MEETING_CODES, "04")}
#: How far before publication an event dated only by its publication may lie.
PUBLICATION_LOOKBACK_DAYS = 3
#: Roots of activities that last (investigations): reported as begun, under
#: way or expected to go on, in articles weeks or months apart, they are one
#: happening (see :func:`date_window`).
DURATIVE_ROOTS = frozenset({"09"})
DURATIVE_LOOKBACK_DAYS = 30
#: How far after publication a planned (or lasting) event may lie.
PLANNED_LOOKAHEAD_DAYS = 90
#: Modality → kind of claim; incidents never mix kinds.
CLAIM_KIND = {"asserted": "happened", "intended": "planned", "hypothetical": "planned",
              "negated": "denied", "denied": "denied"}
SLACK_DAYS = 1
#: CAMEO's verbal roots (quad classes 1 and 3: statements, appeals, intents, talks, praise; demands,
#: disapproval, rejection, threats), less a lasting investigation (09, ``DURATIVE_ROOTS``), which
#: reports of many stories name. See :func:`one_sided_apart`.
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
#: Codes whose one-sided events answer one act: a denial of responsibility (016) replies to the
#: accusation over one strike or one crime. Two such denials by one state that the text itself dates
#: (to the day of the act, "the army source denied on Tuesday", "denied carrying out the attack") are
#: one reply told in two stories; a denial dated only by its report ("the government denies using
#: such weapons") may be a standing position, so it keeps the story test. See :func:`one_sided_apart`.
DATED_REPLY_CODES = frozenset({"016"})
TRIGGER_MIN_OVERLAP = 0.25


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
    target_person: str | None = None
    source_person_listed: bool = True  # the person is one the actor dictionaries know (see :func:`person_listed`)
    target_person_listed: bool = True
    claim: str = "happened"
    publication_dated: bool = False  # the window comes from the publication day, not from the text
    trigger_span: tuple[int, int] | None = None  # the trigger's offsets in its article (one act, several targets)
    story_id: str | None = None  # its article's story (:mod:`eventwire.link.stories`), see :func:`one_sided_apart`
    town: tuple[float, float] | None = None  # (lat, lon) of a city-level place, see :func:`compatible_place`


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
    2. Dated from the text: the date at its precision.
    A lasting activity (``DURATIVE_ROOTS``: "the investigation", named in reports months apart as begun
    in 2016, as under way, as expected to go on) is a stretch, not a point: dated by publication alone it
    is under way from ``DURATIVE_LOOKBACK_DAYS`` before the report to ``PLANNED_LOOKAHEAD_DAYS`` after;
    a date read from the text dates its start (or part of it), and it goes on to the report.
    """
    durative = root in DURATIVE_ROOTS
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
    return start, end


def _range(value: str, precision: str | None) -> tuple[dt.date | None, dt.date | None]:
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
        source_person=person_of(source.entity_id if source else None),
        target_person=person_of(target.entity_id if target else None),
        source_person_listed=person_listed(source.entity_id if source else None),
        target_person_listed=person_listed(target.entity_id if target else None),
        claim=claim,
        publication_dated=is_publication_dated(event.date_basis),
        trigger_span=(event.trigger.start, event.trigger.end) if event.trigger else None,
        town=town_of(event.place),
    )


def is_publication_dated(basis: str | None) -> bool:
    """Was the window built from the publication day (see :func:`date_window`)?"""
    return basis in ("publication", "after_publication", "around_publication")


def claim_of(cameo: str | None, modality: str | None, negated: bool) -> str:
    """The kind of claim: happened, planned or denied.

    An intent (036 to meet, 032 to support …) is linked as the act it is about (``ROOT_ALIASES``), and
    that act is still to come, whatever the modality of the stated intent.
    """
    if negated:
        return "denied"
    claim = CLAIM_KIND.get(modality or "asserted", "happened")
    return "planned" if claim == "happened" and cameo in ROOT_ALIASES else claim


def same_dyad(a: EventKey, b: EventKey) -> bool:
    """Criterion 1: who did it to whom agrees (either way round if symmetric)."""
    if two_inquiries(a, b):
        return False
    if _sides_agree(_sides(a), _sides(b)):
        return True
    return reads_both_ways(a) and reads_both_ways(b) and _sides_agree(_sides(a), tuple(reversed(_sides(b))))


def two_inquiries(a: EventKey, b: EventKey) -> bool:
    """A parliament's inquiry and another body's investigation of one state: two investigations.

    A lasting investigation (``DURATIVE_ROOTS``) is named in reports months apart, and the state's
    organs are one side for most acts (``STATE_SECTORS``: the police, the prosecutor and the ministry
    act for one state). But a legislature's committee runs its own inquiry beside the criminal one
    ("the parliament's committee, which holds an inquiry of its own into the bribes" and "the
    prosecutor's investigation into the bribes"), on the same subject and in the same weeks.
    """
    if a.root not in DURATIVE_ROOTS or b.root not in DURATIVE_ROOTS or a.source is None or a.source != b.source:
        return False
    kinds = (_inquirer(a.source_code, a.source), _inquirer(b.source_code, b.source))
    return None not in kinds and kinds[0] != kinds[1]


def _inquirer(code: str | None, state: str | None) -> str | None:
    """"legislature" for a state's parliament (``USALEG``, ``USAGOVLEG``), "state" for its other organs."""
    if not code or not state or not code.upper().startswith(state):
        return None
    sectors = code.upper()[len(state):]
    parts = {sectors[i:i + 3] for i in range(0, len(sectors), 3)}
    if "LEG" in parts:
        return "legislature"
    return "state" if parts & STATE_SECTORS else None


def reads_both_ways(key: EventKey) -> bool:
    """Does the event read the same with its sides swapped ("A met B" = "B met A")?

    Fighting does ("rebels clashed with the army" = "the army fought rebels"), and CAMEO codes it
    190/193; but the coder uses the same codes for any use of force, and a killing, an attack or a
    storming has a direction: "the army killed ten rebels" is not "rebels killed two soldiers", and
    "protesters tried to storm parliament" is not "police fought protesters", on the same day in the
    same town. So 190/193 read both ways only when the trigger words are fighting's (the fight family,
    or a reciprocal word: "exchanged fire", "a gunbattle").
    """
    if key.root in SYMMETRIC_ROOTS or key.cameo in SYMMETRIC_CODES:
        return True
    if key.cameo not in FIGHTING_CODES:
        return False
    return bool(key.trigger & (trigger_families().get("fight", frozenset()) | RECIPROCAL_STEMS))


#: (state/organisation key, sector class, person id, whether the person is listed)
Side = tuple[str | None, str | None, str | None, bool]
#: Sectors that are all "the state" for domestic dyads: reporters name the
#: government, the army or the police for the same act of the state.
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "COP", "JUD", "LEG", "ELI"})
#: Sectors that are all "the public" for domestic dyads: one crowd is "demonstrators" (CVL) to one
#: reporter and "protesters" (OPP), "strikers" (LAB) or "students" (EDU) to another; one private
#: person with a gun is "a gunman" (UAF), "the suspect" (CRM), "a man" (CVL) or "a former employee"
#: (LAB), and the "terrorists" a government blames are its "opponents" (OPP).
PUBLIC_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "UAF", "CRM"})


def _sides(key: EventKey) -> tuple[Side, Side]:
    """Each side as compared; a domestic dyad (one state on both sides) also compares sectors."""
    domestic = key.source is not None and key.source == key.target
    source_sector = _sector_class(key.source_code, key.source) if domestic else None
    target_sector = _sector_class(key.target_code, key.target) if domestic else None
    return ((key.source, source_sector, key.source_person, key.source_person_listed),
            (key.target, target_sector, key.target_person, key.target_person_listed))


def _sector_class(code: str | None, state: str | None) -> str | None:
    if not code or not state or not code.upper().startswith(state) or len(code) < len(state) + 3:
        return None
    sector = code.upper()[len(state) : len(state) + 3]
    return "state" if sector in STATE_SECTORS else "public" if sector in PUBLIC_SECTORS else sector


def _sides_agree(x: tuple[Side, Side], y: tuple[Side, Side]) -> bool:
    known = 0
    for left, right in zip(x, y, strict=True):
        if left[1] is not None and right[1] is not None and left[1] != right[1]:  # sector class
            return False
        if left[2] is not None and right[2] is not None and not _one_person(left, right):
            return False
        if left[0] is not None and right[0] is not None:
            if left[0] != right[0]:
                return False
            known += 1
    return known > 0


def _one_person(left: Side, right: Side) -> bool:
    """The named people of two sides are one: the same id, or a name not listed spelt like the other."""
    if same_person(left[2], right[2]):  # type: ignore[arg-type]
        return True
    return not (left[3] and right[3]) and spelled_alike(left[2], right[2])  # type: ignore[arg-type]


def _linked_root(key: EventKey) -> str | None:
    """The root an event links under: its intent's act (``ROOT_ALIASES``), a riot's violence, the meeting
    a refusal refuses (``LINKED_ELSEWHERE``), or its own."""
    return LINKED_ELSEWHERE.get(key.cameo) or key.root


def compatible_root(a: EventKey, b: EventKey) -> bool:
    """Criterion 2: the same CAMEO root (or family).

    The kind of claim does not enter: "no one-on-one meeting took place",
    "urged him not to declare an emergency" and "Russia denied the strike"
    are about the very happening others report as done, so a negated or
    denied mention joins it (the incident counts mentions, not assertions).
    So does a refused meeting (``REFUSED_MEETING_CODES``: "would not visit
    Britain unless …" is a mention of the visit); it then no longer links
    with other rejections (12x), as an intent to meet no longer links with
    other intents (03x).
    """
    if a.root is None or b.root is None:
        return False
    root_a, root_b = _linked_root(a), _linked_root(b)
    return root_a == root_b or any(root_a in f and root_b in f for f in ROOT_FAMILIES)


def dates_overlap(a: EventKey, b: EventKey) -> bool:
    """Criterion 3: the date windows overlap. Unknown dates never link.

    A day of slack allows for time zones between two dates read from the
    text. A window built from a publication day is a range already, and its
    edge is exact: what was done by one day's report is not what that same
    report tells as still to come (its window starts the day after).
    """
    if None in (a.start, a.end, b.start, b.end):
        return False
    slack = dt.timedelta(days=0 if a.publication_dated or b.publication_dated else SLACK_DAYS)
    return a.start <= b.end + slack and b.start <= a.end + slack  # type: ignore[operator]


def compatible_place(a: EventKey, b: EventKey) -> bool:
    """Criterion 4: the same country, or no place on one side; and not two towns far apart.

    Reports of one day name a march in the capital and another in a city 300 km away with the same
    words, dyad and date ("thousands marched in Athens", "20,000 marched in Thessaloniki"); only the
    town tells them apart. Towns farther apart than ``TOWNS_APART_KM`` are two happenings; nearer ones
    may be one place named two ways (a district, a suburb, a province named by its capital).
    """
    if not (a.place_country is None or b.place_country is None or a.place_country == b.place_country):
        return False
    return not towns_apart(a.town, b.town)


def similar_trigger(a: EventKey, b: EventKey) -> bool:
    """Criterion 5: the same full CAMEO code, or overlapping trigger stems.

    The code alone does not do for one-sided talk (:func:`code_says_enough`). A refused meeting and
    an event of another code need the same words, not only words of one family: "he will not meet the
    premier during his visit" refuses a meeting, not the visit (``REFUSED_MEETING_CODES``).
    """
    code_a, code_b = SAME_HAPPENING_CODE.get(a.cameo, a.cameo), SAME_HAPPENING_CODE.get(b.cameo, b.cameo)
    if code_a == code_b and len(code_a) >= 3 and code_says_enough(a, b):
        return True
    if not a.trigger or not b.trigger:
        return False
    if len(a.trigger & b.trigger) / len(a.trigger | b.trigger) >= TRIGGER_MIN_OVERLAP:
        return True
    if (a.cameo in REFUSED_MEETING_CODES) != (b.cameo in REFUSED_MEETING_CODES):
        return False
    families = trigger_families()
    return bool(_families_of(a.trigger, families) & _families_of(b.trigger, families))


def code_says_enough(a: EventKey, b: EventKey) -> bool:
    """May two events of one full code pass the trigger test by that code alone?

    Not when one of them lacks a side (mostly the target) and both are talk (``VERBAL_ROOTS``): with one
    side only, the dyad test compares a state and little else, and within one story many people of one
    state welcome, back, reject or decline something in the same days. "Farmers' unions welcomed the dam
    plan" and "the late senator, who backed the first dam" are both 051 of one country, and "the ministry
    declined to change the route" and "the cabinet has rejected every such route" both 120. Such a pair
    then needs the same words (trigger stems or families), or the same named person doing it. Force,
    arrests and other acts keep the code test: "attacked" and "targeted" are one raid.
    """
    if None not in (a.source, a.target, b.source, b.target):
        return True
    if not (_linked_root(a) in VERBAL_ROOTS and _linked_root(b) in VERBAL_ROOTS):
        return True
    return _same_named_person(a.source_person, b.source_person) or \
        _same_named_person(a.target_person, b.target_person)


def _same_named_person(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and same_person(a, b)


def _families_of(trigger: frozenset[str], families: dict[str, frozenset[str]]) -> set[str]:
    return {name for name, words in families.items() if trigger & words}


def same_incident(a: EventKey, b: EventKey) -> bool:
    """All five criteria hold.

    Checked cheapest and most selective first (the dates): grouping asks this of
    every pair in a root family, about a million pairs for 800 war-news articles,
    and most pairs are months apart. The criteria are pure, so the order changes
    no answer.
    """
    return (
        dates_overlap(a, b)
        and compatible_root(a, b)
        and compatible_place(a, b)
        and same_dyad(a, b)
        and similar_trigger(a, b)
        and not one_sided_apart(a, b)
    )


def one_sided_apart(a: EventKey, b: EventKey) -> bool:
    """An event with no target, in another article of another story: not one incident.

    With no target the dyad test compares one side only, and the generic codes such events carry
    (120 reject, 110 oppose, 051 praise) pass the trigger test by code alone: "prosecutors turned
    down an offer" (``USACOP→USAJUD``) and, in another story, "the administration rejected any
    science review" (``USAGOV→None``), the same week, met every criterion. Reports of one happening are
    one story (:mod:`eventwire.link.stories`), so a one-sided event links across articles only within
    its story. An unknown story (an event keyed without one) keeps the old test.
    """
    if a.article_id == b.article_id or (a.target is not None and b.target is not None):
        return False
    if not (_linked_root(a) in VERBAL_ROOTS and _linked_root(b) in VERBAL_ROOTS):
        return False
    if dated_replies(a, b):
        return False
    return a.story_id is not None and b.story_id is not None and a.story_id != b.story_id


def dated_replies(a: EventKey, b: EventKey) -> bool:
    """Two denials of one act by one state, each dated by its text, not by its report (``DATED_REPLY_CODES``).

    The story test keeps one-sided talk of different stories apart because generic codes meet by code
    alone; a denial of responsibility is not generic when the text ties it to a day: the accused
    state's denial of a strike is told in the strike's story and in a story on the reactions.
    """
    return (a.cameo == b.cameo and a.cameo in DATED_REPLY_CODES and a.source is not None
            and a.source == b.source and a.start is not None and b.start is not None
            and not a.publication_dated and not b.publication_dated)


def states_clash(a: EventKey, b: EventKey) -> bool:
    """Two events name different states on a side, whichever way round: never one incident.

    Only states, not people or sectors: those are finer and noisier (a mention
    coded with the envoy rather than the leader must not keep two clusters of
    one happening apart), so they only cost a match, not a veto.
    """
    s1, t1, s2, t2 = a.source, a.target, b.source, b.target
    straight = (s1 is not None and s2 is not None and s1 != s2) or (t1 is not None and t2 is not None and t1 != t2)
    crossed = (s1 is not None and t2 is not None and s1 != t2) or (t1 is not None and s2 is not None and t1 != s2)
    return straight and crossed


def one_way_clash(a: EventKey, b: EventKey) -> bool:
    """Two acts that read one way only name different doers, or different targets: never one incident.

    :func:`states_clash` asks both readings to clash, since "A met B" is "B met A"; with one side
    unknown, a different state on the other can then always be read as that side. An attack, a strike
    or an arrest has a direction (:func:`reads_both_ways`): "Russian planes did not strike Idlib"
    (``RUS→SYR``) and "regime jets pounded the town" (``SYR→?``) have different doers whatever the
    unknown target of the second.
    """
    if reads_both_ways(a) and reads_both_ways(b):
        return states_clash(a, b)
    return (a.source is not None and b.source is not None and a.source != b.source) or \
        (a.target is not None and b.target is not None and a.target != b.target)


def root_family(key: EventKey) -> str | None:
    """One name for the roots that :func:`compatible_root` lets meet: events of different families never link."""
    return _family_name(_linked_root(key))


def _family_name(root: str | None) -> str | None:
    for family in ROOT_FAMILIES:
        if root in family:
            return min(family)
    return root


def candidate_roots(keys: list[EventKey]) -> list[str]:
    """The roots (as stored, ``Event.root``) of events that may link with any of ``keys``.

    Every root of the families the keys link under, and the roots of codes that link under one of
    those families though their own root is another: an intent to meet (03, linked as 04), a riot
    (14, as 19), a refused meeting (12, as 04). Stored candidates are read by these roots, so a
    refusal in a new report still meets the visit stored from an earlier one, and the other way round.
    """
    families = {root_family(key) for key in keys if key.root}
    roots = {key.root for key in keys if key.root}
    roots |= {f"{number:02d}" for number in range(1, 21) if _family_name(f"{number:02d}") in families}
    roots |= {code[:2] for code, root in LINKED_ELSEWHERE.items() if _family_name(root) in families}
    return sorted(roots)
