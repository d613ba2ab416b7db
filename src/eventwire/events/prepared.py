"""Acts only prepared for, or only within someone's right: not done.

Three shapes of the governing chain (:func:`eventwire.events.modality.governing_chain`) name an act that the text
does not say took place, though no verb of intention or request governs it:

* the purpose of a preparation: "police are mobilising their forces [to storm] a squat", "the army massed troops
  on the border [to invade]". A purpose clause of an ordinary verb is done with it ("went to Ankara to meet X":
  the meeting was held), but mobilising, massing or readying forces is done before what it is for, so the act
  is only intended. Verbs of gathering people ("gathered to protest") are left out, and so is a crowd that
  "massed" with no object ("protesters massed in the square to demand X"): the gathering is often the protest
  itself.
* the act that a right, power or authority allows: "he had the absolute right [to declare] an emergency", "the
  council has the power [to impose] sanctions". Having the right is no use of it (hypothetical); using or
  exercising it is ("used its power to block the resolution": blocked).
* the aim of a military campaign: "launched an assault [to retake] the town", "announced an operation [to
  recapture] the city", "have been struggling [to recapture] areas", "waged a counterattack in order [to
  regain] areas" (an aim said outright). The assault was made; the ground it was for is not yet taken. An act
  that merely follows its verb is done with it ("went to Ankara to meet X"), and a made attempt ("in an
  attempt to seize X") stays the act (``coder._attempted``).

Kept apart from the modality chain so that these word lists, and their guards, read as one rule.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from eventwire.events.held_places import TAKING_VERBS
from eventwire.events.voice import subjectless_infinitive

#: Verbs of getting forces or means ready: their purpose is still to come.
PREPARING_VERBS = frozenset({
    "mobilise", "mobilize", "mass", "amass", "muster", "marshal", "ready", "stockpile",
})
#: Phrasal verbs of the same sense: "built up forces to attack".
PREPARING_PHRASAL = frozenset({("build", "up")})
#: Nouns of a right or a power to act: what they allow is not yet done.
RIGHT_NOUNS = frozenset({
    "right", "power", "authority", "mandate", "permission", "licence", "license", "prerogative", "leeway",
    "latitude", "discretion", "ability", "capacity", "capability", "freedom",
    # leave to act, given or sought: "asked Putin for [authorisation] to resume its air strikes"
    "authorisation", "authorization", "approval", "go-ahead", "consent", "clearance",
})
#: Verbs that use a right: "used its power [to block]", "exercised its right [to veto]" did it.
USING_VERBS = frozenset({"use", "exercise", "invoke", "wield", "employ", "abuse", "exert", "flex", "utilize",
                         "utilise", "assert"})


def _preparing(verb: Token) -> bool:
    """A verb of preparation with what it readies as its object ("massed [troops]"), or one going on now ("are
    mobilizing to stage protests"); a crowd that "massed in the capital to demand X" gathered and demanded."""
    lemma = verb.lemma_.lower()
    if lemma not in PREPARING_VERBS and not any(
            c.dep_ == "prt" and (lemma, c.lower_) in PREPARING_PHRASAL for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) or (verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children))


def prepared_for(chain: list[tuple[Token, bool]]) -> bool:
    """The trigger is, or lies inside, the purpose infinitive of a verb of preparation (see module docstring)."""
    for (below, _), (above, _) in pairwise(chain):
        # the parser hangs the purpose as an adverbial clause, or as the object's infinitive ("massed troops [to
        # attack]"): both are what the preparation is for
        if below.dep_ in ("advcl", "xcomp") and subjectless_infinitive(below) and above.pos_ == "VERB" \
                and _preparing(above):
            return True
    return False


#: Nouns of a military campaign: what it is launched, announced or waged "to" do is its aim, not its outcome.
#: Not attempt, effort or bid: an attempt that was made is coded as the act (``coder._attempted``).
CAMPAIGN_NOUNS = frozenset({
    "operation", "offensive", "counteroffensive", "counter-offensive", "assault", "attack", "counterattack",
    "counter-attack", "campaign", "push", "drive", "raid", "airstrike", "strike", "bombardment", "advance",
})


#: Verbs of striving for ground: "have been struggling [to recapture] areas", "fought back [to recapture] X".
STRIVING_VERBS = frozenset({"fight", "struggle", "battle", "strive", "push", "scramble"})


def campaign_aim(chain: list[tuple[Token, bool]]) -> bool:
    """The trigger, a verb of taking ground, is the purpose infinitive of a military campaign (see module
    docstring): hung on the campaign noun ("an operation [to recapture]"), on the verb whose object it is
    ("launched an assault ... [to retake]"), as the aim of a verb of striving ("struggling [to recapture]"), or
    any "in order [to]". Only ground: "an operation to arrest X" is told of arrests made as often as not, and
    PLV codes it as the arrest."""
    if chain[0][0].lemma_.lower() not in TAKING_VERBS:
        return False
    for (below, _), (above, _) in pairwise(chain):
        if below.dep_ not in ("advcl", "acl", "relcl", "xcomp") or not subjectless_infinitive(below):
            continue
        if above.pos_ == "VERB" and above.lemma_.lower() in STRIVING_VERBS:
            return True
        if below.dep_ == "xcomp":
            continue
        if above.lemma_.lower() == "order" and above.head.lower_ == "in":
            return True  # "in order [to regain] areas": said outright to be the aim, whatever the parser hangs it on
        if above.pos_ == "NOUN":
            return above.lemma_.lower() in CAMPAIGN_NOUNS
        return above.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CAMPAIGN_NOUNS for c in above.children)
    return False


def only_a_right(chain: list[tuple[Token, bool]]) -> bool:
    """The trigger is, or lies inside, the infinitive of a right or power noun that is not used."""
    for (below, _), (above, _) in pairwise(chain):
        if below.dep_ == "acl" and subjectless_infinitive(below) and above.pos_ == "NOUN" \
                and above.lemma_.lower() in RIGHT_NOUNS:
            verb = above.head
            return not (above.dep_ == "dobj" and verb.lemma_.lower() in USING_VERBS)
    return False
