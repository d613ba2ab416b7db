"""Who an act of force hurt, read from the casualty verb the act is told beside.

News often names the victims of an attack as the subject of a casualty verb
and the attack only as how it happened: "[two Palestinians] were reported
killed in Israeli shelling", "[three fighters] were killed when an Israeli
drone struck their position". The attack's own object then names a thing
("their position", "their car") or nothing, so without these readings the
event has no target though the sentence names whom it hit. The casualty
participle under a verb of telling feeds ``nominal.victim_of`` ("killed in"
an attack, ``Roles.victim``); the readings of a clause beside the act feed
``Roles.casualties``, which ``dyads`` takes only when the doer is named by the
text itself and the casualties keep a country of their own, and which rules
nothing out when it is not taken (measured: see ``data/patterns/README.md``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.roles import CONDITION_MARKS
from eventwire.events.topics import SPEECH_VERBS
from eventwire.events.voice import child, is_passive

#: Verbs whose patient is a casualty of the act told beside them ("killed in the raid", "killed when X struck").
CASUALTY_VERBS = frozenset({"kill", "die", "wound", "injure", "hurt", "maim", "poison", "gas", "suffocate"})
#: Of those, the ones whose (active) subject is the casualty: "children [died] in the attack".
CASUALTY_INTRANSITIVE = frozenset({"die", "suffocate"})
#: Verbs of telling or supposing whose passive carries a casualty participle: "[two men] were [reported] killed
#: in the shelling", "are [believed] killed" (the speech verbs of ``topics`` and a few of belief written so).
REPORTED_STATE_VERBS = SPEECH_VERBS | {"fear", "think", "presume", "know"}


def casualties(verb: Token) -> Token | None:
    """The casualties a casualty verb names: its passive subject ("[ten people] were killed"), the subject of
    "die", or, for a casualty participle under a passive verb of telling, that verb's subject ("[two men] were
    reported killed"); None for an active "rebels killed ten", whose subject is the doer."""
    if verb.lemma_.lower() not in CASUALTY_VERBS:
        return None
    if is_passive(verb):
        return child(verb, ("nsubjpass",))
    reported = reported_casualties(verb)
    if reported is not None:
        return reported
    return child(verb, ("nsubj",)) if verb.lemma_.lower() in CASUALTY_INTRANSITIVE else None


def reported_casualties(verb: Token) -> Token | None:
    """ "[Two Palestinians] were reported killed in Israeli tank shelling": the casualty participle is the
    complement of a passive verb of telling, whose subject is who was killed; the report is only how it is
    known. Only a past participle ("were said to have killed X" makes them the doers)."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "oprd", "ccomp") or verb.tag_ != "VBN" or head.i == verb.i:
        return None
    if head.lemma_.lower() not in REPORTED_STATE_VERBS or not is_passive(head):
        return None
    return child(head, ("nsubjpass",))


def hit_in_the_main_clause(act: Token) -> Token | None:
    """ "[Three fighters] were killed when an Israeli drone struck their position", "[five soldiers] died as
    rebels attacked their checkpoint": an act of force in a time or cause clause of a casualty verb hurt that
    verb's casualties. Not a condition ("will be killed if X attacks"), and not the casualty verb's own
    doer: a clause with no subject of its own ("were killed while attacking a base") is the victims' own act.
    """
    if act.dep_ != "advcl" or act.head.i == act.i:
        return None
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_MARKS for c in act.children):
        return None
    if child(act, ("nsubj",)) is None and not _subject_after_as(act):
        return None
    return casualties(act.head)


def _subject_after_as(act: Token) -> bool:
    """ "were killed [as an Israeli drone] struck": the parser reads "as" as a preposition and the subject as its
    object, hung on the casualty verb right before the act."""
    before = act.doc[act.i - 1] if act.i > 0 else None
    return before is not None and before.dep_ == "pobj" and before.head.lower_ == "as" \
        and before.head.head.i == act.head.i


#: Words that tell what state an act left people in: "left 15 people [dead]", "leaving five civilians [killed]".
CASUALTY_STATES = frozenset({"dead", "killed", "injured", "wounded", "hurt", "maimed"})


def left_as_casualties(act: Token) -> Token | None:
    """ "[air force raids] left 15 people dead", "rocket shells were fired …, leaving five civilians killed": the
    people an act of force left dead or wounded are whom it hit. The act is the subject of "leave" (an event
    noun) or "leaving" is a participle of the act's own verb; the state word may be hung on the verb or on the
    people ("left 30 [injured]")."""
    leave = act.head if act.dep_ == "nsubj" else None
    if leave is None or leave.lemma_.lower() != "leave" or is_passive(leave):
        leave = next((c for c in act.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                      and c.lemma_.lower() == "leave"), None)
    if leave is None:
        return None
    people = child(leave, ("dobj",))
    if people is None:
        return None
    states = [c for c in leave.children if c.dep_ in ("oprd", "advcl", "xcomp", "ccomp", "acomp")]
    states += [c for c in people.children if c.dep_ in ("acl", "amod") and c.i > people.i]
    return people if any(s.lower_ in CASUALTY_STATES for s in states) else None
