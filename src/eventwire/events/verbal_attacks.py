"""A person's "attacks" that someone answers are words: criticism (111), not force (190).

"Mr. Trump responded to [Mr. Fox's attacks], noting on Twitter ..." answers criticism: other reports of the same
exchange say "harshly criticized". The attack noun of a force pattern is read as criticism only when all hold,
so that a warlord's raids that an army "responded to" stay force:

* the attack's doer is a person (a named individual, not a state, an army or a group);
* the attack is what someone answers: the object of a verb of reply ("responded to", "hit back at",
  "dismissed"), or of a noun of reply ("in response to", "a reply to");
* nothing in the sentence speaks of force (troops, shelling, killing, rockets ...).

The one who answers is not made the target: "Trump responded to Fox's attacks" may answer attacks on a third
party's decision (an inferred target was seen to clash with other reports of the same exchange).

Attacks on words ("attacks on the inquiry") are already criticism by their own pattern
(``disapprove.attack_on_words``).

A person who "attacked" someone in words says so in the sentence (``said_attack``): the verb is qualified as
speech ("attacked X [as] a liar", "attacked X [for] the deaths", "attacked X, [saying] ...", "attacked X [during
a debate] / [in an interview] / [on Twitter]", "[publicly] attacked"), its doer is a person, and nothing in the
sentence speaks of force, save what the target is blamed for ("attacked Trump for the 200,000 deaths from
coronavirus": the deaths are the charge). "A gunman attacked the guards during the night" keeps its force (a
gunman is no named person, a night no speech; "gunman" is a force word).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Actor
from eventwire.roots import FORCE_ROOTS  # roots of force whose attack nouns may be words

#: Attack nouns that are also used of words.
ATTACK_NOUNS = frozenset({"attack", "assault", "broadside", "onslaught", "salvo"})
#: Verbs whose object, or "to/at/against" object, is what they answer.
REPLY_VERBS = frozenset({"respond", "reply", "answer", "retort", "react", "rebut", "counter", "dismiss", "rebuff",
                         "deflect", "mock"})
#: ... and the phrasal verbs of reply: "[hit back] at X's attacks", "[brushed off] X's attacks".
REPLY_PHRASAL = frozenset({("hit", "back"), ("fire", "back"), ("push", "back"), ("strike", "back"),
                           ("lash", "out"), ("brush", "off"), ("shrug", "off"), ("laugh", "off")})
#: Nouns of a reply: "in [response] to X's attacks", "a [reply] to".
REPLY_NOUNS = frozenset({"response", "reply", "answer", "retort", "rebuttal", "riposte", "reaction"})
#: Words that put force in the sentence: then the attacks may be real ones.
FORCE_WORDS = frozenset({
    "troop", "troops", "soldier", "force", "forces", "army", "military", "militia", "fighter", "rebel", "militant",
    "police", "shell", "shelling", "bomb", "bombing", "rocket", "missile", "airstrike", "strike", "artillery",
    "gun", "gunfire", "fire", "shoot", "kill", "killed", "wound", "wounded", "dead", "death", "casualty",
    "retaliate", "retaliation", "weapon", "raid", "offensive", "drone", "mortar", "explosion", "terrorist",
})
CRITICISM_CODE = "111"


def _person(doer: Token, actor: Actor) -> bool:
    return actor.kind == "person" or (actor.kind is None and doer.ent_type_ == "PERSON")


def _replying(word: Token) -> bool:
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN":
        return lemma in REPLY_NOUNS
    return word.pos_ == "VERB" and (lemma in REPLY_VERBS or any(
        c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in REPLY_PHRASAL for c in word.children))


def _reply_to(noun: Token) -> Token | None:
    """The verb or noun of reply whose object the noun is: "responded [to] X's attacks", "dismissed X's attacks",
    "in response to", "hit back at"."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head if head.pos_ == "VERB" and _replying(head) else None
    if noun.dep_ != "pobj" or head.lower_ not in ("to", "at", "against", "off"):
        return None
    return head.head if _replying(head.head) else None


def verbal_attack(cameo: str, trigger: Token, doer: Token, actor: Actor) -> bool:
    """True when a force code rests on a person's attacks that someone answers (see module docstring)."""
    if cameo[:2] not in FORCE_ROOTS or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in ATTACK_NOUNS:
        return False
    reply = _reply_to(trigger)
    if reply is None or not _person(doer, actor):
        return False
    return not _speaks_of_force(trigger, {trigger.i, reply.i})


def _speaks_of_force(trigger: Token, skip: set[int], extra: frozenset[str] = frozenset()) -> bool:
    """Whether a word of the trigger's sentence, other than those at ``skip``, speaks of force: a
    force word (by lemma or form), or one of ``extra`` by lemma."""
    return any(t.lemma_.lower() in FORCE_WORDS or t.lower_ in FORCE_WORDS or t.lemma_.lower() in extra
               for t in trigger.sent if t.i not in skip)


#: Attack verbs that are also used of words.
ATTACK_VERBS = frozenset({"attack", "assail"})
#: What a speech attack is delivered in: "during the [debate]", "in an [interview]", "on [Twitter]".
SPEECH_SETTINGS = frozenset({
    "debate", "interview", "speech", "tweet", "twitter", "statement", "letter", "column", "op-ed", "editorial",
    "ad", "advert", "advertisement", "rally", "hearing", "conference", "address", "remark", "remarks", "post",
    "broadcast", "podcast", "article", "book", "memoir", "blog", "facebook", "television", "radio", "programme",
    "program", "show", "parliament", "commons", "senate", "floor", "campaign", "briefing", "message", "video",
})
#: Verbs of a clause that says what the attack said: "attacked X, [saying] ...", "[calling] him a liar".
SPEECH_CLAUSES = frozenset({"say", "call", "accuse", "describe", "claim", "argue", "write", "tweet", "label", "brand",
                            "dub", "charge", "insist", "warn", "blame", "suggest", "declare", "denounce", "add"})
#: Adverbs of speech: "[publicly] attacked", "[verbally] attacked".
SPEECH_ADVERBS = frozenset({"verbally", "publicly", "sharply", "harshly", "openly"})
#: Extra force words for attacks by persons: weapons held in the hand, wounds.
HAND_FORCE_WORDS = frozenset({"knife", "machete", "axe", "hammer", "stab", "stabbed", "punch", "beat", "injure",
                              "injured", "hospital", "gunman", "assailant", "attacker", "blade", "acid"})


def _speech_cue(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in SPEECH_ADVERBS:
            return True
        if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in SPEECH_CLAUSES and c.tag_ == "VBG":
            return True
        if c.dep_ != "prep":
            continue
        if c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            return True  # "attacked Mr Brown [for failing] to mention the environment": what he said or did not
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if c.lower_ == "as" or (c.lower_ == "for" and pobj.ent_type_ not in ("DATE", "TIME", "CARDINAL")
                                and pobj.pos_ in ("NOUN", "PROPN", "PRON")):
            return True
        if c.lower_ in ("during", "in", "on", "at") and pobj.lemma_.lower() in SPEECH_SETTINGS:
            return True
    return False


def said_attack(cameo: str, trigger: Token, doer: Token, actor: Actor) -> bool:
    """True when a force code rests on a person's verbal attack told as speech (see module docstring)."""
    if cameo[:2] not in FORCE_ROOTS or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ATTACK_VERBS:
        return False
    if not _person(doer, actor) or not _speech_cue(trigger):
        return False
    return not _speaks_of_force(trigger, {trigger.i} | _blamed_for(trigger), HAND_FORCE_WORDS)


def _blamed_for(verb: Token) -> set[int]:
    """The words of what the attack blames its target for: "attacked Trump [for the 200,000 deaths]". Deaths or
    violence someone is blamed for are the charge, not force done by the speaker, so they do not speak of force.
    """
    return {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
