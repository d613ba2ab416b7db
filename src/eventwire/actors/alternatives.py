"""States offered as alternatives: "either Russian or Syrian warplanes" names no one side.

A monitor that cannot tell whose aircraft struck writes the candidates joined by "or" ("carried out by Syrian or
Russian jets", "warplanes either Russia or Syrian", "whether Syrian regime or Russian warplanes"). Coding the
nearer state (or the first) as the doer is a guess the text refuses to make, so the states of such a pair are no
actors, and the role words they qualify take no country from elsewhere in the sentence either: with no side
written they stay uncoded, as an attacker the text leaves unknown does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Flag of a role word whose side the text leaves open (``context`` gives it no country).
UNDECIDED = "alternative_sides"
#: Dependencies by which a state word qualifies a noun ("[Syrian] regime", "[Russian] jets").
QUALIFIER_DEPS = ("amod", "compound", "nmod")


def alternative_states(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """The mentions without the states offered as alternatives; the role words they qualify (or stand right
    after: "warplanes either Russia or Syrian") are flagged ``UNDECIDED``."""
    if not doc.has_annotation("DEP"):
        return mentions
    states = [m for m in mentions if m.kind == "state" and m.country]
    dropped: list[Mention] = []
    for first in states:
        for second in states:
            if second.start > first.start and second.country != first.country and \
                    _offered_as_alternatives(doc[first.start : first.end].root, doc[second.start : second.end].root):
                dropped += [m for m in (first, second) if m not in dropped]
    if not dropped:
        return mentions
    kept = [m for m in mentions if m not in dropped]
    for state in dropped:
        for agent in kept:
            if agent.kind == "agent" and _qualified_by(agent, state, doc):
                agent.flags.append(UNDECIDED)
    return kept


def _offered_as_alternatives(first: Token, second: Token) -> bool:
    """The two words, or the nouns they qualify, are joined by "or": "Syrian [or] Russian", "Syrian regime
    [or] Russian warplanes"."""
    for left, right in ((first, second), (_qualified(first), _qualified(second))):
        if right.dep_ == "conj" and right.head.i == left.i and any(
                c.dep_ == "cc" and c.lower_ == "or" for c in left.children):
            return True
    return False


def _qualified(word: Token) -> Token:
    return word.head if word.dep_ in QUALIFIER_DEPS and word.head.i > word.i else word


#: Dependencies on the way from a state word up to the role word it is said of: "jets [believed to be] Russian or
#: Syrian", "aircraft that were either Russian or Syrian".
SAID_OF_DEPS = ("conj", "acomp", "attr", "xcomp", "acl", "relcl")


def _qualified_by(agent: Mention, state: Mention, doc: Doc) -> bool:
    """The role word is the noun the state qualifies, the one it is said of ("jets believed to be Russian or
    Syrian"), or stands just before the pair ("warplanes either Russia or Syrian")."""
    root = doc[state.start : state.end].root
    if agent.start <= _qualified(root).i < agent.end and _qualified(root).i != root.i:
        return True
    word = root
    while word.dep_ in SAID_OF_DEPS and word.head.i != word.i:
        word = word.head
        said_of = [word, *(c for c in word.children if c.dep_ in ("nsubj", "nsubjpass"))]  # "jets [are] believed"
        if any(agent.start <= w.i < agent.end for w in said_of):
            return True
    gap = [t.lower_ for t in doc[agent.end : state.start]]
    return gap in ([], ["either"]) and agent.end <= state.start
