"""Source and target candidates for an event noun ("Putin's call with Trump", "a U.S. strike on the base").

A noun names its doer in more ways than a verb (possessor, modifier,
"by" phrase, the subject of a light verb or of the clause it sits in), and
each of those can mislead (a verb that only names or reacts to the event,
a country named as the topic of an inquiry), so the noun cascade and the
verb lists it consults live apart from the verb readings. The policy the
cascades follow is in ``events.roles``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.arguments import ActorIndex, actor_for, sponsor_word, town_of_an_act
from eventwire.events.casualties import CASUALTY_VERBS, left_as_casualties
from eventwire.events.held_places import held_ground_sought, holders_first
from eventwire.events.matching import Match
from eventwire.events.nominal import (
    blamed_on,
    misplaced_target,
    nominal_agents,
    perpetrated_by,
    received_from,
    victim_of,
)
from eventwire.events.recipients import (
    AID_CUTS,
    AID_ROOTS,
    HOLDING_PARTICIPLES,
    beneficiaries,
    names_someone,
)
from eventwire.events.roles import (
    CLAUSE_TARGET_ROOTS,
    CONDITION_TARGET_ROOTS,
    INQUIRY_ROOT,
    LIGHT_VERB_DEPS,
    Roles,
    aimed_at,
    clause_subjects,
    condition_subjects,
    disputing_sides,
    errand_addressee,
    hostile_prep_object,
    inquired_clause_subjects,
    inquired_into,
    phrase_prep_object,
    stray_content_clause,
)
from eventwire.events.subjects import verb_subject
from eventwire.events.topics import names_a_topic
from eventwire.events.trigger_words import CHARACTERISING_LEMMAS, MEASURE_WORDS, naming_use
from eventwire.events.voice import child, is_passive, prep_object
from eventwire.roots import MATERIAL_CONFLICT_ROOTS

DEFAULT_NOUN_PREPS = ("against", "on", "with", "to", "at")
#: Verbal cooperation and disapproval, whose nouns often sit in a prepositional phrase of the speaker's clause.
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "11"})
#: Verbs whose subject does the event noun of their "in/with" phrase ("engaged X in a firefight",
#: "responded with a missile attack").
TAKING_PART_VERBS = frozenset({
    "engage", "clash", "fight", "battle", "join", "participate", "take", "lead", "wage", "respond", "retaliate",
    "react", "reply", "hit", "strike",
})
#: Verbs whose subject holds or takes part in a meeting: "[X] held talks", "[X] attended a summit".
HOLDING_VERBS = frozenset({
    "hold", "attend", "host", "chair", "join", "have", "conduct", "begin", "start", "open", "resume", "convene",
    "lead", "make", "pay", "organize", "organise", "co-chair", "cohost", "co-host", "continue", "complete",
})
#: Verbs that only carry an event noun: their subject does it ("launched a strike", "voiced criticism").
LIGHT_VERBS = frozenset({  # not "have": "they have public support" is no support given (but "have talks" holds)
    "make", "launch", "carry", "conduct", "stage", "mount", "take", "give", "issue", "deliver", "level",
    "lodge", "file", "express", "voice", "announce", "offer", "extend", "send", "wage", "order", "impose", "declare",
    "unleash", "perform", "undertake", "step", "intensify", "renew", "press", "bring", "initiate", "commit", "pay",
    "sign", "reach", "strike", "seal", "provide", "grant", "approve", "pledge", "promise", "raise", "pose",
    "continue", "escalate", "expand", "fire", "execute", "orchestrate", "plan", "propose", "seek", "demand",
    "call", "use", "employ", "engage", "ramp", "resume", "lead", "spearhead", "mastermind",
    "hold", "begin", "start", "open", "join", "organize", "organise", "convene", "complete", "host", "attend",
})
#: Verbs whose subject reacts to an event noun rather than doing it: "the army [foiled] an attack".
REACTION_VERBS = frozenset({
    "foil", "thwart", "repel", "repulse", "prevent", "avert", "stop", "block", "condemn", "denounce",
    "criticize", "criticise", "report", "investigate", "deny", "survive", "suffer", "face", "witness",
    "reject", "welcome", "praise", "protest", "fear", "expect", "blame", "demand", "urge", "want", "oppose",
    "resist", "endure", "escape", "confirm", "describe", "document", "monitor", "predict", "warn",
    "second", "echo", "endorse", "back", "support", "answer", "ignore", "dismiss", "discuss", "follow",
    "receive", "get", "obtain", "need", "seek", "request", "await", "lack", "lose", "accept",  # "Egypt received aid"
    # who hinders an act is not its doer: "tried to obstruct an [inquiry] into X"
    "obstruct", "impede", "hinder", "hamper", "undermine", "derail", "sabotage", "stonewall", "stymie", "frustrate",
    "quash", "disrupt",
    # who perceives an act is not its doer: "the bombing could be [heard] by residents"
    "hear", "see", "feel", "watch", "notice", "observe", "film", "detect", "spot", "smell", "sense",
})
#: Verbs that end or hold back an act of force ("to halt the shelling", "to break the siege"): their subject
#: is often the other side, so it is no doer of the act.
ENDING_VERBS = frozenset({
    "halt", "end", "ease", "lift", "break", "relieve", "curb", "counter", "quell", "suppress", "stem", "contain",
})
#: Participles whose "by" agent does the act named by the noun they qualify ("an inquiry [led] by the UN").
DOING_PARTICIPLES = frozenset({
    "lead", "conduct", "carry", "run", "head", "launch", "spearhead", "mount", "stage", "undertake", "initiate",
    "open", "impose", "perform", "execute", "order", "commission", "organize", "organise", "wage", "perpetrate",
    "commit",
})
#: Words before an inquiry that say its kind, not who runs it ("a [criminal] investigation").
KIND_WORDS = frozenset({"criminal", "criminals", "corruption", "terrorism", "terror", "fraud", "murder"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause an event noun sits in, through prepositions and other nouns.

    "In a telephone call with X, [Y offered]"; "[Trump made] no mention of
    criticism"; "Trump and Putin [signalled] ... in what the White House
    called a phone discussion" (verbs that only name the event are passed); "[Y was] ready for a meeting
    with X" through the adjective.
    """
    token = noun
    for _ in range(6):
        if token.dep_ not in ("pobj", "prep", "pcomp", "relcl", "ccomp", "dobj", "oprd", "attr", "agent", "acomp"):
            return None
        passed = token
        token = token.head
        if token.pos_ in ("VERB", "AUX") and not (passed.i == noun.i and _named_only(noun)):
            return token
    return None


#: Prepositions that tie an act to a verb's object: "accused [X] of a meeting", "praised X for talks", "barred X
#: from talks", "warned X against a meeting".
OBJECT_ACT_PREPS = frozenset({"of", "for", "from", "against"})


#: Prepositions that place a verb's act in time against an event ("announced days [before] the summit", "[ahead
#: of] talks"): the event is only a landmark of the clock, so the verb's doer says nothing of its sides.
TIME_LANDMARK_PREPS = frozenset({"before", "until", "till", "since"})
#: The adverbs of two-word time prepositions ("ahead of", "prior to").
TIME_LANDMARK_ADVERBS = frozenset({"ahead", "prior"})


def _time_landmark(noun: Token) -> bool:
    """"days before the summit", "ahead of talks": the event is when another act happened, not what it is; so is
    an event a measured span away ("two days after talks"); a bare "after talks with Y, X said" is not."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    word = prep.lower_
    if word in TIME_LANDMARK_PREPS or (word in ("of", "to") and prep.head.lower_ in TIME_LANDMARK_ADVERBS):
        return True
    return word == "after" and any(c.dep_ == "npadvmod" for c in prep.children)


def _landmark_of_a_passive(noun: Token, governor: Token) -> bool:
    """"the charges were announced [by X] days before the summit with Y": the "by" agent does the passive verb's
    act, and the event is its time landmark, so X is no side of it. An active subject is kept ("Kim's
    announcement came days before a summit with Moon": the speaker is so often the one who meets that dropping
    it lost more than it saved)."""
    return _time_landmark(noun) and any(c.dep_ == "agent" for c in governor.children)


def _charged_to_the_object(noun: Token, governor: Token) -> bool:
    """"Merkel accused [Orban] of meeting with Putin": an act tied to the verb's object by "of/for/from/
    against" is the object's (or no one's), not the subject's; the subject only judges or stops it."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in OBJECT_ACT_PREPS and prep.head.i == governor.i
            and any(c.dep_ == "dobj" for c in governor.children))


def _named_only(noun: Token) -> bool:
    """ "what the White House called a phone discussion": the verb names the event, it does not do it."""
    head = noun.head
    return head.lemma_.lower() in CHARACTERISING_LEMMAS and (
        noun.dep_ in ("oprd", "attr", "xcomp")
        or any(c.dep_ == "dobj" and c.i != noun.i for c in head.children)
        or naming_use(head)  # "called [the investigations] a hoax"
    )


def _topic_of_inquiry(modifier: Token, index: ActorIndex) -> bool:
    """Whether a noun modifier of an inquiry names what is investigated, not who investigates.

    English names an inquiry's investigator by an adjective or an agency
    ("a Russian inquiry", "the FBI investigation") and its subject by a
    country's full name used as a noun ("the Russia investigation", "the
    Ukraine probe"). Abbreviations ("a U.S. probe", "a UK inquiry") have no
    adjective form, so they keep naming the investigator.
    """
    actor = actor_for(modifier, index)
    return actor is not None and names_a_topic(modifier, actor)  # a bare state's own name (arguments.py)


def _done_by(noun: Token) -> tuple[Token, Token] | None:
    """ "An inquiry [led by] the UN", "sanctions [imposed by] the US", "airstrikes [carried out by] Russian jets":
    the participle of doing hung on the noun and the "by" agent it names (the parser tags that "by" as an
    agent, not a preposition of the noun, so the plain "by" phrase misses it)."""
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in DOING_PARTICIPLES:
            continue
        if clause.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in clause.children):
            continue
        agent = child(clause, ("agent",))
        doer = child(agent, ("pobj",)) if agent is not None else None
        if doer is not None:
            return clause, doer
    return None


def _investigating_body(noun: Token, index: ActorIndex, taken: list[Token]) -> list[Token]:
    """ "A [police] investigation", "an [army] inquiry", "a [military] probe": a role word before an inquiry
    is who investigates it.

    Before other event nouns a bare role word is often no doer ("joint [military] exercises"), so only
    names count there; an inquiry is done by a body, and English puts that body before it.
    """
    return [c for c in noun.children if c.dep_ in ("compound", "amod") and c not in taken and c.i < noun.i
            and c.lower_ not in KIND_WORDS and actor_for(c, index) is not None]


#: Role words of armed sides: one written right before an act of force is who does it ("[army] shelling", "[rebel]
#: shelling", "[police] firing"). Not role words of places or bodies struck ("hospital", "embassy", "school").
ARMED_SIDES = frozenset({"army", "military", "regime", "rebel", "rebels", "police", "militia", "militias", "troop",
                         "troops", "insurgent", "insurgents", "militant", "militants", "jihadist", "jihadists",
                         "coalition", "government"})


def _armed_side_before(noun: Token, index: ActorIndex) -> list[Token]:
    """ "Six people were killed in [rebel] shelling", "[army] air strikes": a coded armed side in the noun's
    compound (also the compound of a weapon word before the noun) does the act. Only for acts of force: before
    other nouns a role word is often no doer ("joint [military] exercises")."""
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    compounds += [g for c in compounds for g in c.children if g.dep_ == "compound" and g.i < c.i]
    return [c for c in compounds if c.lower_ in ARMED_SIDES and actor_for(c, index) is not None]


def _held_place(target: Token) -> bool:
    """ "Civilians were killed in regime shelling of a [rebel-held town]": a place named only by who holds it is
    where an attack fell; when the attack's victims are named and coded, they are whom it hit (as in "killed in
    Russian air strikes on the town"), and the holders of the place are no target of that act."""
    return any(c.dep_ == "amod" and c.lower_ in HOLDING_PARTICIPLES and any(g.dep_ == "npadvmod" for g in c.children)
               for c in target.children)


def _names_a_town(modifier: Token, index: ActorIndex) -> bool:
    """ "The [Mumbai] bombings": a city before an act of violence is where it happened (``town_of_an_act``)."""
    actor = index.at_token(modifier)
    return actor is not None and town_of_an_act(modifier, actor)


def _victims_before_a_shared_passive(noun: Token) -> Token | None:
    """ "[20 people] were killed and dozens injured in a bomb attack": the parser hangs the attack on the second
    casualty verb, whose "were" is elided and so reads as active ("dozens injured"); the passive it is joined
    to names the victims. Only a casualty verb with no auxiliary of its own joined to a passive casualty verb."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or verb.dep_ != "conj":
        return None
    first = verb.head
    if verb.lemma_.lower() not in CASUALTY_VERBS or first.lemma_.lower() not in CASUALTY_VERBS:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or not is_passive(first):
        return None
    return child(first, ("nsubjpass",))


#: Casualty verbs whose object is the casualty when their subject is the act itself: "an air strike [killed] 21
#: civilians" ("die" takes no object; "poison", "gas" and "suffocate" have people as subjects far more often
#: than acts).
HARMING_VERBS = CASUALTY_VERBS - {"die", "poison", "gas", "suffocate"}


def _victims_of_the_act_itself(noun: Token) -> Token | None:
    """ "[Russian air strikes] killed 14 civilians", "rebel attacks killing 12 civilians", "two fighters were killed
    by Turkish air strikes": the noun is the casualty verb's own doer, so the verb's patient is who the act hurt.

    ``nominal.victim_of`` reads the act's "in/during" phrase ("killed in an air strike"); here the act is the
    verb's subject, its "by" agent, or the head of the participle. A person or a gun as the doer is no event noun
    and is never asked.
    """
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "agent":  # "were killed [by] regime shelling"
        verb = verb.head
        return child(verb, ("nsubjpass",)) if verb.lemma_.lower() in HARMING_VERBS and is_passive(verb) else None
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in HARMING_VERBS and not is_passive(verb):
        return _counted_victims(child(verb, ("dobj",)))  # "an earlier strike killed three commanders"
    participle = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"
                       and c.lemma_.lower() in HARMING_VERBS), None)  # "attacks [killing] 12 civilians"
    return _counted_victims(child(participle, ("dobj",))) if participle is not None else None


def _hurt_by_the_act_itself(noun: Token) -> Token | None:
    """Whom the act hurt, told in a clause on the noun (``Roles.casualties``): "a gas attack [that killed] 72
    people", "air strikes [killed] 42 people, the monitor said" (parsed as a participle on the noun), "raids
    [left] 15 people dead" (``casualties.left_as_casualties``)."""
    clause = next((c for c in noun.children if c.lemma_.lower() in HARMING_VERBS and c.i > noun.i
                   and (_acting_participle(c) or _acting_relative_clause(c))), None)
    return _counted_victims(child(clause, ("dobj",))) if clause is not None else left_as_casualties(noun)


def _acting_participle(clause: Token) -> bool:
    """ "air strikes [killed] 42 people, the monitor said": with a reporting clause after it and no "that", the
    parser reads the verb as a reduced relative (a past participle on the noun); a participle with an object
    of its own is no passive, so the noun is its doer."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and child(clause, ("dobj",)) is not None \
        and not any(c.dep_ in ("auxpass", "agent") for c in clause.children)


def _acting_relative_clause(clause: Token) -> bool:
    """ "a gas attack [that killed] 72 people": a relative clause whose subject is the relative word itself
    stands for the act, so its object is whom the act hurt (not "the raid [the rebels killed] ten in": its
    subject is a doer of its own)."""
    subject = child(clause, ("nsubj",))
    return clause.dep_ == "relcl" and not is_passive(clause) and subject is not None \
        and subject.lower_ in ("that", "which")


def _counted_victims(patient: Token | None) -> Token | None:
    """ "kills 21 [including] 8 children": a bare count names no one, the people it includes do (their phrase
    hung on the count or on the verb)."""
    if patient is None or not patient.like_num:
        return patient
    return prep_object(patient, ("including",)) or prep_object(patient.head, ("including",)) or patient


#: Roots of acts done to someone (coercion and force): with the doer named before the noun, its "of" phrase is
#: the one it is done to ("the government's [repression of] the people", "Israeli shelling of X"). Not protest
#: (14), whose "of" phrase is who protests ("a protest of workers"), nor a war ("a war of attrition").
PATIENT_OF_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
#: Nouns of a war or wave of force as a whole: their "of" phrase says what kind, not whom ("a war of
#: independence", "a campaign of terror").
KIND_OF_NOUNS = frozenset({
    "war", "conflict", "campaign", "wave", "spate", "series", "string", "cycle", "year", "day", "week", "month",
    "hour", "night", "act", "kind", "type", "form", "level", "scale", "threat", "risk", "fear", "use",
})


def _done_to(noun: Token, doers: list[Token], cameo: str) -> Token | None:
    """The "of" phrase of an act noun whose doer stands before it: "the Cuban government's repression [of] the
    Cuban people", "the regime's siege of X", "a Russian bombardment of X".

    With the possessor or a modifier as the doer, English puts the one acted on in the "of" phrase, as the
    object of the verb the noun comes from. Only when the doer is the noun's own possessor or modifier: with
    none, the "of" phrase may name the doers themselves ("the attack of the rebels").
    """
    if cameo[:2] not in PATIENT_OF_ROOTS or noun.lemma_.lower() in KIND_OF_NOUNS:
        return None
    if not any(d.head.i == noun.i and d.i < noun.i for d in doers):
        return None
    patient = prep_object(noun, ("of",))
    if patient is None or patient.like_num or patient.lemma_.lower() in KIND_OF_NOUNS:
        return None
    return patient


def _light_verb_dative(noun: Token) -> Token | None:
    """The indirect object of the verb that carries an event noun: "the Kremlin gave [Kiev] an ultimatum",
    "Washington sent [Tehran] a warning". English puts the addressee there as it would in a "to" phrase
    ("gave an ultimatum to Kiev"), so it is the target when no "to" phrase names one."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    dative = child(noun.head, ("dative",))
    # a pronoun is left out: "if the government gives [it] an assurance" reaches back past the clause for "it",
    # and the nearest coded word there is as often the place the story was filed as the one addressed
    return dative if dative is not None and dative.i < noun.i and dative.pos_ in ("PROPN", "NOUN") else None


def noun_roles(match: Match, index: ActorIndex) -> Roles:
    """Candidates for an event noun ("Putin's call with Trump", "a U.S. strike on the base").

    Source, in order: the possessor (unless the pattern makes it the
    target); a modifier naming an actor ("U.S. strike", "Russian
    criticism"); a "by" phrase, also behind a participle of doing ("an
    inquiry led by [X]", whose "into/on" phrase may hang there too); who it
    is blamed on ("an attack that X pinned on [Y]"); for material conflict, the "by" and blame phrases the
    parser hung elsewhere (``events.nominal``); the subject of a light verb
    ("held talks", "launched a strike"); the subject of the clause an
    "in/during <noun>" phrase belongs to; for an inquiry, last, a role word
    before it ("the [police] investigation"). Material conflict also takes the
    victims as a last-resort target ("[children] killed in a gas attack", "the strike killed [three
    commanders]").
    """
    noun, pattern = match.trigger, match.pattern
    possessor = child(noun, ("poss",))
    roles = Roles()
    candidates = [possessor] if pattern.possessor == "source" else []
    # a modifier names the doer only when it is a name or nationality ("U.S. strike", "Saudi-led strike"),
    # not a role word the actors stage also codes ("joint [military] exercises")
    topics = [c for c in noun.children if pattern.cameo[:2] == "09" and _topic_of_inquiry(c, index)]
    towns = [c for c in noun.children if pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS and _names_a_town(c, index)]
    # ... nor a backer ("a [Russian-backed] offensive" is not Russia's; "a Saudi-led strike" still is Saudi)
    # nearest first: the modifier next to the noun is its own ("Beirut Syrian government air strikes", a
    # dateline run into the story, are the Syrian government's)
    candidates += sorted((c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and names_someone(c)
                          and c not in topics and c not in towns and not sponsor_word(c)), key=lambda c: -c.i)
    done_by = _done_by(noun)
    if pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS:
        candidates += [c for c in _armed_side_before(noun, index) if c not in candidates]
    candidates += [prep_object(noun, ("by",)), phrase_prep_object(noun, ("by",)), blamed_on(noun),
                   perpetrated_by(noun), done_by[1] if done_by is not None else None]
    received = received_from(noun)  # "[Egypt] received aid from [the US]": the giver acts on the receiver
    candidates += [received[0]] if received is not None else []
    preps = pattern.target_preps or DEFAULT_NOUN_PREPS
    prep_target = hostile_prep_object(noun, preps, pattern.cameo) or prep_object(
        noun, tuple(p for p in preps if p != "between"))
    conflict = pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS
    misplaced = misplaced_target(noun) if conflict else None
    if conflict:
        candidates += nominal_agents(noun, [t for t in (prep_target, misplaced) if t is not None])
    roles.sources = [c for c in candidates if c is not None and actor_for(c, index) is not None]
    anchor = noun
    while anchor.dep_ == "conj" and anchor.head.pos_ in ("NOUN", "PROPN"):
        anchor = anchor.head  # "expressed its rejection and [condemnation] of X": the first conjunct's role
    named = _named_only(anchor)
    # "fought in a bid to halt [rocket fire]", "to ease the [siege]": who ends an act of force is not its doer
    reacted = anchor.head.lemma_.lower() in REACTION_VERBS or (
        pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS and anchor.head.lemma_.lower() in ENDING_VERBS)
    if not roles.sources and anchor.head.pos_ in ("VERB", "AUX") and not named and not reacted:
        if anchor.dep_ in LIGHT_VERB_DEPS:
            roles.sources, roles.inferred = [s for s in (verb_subject(anchor.head)[0],) if s is not None], True
            roles.light = anchor.head.lemma_.lower() in HOLDING_VERBS
            carrier = LIGHT_VERBS | (HOLDING_VERBS if pattern.cameo[:2] == "04" else frozenset())
            roles.distant = anchor.head.lemma_.lower() not in carrier  # "characterized the call", "has support"
    elif not roles.sources and (anchor.dep_ == "pobj" or named):
        # "In a call with X, [Y] offered help", "[rebels] engaged X in a firefight"; but "police identified
        # the bomber in an attack on the embassy" must not make the police the attackers
        governor = _governing_verb(anchor)
        verbal = pattern.cameo[:2] in VERBAL_ROOTS or named
        if governor is not None and (verbal or governor.lemma_.lower() in TAKING_PART_VERBS) \
                and not _charged_to_the_object(anchor, governor) and not _landmark_of_a_passive(anchor, governor):
            roles.sources, roles.inferred = [s for s in (verb_subject(governor)[0],) if s is not None], True
            roles.distant = True
    if topics and roles.distant:  # "Trump attacked the Russia investigation": he does not investigate
        roles.sources = []
    if not roles.sources and pattern.cameo[:2] == INQUIRY_ROOT:  # "the [police] investigation stalled"
        roles.sources, roles.inferred, roles.distant = _investigating_body(noun, index, topics), False, False
    if prep_target is None and done_by is not None:  # "sanctions imposed by X [on] Y": hung on the participle
        prep_target = prep_object(done_by[0], tuple(p for p in preps if p != "between"))
    if prep_target is None and anchor.i != noun.i:  # "its rejection and condemnation [of X]"
        prep_target = prep_object(anchor, tuple(p for p in preps if p != "between"))
    if prep_target is None:  # "a contribution of 50 million euros [to X]": hung on the amount
        amount = prep_object(noun, ("of",))
        if amount is not None and (amount.like_num or amount.lemma_.lower() in MEASURE_WORDS or any(
                c.dep_ == "nummod" for c in amount.children)):
            prep_target = prep_object(amount, tuple(p for p in preps if p != "between"))
    targets = [received[1]] if received is not None else []
    if pattern.possessor == "target" and possessor is not None:
        if prep_target is not None and prep_target.lower_ != possessor.lower_:
            roles.sources.insert(0, possessor)  # "Russia's arrest of the reporter": the possessor acts
        else:
            targets.append(possessor)  # "Navalny's arrest"
    targets += [prep_target, misplaced, *topics]
    if prep_target is None and misplaced is None:  # "the regime's siege [of] X": the one it is done to
        targets.append(_done_to(noun, roles.sources, pattern.cameo))
    if conflict and prep_target is None and misplaced is None:  # "sorties [targeting] sites of X"
        targets.append(aimed_at(noun))
    if conflict:  # "an offensive to retake [rebel]-held X": aimed at whom the ground is taken from
        targets += held_ground_sought(noun)
    if noun.dep_ in LIGHT_VERB_DEPS:
        targets += [hostile_prep_object(noun.head, preps, pattern.cameo), prep_object(noun.head, preps),
                    _light_verb_dative(noun), errand_addressee(noun.head)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":  # "engaged X in a firefight"
        targets.append(child(noun.head.head, ("dobj",)))
    if pattern.cameo[:2] == INQUIRY_ROOT:  # "an investigation into claims that [two soldiers] abused …"
        targets += inquired_into(targets) + inquired_clause_subjects(noun)  # "an inquiry into whether [X] …"
    if pattern.cameo[:2] in CLAUSE_TARGET_ROOTS:
        targets += clause_subjects(noun)
    if pattern.cameo[:2] in CONDITION_TARGET_ROOTS:  # "threats that he would … unless [the EU] paid"
        stray = stray_content_clause(noun)  # ... the "that" clause hung on the verb above the noun
        targets += condition_subjects(noun) + (condition_subjects(stray) if stray is not None else [])
    if pattern.cameo[:2] in AID_ROOTS or pattern.cameo[:3] in AID_CUTS:
        clause = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
        targets += beneficiaries(clause, possessor)
    roles.targets = [t for t in targets if t is not None]
    roles.between = prep_object(noun, ("between", "among")) or disputing_sides(match)
    roles.victim = (victim_of(anchor) or _victims_before_a_shared_passive(anchor)
                    or _victims_of_the_act_itself(anchor)) if conflict else None
    roles.casualties = _hurt_by_the_act_itself(anchor) if conflict else None
    roles.struck = (prep_target or misplaced) if conflict else None  # "an attack [on a base in Iraq]"
    if conflict and roles.victim is not None and actor_for(roles.victim, index) is not None:
        roles.targets = [t for t in roles.targets if not _held_place(t)]  # the killed, not "a [rebel-held] town"
    if roles.victim is None and roles.casualties is None:  # the killed are whom it hit, else the holders
        roles.targets = holders_first(pattern.cameo, roles.targets)  # "strikes on [rebel]-held Idlib"
    return roles
