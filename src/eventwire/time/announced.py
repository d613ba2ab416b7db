"""The day a plan was announced: the earliest day of an act told as still to come.

"McConnell announced Thursday that Trump planned to sign the bill and declare a national emergency"
tells the declaration as ahead, with no time of its own. Dated by its report alone it lies after
the report's day (basis ``after_publication``); but the report may come out the day the plan is
carried out (the declaration was made on Friday, the report's own day), and then the planned act
and the done one never meet. The announcement has a day in the text: the plan stood on Thursday, so
the act lies on or after that Thursday (basis ``after_announcement``, the date holding that day).

Only an act with no time of its own and told as ahead within the reported content (a forward
auxiliary, an intent verb's infinitive, or a verb conjoined with either: "said it will vote next week"
is dated by "next week" already), only the day of a reporting verb whose content holds it (a bare
"said" gives nothing), only a day's precision, and only a day no later than the report.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from eventwire.time import clause
from eventwire.time.prospect import INTENT_VERBS
from eventwire.time.resolve import Resolution
from eventwire.time.timeline import Timeline

#: Reporting verbs whose day dates the plan they report ("announced Thursday that ... planned to").
ANNOUNCING = frozenset(clause.REPORTING | {"disclose", "reveal", "declare", "inform"})
#: How many clauses up from the act the reporting verb may stand ("declare" → "sign" → "planned").
CLIMB_LIMIT = 4


def announced_day(timeline: Timeline, token: Token, published: date | None) -> Resolution | None:
    """The day the plan holding ``token`` was announced, or None (module docstring)."""
    if published is None:
        return None
    head = clause.clause_head(token)
    ahead = _told_ahead_here(head)
    for _ in range(CLIMB_LIMIT):
        if head.dep_ not in ("conj", "xcomp"):
            break
        head = clause.clause_head(head.head)
        ahead = ahead or _told_ahead_here(head)
    reporter = _reporter(head)
    if not ahead or reporter is None:
        return None
    found = timeline.attached(reporter, clause.clause_head(reporter), [reporter])
    if found is None or found.resolution.precision != "day" or found.resolution.start is None:
        return None
    return found.resolution if found.resolution.start <= published else None


def _told_ahead_here(head: Token) -> bool:
    """Does this clause tell its act as ahead: a forward auxiliary ("will expel", "is going to"), or the
    infinitive of a verb of intent ("planned to sign"; a verb conjoined with it shares it: "and declare")?"""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in clause.FUTURE_AUX for c in head.children):
        return True
    return clause.going_to(head) or (head.dep_ == "xcomp" and head.head.lemma_.lower() in INTENT_VERBS)


def _reporter(head: Token) -> Token | None:
    """The reporting verb whose content is the clause at ``head``.

    Its complement ("announced Thursday that Trump planned"), or a "that"-clause the parser hangs as a
    relative clause on the noun of a phrase of that verb: "announced Thursday on the Senate floor that
    Trump planned to ..." ("floor" does not plan); only when the verb has no complement of its own.
    """
    if head.dep_ == "ccomp":
        return head.head if head.head.lemma_.lower() in ANNOUNCING else None
    if head.dep_ != "relcl" or min(head.subtree, key=lambda t: t.i).lower_ != "that":
        return None
    noun = head.head
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if verb is None or verb.lemma_.lower() not in ANNOUNCING or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return verb
