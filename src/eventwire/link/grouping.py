"""Incidents from pairwise matches: average linkage over events.

:func:`eventwire.link.incidents.same_incident` says whether two events could
be one happening. Grouping turns those pair answers into incidents:

* average linkage: the two groups whose acts match by the largest share of
  their pairs merge first, while that share is at least
  :data:`MIN_MEMBER_SHARE`. An act is one trigger of one article coded once
  per target (see ``_act``), else one event; a pair of acts matches when any
  pair of their events does, so an attack coded for three targets is one act
  against a report that names one of them (1/1, not 1/3 of the pairs).
  A trigger coded for several sides whose states do not clash ("Syrian and
  Russian air strikes": ``SYR→?`` and ``RUS→?``), or for several doers of one
  target ("Russian and regime warplanes targeted the school": ``RUS→SYR`` and
  ``SYR→SYR``), is one joint act too (``_start_groups``);
  The criteria are hard rules over noisy coding, so
  one loose match must not chain two happenings together (single linkage
  would), and the result must not depend on the order in which events arrive
  (the former greedy "join the best incident so far" did);
* a veto: groups that name different states on a side
  (:func:`~eventwire.link.sides.states_clash`) never merge, however many
  of their other pairs match; for acts that read one way only, a different doer (or a different
  target) is enough, even when the other side is unknown
  (:func:`~eventwire.link.sides.one_way_clash`): "the ministry said Russian planes did not strike
  the town" (``RUS→SYR``) and "regime jets pounded the town" (``SYR→?``) are two acts, and a report
  of a joint campaign ("Syrian and Russian air strikes", one act of both states) matching each must not
  join them; nor does a state's act join its armed opponents' (``SYRGOV`` and ``SYRREB``,
  :func:`~eventwire.link.sides.camps_differ`), however many reports name the doer as the state alone
  ("Syrian strikes"); nor do groups holding two acts of one kind between the same states
  that one report dates, each from its own text, to two different days ("met on Monday", "welcomed
  him on Tuesday"): that report tells two happenings (``_Linkage._told_apart``); nor do groups
  holding acts of one kind placed in towns far apart (``_Linkage._towns_apart``): "dockers marched in
  Porto" and "teachers marched in Lisbon" never meet, and a report that names no town ("thousands
  marched against the cuts") must not bridge them;
* phases: events that name both sides form the incidents first; events with
  a missing side then join them; what is left of those groups last. A
  missing side matches anything, so letting such events merge groups would
  bridge happenings of one state with different partners. An event with a
  missing side joins a group that two other articles tell before an act of
  its own article that no other article tells, and a report of force with a
  missing side before an act that one article alone tells
  (``_Linkage._told_elsewhere``);
* stored incidents (``known``, and re-read events) keep their ids and never
  merge with each other; new events may join them.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np

from eventwire.link.incidents import SLACK_DAYS, root_family, same_incident
from eventwire.link.keys import EventKey
from eventwire.link.sides import camp_of, co_doers, one_way_clash, states_clash
from eventwire.link.towns import towns_apart
from eventwire.roots import MATERIAL_CONFLICT_ROOTS

#: Two groups merge only if at least this share of their cross pairs match.
MIN_MEMBER_SHARE = 0.34
#: Articles (its own and two others) whose events must match a group with a missing side for the happening
#: they tell to go before the acts of its own article (``_Linkage._told_elsewhere``).
MIN_WITNESSES = 3
#: The root family of force: 18, 19 and 20, named by its first root as :func:`root_family` names it.
FORCE_FAMILY = min(MATERIAL_CONFLICT_ROOTS)

Table = dict[int, dict[int, int]]  # group → other group → number of event pairs


def group_incidents(new: Sequence[EventKey], known: Iterable[EventKey] = ()) -> dict[str, str]:
    """Give each new event an incident id: event id → incident id (module docstring).

    A group of new events only is named ``inc_<its first event id>``, in input order.
    """
    groups: dict[int, list[EventKey]] = {}
    fixed: dict[int, str] = {}  # group → stored incident id it keeps
    by_incident: dict[str, int] = {}
    for key in (*known, *(k for k in new if k.incident_id)):
        if key.incident_id:
            index = by_incident.setdefault(key.incident_id, len(groups))
            groups.setdefault(index, []).append(key)
            fixed[index] = key.incident_id
    joint = _start_groups([key for key in new if not key.incident_id], groups)
    _Linkage(groups, fixed, joint).run()
    assigned: dict[str, str] = {}
    for index, keys in groups.items():
        incident_id = fixed.get(index) or f"inc_{keys[0].event_id}"
        assigned.update((key.event_id, incident_id) for key in keys)
    return {key.event_id: assigned[key.event_id] for key in new}


def _act(key: EventKey) -> tuple | None:
    """What makes events one act from the start: the same trigger of one article and the same states.

    "Youths attacked a police station, stores and banks" is coded once per target (``GRCCVL→GRCCOP``,
    ``GRCCVL→GRCBUS``), and another report names only the police station or only the banks: the
    events of one trigger start as one group, so each report's mention meets the whole act. Only
    when their states agree (the targets differ by sector or person): "struck Syria and Lebanon"
    stays two events, as a group naming two states would clash with every report of either strike.
    """
    if key.trigger_span is None:
        return None
    return key.article_id, key.trigger_span, key.source, key.target


def _start_groups(keys: Sequence[EventKey], groups: dict[int, list[EventKey]]) -> dict[tuple, tuple]:
    """Put new events into starting groups, one per act; return each joint act's name for its first act.

    1. Events of one act (``_act``: one trigger, the same states) start together.
    2. Events of one trigger whose states do not clash start together as one joint act: "Syrian and
       Russian air strikes" is coded ``SYR→?`` and ``RUS→?``, and a report that names only the Russian
       strikes is a report of that act, not a third of it. Their states differ, so no pair of them
       matches, and apart each half would meet the other report's share alone. States that clash
       ("struck Syria and Lebanon": ``USA→SYR``, ``USA→LBN``) stay two acts (see ``_act``), unless they
       are doers of one target (:func:`~eventwire.link.sides.co_doers`): "France, Britain and the U.S.
       called for an inquiry by the UN" (``FRA→IGOUNO``, ``GBR→IGOUNO``, ``USA→IGOUNO``) is one call,
       which another report tells as France's call or as the U.S.'s; apart, each doer's group clashes
       with the others' and the reports naming one doer split the call. A joint act's doers are no
       clash with each other on its target (``_Linkage._one_of_the_doers``).
    """
    acts: dict[tuple, int] = {}  # act → its starting group
    by_trigger: dict[tuple, list[int]] = {}  # (article, trigger span) → starting groups of its acts
    joint: dict[tuple, tuple] = {}  # act → the act whose group it joined (step 2)
    for key in keys:
        act = _act(key)
        if act is None:
            groups[len(groups)] = [key]
            continue
        if act not in acts:  # step 2: a group of this trigger whose states agree with this event's
            found = next((index for index in by_trigger.get(act[:2], ())
                          if not any(states_clash(key, other) and not co_doers(key, other)
                                     for other in groups[index])), None)
            if found is not None:
                joint[act] = _act(groups[found][0])
                acts[act] = found
            else:
                acts[act] = len(groups)
                by_trigger.setdefault(act[:2], []).append(len(groups))
                groups[len(groups)] = []
        groups[acts[act]].append(key)  # step 1
    return joint


def act_of(key: EventKey) -> tuple:
    """The act an event belongs to for counting shares: ``_act``, or the event alone."""
    return _act(key) or ("event", key.event_id)


def _first_of_acts(
    a: EventKey, b: EventKey, counted: set[frozenset], act: Callable[[EventKey], tuple] = act_of,
) -> bool:
    """Is this the first matching pair of the acts of ``a`` and ``b``? (Always, for two acts of one event.)"""
    pair = frozenset((act(a), act(b)))
    if pair in counted:
        return False
    counted.add(pair)
    return True


class _Linkage:
    """Average linkage with a veto, best pair first from a heap (stale entries skipped).

    ``joint`` names each act that started in a joint act's group by that act (``_start_groups``), so
    shares count the joint act once.
    """

    def __init__(self, groups: dict[int, list[EventKey]], fixed: dict[int, str],
                 joint: dict[tuple, tuple] | None = None) -> None:
        self.groups, self.fixed, self.joint = groups, fixed, joint or {}
        self.joint_acts = set(self.joint) | set(self.joint.values())  # every act of a joint act
        self.links: Table = {index: {} for index in groups}
        # Per pair of groups, the articles of their matching pairs of events from two articles (``_entry``).
        self.witnesses: dict[int, dict[int, set[str]]] = {index: {} for index in groups}
        # Per group, one key for each (root family, source, target, the source's camp, part of a joint act)
        # its events name: enough to tell whether two groups clash (``_clash``), whose answer depends on
        # nothing else.
        self.sides: dict[int, dict[tuple[str, str | None, str | None, str | None, bool], EventKey]] = \
            {index: {} for index in groups}
        # Per group, the days its events are told on by their own text, per article, root family and pair
        # of states (``_told_apart``).
        self.days: dict[int, set[tuple]] = {index: {told for key in keys if (told := _told_day(key))}
                                            for index, keys in groups.items()}
        # Per group, the towns its events are placed in, per root family (``_towns_apart``).
        self.towns: dict[int, set[tuple]] = {index: {(root_family(key), key.town) for key in keys if key.town}
                                             for index, keys in groups.items()}
        # Per group, the doers its joint acts name (``_clash``).
        self.doers: dict[int, set[str]] = {index: set() for index in groups}
        # Per group, the (doer, target) of its joint acts of several doers on one target (``_clash``).
        self.co_doers: dict[int, set[tuple[str, str]]] = {index: set() for index in groups}
        # Per group, the articles that tell its events (``_told_elsewhere``).
        self.articles: dict[int, set[str]] = {index: {key.article_id for key in keys} for index, keys in groups.items()}
        self.version = dict.fromkeys(groups, 0)
        self.acts = {index: len({self.act(key) for key in keys}) for index, keys in groups.items()}
        self._count_pairs()
        self.complete = {i for i, keys in groups.items() if any(k.source and k.target for k in keys)}

    def _count_pairs(self) -> None:
        """Matching act pairs between groups, within each root family (no other pair can match).

        Stored groups never merge with each other, so their pairs are skipped.
        A pair counts when its states do not clash and :func:`same_incident`
        holds; only pairs whose date windows overlap can, and they are found
        for all later keys of a family at once (:func:`overlapping_pairs`):
        this part is quadratic, and most pairs of a family are months apart.
        """
        owner = {id(key): index for index, keys in self.groups.items() for key in keys}
        counted: set[frozenset] = set()  # act pairs already counted (acts of several events)
        sizes = Counter(self.act(key) for keys in self.groups.values() for key in keys)
        several = {id(key) for keys in self.groups.values() for key in keys if sizes[self.act(key)] > 1}
        blocks: dict[str | None, tuple[list[EventKey], list[EventKey]]] = {}
        for index, keys in self.groups.items():
            for key in keys:
                family = root_family(key)
                blocks.setdefault(family, ([], []))[index in self.fixed].append(key)
                if family is not None:
                    joint = act_of(key) in self.joint_acts
                    camp = camp_of(key.source_code, key.source)
                    self.sides[index].setdefault((family, key.source, key.target, camp, joint), key)
                    if joint and key.source is not None:
                        self.doers[index].add(key.source)
                        if key.target is not None:
                            self.co_doers[index].add((key.source, key.target))
        for family, (free, stored) in blocks.items():
            if family is None:
                continue
            keys = [*free, *stored]
            owners = [owner[id(key)] for key in keys]
            for i, j in overlapping_pairs(keys, len(free)):
                x, y = owners[i], owners[j]
                if x != y and not states_clash(keys[i], keys[j]) and same_incident(keys[i], keys[j]) \
                        and ((id(keys[i]) not in several and id(keys[j]) not in several)
                             or _first_of_acts(keys[i], keys[j], counted, self.act)):
                    self.links[x][y] = self.links[y][x] = self.links[x].get(y, 0) + 1
                    if keys[i].article_id != keys[j].article_id:
                        seen = self.witnesses[x].setdefault(y, set())
                        self.witnesses[y][x] = seen
                        seen.update((keys[i].article_id, keys[j].article_id))

    def act(self, key: EventKey) -> tuple:
        """The act an event counts in: its own (``act_of``), or the joint act it started in."""
        act = act_of(key)
        return self.joint.get(act, act)

    def _clash(self, x: int, y: int) -> bool:
        """Do two groups name different states on a side (any member pair of one root family)?

        Asked only of groups that may merge (never two stored ones), so every
        member pair is one the grouping compares. A part of a joint act ("Syrian and Russian air
        strikes": ``SYR→?`` and ``RUS→?``) names one of its doers, not the only one, so only the
        both-ways test applies to it; and two doers of a joint act on its target are no clash, whether
        told by the joint act or by reports naming one of them (``_one_of_the_doers``,
        ``_two_doers_of_one_act``).
        """
        return any(
            fa == fb and (states_clash(a, b) or (not joint_a and not joint_b and one_way_clash(a, b)))
            and not (self._one_of_the_doers(a, joint_a, x, b) or self._one_of_the_doers(b, joint_b, y, a)
                     or self._two_doers_of_one_act(x, y, a, b))
            for (fa, *_, joint_a), a in self.sides[x].items()
            for (fb, *_, joint_b), b in self.sides[y].items()
        )

    def _one_of_the_doers(self, part: EventKey, joint: bool, group: int, other: EventKey) -> bool:
        """Is ``other`` a doer of a joint act of ``part``'s group, on ``part``'s target (or on none)?

        A joint act of co-doers (``_start_groups``: ``FRA→IGOUNO`` and ``USA→IGOUNO`` of one call) clashes
        with the reports that name one of its doers by the both-ways test; its doers are no other side.
        """
        return joint and other.source in self.doers[group] and (other.target is None or other.target == part.target)

    def _two_doers_of_one_act(self, x: int, y: int, a: EventKey, b: EventKey) -> bool:
        """Are ``a`` and ``b`` reports of two doers of one joint act on one target that ``x`` or ``y`` holds?

        "Norway called for monitors" and "Ghana called for monitors" read one way and have different doers,
        but where a joint act of one report names both on that target ("Norway and Ghana called ..."),
        they are two tellings of its call.
        """
        doers = self.co_doers[x] | self.co_doers[y]
        return a.target is not None and a.target == b.target and (a.source, a.target) in doers \
            and (b.source, b.target) in doers

    def _told_apart(self, x: int, y: int) -> bool:
        """Does one report tell the two groups' acts as two, on different days?

        "Trump and Macron met on Monday ... Trump welcomed Macron on Tuesday": a report that dates two
        acts of one kind between the same states to two different days, each from its own text, tells
        two happenings, whatever other reports that name no day say. Their groups never merge.
        """
        return any(art_a == art_b and fam_a == fam_b and states_a == states_b and day_a != day_b
                   for art_a, fam_a, states_a, day_a in self.days[x]
                   for art_b, fam_b, states_b, day_b in self.days[y])

    def _towns_apart(self, x: int, y: int) -> bool:
        """Do the two groups hold acts of one root family placed in towns far apart?

        The pair test keeps such events apart (:func:`~eventwire.link.incidents.compatible_place`), but
        a report that names no town matches both, and average linkage would then join a march in one
        city with a march in another through it. As with states, the town is a veto on the groups.
        """
        return any(fam_a == fam_b and towns_apart(town_a, town_b)
                   for fam_a, town_a in self.towns[x] for fam_b, town_b in self.towns[y])

    def run(self) -> None:
        for phase in (2, 1, 0):  # how many of the two groups must be complete (name both sides)
            heap = [entry for x in self.groups for y in self.links[x] if x < y
                    if (entry := self._entry(x, y, phase)) is not None]
            heapq.heapify(heap)
            while heap:
                *_, x, y, vx, vy = heapq.heappop(heap)
                if x not in self.groups or y not in self.groups or (vx, vy) != (self.version[x], self.version[y]):
                    continue
                kept = self._merge(x, y)
                for other in self.links[kept]:
                    entry = self._entry(min(kept, other), max(kept, other), phase)
                    if entry is not None:
                        heapq.heappush(heap, entry)

    def _entry(self, x: int, y: int, phase: int) -> tuple[bool, float, int, int, int, int] | None:
        """A heap entry for merging groups ``x < y`` in ``phase``, or None if they may not merge."""
        if (x in self.fixed and y in self.fixed) or (x in self.complete) + (y in self.complete) != phase:
            return None
        share = self.links[x].get(y, 0) / (self.acts[x] * self.acts[y])
        if share < MIN_MEMBER_SHARE or self._told_apart(x, y) or self._towns_apart(x, y) \
                or self._clash(x, y):  # the vetoes last: dearest
            return None
        return (phase == 1 and self._told_elsewhere(x, y), -share, x, y, self.version[x], self.version[y])

    def _told_elsewhere(self, x: int, y: int) -> bool:
        """Of ``x`` and ``y`` (one names both sides, one does not), does the one with a missing side
        match the other only within its article (or, for force, match an act one article alone tells),
        while a group that other articles tell matches it too? Then that group goes first, whatever the
        shares.

        "Two of the air raids hit the courthouse" gives a raid with no target and, from its own
        sentence, an aimed act whose target may be read wrongly. That act matches the raid fully; joined
        first, it clashes with every other report of the raid, and the raid report is kept from them.
        Two reports in two other articles outweigh one reading of one's own sentence; with fewer, the
        shares decide as before.

        So for a force act whose other group one article alone tells (``_one_report_of_force``): "U.S.
        missile strikes" (``USA→?``) matches the strike on the air base that three reports tell
        (``USA→SYR``) and a page's tag line "strike Syria United States" read as ``USA→USA``; the single
        act meets it by a full share and would go first, and then the clash keeps the report from the
        strike.
        """
        part = y if x in self.complete else x
        if self.witnesses[x].get(y) and not self._one_report_of_force(part, x if part == y else y):
            return False
        return any(len(seen) >= MIN_WITNESSES for seen in self.witnesses[part].values())

    def _one_report_of_force(self, part: int, whole: int) -> bool:
        """Is ``part`` force alone (``FORCE_FAMILY``), and ``whole`` told by one article only?

        Only force: a state strikes one place once a day at most in the reports, so a report with a side
        missing is one of the strike that many tell. Talk is not (one-sided "welcomed" meets a single
        article's "commended North Korea's move" rightly, ahead of the meeting three reports tell).
        """
        return len(self.articles[whole]) == 1 and all(root_family(key) == FORCE_FAMILY for key in self.groups[part])

    def _merge(self, x: int, y: int) -> int:
        """Fold ``y`` into ``x`` (the earlier group, or the stored one); return the group kept."""
        if y in self.fixed:
            x, y = y, x
        self.groups[x] = self.groups[x] + self.groups[y]  # the earlier group first: its first event names it
        del self.groups[y]
        self.acts[x] += self.acts.pop(y)  # an act lies in one group: the counts add up
        for other, seen in self.witnesses.pop(y).items():
            del self.witnesses[other][y]
            if other != x:
                self.witnesses[x][other] = self.witnesses[other][x] = self.witnesses[x].get(other, set()) | seen
        for other, count in self.links.pop(y).items():
            del self.links[other][y]
            if other != x:
                self.links[x][other] = self.links[other][x] = self.links[x].get(other, 0) + count
        for side, key in self.sides.pop(y).items():
            self.sides[x].setdefault(side, key)
        self.articles[x] |= self.articles.pop(y)
        self.doers[x] |= self.doers.pop(y)
        self.co_doers[x] |= self.co_doers.pop(y)
        self.days[x] |= self.days.pop(y)
        self.towns[x] |= self.towns.pop(y)
        if y in self.complete:
            self.complete.add(x)
        self.version[x] += 1
        return x


def _told_day(key: EventKey) -> tuple | None:
    """(article, root family, states, day) of an event its own text dates to one day and that names both
    sides; None for any other (see ``_Linkage._told_apart``)."""
    if key.publication_dated or key.start is None or key.start != key.end or not (key.source and key.target):
        return None
    return key.article_id, root_family(key), frozenset((key.source, key.target)), key.start


#: Most key pairs whose dates :func:`overlapping_pairs` compares in one numpy step (bounds its memory).
PAIR_BLOCK = 1_000_000


def overlapping_pairs(keys: Sequence[EventKey], first: int) -> Iterator[tuple[int, int]]:
    """Index pairs ``i < j``, ``i < first``, whose date windows overlap (:func:`dates_overlap`'s rule).

    The same rule on day numbers, for many pairs at once: both windows known,
    and each starts no later than the other ends plus a day of slack (none
    when either window comes from a publication day). Row-major order.
    """
    if first == 0 or len(keys) < 2:
        return
    known = np.array([k.start is not None and k.end is not None for k in keys])
    start = np.array([k.start.toordinal() if k.start is not None else 0 for k in keys], dtype=np.int64)
    end = np.array([k.end.toordinal() if k.end is not None else 0 for k in keys], dtype=np.int64)
    published = np.array([k.publication_dated for k in keys])
    columns = np.arange(len(keys))
    step = max(1, PAIR_BLOCK // len(keys))
    for top in range(0, first, step):
        rows = np.arange(top, min(first, top + step))[:, None]
        slack = np.where(published[rows] | published[None, :], 0, SLACK_DAYS)
        overlap = (
            (columns[None, :] > rows) & known[rows] & known[None, :]
            & (start[rows] <= end[None, :] + slack) & (start[None, :] <= end[rows] + slack)
        )
        for i, j in zip(*np.nonzero(overlap), strict=True):
            yield top + int(i), int(j)
