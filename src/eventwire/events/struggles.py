"""A vow to keep up the fight is a threat of force, not a promise to cooperate.

The generic pledge pattern (``intent.pledge_generic``, 030) reads "vowed to
<anything>" as an intent to cooperate. CAMEO 03 is for cooperative intent;
an announced use of force is coded as a threat (13; ``intent.py`` maps an
intended attack to 1384). "vowed to fight X" already gets 1384 from the
fight pattern in its clause, but "vowed to keep up the fight" or "to
continue the struggle against Israel" names the fighting with a noun that
no pattern codes, so the pledge stood as 030. A fight against a social ill
("pledged to fight poverty") is no use of force and keeps its pledge.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.intent import intent_code
from eventwire.events.matching import Match
from eventwire.events.trigger_words import complement_words

#: Verbs of vowing: the one who vows binds himself to the act ("is [ready] to join X in fighting" offers help).
PLEDGE_VERBS = frozenset({"pledge", "promise", "vow", "swear"})
#: The code of an announced fight: a threat of conventional attack.
STRUGGLE_CODE = intent_code("190")
#: Words of armed struggle as what is vowed: "keep up the [fight]", "continue [fighting]", "the [struggle]".
STRUGGLE_WORDS = frozenset({"fight", "fighting", "struggle", "battle", "war", "resistance", "jihad", "offensive"})
#: What one fights that is no party: poverty, crime, a disease.
SOCIAL_ILLS = frozenset({
    "poverty", "corruption", "crime", "drug", "disease", "hunger", "inflation", "unemployment", "climate",
    "racism", "discrimination", "virus", "pandemic", "epidemic", "cancer", "aids", "illiteracy", "fraud",
    "inequality", "injustice", "malaria", "famine", "deficit", "debt", "smuggling", "trafficking", "abuse",
})


def pledged_struggle(match: Match) -> bool:
    """ "vowed to keep up the [fight]", "pledged to continue the [struggle] against Israel": a wildcard pledge
    whose clause names armed struggle, not against a social ill."""
    pattern = match.pattern
    if pattern.cameo != "030" or "*" not in pattern.complement or match.trigger.lemma_.lower() not in PLEDGE_VERBS:
        return False
    return any(_armed_struggle(word) for word in complement_words(match.trigger))


def _armed_struggle(word: Token) -> bool:
    if word.lemma_.lower() not in STRUGGLE_WORDS and word.lower_ not in STRUGGLE_WORDS:
        return False
    fought = [g for p in word.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    fought += [c for c in word.children if c.dep_ in ("dobj", "compound", "amod")]
    return not any(t.lemma_.lower() in SOCIAL_ILLS for t in fought)
