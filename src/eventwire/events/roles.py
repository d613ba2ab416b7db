"""Source and target candidates for a matched trigger, and the cascades that order them.

Each role gets an ordered list of candidate words (a cascade: the first that
names a coded actor wins), so a plain object that is not an actor ("the
suspect") gives way to the next reading ("extradited ... to the United
States") instead of killing the event.

Coding policy (also in ``data/patterns/README.md``):

* A coded source is always required.
* A target is optional where PLOVER makes the recipient optional (all
  categories but COOPERATE, AID and SANCTION): with no coded target the
  event has ``target=None``, under the guards in ``recipients.may_stand_alone``
  (not when a named target was ruled out, not for relations with no named
  partner, not for ``target: always`` patterns). The strict CAMEO rule (a
  target unless the pattern says ``target: optional``) is the option
  ``events_optional_recipient = False``.
* Coordinated actors give one event each ("the US and France accused
  Russia" -> USA->RUS, FRA->RUS).
* A symmetric pattern (meet, talk, agree, cooperate) whose subject is
  coordinated and which has no other target gives the reciprocal pair, as
  CAMEO coders do ("Trump and Putin agreed to meet" -> USA->RUS, RUS->USA);
  "talks between X and Y" likewise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.events.arguments import (
    SENDING_VERBS,
    ActorIndex,
    actor_for,
    child,
    is_passive,
    passive_agent,
    prep_object,
    verb_subject,
)
from eventwire.events.matching import MEASURE_WORDS, Match, naming_use
from eventwire.events.nominal import (
    MATERIAL_CONFLICT_ROOTS,
    blamed_on,
    misplaced_target,
    nominal_agents,
    received_from,
    victim_of,
)
from eventwire.events.recipients import (
    AID_CUTS,
    AID_ROOTS,
    beneficiaries,
    names_someone,
)
from eventwire.events.topics import names_a_topic

DEFAULT_NOUN_PREPS = ("against", "on", "with", "to", "at")
OBJECT_PREPS = ("on", "against", "at", "to", "with", "into", "for", "from")
LIGHT_VERB_DEPS = ("dobj", "attr", "nsubjpass", "oprd")
#: Verbal cooperation and disapproval, whose nouns often sit in a prepositional phrase of the speaker's clause.
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "11"})
#: Verbs whose subject does the event noun of their "in/with" phrase ("engaged X in a firefight",
#: "responded with a missile attack").
TAKING_PART_VERBS = frozenset({
    "engage", "clash", "fight", "battle", "join", "participate", "take", "lead", "wage", "respond", "retaliate",
    "react", "reply", "hit", "strike",
})
#: Passive verbs whose subject is the one who will act: "[Obama] is scheduled to attend".
RAISING_VERBS = frozenset({"schedule", "set", "slate", "expect", "plan", "due", "poise", "prepare"})
#: Verbs of expulsion: a passive one's "from" phrase is the expeller ("[X] was expelled from [Russia]").
EXPELLING_VERBS = frozenset({"expel", "deport", "evict", "banish", "oust"})
#: Verbs of taking into custody: a passive one's "in <country>" phrase is that state's act ("arrested in [Iran]").
CUSTODY_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "apprehend", "incarcerate"})
#: Verbs that move troops: a passive one with no agent has the troops themselves as the doer.
DEPLOYING_VERBS = frozenset({"deploy", "redeploy", "send", "dispatch", "station", "post", "mobilize", "mobilise"})
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
})
#: Verbs that name or characterise an event rather than take part in it.
NAMING_VERBS = frozenset({"call", "describe", "characterize", "characterise", "term", "dub", "label", "name"})
CLAUSE_DEPS = ("ccomp", "advcl", "acl", "xcomp")
#: Codes whose target can be the subject of the governed clause: appeals and
#: demands ("demanded that [Iran] release"), accusations ("alleged that [France] knew"), threats.
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "13"})


@dataclass(slots=True)
class Roles:
    """Candidate words per role, best first."""

    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    between: Token | None = None  # "talks between X and Y": both sides
    inferred: bool = False  # the source came from another clause
    distant: bool = False  # ... through a preposition of another verb ("blamed X for the failure of the talks")
    light: bool = False  # ... as the subject of a holding verb ("[X] held talks", "[X] attended a summit")
    victim: Token | None = None  # "children killed in a gas attack": last-resort target of material conflict
    place: Token | None = None  # "gunmen killed 12 [in Kabul]": where unnamed victims were hurt (see dyads)
    located: bool = False  # the source is where a passive arrest took place: only a state counts


def _clause_subjects(token: Token) -> list[Token]:
    """Subjects of clauses a trigger governs: "demanded that [Iran] release", "call for [Russia] to"."""
    out = []
    for c in token.children:
        if c.dep_ in CLAUSE_DEPS:
            subject = child(c, ("nsubj",))
            if subject is not None:
                out.append(subject)
    return out


def _complement_targets(match: Match, preps: tuple[str, ...]) -> list[Token]:
    """Targets inside the complement a pattern consumed: "threatened to shell [Haifa]"."""
    out: list[Token] = []
    for word in match.complement:
        obj = child(word, ("dobj", "dative"))
        out += [obj] if obj is not None else []
        out += [p for p in (prep_object(word, preps or OBJECT_PREPS),) if p is not None]
        if obj is not None:  # "sever all ties [with] Israel"
            out += [p for p in (prep_object(obj, preps or OBJECT_PREPS),) if p is not None]
        if word.pos_ == "NOUN" and match.pattern.cameo[:2] in CLAUSE_TARGET_ROOTS:  # "called for [sanctions] against X"
            out += [p for p in (prep_object(word, ("against", "on")),) if p is not None]
    return out


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause an event noun sits in, through prepositions and other nouns.

    "In a telephone call with X, [Y offered]"; "[Trump made] no mention of
    criticism"; "Trump and Putin [signalled] ... in what the White House
    called a phone discussion" (verbs that only name the event are passed).
    """
    token = noun
    for _ in range(6):
        if token.dep_ not in ("pobj", "prep", "pcomp", "relcl", "ccomp", "dobj", "oprd", "attr", "agent"):
            return None
        passed = token
        token = token.head
        if token.pos_ in ("VERB", "AUX") and not (passed.i == noun.i and _named_only(noun)):
            return token
    return None


def _named_only(noun: Token) -> bool:
    """ "what the White House called a phone discussion": the verb names the event, it does not do it."""
    head = noun.head
    return head.lemma_.lower() in NAMING_VERBS and (
        noun.dep_ in ("oprd", "attr", "xcomp")
        or any(c.dep_ == "dobj" and c.i != noun.i for c in head.children)
        or naming_use(head)  # "called [the investigations] a hoax"
    )


def _clause_prep_object(verb: Token, preps: tuple[str, ...]) -> Token | None:
    """A target preposition inside the verb's objects and modifiers, not in its subject or other clauses.

    Prepositions of the verb are searched inside when they are not target
    prepositions themselves ("provide ammunition [alongside] assistance [to] X").
    """
    for part in verb.children:
        if part.dep_ in ("nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "relcl", "conj", "punct", "parataxis"):
            continue
        found = _phrase_prep_object(part, preps) if part.dep_ != "prep" or part.lower_ not in preps else None
        if found is not None:
            return found
    return None


def _phrase_prep_object(phrase: Token, preps: tuple[str, ...]) -> Token | None:
    """A prepositional object anywhere inside a noun phrase ("a silver pendant [to] X", misattached)."""
    for token in phrase.subtree:
        if token.dep_ == "prep" and token.lower_ in preps and token.head.dep_ != "relcl":
            pobj = child(token, ("pobj",))
            if pobj is not None:
                return pobj
    return None


def _act_targets(act: Token) -> list[Token]:
    """Whom an act was aimed at: "an attack [on] X", "an attack [targeting] X", "a bombing [at] a mall in X"."""
    out = [prep_object(act, ("on", "against", "at", "in"))]
    for clause in (c for c in act.children if c.dep_ in ("acl", "relcl")):
        out += [child(clause, ("dobj",)), prep_object(clause, ("at", "in", "on", "against"))]
    out.append(_phrase_prep_object(act, ("on", "against", "at", "in")))
    return [t for t in out if t is not None]


def _deployed_troops(match: Match) -> bool:
    """ "[2,000 Russian soldiers] were deployed along the corridor": the passive subject is what was sent.

    CAMEO codes a deployment (074, 154) by the sending side; with no "by"
    agent the only trace of it is the troops' own actor code (RUSMIL), as
    coders code "Russian troops moved into X". Only for patterns whose
    object is what is sent (``object_role: thing``) and verbs that move
    troops; "[rebels] were supplied with arms" receives and is not covered.
    """
    verb, obj = match.trigger, match.object
    return (
        match.pattern.object_role == "thing" and obj is not None and obj.dep_ == "nsubjpass"
        and verb.lemma_.lower() in DEPLOYING_VERBS and is_passive(verb) and passive_agent(verb) is None
        and child(verb, ("dobj", "dative")) is None
    )


#: Conflictual roots (11 DISAPPROVE to 20): an act "against" someone is aimed at them, whoever else it is "with".
HOSTILE_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})


def _hostile_prep_object(token: Token, preps: tuple[str, ...], cameo: str) -> Token | None:
    """ "filed a complaint with the UN [against] X": for conflictual codes the "against" phrase is the
    target before any other target preposition the pattern lists, whatever their order in the sentence."""
    if cameo[:2] not in HOSTILE_ROOTS or "against" not in preps:
        return None
    return prep_object(token, ("against",))


def _disputing_sides(match: Match) -> Token | None:
    """Mediation (045) is aimed at the parties it mediates between, wherever the parser hangs them:
    "launched a mediation effort to end the rift [between X and Y]"."""
    if match.pattern.cameo != "045":
        return None
    return _phrase_prep_object(match.trigger, ("between", "among"))


def verb_roles(match: Match) -> Roles:
    """Candidates for a verb trigger (the subject cascade is in arguments.verb_subject)."""
    verb, pattern = match.trigger, match.pattern
    source, inferred = verb_subject(verb)
    if source is None and verb.lemma_.lower() in RAISING_VERBS and is_passive(verb):
        source = child(verb, ("nsubjpass",))  # "[Obama] is scheduled to meet X": his plan, no one else's
    if source is None and verb.lemma_.lower() in EXPELLING_VERBS and is_passive(verb):
        # CAMEO 161/166/174 are done by whoever sends people away: the state or body they leave
        source = prep_object(verb, ("from",))  # "two inspectors were expelled from [North Korea]"
    if source is None and _deployed_troops(match):
        source = match.object  # "[Russian soldiers] were deployed as peacekeepers": troops carry their state's code
    located = source is None and verb.lemma_.lower() in CUSTODY_VERBS and is_passive(verb)
    if located:  # CAMEO 173 is done by the state's authorities: "X was arrested in [Rwanda]" (a state only, see dyads)
        source = prep_object(verb, ("in",))
    roles = Roles(sources=[source] if source is not None else [], inferred=inferred, located=located)
    if source is not None and verb.head.lemma_ in SENDING_VERBS and source.head.i == verb.head.i != verb.i:
        # "sent [teams] into Libya to investigate X": uncoded envoys act for their sender
        roles.sources += [s for s in (verb_subject(verb.head)[0],) if s is not None]
    if verb.dep_ == "acl" and source is not None and source.i == verb.head.i and source.dep_ in LIGHT_VERB_DEPS:
        # "parliament passed [a resolution] criticizing X": the resolution's author is the source
        author = verb_subject(source.head)[0] if source.head.pos_ in ("VERB", "AUX") else None
        roles.sources += [author] if author is not None else []
    if pattern.target_from == "clause":  # "Russia says [Israel] must end ...": nobody else is addressed
        roles.targets = _clause_subjects(verb)
        return roles
    if pattern.target_from == "preps":  # "discussed [North Korea] with X": the object is the topic
        roles.targets = [t for t in (prep_object(verb, pattern.target_preps),) if t is not None]
        return roles
    preps = pattern.target_preps
    targets: list[Token | None] = []
    if is_passive(verb):
        subject = child(verb, ("nsubjpass", "csubjpass"))
        # "[troops] were sent to X" is no recipient, as "sent [troops]" is not
        sent = (pattern.object_role == "thing" and match.object is not None and subject is not None
                and match.object.i == subject.i)
        targets.append(subject if not sent and (source is None or subject is None or subject.i != source.i) else None)
        if subject is not None and (preps or match.object is not None):  # "[sanctions on X] were imposed by Y"
            targets.append(_phrase_prep_object(subject, preps or OBJECT_PREPS))
        targets.append(prep_object(verb, preps) if preps else None)  # "troops were deployed [to] X"
    else:
        obj = child(verb, ("dobj",)) or child(verb, ("oprd",))
        targets += [child(verb, ("dative",))]
        if preps:  # "fired batteries [at Russia]"; "returned artifacts [to X]" hung on the object
            targets += [_hostile_prep_object(verb, preps, pattern.cameo), prep_object(verb, preps),
                        _phrase_prep_object(obj, preps) if obj is not None else None]
        if not pattern.object or "*" in pattern.object:  # any object: the object itself is the target
            targets.append(obj)
        if match.object is not None:
            object_preps = preps or OBJECT_PREPS
            # a required object that is the one acted on comes before the phrases inside it: "received [the
            # Qatari ambassador] to Oman" receives the ambassador; "sent [jets]" is no recipient at all
            people = pattern.object_role == "target" and not preps
            targets += [obj if people else None, _phrase_prep_object(match.object, object_preps),
                        prep_object(verb, object_preps)]
            targets.append(obj if pattern.object_role == "target" else None)
        elif obj is not None and pattern.cameo[:2] != "01":  # "demanded the resignation of the PM"
            targets.append(prep_object(obj, ("of", "with", "to", "for", "against", "on")))
        # a second object the parser split off ("meet his counterpart [Italian President X]")
        targets += [c for c in verb.children if c.dep_ == "dobj" and obj is not None and c.i != obj.i]
    if pattern.cameo[:2] in CLAUSE_TARGET_ROOTS:
        targets += _clause_subjects(verb)
    if pattern.cameo[:2] != "01":  # "denied that X attacked Y": Y is not the denial's target
        targets += _complement_targets(match, preps)
    if preps:  # last: a target preposition anywhere in the verb's own phrase, however the parser hung it
        targets += [_clause_prep_object(verb, preps)]
    if pattern.cameo[:2] in AID_ROOTS or pattern.cameo[:3] in AID_CUTS:
        targets += beneficiaries(verb, source)
    if pattern.cameo == "015":  # "claimed responsibility for an attack [targeting] X": the attack's target
        act = prep_object(verb, ("for",)) or (_phrase_prep_object(match.object, ("for",)) if match.object else None)
        targets += _act_targets(act) if act is not None else []
    roles.targets = [t for t in targets if t is not None]
    roles.between = prep_object(verb, ("between", "among")) or _disputing_sides(match)
    if pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS and not pattern.symmetric:
        roles.place = prep_object(verb, PLACE_PREPS)
    return roles


#: Prepositions that place an act of violence: "killed 12 [in] Kabul", "opened fire [near] the border post".
PLACE_PREPS = ("in", "near", "at", "outside", "inside")


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


def noun_roles(match: Match, index: ActorIndex) -> Roles:
    """Candidates for an event noun ("Putin's call with Trump", "a U.S. strike on the base").

    Source, in order: the possessor (unless the pattern makes it the
    target); a modifier naming an actor ("U.S. strike", "Russian
    criticism"); a "by" phrase; who it is blamed on ("an attack that X
    pinned on [Y]"); for material conflict, the "by" and blame phrases the
    parser hung elsewhere (``events.nominal``); the subject of a light verb
    ("held talks", "launched a strike"); the subject of the clause an
    "in/during <noun>" phrase belongs to. Material conflict also takes the
    victims as a last-resort target ("[children] killed in a gas attack").
    """
    noun, pattern = match.trigger, match.pattern
    possessor = child(noun, ("poss",))
    roles = Roles()
    candidates = [possessor] if pattern.possessor == "source" else []
    # a modifier names the doer only when it is a name or nationality ("U.S. strike", "Saudi-led strike"),
    # not a role word the actors stage also codes ("joint [military] exercises")
    topics = [c for c in noun.children if pattern.cameo[:2] == "09" and _topic_of_inquiry(c, index)]
    candidates += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and names_someone(c)
                   and c not in topics]
    candidates += [prep_object(noun, ("by",)), _phrase_prep_object(noun, ("by",)), blamed_on(noun)]
    received = received_from(noun)  # "[Egypt] received aid from [the US]": the giver acts on the receiver
    candidates += [received[0]] if received is not None else []
    preps = pattern.target_preps or DEFAULT_NOUN_PREPS
    prep_target = _hostile_prep_object(noun, preps, pattern.cameo) or prep_object(
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
    reacted = anchor.head.lemma_.lower() in REACTION_VERBS
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
        if governor is not None and (verbal or governor.lemma_.lower() in TAKING_PART_VERBS):
            roles.sources, roles.inferred = [s for s in (verb_subject(governor)[0],) if s is not None], True
            roles.distant = True
    if topics and roles.distant:  # "Trump attacked the Russia investigation": he does not investigate
        roles.sources = []
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
    if noun.dep_ in LIGHT_VERB_DEPS:
        targets += [_hostile_prep_object(noun.head, preps, pattern.cameo), prep_object(noun.head, preps)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":  # "engaged X in a firefight"
        targets.append(child(noun.head.head, ("dobj",)))
    if pattern.cameo[:2] in CLAUSE_TARGET_ROOTS:
        targets += _clause_subjects(noun)
    if pattern.cameo[:2] in AID_ROOTS or pattern.cameo[:3] in AID_CUTS:
        clause = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
        targets += beneficiaries(clause, possessor)
    roles.targets = [t for t in targets if t is not None]
    roles.between = prep_object(noun, ("between", "among")) or _disputing_sides(match)
    roles.victim = victim_of(anchor) if conflict else None
    return roles
