"""One stance told under two verbal roots: a demand, a rebuke and a rejection of one organ toward one side.

Reporters of one story code the same statement under different CAMEO roots, because CAMEO's verbal
conflict roots tell apart the wording, not the happening: a legislature's vote overriding a veto is
"turned down the veto" (12, reject) in one report and "a sharp rebuke to the president" (11,
disapprove) in another; a council's letter is "condemned the mayor" (11) in one and "demanded the
mayor quit" (10, demand) in another. Their words differ by kind, so neither the root test nor the
trigger test of :mod:`eventwire.link.incidents` lets them meet.

They are one stance only when little else could be: two reports of one story (:mod:`eventwire.link.stories`),
not one report's two sentences (a report that tells a rebuke and a demand tells two acts); one doer, the
same organ of a state or the same organisation by its full actor code ("the House" and "Congress" are
both ``USALEG``), neither naming a person: one named speaker makes many stances in a day (a candidate's
refusal and his criticism in one debate are two); and at least one of them naming whom it is aimed at,
since two one-sided stances of one legislature in one week ("criticised the chairman's claims",
"summoned an adviser again") share nothing but their speaker. The dyad, date and place tests still
hold as for any pair.
"""

from __future__ import annotations

from eventwire.link.keys import EventKey

#: CAMEO's verbal conflict roots that one statement is coded under by different reporters: demand (10),
#: disapprove (11), reject (12). Not threats (13): a threat names a sanction, a happening of its own.
STANCE_ROOTS = frozenset({"10", "11", "12"})
#: Shortest actor code that names one doer: a country with its organ (``USALEG``), not the country alone
#: (``ISR``), which every official, envoy and paper speaks for (a state's long-held opposition to a treaty
#: and a demand it wants an agency to make are two stances of one state).
_ORGAN_MIN_LENGTH = 6


def one_stance(a: EventKey, b: EventKey, root_a: str | None, root_b: str | None) -> bool:
    """Are ``a`` and ``b`` (linked under ``root_a`` and ``root_b``) one stance told under two verbal
    conflict roots by two reports of one story (module docstring)?"""
    if root_a == root_b or root_a not in STANCE_ROOTS or root_b not in STANCE_ROOTS:
        return False
    if a.article_id == b.article_id or a.story_id is None or a.story_id != b.story_id:
        return False
    if a.target is None and b.target is None:
        return False
    return _one_doer(a, b)


def _one_doer(a: EventKey, b: EventKey) -> bool:
    """The same organ of a state or the same organisation (a full actor code longer than a country's),
    neither naming a person (``_ORGAN_MIN_LENGTH``)."""
    if a.source_person is not None or b.source_person is not None:
        return False
    return a.source_code is not None and len(a.source_code) >= _ORGAN_MIN_LENGTH and a.source_code == b.source_code
