"""Incidents: events from different reports of the same real-world happening.

"The U.S. launched missiles against an air base in Syria" (AP, 2 May) and
"Mr. Trump responded with a missile attack against a Syrian military base"
(Washington Times, 10 May) are two mentions of one incident. Two events are
the same incident when they agree on all of:

1. the dyad — source and target as states/organisations (``USAGOV`` and
   ``USAMIL`` are both the U.S.), in either direction for symmetric codes
   (consult, meet, cooperate, and fighting — but not a killing or an attack
   told with a fighting code, :func:`~eventwire.link.sides.reads_both_ways`); a missing side
   matches anything, but at least one side must be known on both (a side named by its type
   alone, "a prosecutor", is the state of the same kind of side in another report of its
   story: "the U.S. prosecutor");
   Within one state (both sides the same country) the sectors must agree
   (police raid ≠ president fires an aide), the state's organs counting as
   one sector (save the legislature in talk: a president's meeting with a
   senator is not his meeting with the police chief,
   :func:`~eventwire.link.sides.legislature_apart`), the public (civilians, protesters, strikers, students,
   and a private gunman or suspect) another, and its armed opponents
   (rebels, insurgents, an Islamist group) a third, since reporters name
   the same crowd, the same man or the same armed group either way (within
   one story a named group, "ISIL", is the "jihadists" another report has
   the same state strike: :func:`~eventwire.link.sides.named_group_as_opponents`), and
   a state's organs and its armed opponents are never one doer, whatever the
   other side (:func:`~eventwire.link.sides.camps_differ`); named
   people on the same side must be the same person (Pompeo's visit ≠
   Trump's planned summit), a name the actor dictionaries do not know
   counting as a listed person's when it is that name misspelt ("Tay yip
   Eroding" is Recep Tayyip Erdogan, :func:`~eventwire.link.people.spelled_alike`;
   the sides are read in :mod:`eventwire.link.sides`);
2. a compatible CAMEO root (the same, or both force: 18/19/20, or both
   statements, appeals, intents or demands: 01/02/03/10; or, in two reports of one
   story, a demand, rebuke or rejection by one organ, aimed at a side one of them names:
   10/11/12, :mod:`eventwire.link.one_stance`, which then passes the trigger test too); a denied
   or negated mention joins the happening it denies, and a refused meeting
   the meeting it refuses. (Planned and held are
   not kept apart by modality: the coder's modality on nominal mentions —
   "the summit" — is too unreliable. A planned event dated only by
   publication looks ahead in time instead, and the time stage marks events
   told as still to come, basis ``after_publication``.);
3. overlapping date windows (the days each event may have happened on,
   from its date and precision, its publication day and its kind of claim:
   :func:`eventwire.link.keys.date_window`), with a day of slack for time
   zones between dates read from the text; an event with no date links
   nothing; a called-for inquiry is not one told as under way by the day
   it is called for (:func:`inquiry_not_yet_begun`);
4. a compatible place (same country, or unknown on one side; and not two
   towns far apart, :mod:`eventwire.link.towns`: a march in the capital and
   one in a city 300 km away the same day are two happenings);
5. a similar trigger (same CAMEO code, generic force 190 counting as force
   told with its weapon, 193-195, where both events name both sides:
   :func:`generic_and_specific`; or shared trigger word stems; the
   weapon a force act is done with counts as trigger words: "warplanes
   targeted the town with gases" is a gas attack; so do the force words a
   killing is told as done by: "regime airstrikes killed 20" is an
   airstrike; :mod:`eventwire.link.trigger_words`; a chemical attack is a
   strike told by its weapon when both are dated to a few days,
   ``FAMILY_KINDS``). For one-sided talk the
   code alone is not enough: the words or a named person must meet
   (:func:`code_says_enough`).

An event with no target links across articles only within its story
(:func:`one_sided_apart`: talk, and a state's inquiry, :func:`state_inquiry`),
save two denials of one act by one state that their texts date or tie to that
act (:func:`dated_replies`); a denial told as a standing position is no reply
to one act (:func:`standing_and_reply`).

Grouping the pairs into incidents is :mod:`eventwire.link.grouping`. These
are pure functions over :class:`~eventwire.link.keys.EventKey`, the part of
an event that linking needs, built once per event by
:mod:`eventwire.link.keys`; this module holds only the tests of a pair, which
grouping asks of every pair of candidates.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.keys import DURATIVE_ROOTS, ROOT_ALIASES, VERBAL_ROOTS, EventKey
from eventwire.link.one_stance import STANCE_ROOTS, one_stance
from eventwire.link.people import same_person
from eventwire.link.replies import ONE_ACT, REPLY_CODES, STANDING
from eventwire.link.sides import same_dyad
from eventwire.link.towns import towns_apart
from eventwire.link.trigger_words import trigger_families
from eventwire.roots import MATERIAL_CONFLICT_ROOTS, REPRESSION_CODE, REPRESSION_FORCE_ROOT

#: Roots that the same happening is coded under by different reporters. One call is an appeal (02) to
#: one coder and a demand (10) to another: "called on Israel to halt the raids" and "demanded that
#: Israel halt the raids" are one statement, so demands join the statements, appeals and intents.
#: Across roots they still need words of one kind to meet (the ``demand`` trigger family: "called on"
#: ~ "demanded" ~ "urged"), as the trigger test asks of any two codes.
ROOT_FAMILIES = (MATERIAL_CONFLICT_ROOTS, frozenset({"01", "02", "03", "10"}), frozenset({"04", "05"}))
#: The families grouping compares pairs within (:func:`root_family`): ``ROOT_FAMILIES``, the talk family
#: widened by the verbal conflict roots, whose pairs meet across roots only as one stance
#: (:func:`~eventwire.link.one_stance.one_stance`), which :func:`compatible_root` asks of them.
BLOCK_FAMILIES = tuple(family | STANCE_ROOTS if "10" in family else family for family in ROOT_FAMILIES)
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
#: A refused resignation (1231: reject a request for a change in leadership; "the governor said he would
#: not step down") is a mention of that resignation as others tell it, called for or done ("should
#: resign", 0831), as a refused meeting is of the meeting: it links as the yielding (08). Its words meet the
#: resignation's by the ``resign`` trigger family ("step down" ~ "resign" ~ "quit").
REFUSED_LEADERSHIP_CODES = frozenset({"1231"})
#: A generic code -> the codes that tell the same act with its means named, which the trigger test
#: takes as one code where both events name both sides (:func:`generic_and_specific`). CAMEO codes force
#: by its weapons where the text names them (193 small arms, 194 artillery and tanks, 195 aircraft and
#: missiles) and as 190 where it does not, so one raid is "warplanes targeted the strongholds, killing 31
#: fighters" (190) in one report and "31 fighters were killed in air force raids" (195) in another. Not 191
#: (a blockade), 192 (territory taken) or 196 (a truce broken): other acts, not force told with less
#: detail; and two weapons never meet by code (a 194 shelling and a 195 air raid of one day are two
#: attacks unless their words meet).
GENERIC_CODES = {"190": frozenset({"193", "194", "195"})}
#: Violent repression (175: police or troops who fire on, clash with, kill or disperse protesters) is
#: force that other tellings code as force: "riot police fired tear gas at demonstrators" (175) and "riot
#: police fired teargas at youths" (190) are one volley, so 175 links in the force family (root 19). Its
#: code is broad, though, as a day of unrest is broad: police disperse a crowd in one city and fight
#: pitched battles in another, both 175. So two such events pass the trigger test by their words
#: ("fought" ~ "clashed", "dispersed" ~ "dispersed"), not by the shared code (``WORDS_NEEDED_CODES``).
REPRESSION_CODES = frozenset({REPRESSION_CODE})
#: Codes that name a kind of campaign more than one act: the trigger test asks their words to meet.
WORDS_NEEDED_CODES = REPRESSION_CODES
#: Code -> the root it links under where that is not its own: an intent's act (``ROOT_ALIASES``), a
#: riot's violence (``SAME_HAPPENING_CODE``), the meeting or resignation a refusal refuses
#: (``REFUSED_MEETING_CODES``, ``REFUSED_LEADERSHIP_CODES``), repression's force (``REPRESSION_CODES``).
LINKED_ELSEWHERE = {**ROOT_ALIASES, **{code: happening[:2] for code, happening in SAME_HAPPENING_CODE.items()},
                    **dict.fromkeys(REFUSED_MEETING_CODES, "04"),
                    **dict.fromkeys(REFUSED_LEADERSHIP_CODES, "08"),
                    **dict.fromkeys(REPRESSION_CODES, REPRESSION_FORCE_ROOT)}
#: The root an inspectors' or experts' visit links under (:func:`~eventwire.link.keys.inquirers_visit`):
#: "a visit to Damascus by a UN team of chemical weapons experts" is the inquiry others tell as "the UN
#: team is investigating". Across codes it passes the trigger test as an inquiry (:func:`similar_trigger`).
INQUIRY_ROOT = "09"
SLACK_DAYS = 1
TRIGGER_MIN_OVERLAP = 0.25
#: Trigger families that are a kind of another: a chemical attack is a strike told by its weapon. Gas is
#: fired in rockets and shells, and the reports that name the weapon ("used chemical weapons", "a sarin
#: attack") tell the strike others name by its delivery ("fired rockets", "the bombardment of the
#: suburbs"); the dyad, root, date and place tests still hold them to one doer, day and country.
FAMILY_KINDS = {"chemical": "strike"}
#: Only for events dated to fewer days than this: "forces have used chlorine on multiple occasions" or
#: "the rebels used chemical weapons last year" tells a record of attacks, not the one strike of a day.
KIND_MAX_DAYS = 7




def _linked_root(key: EventKey) -> str | None:
    """The root an event links under: its intent's act (``ROOT_ALIASES``), a riot's violence, the meeting
    a refusal refuses (``LINKED_ELSEWHERE``), the inquiry an inspectors' visit is (``INQUIRY_ROOT``), or
    its own."""
    if key.inquirers_visit:
        return INQUIRY_ROOT
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
    other intents (03x). A demand, a rebuke and a rejection (10/11/12) meet across their roots only as
    one stance of one organ told by two reports of one story (:func:`~eventwire.link.one_stance.one_stance`).
    """
    if a.root is None or b.root is None:
        return False
    root_a, root_b = _linked_root(a), _linked_root(b)
    return root_a == root_b or any(root_a in f and root_b in f for f in ROOT_FAMILIES) \
        or one_stance(a, b, root_a, root_b)


def dates_overlap(a: EventKey, b: EventKey) -> bool:
    """Criterion 3: the date windows overlap. Unknown dates never link.

    A day of slack allows for time zones between two dates read from the
    text. A window built from a publication day is a range already, and its
    edge is exact: what was done by one day's report is not what that same
    report tells as still to come (its window starts the day after). A
    called-for inquiry has not begun when it is called for
    (:func:`inquiry_not_yet_begun`).
    """
    if None in (a.start, a.end, b.start, b.end):
        return False
    if inquiry_not_yet_begun(a, b) or inquiry_not_yet_begun(b, a):
        return False
    slack = dt.timedelta(days=0 if a.publication_dated or b.publication_dated else SLACK_DAYS)
    return a.start <= b.end + slack and b.start <= a.end + slack  # type: ignore[operator]


def inquiry_not_yet_begun(planned: EventKey, held: EventKey) -> bool:
    """Is ``planned`` a called-for lasting activity, and ``held`` one told as begun before that call?

    "The opposition demanded a UN investigation into the attack" asks for an inquiry that, as far as
    its report tells, has not begun on the report's day (an inquiry "expected to go on" is no call for
    one, and still joins the inquiry under way: :func:`~eventwire.link.trigger_words.called_for`). An
    inquiry that another report tells as under way or done by that day (dated by its own report, or
    begun on a day its text gives) is another one, however alike the words and sides (several inquiries
    of one organisation run at once). Only lasting activities (``DURATIVE_ROOTS``): their windows reach
    months either side of the report, so the date test alone keeps nothing apart. A meeting told as
    planned still joins the meeting told as held: its window already lies after its report.
    """
    if not planned.called_for or planned.claim != "planned" or planned.reported is None:
        return False
    if held.claim != "happened":
        return False
    if planned.root not in DURATIVE_ROOTS or held.root not in DURATIVE_ROOTS:
        return False
    begun = held.reported if held.publication_dated else held.start
    return begun is not None and begun <= planned.reported


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
    """Criterion 5: the same full CAMEO code (generic force counting as force told with its weapon:
    :func:`generic_and_specific`), or overlapping trigger stems.

    The code alone does not do for one-sided talk (:func:`code_says_enough`). A refused meeting and
    an event of another code need the same words, not only words of one family: "he will not meet the
    premier during his visit" refuses a meeting, not the visit (``REFUSED_MEETING_CODES``). One stance
    told under two verbal conflict roots ("turned down the veto", "a sharp rebuke") passes as it passed the
    root test: its words differ by kind (:func:`~eventwire.link.one_stance.one_stance`).
    """
    code_a, code_b = SAME_HAPPENING_CODE.get(a.cameo, a.cameo), SAME_HAPPENING_CODE.get(b.cameo, b.cameo)
    if code_a == code_b and len(code_a) >= 3 and code_a not in WORDS_NEEDED_CODES and code_says_enough(a, b):
        return True
    if generic_and_specific(a, b):
        return True
    if _inquiry_told_as_visit(a, b) or _inquiry_told_as_visit(b, a):
        return True
    if one_stance(a, b, _linked_root(a), _linked_root(b)):
        return True
    if not a.trigger or not b.trigger:
        return False
    if len(a.trigger & b.trigger) / len(a.trigger | b.trigger) >= TRIGGER_MIN_OVERLAP:
        return True
    if (a.cameo in REFUSED_MEETING_CODES) != (b.cameo in REFUSED_MEETING_CODES):
        return False
    families = trigger_families()
    found_a, found_b = _families_of(a.trigger, families), _families_of(b.trigger, families)
    if found_a & found_b:
        return True
    return _told_as_one_strike(a) and _told_as_one_strike(b) and bool(_kinds_of(found_a) & _kinds_of(found_b))


def generic_and_specific(a: EventKey, b: EventKey) -> bool:
    """Is one event force of the generic code and the other the same force told with its weapon
    (``GENERIC_CODES``), both naming both sides?

    Only with both sides known on both: a killing with no target ("the pilot was killed by rebels", 190)
    would otherwise meet every air raid of its state that day ("Russian and Syrian planes intensified their
    bombing", 195), the dyad test then comparing one side only. Only the codes as coded: a riot links as
    force (``SAME_HAPPENING_CODE``) but is no generic report of a shooting.
    """
    if None in (a.source, a.target, b.source, b.target):
        return False
    return b.cameo in GENERIC_CODES.get(a.cameo, ()) or a.cameo in GENERIC_CODES.get(b.cameo, ())


def _inquiry_told_as_visit(visit: EventKey, other: EventKey) -> bool:
    """An inspectors' visit and an inquiry (or another such visit): their words differ by kind, not by
    happening ("visit" ~ "investigating"), so the root, dyad and date tests decide."""
    return visit.inquirers_visit and (other.inquirers_visit or other.root == INQUIRY_ROOT)


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


def _kinds_of(found: set[str]) -> set[str]:
    """Families and the wider kinds they are (``FAMILY_KINDS``)."""
    return found | {FAMILY_KINDS[name] for name in found if name in FAMILY_KINDS}


def _told_as_one_strike(key: EventKey) -> bool:
    """Is the event dated to a few days (``KIND_MAX_DAYS``), as one strike is told?"""
    return key.start is not None and key.end is not None and (key.end - key.start).days < KIND_MAX_DAYS


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
        and not standing_and_reply(a, b)
    )


def one_sided_apart(a: EventKey, b: EventKey) -> bool:
    """An event with no target, in another article of another story: not one incident.

    With no target the dyad test compares one side only, and the generic codes such events carry
    (120 reject, 110 oppose, 051 praise) pass the trigger test by code alone: "prosecutors turned
    down an offer" (``USACOP→USAJUD``) and, in another story, "the administration rejected any
    science review" (``USAGOV→None``), the same week, met every criterion. Reports of one happening are
    one story (:mod:`eventwire.link.stories`), so a one-sided event links across articles only within
    its story. So does a state's lasting inquiry (:func:`state_inquiry`), whose window spans months. An
    unknown story (an event keyed without one) keeps the old test.
    """
    if a.article_id == b.article_id or (a.target is not None and b.target is not None):
        return False
    if not (_story_bound(a) and _story_bound(b)):
        return False
    if dated_replies(a, b):
        return False
    return a.story_id is not None and b.story_id is not None and a.story_id != b.story_id


def _story_bound(key: EventKey) -> bool:
    """Does a report of this kind, with a side missing, need its story to meet another report?"""
    return _linked_root(key) in VERBAL_ROOTS or state_inquiry(key)


def state_inquiry(key: EventKey) -> bool:
    """A lasting inquiry (``DURATIVE_ROOTS``) run by a state's organs, not by an international body.

    An inquiry is named in reports of many stories, so it links across stories as a rule. But a state's
    organs run many at once (the police, prosecutors, an inspector general, a special counsel, committees),
    and with its target missing the dyad test sees only the state: "multiple U.S. government
    investigations have cleared it" met the FBI's e-mail inquiry and the special counsel's Russia inquiry,
    years and stories apart, and joined them. An international body's inquiry ("the UN inspectors'
    investigation") is one of few, told in many stories of the war it looks into, and keeps linking across
    them.
    """
    return key.root in DURATIVE_ROOTS and key.source is not None and len(key.source) == 3  # a state, not IGOUNO


def dated_replies(a: EventKey, b: EventKey) -> bool:
    """Two denials of one act by one state, each dated by its text, not by its report, or told with words
    that name the act it answers (``REPLY_CODES``).

    The story test keeps one-sided talk of different stories apart because generic codes meet by code
    alone; a denial of responsibility is not generic when the text ties it to a day or to one act
    ("denied any responsibility for the attack", "denied the reports"): the accused state's denial of
    a strike is told in the strike's story and in a story on the reactions, which story clustering
    often keeps apart.
    """
    return (a.cameo == b.cameo and a.cameo in REPLY_CODES and a.source is not None
            and a.source == b.source and a.start is not None and b.start is not None
            and _tied_to_one_act(a) and _tied_to_one_act(b))


def _tied_to_one_act(key: EventKey) -> bool:
    """Dated by its text, or told with words that name the one act it answers (:mod:`eventwire.link.replies`)."""
    return not key.publication_dated or key.reply == ONE_ACT


def standing_and_reply(a: EventKey, b: EventKey) -> bool:
    """Is one a denial told as a standing position and the other a reply to one act?

    "The government has long denied claims by the opposition" is what the state has said for years; "the
    government denied the reports of Wednesday's attack" answers one act. However alike their words and
    sides, the first is no mention of the second (:mod:`eventwire.link.replies`).
    """
    return {a.reply, b.reply} == {ONE_ACT, STANDING}




def root_family(key: EventKey) -> str | None:
    """One name for the roots that :func:`compatible_root` may let meet (``BLOCK_FAMILIES``): grouping
    compares pairs within a family only, so events of different families never link."""
    return _family_name(_linked_root(key))


def _family_name(root: str | None) -> str | None:
    for family in BLOCK_FAMILIES:
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
