"""A time lent to an act by a neighbouring clause of the same sentence (the end of step 1).

Why a module of its own: :meth:`eventwire.time.timeline.Timeline.governing`
first looks for a time on the act's own clause and the clauses it shares a
governor with. Some acts have none there, yet the sentence ties them to a clause
that has one, and left to the publication day they would fall days or years
away from it. Each rule here reads one such tie; all take a clause head and the
:class:`~eventwire.time.timeline.Timeline`, and return the lending time or None,
tried in this order (:func:`borrowed_time`):

* :func:`antecedent_time`: a past restrictive relative clause on a thing is told
  within its noun's time ("an attack in August 2013 that killed hundreds");
* :func:`host_time`: a when/as or after/before/once clause within its host
  clause's time ("the war began in 2011 after the regime cracked down");
* :func:`clause_day`: a past act takes the day of the when/as/after clause it
  answers ("guards shot him after he drove at them on Saturday");
* :func:`complement_day`: a past act takes the bare day the parser hung on its
  "to"-infinitive, when that day is no day ahead ("endorsed her to succeed him
  Thursday").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire import periods
from eventwire.time import clause

if TYPE_CHECKING:
    from eventwire.time.timeline import Placed, Timeline

#: Marks of a background clause told at its host clause's time ("same") or near it ("near": only a
#: month or longer contains both; a range counts by its length), :func:`host_time`.
#: Not "while", which as often sets two facts side by side ("Russia has backed Assad since the war began in
#: 2011, while the US has long called on him to go").
HOST_TIME_MARKS = {"when": "same", "as": "same", "after": "near", "before": "near", "once": "near"}
NEAR_PRECISIONS = frozenset({"month", "season", "year"})
#: Marks of a clause whose day a past act with no time of its own takes (:func:`clause_day`): the
#: act is told at that moment or as its immediate answer. Not "before" (the act came earlier), "since"
#: or "until" (they measure), nor "while" (a stretch).
DAY_CLAUSE_MARKS = frozenset({"when", "as", "after"})
#: Relative pronouns of a person ("the man who fled"): such a clause tells his past, not his act's day.
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def borrowed_time(timeline: Timeline, head: Token) -> Placed | None:
    """The first time a neighbouring clause lends the clause headed by ``head`` (module doc), or None."""
    # "an attack in August 2013 that killed hundreds": told within its noun's time
    found = antecedent_time(timeline, head)
    if found is None:  # "the war began in 2011 after the regime cracked down": told within its host's time
        found = host_time(timeline, head)
    if found is None:  # "guards shot him after he drove at them on Saturday": the day of the act it answers
        found = clause_day(timeline, head)
    if found is None:  # "endorsed her to succeed him Thursday": the parser hung the act's day on the infinitive
        found = complement_day(timeline, head)
    return found


def host_time(timeline: Timeline, head: Token) -> Placed | None:
    """The time of the clause a when/as or after/before/once clause hangs on.

    Such a clause sets no time of its own for the passage
    (:func:`eventwire.time.narrative.sets_passage`), and its act
    used to fall to the publication day: "the war, which began in 2029 after army units led a
    crackdown", "In February a gunman killed five before a guard shot him". A when/as clause
    tells its act at its host's time; an after/before/once clause tells it near that time, so
    only a month or longer contains both ("in 2029", "in February"; "on Monday after the rebels
    walked out" or "this week after police shot a boy on Saturday" may lie days apart). Not when
    the distance is measured ("weeks after"), nor for since/until clauses, which measure from or
    to the host's time, nor for "while" (:data:`HOST_TIME_MARKS`). A host that is a later verb of
    a run ("killed five and injured others before …") has the time of the run's first verb.
    """
    if head.dep_ == "advcl":
        marks = [c for c in head.children if c.lower_ in HOST_TIME_MARKS
                 and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when"))]
        host = head.head
    elif head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.lower_ in HOST_TIME_MARKS:
        marks, host = [head.head], head.head.head
    else:
        return None
    if len(marks) != 1 or any(c.dep_ in ("advmod", "npadvmod") for c in marks[0].children):
        return None  # "weeks after", "long before": a measured distance
    if any(c.dep_ == "npadvmod" for c in head.children):
        return None
    host = clause.clause_head(host)
    found = timeline.attached(host, host, [host])
    if found is None and host.dep_ == "conj":  # "In February a gunman killed five and injured others
        first = clause.first_conjunct(host)  # before a guard shot him": the run's time is its first verb's
        found = timeline.attached(first, first, [first])
    if found is None or found.mention.kind == "relative" or clause.in_since_phrase(found.path):
        return None
    like = periods.like_precision(found.resolution.precision, found.resolution.start, found.resolution.end)
    if HOST_TIME_MARKS[marks[0].lower_] == "near" and like not in NEAR_PRECISIONS:
        return None
    return found


def clause_day(timeline: Timeline, head: Token) -> Placed | None:
    """The day of a when/as or after clause that a past act with no time of its own hangs on.

    "Guards shot the driver after he drove at them on Saturday night", "police opened fire when
    protesters stormed the gate on Monday": the act is told as answering the clause's act at once,
    and news puts the day on the act it follows. Left to the publication day, the shooting would
    fall days after the Saturday that other reports give it. Only a past host and
    a past clause dated to a day by a name or a date ("Saturday", "March 9"), not a stretch ("this
    week", "in March": the host may lie anywhere in it) nor a measured distance ("weeks after").
    """
    if clause.tense(head) != "past":
        return None
    for child in head.children:
        if child.dep_ != "advcl" or clause.tense(child) != "past":
            continue
        marks = [c for c in child.children if c.lower_ in DAY_CLAUSE_MARKS and c.dep_ in ("mark", "advmod")]
        if len(marks) != 1 or any(c.dep_ in ("advmod", "npadvmod") for c in marks[0].children):
            continue
        if any(c.dep_ == "npadvmod" and c.i == child.left_edge.i - 1 for c in head.children):
            continue  # "days after he fled": the parser hangs the distance on the host
        found = timeline.attached(child, child, [child])
        if found is not None and found.resolution.precision == "day" and found.mention.kind != "relative":
            return found
    return None


def complement_day(timeline: Timeline, head: Token) -> Placed | None:
    """A bare day at the end of a past act's "to"-infinitive complement, when it is no day ahead.

    News puts the act's day at the end of the sentence ("the governor endorsed the mayor to succeed her in
    office Thursday", "the senator urged colleagues to back the bill Monday"), and the
    parser hangs it on the nearest verb, the infinitive's. Read in the infinitive's own direction
    (forward), a day that still lies on or before the report's day cannot be the day of an act the
    infinitive tells as still to come, so it is the past act's. A day ahead stays the
    infinitive's ("ordered him to appear Monday", told on a Wednesday), and so does a time with
    a preposition ("to pass the bill by Friday", "to meet on Monday"), which the parser places
    reliably.
    """
    if timeline.published is None or clause.tense(head) != "past":
        return None
    for child in head.children:
        if child.dep_ not in ("xcomp", "advcl") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            continue
        found = timeline.attached(child, child, [child])
        if (found is not None and found.attach.dep_ == "npadvmod" and found.attach.head.i == child.i
                and found.mention.kind != "relative" and found.resolution.precision == "day"
                and found.resolution.end is not None and found.resolution.end <= timeline.published):
            return found
    return None


def antecedent_time(timeline: Timeline, head: Token) -> Placed | None:
    """The time of the clause that holds a past relative clause's noun.

    "an attack in August 2013 that killed hundreds", "a vigil on Monday
    that turned into a riot": a restrictive clause on a thing tells what
    that thing did, within the thing's time. Not one on a person ("the
    official who served in the army", "Mattis, who served four decades"),
    which tells the person's past.
    """
    if head.dep_ != "relcl" or clause.tense(head) != "past" or not clause.restrictive(head):
        return None
    if any(c.lower_ in PERSON_RELATIVES for c in head.subtree if c.tag_ in ("WP", "WP$")):
        return None
    governor = clause.clause_head(head.head)
    found = timeline.attached(governor, governor, [governor])
    return found if found is not None and found.tense in ("past", "perfect") else None
