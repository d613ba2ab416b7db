"""Readings where a pattern's words are there but the sentence reports no event.

The matcher checks that a pattern's words are present; these checks veto
a match whose words are used in another sense: meeting a goal rather than
a person, economic figures that "decline" or are "targeted", agreeing
with a statement of fact rather than committing to act. They are kept
apart from the matcher so each veto reads as one rule with its reason.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.events.hazards import HAZARDS
from eventwire.events.patterns import Pattern
from eventwire.events.trigger_words import direct_object, lemma
from eventwire.events.voice import child, has_to_marker, is_passive

#: "meet the demand/deadline": meeting a goal, not a person.
MET_GOALS = frozenset({"demand", "need", "target", "deadline", "requirement", "goal", "criterion", "standard",
                       "expectation", "obligation", "cost", "condition", "challenge", "quota", "threshold"})


def meets_a_target(word: Token) -> bool:
    """ "met the deadline": a goal reached, not a person met."""
    obj = child(word, ("dobj",))
    return lemma(word) == "meet" and obj is not None and lemma(obj) in MET_GOALS


#: What a plan or a proposal "meets with": the reception it gets, not a party met ("met with [disapproval]").
REACTION_NOUNS = frozenset({
    "disapproval", "approval", "criticism", "opposition", "resistance", "scepticism", "skepticism", "derision",
    "condemnation", "praise", "outrage", "anger", "hostility", "suspicion", "dismay", "indifference", "silence",
    "success", "failure", "acclaim", "applause", "protest", "objection", "alarm", "concern", "disbelief", "ridicule",
    "scorn", "resentment", "backlash", "reaction", "response", "enthusiasm", "support", "fury", "rejection",
    "mockery", "incredulity", "surprise", "shock", "relief", "delight",
})


def meets_with_a_reaction(word: Token) -> bool:
    """ "the proposals have met with [disapproval] from unions": the idiom tells how something was received;
    no one meets anyone. Only with no direct object and a reaction noun as what is met "with"."""
    if lemma(word) != "meet" or child(word, ("dobj",)) is not None:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "with" and lemma(o) in REACTION_NOUNS
               for p in word.children for o in p.children if o.dep_ == "pobj")


#: What one "engages" a party "in" when engaging is talking, not fighting: "engage the rebels in [talks]".
TALK_NOUNS = frozenset({
    "debate", "talk", "dialogue", "dialog", "discussion", "negotiation", "conversation", "consultation",
    "discourse", "exchange", "diplomacy", "process", "effort", "cooperation", "partnership",
})


def engages_in_talk(word: Token) -> bool:
    """ "tried to engage the conference in a [debate]", "engaged the rebels in [talks]": drawing a party into
    talk, not an armed engagement (CAMEO 19 is force between armed parties)."""
    if lemma(word) != "engage":
        return False
    obj = child(word, ("dobj",))
    holders = [word, obj] if obj is not None else [word]  # the parser may hang "in talks" on the party engaged
    return any(p.dep_ == "prep" and p.lower_ == "in" and lemma(o) in TALK_NOUNS
               for h in holders for p in h.children for o in p.children if o.dep_ == "pobj")


#: Complement words that name leaving only as verbs: "to [step] down", "to [go]", "to [leave]", "to [quit]".
LEAVING_VERBS = frozenset({"step", "go", "leave", "quit"})


def names_no_leaving(word: Token) -> bool:
    """ "urged him to take that [step]", "a 12-[step] program": the noun is a measure, not stepping down.

    The leaving words of a leadership-change or withdrawal demand say "leave" only as verbs; "to [go] to
    Ghouta" names where one travels, not leaving office.
    """
    if lemma(word) == "go" and any(c.dep_ == "prep" and c.lower_ == "to" for c in word.children):
        return True
    return lemma(word) in LEAVING_VERBS and word.pos_ not in ("VERB", "AUX")


#: Verbs of taking that, followed by "on" or "upon" and no object, mean making use of something.
GRASPING_VERBS = frozenset({"seize", "grab", "pounce"})


def seizes_upon(word: Token) -> bool:
    """ "Trump [seized on] the attacks as evidence": taking up an argument, no confiscation or capture.

    Only with "on" / "upon" right after the verb and no direct object: "seized a tanker on Friday" and "seized on
    Friday the tanker" keep their object and stay seizures.
    """
    if lemma(word) not in GRASPING_VERBS or word.pos_ not in ("VERB", "AUX"):
        return False
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    if after is None or after.lower_ not in ("on", "upon") or after.head.i != word.i:
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in word.children)


#: Verbs of shooting that also mean dismissing from a job: "Trump [fired] Flynn".
DISMISSING_VERBS = frozenset({"fire", "sack"})


def fires_a_person(word: Token) -> bool:
    """ "Trump fired [Flynn]", "fired [James Comey], the FBI director": a named person as the direct object is
    dismissed, not shot at; what is shot is a weapon or a round ("fired [shells] on the town")."""
    if lemma(word) not in DISMISSING_VERBS or word.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in word.children)


def a_fault_line(word: Token) -> bool:
    """ "an arc of volcanoes and [fault] lines", "the party's [fault] lines": the noun compound "fault line",
    which the parser reads as the verb "fault" (blame, 112) with "lines" as its object; no one is blamed."""
    obj = child(word, ("dobj",))
    return lemma(word) == "fault" and obj is not None and lemma(obj) == "line"


#: Complement words that are threatened acts only as acts, not as what something "will be" ("a destructive [force]").
PREDICATE_ONLY_ACTS = frozenset({"force"})


def names_a_quality(word: Token) -> bool:
    """ "warned the speech will be a destructive [force]": a predicate noun says what something is, not an act
    threatened. "use force", "by force", "military force" stay threats."""
    return lemma(word) in PREDICATE_ONLY_ACTS and word.dep_ in ("attr", "oprd", "acomp")


#: Economic quantities: figures that rise, fall and are aimed at. They are neither the doer of an act
#: ("[exports] declined", "[prices] hit a record") nor the target of force ("targeted economic [growth]").
ECONOMIC_QUANTITIES = frozenset({
    "growth", "gdp", "gnp", "rate", "price", "tariff", "earnings", "earning", "output", "sale", "inflation",
    "deficit", "export", "import", "revenue", "profit", "surplus", "production", "unemployment", "spending",
})

#: Roots whose acts are done to an opponent (threats, protests, posture, sanctions, coercion, force).
COERCIVE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})


def economic_reading(pattern: Pattern, token: Token) -> bool:
    """An economic figure as the subject of any act, or as what a coercive act is aimed at.

    Economic news uses the verbs of conflict for figures: "[exports] declined" is no refusal,
    "targeted economic [growth] of 7 percent" no attack, "[inflation] threatens the recovery" no threat.
    A pattern that names the figure itself ("imposed [tariffs]", "banned [imports]") keeps it.
    """
    if pattern.pos != "verb":
        return False
    subject = child(token, ("nsubj",))
    if subject is not None and lemma(subject) in ECONOMIC_QUANTITIES:
        return True
    obj = direct_object(token) if pattern.cameo[:2] in COERCIVE_ROOTS and not is_passive(token) else None
    return obj is not None and lemma(obj) in ECONOMIC_QUANTITIES and lemma(obj) not in pattern.object


#: Landforms that a participle describes: "fault [lines] encircling the ocean", "the [mountains] surrounding
#: the town" tell where things lie, not who besieges whom.
LANDFORMS = frozenset({"line", "volcano", "mountain", "hill", "ridge", "range", "river", "sea", "ocean", "lake",
                       "plate", "arc", "desert", "forest", "valley"})


def natural_hazard(pattern: Pattern, token: Token) -> bool:
    """A natural hazard, an illness or an accident (``events.hazards``) as the subject (or its head word) of an
    act of force or coercion ("the storm killed ten"); or a landform as the noun a participle of force describes
    ("fault lines [encircling] the Pacific")."""
    if pattern.pos != "verb" or pattern.cameo[:2] not in COERCIVE_ROOTS:
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG" and lemma(token.head) in LANDFORMS:
        return True
    subject = child(token, ("nsubj",))
    return subject is not None and (lemma(subject) in HAZARDS or any(
        c.dep_ == "compound" and lemma(c) in HAZARDS for c in subject.children))


#: Auxiliaries that make a complement clause a commitment ("agreed that it [would] reopen the border").
COMMITTING_AUXILIARIES = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must"})


def agrees_with_a_statement(verb: Token) -> bool:
    """ "agreed (that) the recovery [stands] on firmer ground": assent to a statement of fact, not an intent.

    CAMEO 03 codes commitments about the future; a finite complement with its own subject and no
    auxiliary of commitment states how things are; every conjoined clause must be such a statement
    ("agreed that the war has gone on too long and that all sides [must] end it" is a commitment).
    Infinitives ("agreed to reopen") never count.
    """
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [c for clause in clauses for c in clause.conjuncts if c.pos_ in ("VERB", "AUX")]  # "that X and that Y"
    return bool(clauses) and all(
        any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children)
        and not any(g.dep_ in ("aux", "auxpass") and g.lower_ in COMMITTING_AUXILIARIES | {"to"}
                    for g in clause.children)
        for clause in clauses
    )


#: Purposes that make a crowd in the streets a celebration or a mourning, not a protest.
CELEBRATING_VERBS = frozenset({"celebrate", "rejoice", "cheer", "party", "dance", "mourn", "honour", "honor"})


def a_celebration(pattern: Pattern, token: Token) -> bool:
    """ "Fans took to the streets [to celebrate] the title", "rallied to cheer the team": a crowd whose
    purpose clause is a celebration or mourning is no demonstration (CAMEO 14 is protest)."""
    if pattern.cameo[:2] != "14" or pattern.pos != "verb":
        return False
    purposes = [c for c in token.children if c.dep_ in ("advcl", "xcomp", "conj")]
    # the parser often hangs the purpose on the tools ("with sticks [to fight] the locusts")
    purposes += [a for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                 for a in o.children if a.dep_ in ("acl", "relcl") and a.tag_ == "VB"]
    return any(lemma(c) in CELEBRATING_VERBS or _a_chore(c) for c in purposes)


#: Purposes that make a crowd in the streets a work party, not a protest ("took to the streets [to clean]").
CHORE_VERBS = frozenset({
    "clean", "clear", "search", "rescue", "hunt", "chase", "collect", "shop", "greet", "welcome", "watch", "vote",
})
#: Fighting these is a chore too: "took to the streets with sticks [to fight] the locusts" (not "corruption").
NATURAL_FOES = frozenset({
    "locust", "insect", "pest", "swarm", "mosquito", "rat", "fire", "blaze", "wildfire", "flame", "flood",
    "snow", "virus", "disease", "epidemic", "outbreak",
})


def _a_chore(purpose: Token) -> bool:
    if lemma(purpose) in CHORE_VERBS:
        return True
    if lemma(purpose) not in ("fight", "combat", "battle", "kill", "stop", "contain"):
        return False
    objects = [c for c in purpose.children if c.dep_ == "dobj"]
    nouns = objects + [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
    return any(lemma(n) in NATURAL_FOES for n in nouns)



#: Collective nouns that are actors even when a name stands before them ("the Trump [administration]").
ORGAN_NOUNS = frozenset({
    "government", "administration", "army", "military", "police", "regime", "parliament", "council", "court",
    "ministry", "forces", "troops", "authorities", "officials", "leadership", "cabinet", "coalition", "party",
})


def wants_no_actor(pattern: Pattern, token: Token) -> bool:
    """ "X wants Y to act" is a request of Y only when Y is who the infinitive's subject names: not a
    thing named after a place ("wanted [the Paris communique] to imply"), and not a misparse with no
    "to" infinitive at all ("internationally [wanted] criminal reported killed")."""
    if pattern.cameo != "020" or lemma(token) != "want":
        return False
    for clause in (c for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"):
        subject = child(clause, ("nsubj",))
        if subject is None or not has_to_marker(clause):
            continue
        named_thing = (subject.pos_ == "NOUN" and not subject.ent_type_ and lemma(subject) not in ORGAN_NOUNS
                       and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children))
        return named_thing
    return True


def help_in_passing(pattern: Pattern, token: Token) -> bool:
    """Helping is aid only as a clause's own act ("the US [helped] the Kurds", "wants to [help] Israel"): not
    a purpose on a noun ("a drive [to help] women"), a participle ("an action [assisting] banks") or an
    ongoing assist ("was [helping] federal agents"), which tell of programmes and joint work, not aid given."""
    if pattern.cameo != "070" or lemma(token) not in ("help", "assist"):
        return False
    if token.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children):
        return True  # "announced a drive [to help] X", "asked Japan [to help] X": a purpose or a request
    return token.tag_ == "VBG" or token.dep_ in ("acl", "relcl", "advcl", "pcomp", "amod")


#: Words that only a sports report uses: a round of a contest, a player's or official's post, a race.
SPORT_WORDS = re.compile(
    r"(?i:\b(?:sprint(?:er)?s?|relay (?:race|team|squad|quartet|final)s?|quarter-?finals?|semi-?finals?|"
    r"match-?ups?|super bowl|grand slam|play-?offs?|goalkeepers?|midfielders?|touchdowns?|wickets?|innings|"
    r"qualifiers|referees?|(?:head|interim|national|team|assistant) coach)\b)"
    r"|\b[A-Z][a-z]+ coach\b",
)

#: Codes a sports report uses in a figurative sense: meeting or visiting an opponent (04, and the plan to,
#: 036), putting pressure on one (10), criticising or challenging one (11).
SPORT_FIGURATIVE_ROOTS = ("04", "10", "11")


def tells_of_a_sport(sentence: Span) -> bool:
    """ "The sprint quartet ... put [pressure] on the Americans", "could [meet] Rusedski in the quarter-finals",
    "Italy coach John Kirwan has [challenged] his side": a sentence with a word only sports reports use tells of
    a contest, where meeting, pressing and challenging an opponent are play, not politics."""
    return SPORT_WORDS.search(sentence.text) is not None


def sporting_sense(pattern: Pattern) -> bool:
    """Whether a pattern's code is one that sports reports use figuratively (see ``tells_of_a_sport``)."""
    return pattern.cameo[:2] in SPORT_FIGURATIVE_ROOTS or pattern.cameo == "036"


#: Verbs whose participle names a standing, not an act: "delegates [pledged] to Sanders".
BOUND_PARTICIPLES = frozenset({"pledge", "commit", "promise"})
#: Nouns that "pledged" describes as a count of a primary's result: "won 40 [pledged] delegates".
BOUND_NOUNS = frozenset({"delegate", "superdelegate", "elector", "vote"})


def a_standing(word: Token) -> bool:
    """ "some delegates [pledged] to Sanders", "40 [pledged] delegates": a participle that describes its noun
    (no subject, no "by" agent) tells what the noun is bound to, not a pledge made; "money pledged [by donors]"
    still names the donors' pledge."""
    if lemma(word) not in BOUND_PARTICIPLES or word.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in word.children):
        return False
    if word.dep_ == "acl" and word.tag_ in ("VBN", "VBD") and word.head.i < word.i:
        return True
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and lemma(following) in BOUND_NOUNS and following.head.i == word.i
