"""Incidents from pairwise matches: average linkage over events.

:func:`eventwire.link.incidents.same_incident` says whether two events could
be one happening. Grouping turns those pair answers into incidents:

* average linkage: the two groups whose events match by the largest share of
  their pairs merge first, while that share is at least
  :data:`MIN_MEMBER_SHARE`. The criteria are hard rules over noisy coding, so
  one loose match must not chain two happenings together (single linkage
  would), and the result must not depend on the order in which events arrive
  (the former greedy "join the best incident so far" did);
* a veto: groups that name different states on a side
  (:func:`~eventwire.link.incidents.states_clash`) never merge, however many
  of their other pairs match;
* phases: events that name both sides form the incidents first; events with
  a missing side then join them; what is left of those groups last. A
  missing side matches anything, so letting such events merge groups would
  bridge happenings of one state with different partners;
* stored incidents (``known``, and re-read events) keep their ids and never
  merge with each other; new events may join them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from eventwire.link.incidents import EventKey, root_family, same_incident, states_clash

#: Two groups merge only if at least this share of their cross pairs match.
MIN_MEMBER_SHARE = 0.34

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
    for key in new:
        if not key.incident_id:
            groups[len(groups)] = [key]
    _Linkage(groups, fixed).run()
    assigned: dict[str, str] = {}
    for index, keys in groups.items():
        incident_id = fixed.get(index) or f"inc_{keys[0].event_id}"
        assigned.update((key.event_id, incident_id) for key in keys)
    return {key.event_id: assigned[key.event_id] for key in new}


class _Linkage:
    """Average linkage with a veto, best pair first from a heap (stale entries skipped)."""

    def __init__(self, groups: dict[int, list[EventKey]], fixed: dict[int, str]) -> None:
        self.groups, self.fixed = groups, fixed
        self.links: Table = {index: {} for index in groups}
        self.clashes: Table = {index: {} for index in groups}
        self.version = dict.fromkeys(groups, 0)
        self._count_pairs()
        self.complete = {i for i, keys in groups.items() if any(k.source and k.target for k in keys)}

    def _count_pairs(self) -> None:
        """Matches and clashes between groups, within each root family (no other pair can match).

        Stored groups never merge with each other, so their pairs are skipped.
        """
        owner = {id(key): index for index, keys in self.groups.items() for key in keys}
        blocks: dict[str | None, tuple[list[EventKey], list[EventKey]]] = {}
        for index, keys in self.groups.items():
            for key in keys:
                blocks.setdefault(root_family(key), ([], []))[index in self.fixed].append(key)
        for family, (free, stored) in blocks.items():
            if family is None:
                continue
            # Owners looked up once per key and no slice copied per event: this loop is quadratic.
            candidates = [(owner[id(key)], key) for key in (*free, *stored)]
            for i in range(len(free)):
                x, a = candidates[i]
                for j in range(i + 1, len(candidates)):
                    y, b = candidates[j]
                    if x == y:
                        continue
                    table = self.clashes if states_clash(a, b) else self.links if same_incident(a, b) else None
                    if table is not None:
                        table[x][y] = table[y][x] = table[x].get(y, 0) + 1

    def run(self) -> None:
        for phase in (2, 1, 0):  # how many of the two groups must be complete (name both sides)
            heap = [entry for x in self.groups for y in self.links[x] if x < y
                    if (entry := self._entry(x, y, phase)) is not None]
            heapq.heapify(heap)
            while heap:
                _, x, y, vx, vy = heapq.heappop(heap)
                if x not in self.groups or y not in self.groups or (vx, vy) != (self.version[x], self.version[y]):
                    continue
                kept = self._merge(x, y)
                for other in self.links[kept]:
                    entry = self._entry(min(kept, other), max(kept, other), phase)
                    if entry is not None:
                        heapq.heappush(heap, entry)

    def _entry(self, x: int, y: int, phase: int) -> tuple[float, int, int, int, int] | None:
        """A heap entry for merging groups ``x < y`` in ``phase``, or None if they may not merge."""
        if (x in self.fixed and y in self.fixed) or self.clashes[x].get(y):
            return None
        if (x in self.complete) + (y in self.complete) != phase:
            return None
        share = self.links[x].get(y, 0) / (len(self.groups[x]) * len(self.groups[y]))
        if share < MIN_MEMBER_SHARE:
            return None
        return (-share, x, y, self.version[x], self.version[y])

    def _merge(self, x: int, y: int) -> int:
        """Fold ``y`` into ``x`` (the earlier group, or the stored one); return the group kept."""
        if y in self.fixed:
            x, y = y, x
        self.groups[x] = self.groups[x] + self.groups[y]  # the earlier group first: its first event names it
        del self.groups[y]
        for table in (self.links, self.clashes):
            for other, count in table.pop(y).items():
                del table[other][y]
                if other != x:
                    table[x][other] = table[other][x] = table[x].get(other, 0) + count
        if y in self.complete:
            self.complete.add(x)
        self.version[x] += 1
        return x
