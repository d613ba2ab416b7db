"""Event nouns that are undone: a cancelled, postponed or called-off meeting is not held.

"Trump [called off] the summit", "the [cancellation] of the talks", "the visit was [postponed]": the
meeting noun names a meeting that did not take place, so :mod:`eventwire.events.modality` reads it as
negated (stored, left out of default queries); the undoing itself is coded by its own pattern (125, 164).
Kept apart from the modality chain so that the verbs, phrasal verbs and nouns of undoing, and the guard
for verbs that also end what already stands ("dropped its demand": the demand was made), read as one rule.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs that undo an event noun that is their subject or object: "the visit was [postponed]", "[scrapped] the
#: summit". An undone meeting is not held (negated); the undoing is coded by its own pattern (125, 164).
UNDOING_VERBS = frozenset({"cancel", "postpone", "scrap", "delay", "shelve", "suspend", "abort", "drop"})
#: ... and the phrasal verbs of the same sense: "[called off] the talks", "[put off] the visit".
UNDOING_PHRASAL = frozenset({("call", "off"), ("put", "off")})
#: Nouns of undoing that take the undone event with "of": "the [cancellation] of the summit".
UNDOING_NOUNS = frozenset({"cancellation", "cancelation", "postponement", "suspension", "abandonment"})
#: Undoing verbs that also end what already stands ("dropped its demand", "suspended aid": the demand was made,
#: the aid given): as their object only a meeting is undone ("suspended the talks", "dropped the visit").
STANDING_ENDERS = frozenset({"drop", "suspend"})
#: Event nouns of meetings: what "dropped" or "suspended" undoes.
MEETING_NOUNS = frozenset({"visit", "meeting", "summit", "trip", "talk", "talks", "negotiation", "tour",
                           "conference"})


def undoing(verb: Token) -> bool:
    """ "cancelled", "scrapped", "called off", "put off": a verb that undoes what it acts on."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in UNDOING_VERBS or any(
        c.dep_ == "prt" and (lemma, c.lower_) in UNDOING_PHRASAL for c in verb.children)


def undoes(chain: list[tuple[Token, bool]], depth: int) -> bool:
    """The governor at ``depth`` undoes the event noun at the bottom of the chain: "[scrapped] the summit",
    "[called off] the meeting and the visit", "the [cancellation] of the talks".

    Only the noun itself (or a conjunct of it) as the direct object counts: "dropped its opposition to the
    talks" undoes the opposition, not the talks, and "delayed signing" is left to the verb's own scope. A verb
    that also ends what stands (drop, suspend) undoes only a meeting ("dropped its demand": it was made).
    """
    trigger = chain[0][0]
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    governor, below = chain[depth][0], chain[depth - 1][0]
    links = [t.dep_ for t, _ in chain[: depth - 1]]
    if governor.pos_ == "NOUN" and governor.lemma_.lower() in UNDOING_NOUNS:
        # "the cancellation [of] the summit": the trigger is the preposition's object (or a conjunct of it)
        return below.lower_ == "of" and bool(links) and links[-1] == "pobj" and all(
            link == "conj" for link in links[:-1])
    if governor.lemma_.lower() in STANDING_ENDERS and trigger.lemma_.lower() not in MEETING_NOUNS:
        return False  # "dropped its demand that ...": the demand was made
    return undoing(governor) and below.dep_ == "dobj" and all(link == "conj" for link in links)
