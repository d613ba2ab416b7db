"""Criterion 1 of incident linking: who did it to whom.

Two reports of one happening name its sides in different words: ``USAGOV`` and ``USAMIL`` are both the
U.S., the crowd is "demonstrators" to one reporter and "protesters" to another, "rebels" are "an
Islamist group" elsewhere, and "Tay yip Eroding" is Recep Tayyip Erdogan. Why a module of its own: the
dyad test reads sides, sectors and people, which no other criterion of :mod:`eventwire.link.incidents`
does, and grouping (:mod:`eventwire.link.grouping`) asks the same sides for its vetoes
(:func:`states_clash`, :func:`one_way_clash`). Pure functions over
:class:`~eventwire.link.keys.EventKey`.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.link.keys import BARE_TYPES, DURATIVE_ROOTS, VERBAL_ROOTS, EventKey
from eventwire.link.people import same_person, spelled_alike
from eventwire.link.trigger_words import trigger_families
from eventwire.roots import STATE_ORGANS

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


def same_dyad(a: EventKey, b: EventKey) -> bool:
    """Criterion 1: who did it to whom agrees (either way round if symmetric)."""
    if two_inquiries(a, b) or uncoded_people_differ(a, b) or uncoded_doers_differ(a, b):
        return False
    if one_inquiry_asked_two_ways(a, b):
        a, b = _without_target(a), _without_target(b)
    if _dyad_agrees(a, b):
        return True
    if not _two_reports_of_one_story(a, b):
        return False
    named_a, named_b = _state_from_partner(a, b), _state_from_partner(b, a)
    return (named_a, named_b) != (a, b) and _dyad_agrees(named_a, named_b)


def _dyad_agrees(a: EventKey, b: EventKey) -> bool:
    a, b = named_group_as_opponents(a, b)
    if _sides_agree(_sides(a), _sides(b)) and not camps_differ(a, b):
        return True
    return reads_both_ways(a) and reads_both_ways(b) and _sides_agree(_sides(a), tuple(reversed(_sides(b)))) \
        and not (camps_differ(a, b, crossed=True) or camps_differ(b, a, crossed=True))


def camps_differ(a: EventKey, b: EventKey, crossed: bool = False) -> bool:
    """Is one state's doer its government in one event and its armed opponents in the other?

    In a civil war both sides are the one state's: "regime shelling killed 31 in the town" (``SYRGOV``)
    and "rebels killed the captured pilot" (``SYRREB``), the same day in the same town, have ``SYR`` as
    the doer of both, and the sector test compares sectors only when one state is on both sides of each
    event (:func:`_sides`), which a one-sided report or a victim named as "people" does not give. The
    state's organs (``STATE_SECTORS``) and its armed opponents (``ARMED_SECTORS``: rebels, insurgents,
    an Islamist group; and "opposition forces", ``OPPUAF``) are enemies, never one doer. Not the
    "terrorists" or "gunmen" (``UAF`` alone) of the state's own reports: the word names a lone attacker
    in peacetime, and in war news the coder gives it as often to the wrong side. Only the doer: a target
    is as often the victims told by their place, and the dyad test already compares the sectors of a
    domestic target.
    ``crossed`` compares the doer with the other event's target (a fight read both ways).
    """
    code_b, state_b = (b.target_code, b.target) if crossed else (b.source_code, b.source)
    if a.source is None or a.source != state_b:
        return False
    camps = (camp_of(a.source_code, a.source), camp_of(code_b, state_b))
    return None not in camps and camps[0] != camps[1]


def camp_of(code: str | None, state: str | None) -> str | None:
    """"state" for a state's organs, "opponents" for its armed opponents, None for anyone else."""
    parts = sector_parts(code, state)
    if parts is None:
        return None
    if set(parts) & ARMED_SECTORS or {"OPP", "UAF"} <= set(parts):  # rebels; "opposition forces"
        return "opponents"
    return "state" if parts and parts[0] in STATE_SECTORS else None


def sector_parts(code: str | None, state: str | None) -> list[str] | None:
    """The sector codes after a state's code, in order ("SYRGOVMIL" of "SYR" -> ["GOV", "MIL"]).

    None when the code is not that state's: the camp and inquirer tests read only a state's own organs.
    """
    if not code or not state or not code.upper().startswith(state):
        return None
    sectors = code.upper()[len(state):]
    return [sectors[i:i + 3] for i in range(0, len(sectors), 3)]


def named_group_as_opponents(a: EventKey, b: EventKey) -> tuple[EventKey, EventKey]:
    """Read a named armed group (``IMG…``) as a state's armed opponents where the other report says so.

    "Syrian warplanes pounded ISIL in Raqqa" (``SYR→IMGMUS``) and "regime raids killed 31 jihadists"
    (``SYR→SYRREB``) are one raid: a state at war at home calls the group it fights by its name in one
    report and "jihadists", "rebels", "militants" or "terrorists" (its armed opponents, and the
    unidentified armed men it blames) in another, and the coder keys the name as a transnational group
    and the kind as the state's own. Only where the other side is that same state on both events: the
    army against "rebels" and the army against the named group are then one dyad. Not where the other
    side differs or is unknown, and not for a state's public (civilians, protesters): a massacre of
    villagers is not a raid on the group's positions.
    """
    if not _two_reports_of_one_story(a, b):
        return a, b
    return _group_read(a, b), _group_read(b, a)


def _two_reports_of_one_story(a: EventKey, b: EventKey) -> bool:
    """Events of different articles in one story: where one report may tell what the other leaves unnamed."""
    return a.story_id is not None and a.story_id == b.story_id and a.article_id != b.article_id


def _group_read(key: EventKey, other: EventKey) -> EventKey:
    if _named_group(key.target) and other.target is not None and key.source == other.source == other.target \
            and _opponents(other.target_code, other.target):
        return replace(key, target=other.target, target_code=other.target_code)
    if _named_group(key.source) and other.source is not None and key.target == other.target == other.source \
            and _opponents(other.source_code, other.source):
        return replace(key, source=other.source, source_code=other.source_code)
    return key


def _named_group(side: str | None) -> bool:
    return side is not None and side.startswith("IMG")


def _opponents(code: str | None, state: str) -> bool:
    """A state's armed opponents, or the unidentified armed men it fights (``UAF``: "terrorists")."""
    return _sector_class(code, state) == "armed" or (code or "").upper()[len(state):len(state) + 3] == "UAF"


def _state_from_partner(key: EventKey, other: EventKey) -> EventKey:
    """``key`` with a side named by its type alone given the state of the same side of ``other``.

    "A prosecutor objected" (``COP``) and "the prosecutor objected" (``USACOP``) in two reports of one
    story are one actor, the second telling its country: a bare type is an unknown side
    (:func:`~eventwire.link.keys.actor_key`), and when it is the only side an event names, no side is
    known on both and the dyad test could never hold. Within one story (:mod:`eventwire.link.stories`:
    reports of one happening) a bare type takes the state of the other event's side of the same kind
    (its sector class: police and prosecutor are both the state, a suspect and a gunman both the public).
    Across stories it stays unknown: a police arrest in one story is not a police arrest in another; and
    within one article too, where "terrorists fired rockets" and "Syrian terrorists targeted the town"
    may be two of the day's attacks, each already told by its own words.
    """
    source, target = key.source, key.target
    if source is None and other.source is not None and _same_kind(key.source_code, other.source_code, other.source):
        source = other.source
    if target is None and other.target is not None and _same_kind(key.target_code, other.target_code, other.target):
        target = other.target
    return key if (source, target) == (key.source, key.target) else replace(
        key, source=source, target=target, source_code=_with_state(key.source_code, source, key.source),
        target_code=_with_state(key.target_code, target, key.target))


def _same_kind(bare: str | None, code: str | None, state: str) -> bool:
    if not bare or bare[:3].upper() not in BARE_TYPES:
        return False
    kind = _sector_class(code, state)
    return kind is not None and kind == _sector_class(state + bare.upper(), state)


def _with_state(code: str | None, state: str | None, before: str | None) -> str | None:
    return code if state == before or code is None else state + code.upper()


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


def one_inquiry_asked_two_ways(a: EventKey, b: EventKey) -> bool:
    """One investigator's lasting inquiry, told once by what it looks into abroad and once by whom at
    home it asks about: the targets differ, and neither is a clash.

    "The special counsel's investigation into Russian interference" (``USAJUD→RUS``) and "the special
    counsel is investigating whether the president obstructed justice" (``USAJUD→USAGOV``) are one
    inquiry: its target is the question a telling names, and an inquiry of a state's own organ asks
    both about a foreign act and about its own officials. Only one inquirer (the same source state, and
    not a legislature's inquiry beside another organ's: :func:`two_inquiries`), and only when one target
    is the inquirer's own state and the other a foreign one; two foreign targets stay two inquiries.
    """
    if a.root not in DURATIVE_ROOTS or b.root not in DURATIVE_ROOTS or a.source is None or a.source != b.source:
        return False
    if a.target is None or b.target is None or a.target == b.target or two_inquiries(a, b):
        return False
    return a.source in (a.target, b.target)


def uncoded_people_differ(a: EventKey, b: EventKey) -> bool:
    """Both targets are people kept by their text alone (the coder's ``uncoded_targets``), and not one person:
    "police arrested [Smith]" and "police arrested [Jones]" the same day are two arrests.

    Why only against each other: an uncoded target is no side the dyad test can compare (its state is
    unknown), so it counts as no target, as before the coder kept such names; and beside a coded target
    the coder's reading of that one may be the wrong name in the phrase ("the arrest of [Trump] adviser
    Roger Stone" read as Trump's), so a name there must not break a link that the rest of the report makes.
    """
    return _two_unknowns(a.target_named, b.target_named)


def uncoded_doers_differ(a: EventKey, b: EventKey) -> bool:
    """Both sources are people or bodies kept by their text alone (the coder's ``uncoded_sources``), and not
    one: "[the Harlow Institute] urged Ghana to act" and "[Imam Tarek Osei] urged Ghana to act" the same day
    are two appeals, though each source's state is unknown and the dyad test sees only Ghana on both.

    As for uncoded targets (:func:`uncoded_people_differ`), only against each other: beside a coded source
    the unknown one is no side the dyad test can compare. Two people are one by name as coded people are
    (a surname, a spelling); two bodies only by the same name.
    """
    return _two_unknowns(a.source_named, b.source_named)


def _two_unknowns(first: str | None, second: str | None) -> bool:
    """Two uncoded actors' unscoped ids name two actors: people unless one person by name (a surname, a
    spelling), bodies unless the same name. False when either side is no uncoded actor."""
    if first is None or second is None:
        return False
    if first.startswith("person:") and second.startswith("person:"):
        return not _one_person((None, None, first, False), (None, None, second, False))
    return first != second


def _without_target(key: EventKey) -> EventKey:
    return replace(key, target=None, target_code=None, target_person=None, target_named=None)


def _inquirer(code: str | None, state: str | None) -> str | None:
    """"legislature" for a state's parliament (``USALEG``, ``USAGOVLEG``), "state" for its other organs."""
    found = sector_parts(code, state)
    if found is None:
        return None
    parts = set(found)
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
#: government, the army or the police for the same act of the state. Not a
#: former official (ELI): "Comey wrote of meeting Trump" is no act of the state
#: on itself, and a former secretary endorsed is not the government endorsed.
STATE_SECTORS = STATE_ORGANS
#: Sectors that are all "the public" for domestic dyads: one crowd is "demonstrators" (CVL) to one
#: reporter and "protesters" (OPP), "strikers" (LAB) or "students" (EDU) to another; one private
#: person with a gun is "a gunman" (UAF), "the suspect" (CRM), "a man" (CVL) or "a former employee"
#: (LAB), and the "terrorists" a government blames are its "opponents" (OPP).
PUBLIC_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "UAF", "CRM"})
#: Sectors that are all "armed opponents" for domestic dyads: the group that shelled the capital is
#: "rebels" (REB) or "insurgents" (INS) to one wire and "an Islamist group" (MUS) to another. They stay
#: apart from the public: "the army killed 40 rebels" and "the army killed 12 civilians" the same day are
#: two acts.
ARMED_SECTORS = frozenset({"REB", "INS", "MUS"})


def _sides(key: EventKey) -> tuple[Side, Side]:
    """Each side as compared; a domestic dyad (one state on both sides) also compares sectors, in talk
    with the legislature apart from the state's other organs (:func:`legislature_apart`); the doer of any
    other talk is compared as legislature or other organ (:func:`_talk_chamber`)."""
    domestic = key.source is not None and key.source == key.target
    talk = key.root in VERBAL_ROOTS
    source_sector = _talk_sector(key.source_code, key.source, talk) if domestic else \
        _talk_chamber(key.source_code, key.source) if talk else None
    target_sector = _talk_sector(key.target_code, key.target, talk) if domestic else None
    return ((key.source, source_sector, key.source_person, key.source_person_listed),
            (key.target, target_sector, key.target_person, key.target_person_listed))


def _talk_chamber(code: str | None, state: str | None) -> str | None:
    """"legislature" or "state" for a doer of talk of a state's organs, None for anyone else.

    Why: the executive and the legislature speak apart on one subject in the same days whoever they
    address, not only to each other: "the administration will oppose the bill" (``USAGOV``, no target)
    and "senators opposed the deal with Iran" (``USALEG→IRN``), or "the Senate panel called back the
    adviser" and "the president called on the chairman to resign", met on their state alone. Only the
    legislature against the other organs, as in domestic talk (:func:`legislature_apart`); the public,
    parties and the rest are no side here (None), since the coder reads a senator as a party man as often.
    """
    if legislature_apart(code, state):
        return "legislature"
    return "state" if _sector_class(code, state) == "state" else None


def _talk_sector(code: str | None, state: str | None, talk: bool) -> str | None:
    """The sector class of a domestic side; for talk, a legislature is its own (:func:`legislature_apart`)."""
    return "legislature" if talk and legislature_apart(code, state) else _sector_class(code, state)


def legislature_apart(code: str | None, state: str | None) -> bool:
    """Is this side a state's legislature (``USALEG``, ``USAGOVLEG``), which talk keeps apart?

    Why: in domestic politics the executive and the legislature are the two parties of most talk (the
    president meets lawmakers, senators urge the president, the White House negotiates with Congress).
    Lumped as one "state" (``STATE_SECTORS``), every such event reads both ways round and its sides
    always agree: "Obama has negotiated with the Senate" (``USAGOV``↔``USALEG``) matched the vice
    president's visit to House Democrats reversed, and a president's meeting with a senator matched
    his meeting with the FBI's director the same day. Only for talk (``VERBAL_ROOTS``): protesters who
    storm parliament and those who march on the government attack one state, and a police raid is the
    government's act as much as the police's.
    """
    return "LEG" in (sector_parts(code, state) or ())


def _sector_class(code: str | None, state: str | None) -> str | None:
    if not code or not state or not code.upper().startswith(state) or len(code) < len(state) + 3:
        return None
    sector = code.upper()[len(state) : len(state) + 3]
    if sector in STATE_SECTORS:
        return "state"
    return "public" if sector in PUBLIC_SECTORS else "armed" if sector in ARMED_SECTORS else sector


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


def states_clash(a: EventKey, b: EventKey) -> bool:
    """Two events name different states on a side, whichever way round: never one incident.

    Only states, not people or sectors: those are finer and noisier (a mention
    coded with the envoy rather than the leader must not keep two clusters of
    one happening apart), so they only cost a match, not a veto.
    """
    if one_inquiry_asked_two_ways(a, b):
        return False
    a, b = named_group_as_opponents(a, b)
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
    if one_inquiry_asked_two_ways(a, b):
        return False
    a, b = named_group_as_opponents(a, b)
    return (a.source is not None and b.source is not None and a.source != b.source) or \
        (a.target is not None and b.target is not None and a.target != b.target) or camps_differ(a, b)


def co_doers(a: EventKey, b: EventKey) -> bool:
    """Different doers of one target in one act: "France, Britain and the U.S. called for an inquiry"
    (``FRA→IGOUNO``, ``GBR→IGOUNO``, ``USA→IGOUNO``) told by one trigger is one act of three doers (see
    :mod:`eventwire.link.grouping`). Only of one code: two codes are two acts, whatever their sides."""
    return a.cameo == b.cameo and a.source is not None and b.source is not None and a.source != b.source \
        and a.target is not None and a.target == b.target
