"""Source and target candidates for a verb trigger ("[Russia] accused [Turkey]").

The subject cascade itself is in ``subjects.verb_subject``; this module
adds the verb-specific readings around it (passives whose agent is the
state that expels, arrests or deploys; envoys acting for their sender;
resolutions acting for their author) and orders the target candidates:
objects, target prepositions, complement clauses, beneficiaries of aid.
Readings particular to some codes (release requests, threats' conditions,
venues, agreement partners) are in ``roles_by_code``. The policy the
cascades follow is in ``events.roles``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.arguments import RELATION_NOUNS
from eventwire.events.casualties import hit_in_the_main_clause, left_as_casualties
from eventwire.events.held_places import holders_first
from eventwire.events.made_things import makes_its_object
from eventwire.events.matching import Match
from eventwire.events.recipients import AID_CUTS, AID_ROOTS, beneficiaries
from eventwire.events.roles import (
    CLAUSE_TARGET_ROOTS,
    INQUIRY_ROOT,
    LIGHT_VERB_DEPS,
    Roles,
    aimed_at,
    clause_subjects,
    disputing_sides,
    errand_addressee,
    hostile_prep_object,
    infinitive_subject,
    inquired_clause_subjects,
    inquired_into,
    object_prep_object,
    phrase_prep_object,
    reciprocal_object,
)
from eventwire.events.roles_by_code import (
    MEETING_INTENTS,
    PLACE_PREPS,
    POSTURE_ROOT,
    RELEASE_REQUESTS,
    THREAT_ROOT,
    VENUE_ROOTS,
    act_targets,
    agreement_partner,
    border_neighbour,
    condition_targets,
    destination,
    holders_not_the_freed,
    venue,
)
from eventwire.events.subjects import SENDING_VERBS, verb_subject
from eventwire.events.trigger_words import CHARACTERISING_LEMMAS, HOLDING_PREDICATES, SMALL_CLAUSE_PREDICATES
from eventwire.events.voice import child, is_passive, passive_agent, passive_subject, prep_object
from eventwire.roots import MATERIAL_CONFLICT_ROOTS

OBJECT_PREPS = ("on", "against", "at", "to", "with", "into", "for", "from")
#: Verbs of saying or naming that frame a free relative object: "condemned what it [called/said was] X".
FRAMING_VERBS = CHARACTERISING_LEMMAS | {"say"}
#: Passive verbs whose subject is the one who will act: "[Obama] is scheduled to attend".
RAISING_VERBS = frozenset({"schedule", "set", "slate", "expect", "plan", "due", "poise", "prepare"})
#: Verbs whose present passive states the subject's own commitment: "[Kenya] is committed to reform".
STATIVE_PASSIVES = frozenset({"commit", "dedicate", "pledge"})
#: Where a person is committed to, not what a state commits to ("was committed to [trial]").
CUSTODY_PLACES = frozenset({"trial", "prison", "jail", "hospital", "custody", "court", "asylum", "institution"})
#: Verbs of expulsion: a passive one's "from" phrase is the expeller ("[X] was expelled from [Russia]").
EXPELLING_VERBS = frozenset({"expel", "deport", "evict", "banish", "oust"})
#: Verbs of taking into custody: a passive one's "in <country>" phrase is that state's act ("arrested in [Iran]").
CUSTODY_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "apprehend", "incarcerate"})
#: Verbs of bringing to justice: a passive one with no agent is the act of the court it took place in ("was
#: sentenced in [a Nairobi court]"); the "in <state>" of the custody verbs is not enough for them (see dyads).
JUDICIAL_VERBS = frozenset({"charge", "indict", "prosecute", "convict", "sentence"})
#: Verbs that move troops: a passive one with no agent has the troops themselves as the doer.
DEPLOYING_VERBS = frozenset({"deploy", "redeploy", "send", "dispatch", "station", "post", "mobilize", "mobilise"})


#: Taking ground (192): whom a place is taken "from" is the side it is taken off ("captured the town [from] X").
TAKING_GROUND = frozenset({"192"})


def _taken_from(verb: Token, obj: Token | None) -> Token | None:
    """ "captured vast areas [from] Daesh", "seized territory [from] rival rebel groups": the side that held the
    ground is whom its capture is aimed at, when the ground itself names no one. The "from" phrase is hung on the
    verb or inside the object's phrase (not below a phrase saying where the ground is)."""
    found = prep_object(verb, ("from",))
    return found if found is not None or obj is None else object_prep_object(obj, ("from",))


#: Roots of verbal acts about a thing someone made or holds: "opposed [the savings that X identified]".
VERBAL_ACT_ROOTS = frozenset({"02", "03", "05", "10", "11", "12", "13"})
#: Relative words that stand for the thing itself in its clause, never for its author.
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})


def _author_of_the_thing(obj: Token) -> Token | None:
    """ "opposed the savings [that the president identified]", "challenge the range of threats [that North Korea
    poses]": a verbal act on a thing someone proposed, made or poses is aimed at them when the thing names no
    one. Only a relative clause whose gap is its object (its own object is a relative word, or it has none and
    no clause of its own: "the document, which [X] says has cost ..." is only X's report), on the object or on
    the object's "of" phrase: its active subject, or the "by" agent of a passive one ("the plan proposed [by] X")."""
    things = [obj, *(p for p in (prep_object(obj, ("of",)),) if p is not None)]
    for thing in things:
        for clause in (c for c in thing.children if c.dep_ in ("relcl", "acl") and c.i > thing.i):
            if clause.lemma_.lower() in FRAMING_VERBS | {"refer"}:
                continue  # "the decision, which [X] has referred to as a stunt": X only names it
            agent = child(clause, ("agent",))
            if agent is not None:  # "the plan (that was) proposed [by] X"
                return child(agent, ("pobj",))
            own = child(clause, ("dobj",))
            if (own is not None and own.lower_ not in RELATIVE_WORDS) or (clause.dep_ == "acl" and own is None):
                continue
            if any(c.dep_ in ("ccomp", "xcomp", "advmod") and c.lower_ not in ("also",) for c in clause.children):
                continue  # "the areas [where] X fought", "which X says has cost"
            subject = child(clause, ("nsubj",))
            if subject is not None and subject.lower_ not in RELATIVE_WORDS:
                return subject
    return None


def _owner_of_the_thing(obj: Token) -> Token | None:
    """ "the police backed [his] measures", "rejected [Iran's] proposal": a verbal act on a thing someone owns
    or made is aimed at its owner when the thing names no one. The possessor is the owner; a possessive pronoun
    stands for its antecedent, which is often the doer itself ("Russia defended [its] decision"), and a
    self-target is dropped, so the owner comes last, after every other reading ("refused [his] willingness
    ... to meet with X", a misparse, still meets X). A state's allies or rivals are other parties, not a thing
    it owns ("criticized [Moscow's] allies" is not aimed at Moscow)."""
    return child(obj, ("poss",)) if obj.lemma_.lower() not in RELATION_NOUNS else None


#: Verbs of letting: the one let ("allow [X] to land", "permit [X] to enter") is whom the act is aimed at.
PERMITTING_VERBS = frozenset({"allow", "permit", "let", "authorize", "authorise"})


def _complement_targets(match: Match, preps: tuple[str, ...]) -> list[Token]:
    """Targets inside the complement a pattern consumed: "threatened to shell [Haifa]"."""
    out: list[Token] = []
    for word in match.complement:
        if word.lemma_.lower() in PERMITTING_VERBS:  # "refused to allow [two airlines] to land": whom it lets
            out += [s for c in word.children if c.dep_ in ("ccomp", "xcomp") for s in (child(c, ("nsubj",)),)
                    if s is not None]
        freed = word.lower_ in SMALL_CLAUSE_PREDICATES and match.pattern.cameo[:2] == "08"
        if freed and word.head.i == match.trigger.i:
            # "let [free] Karman" read as a clause whose subject is Karman: the one set free
            out += [s for s in (child(word, ("nsubj",)),) if s is not None]
        obj = child(word, ("dobj", "dative"))
        out += [obj] if obj is not None and not makes_its_object(word) else []  # not "to set up [a company]"
        out += [p for p in (prep_object(word, preps or OBJECT_PREPS), _out_of(word)) if p is not None]
        if obj is not None:  # "sever all ties [with] Israel"
            out += [p for p in (prep_object(obj, preps or OBJECT_PREPS),) if p is not None]
        if word.pos_ == "NOUN" and match.pattern.cameo[:2] in CLAUSE_TARGET_ROOTS:  # "called for [sanctions] against X"
            out += [p for p in (prep_object(word, ("against", "on")),) if p is not None]
    return out


def _clause_prep_object(verb: Token, preps: tuple[str, ...]) -> Token | None:
    """A target preposition inside the verb's objects and modifiers, not in its subject or other clauses.

    Prepositions of the verb are searched inside when they are not target
    prepositions themselves ("provide ammunition [alongside] assistance [to] X"). The "by" agent of a
    passive is its subject: "pressed by Senator X [of] Ohio" names his state, not whom he pressed.
    """
    for part in verb.children:
        if part.dep_ in ("nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "relcl", "conj", "punct", "parataxis",
                         "agent"):
            continue
        found = phrase_prep_object(part, preps) if part.dep_ != "prep" or part.lower_ not in preps else None
        if found is not None:
            return found
    return None


def _recipient_hung_on_a_clause(verb: Token, preps: tuple[str, ...]) -> Token | None:
    """ "returned 12 skulls that date back to 640 AD [to Peru]", "returned a manuscript, missing since 1943,
    [to Venafro]", "gave the data of the holders which includes their names [to the Indian government]": the
    parser hangs the "to" phrase of a giving verb on a clause describing the thing given. Only a "to" phrase
    that follows a complement of that clause's own (the clause is complete without it: "rebels who went [to]
    Syria" is not) in a clause whose subject is the thing given ("arms that rebels took [to] Syria" is not), and
    only when the verb has no recipient of its own ("gave arms [to rebels] who went ...")."""
    if "to" not in preps or child(verb, ("dative",)) is not None or prep_object(verb, ("to",)) is not None:
        return None
    obj = child(verb, ("dobj",))
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "acl") and c.i > verb.i]
    if obj is not None:
        clauses += [c for c in obj.subtree if c.dep_ in ("relcl", "acl") and c.i > obj.i]
    for clause in clauses:
        subject = child(clause, ("nsubj", "nsubjpass"))
        if subject is not None and subject.lower_ not in ("that", "which", "who"):
            continue  # "weapons that rebels later took [to] Syria": the rebels' own journey
        complements = [c for c in clause.children if c.dep_ in ("dobj", "prep", "advmod") and c.i > clause.i]
        prep = next((c for c in reversed(complements) if c.dep_ == "prep" and c.lower_ == "to"), None)
        if prep is not None and complements[0].i < prep.i:
            return child(prep, ("pobj",))
    return None



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


def _held(verb: Token) -> Token | None:
    """ "held [two guards hostage]" parsed as a clause: the small clause stands for the object held."""
    return next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.lower_ in HOLDING_PREDICATES), None)


def _free_relative_object(verb: Token) -> Token | None:
    """ "condemned [what it said was] an attack by X", "condemned [what he called] a massacre": the object is a
    free relative the parser hangs as a clause of saying or naming; what is acted on is the noun it names."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.lemma_.lower() not in FRAMING_VERBS:
            continue
        if any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):  # "what he called X"
            return child(clause, ("oprd",)) or prep_object(clause, ("as",))  # "what it described as X"
        copula = next((c for c in clause.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
        if copula is not None and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in copula.children):
            return child(copula, ("attr",))  # "what it said was X"
    return None


def _past_the_reporter(verb: Token, subject: Token | None) -> Token | None:
    """ "According to the group [Hezbollah] 30 militants were killed": with no comma after the reporting phrase
    the parser takes the reporter's name for the passive subject and the victims for its appositive; the
    one the report names is not acted on, its appositive is."""
    if subject is None or subject.i == 0:
        return subject
    before = subject.doc[subject.i - 1]  # the last word of the reporting phrase, no comma between
    reported = not before.is_punct and any(a.lower_ == "according" for a in before.ancestors)
    return (child(subject, ("appos",)) or subject) if reported else subject


def _stative_commitment(verb: Token) -> bool:
    """"[X] is/are committed to <goal>": a present passive of commitment says X is committed, nobody commits X.

    A past one ("was committed to trial", "were dedicated to the victims") or a "to" phrase naming a place of
    custody keeps the ordinary passive reading.
    """
    if verb.lemma_.lower() not in STATIVE_PASSIVES or passive_agent(verb) is not None:
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    goal = child(to, ("pobj", "pcomp")) if to is not None else None  # "to peace", "to [reforming]"
    return present and goal is not None and goal.lemma_.lower() not in CUSTODY_PLACES


def _particle_phrase_target(verb: Token, particle: tuple[str, ...], preps: tuple[str, ...]) -> Token | None:
    """A target preposition inside the phrase of the particle a pattern requires: "warned [its citizens]
    against travel [to] X" is aimed at X, the place one is told not to go; the object is only who is told."""
    if not particle or not preps:
        return None
    obj = child(verb, ("dobj",))
    holders = [verb, obj] if obj is not None else [verb]  # "advised [students against] travel": hung on the object
    phrase = next((c for h in holders for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ in particle),
                  None)
    return phrase_prep_object(phrase, preps) if phrase is not None else None


def _errand_destination(verb: Token) -> Token | None:
    """Where the doer of a purpose infinitive was sent, when the errand names no one it is aimed at: "France
    has sent seven experts [to] Saudi Arabia to investigate the attacks" investigates in Saudi Arabia."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VB" or verb.head.lemma_.lower() not in SENDING_VERBS:
        return None
    sent = child(verb.head, ("dobj",))
    return prep_object(verb.head, ("to", "into")) or (prep_object(sent, ("to", "into")) if sent is not None else None)


def _out_of(verb: Token) -> Token | None:
    """ "pulled its forces out [of] Syria": the parser hangs "of" under "out", so "out" has no object itself."""
    out = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"), None)
    return prep_object(out, ("of",)) if out is not None else None


def _shared_object(verb: Token) -> Token | None:
    """The object two coordinated verbs share, hung by the parser on the other one: "troops arrested and beat
    [protesters]", "had killed 28 and wounded [30 militants]", "surrounded and threatened [the senator]".

    English writes a shared object once, after the last verb. Only when the trigger has no object of its own
    (a bare count, "killed 28", stands for the same people), the other verb has no subject of its own (a new
    clause, "X arrested and [Y] beat Z", has its own doer) and the object comes after both verbs.
    """
    own = child(verb, ("dobj",))
    if own is not None and not (own.like_num and not any(c.dep_ != "punct" for c in own.children)):
        return None
    # a later verb with a subject of its own is a clause of its own
    others = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
              and child(c, ("nsubj", "nsubjpass")) is None]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and own is None:
        others.append(verb.head)  # "surrounded and threatened [X]" hung on "surrounded", whose subject both share
    for other in others:
        if is_passive(other):
            continue
        obj = child(other, ("dobj",))
        if obj is not None and obj.i > max(verb.i, other.i):
            return obj
    return None


def verb_roles(match: Match) -> Roles:
    """Candidates for a verb trigger (the subject cascade is in subjects.verb_subject)."""
    verb, pattern = match.trigger, match.pattern
    source, inferred = verb_subject(verb)
    if source is None and verb.lemma_.lower() in RAISING_VERBS and is_passive(verb):
        source = child(verb, ("nsubjpass",))  # "[Obama] is scheduled to meet X": his plan, no one else's
    if source is None and _stative_commitment(verb):
        source = child(verb, ("nsubjpass",))  # "[the government] is committed to opening the economy"
    if source is None and verb.lemma_.lower() in EXPELLING_VERBS and is_passive(verb):
        # CAMEO 161/166/174 are done by whoever sends people away: the state or body they leave
        source = prep_object(verb, ("from",))  # "two inspectors were expelled from [North Korea]"
    if source is None and _deployed_troops(match):
        source = match.object  # "[Russian soldiers] were deployed as peacekeepers": troops carry their state's code
    judged = verb.lemma_.lower() in JUDICIAL_VERBS
    located = source is None and (verb.lemma_.lower() in CUSTODY_VERBS or judged) and is_passive(verb)
    if located:  # CAMEO 173 is done by the state's authorities: "X was arrested in [Rwanda]" (a state only, see dyads)
        source = prep_object(verb, ("in",))
    roles = Roles(sources=[source] if source is not None else [], inferred=inferred, located=located,
                  judged=located and judged)
    if source is not None and verb.head.lemma_ in SENDING_VERBS and source.head.i == verb.head.i != verb.i:
        # "sent [teams] into Libya to investigate X": uncoded envoys act for their sender
        roles.sources += [s for s in (verb_subject(verb.head)[0],) if s is not None]
    if verb.dep_ == "acl" and source is not None and source.i == verb.head.i and source.dep_ in LIGHT_VERB_DEPS:
        # "parliament passed [a resolution] criticizing X": the resolution's author is the source
        author = verb_subject(source.head)[0] if source.head.pos_ in ("VERB", "AUX") else None
        roles.sources += [author] if author is not None else []
    if pattern.target_from == "clause":  # "Russia says [Israel] must end ...": nobody else is addressed
        roles.targets = clause_subjects(verb)
        return roles
    if pattern.target_from == "preps":  # "discussed [North Korea] with X": the object is the topic
        roles.targets = [t for t in (prep_object(verb, pattern.target_preps),) if t is not None]
        return roles
    preps = pattern.target_preps
    targets: list[Token | None] = [agreement_partner(verb, pattern.cameo)]
    owned: Token | None = None  # the owner of the thing a verbal act is about, read last
    if is_passive(verb):
        subject = _past_the_reporter(verb, passive_subject(verb))
        # "[troops] were sent to X" is no recipient, as "sent [troops]" is not
        sent = (pattern.object_role == "thing" and match.object is not None and subject is not None
                and match.object.i == subject.i)
        targets.append(subject if not sent and (source is None or subject is None or subject.i != source.i) else None)
        if subject is not None and (preps or match.object is not None):  # "[sanctions on X] were imposed by Y"
            targets.append(phrase_prep_object(subject, preps or OBJECT_PREPS))
        targets.append(prep_object(verb, preps) if preps else None)  # "troops were deployed [to] X"
    else:
        obj = child(verb, ("dobj",)) or child(verb, ("oprd",)) or _held(verb) or _free_relative_object(verb)
        targets += [_particle_phrase_target(verb, pattern.particle, preps)]
        targets += [child(verb, ("dative",))]
        if preps:  # "fired batteries [at Russia]"; "returned artifacts [to X]" hung on the object
            targets += [hostile_prep_object(verb, preps, pattern.cameo), prep_object(verb, preps),
                        object_prep_object(obj, preps) if obj is not None else None]
            targets.append(_out_of(verb) if "out" in preps else None)
        if not pattern.object or "*" in pattern.object:  # any object: the object itself is the target
            targets += [obj, _shared_object(verb)]  # ... or the one it shares: "arrested and beat [X]"
        if pattern.cameo in TAKING_GROUND:  # "captured the town [from] X": the side that held it
            targets.append(_taken_from(verb, obj))
        if match.object is not None:
            object_preps = preps or OBJECT_PREPS
            # a required object that is the one acted on comes before the phrases inside it: "received [the
            # Qatari ambassador] to Oman" receives the ambassador; "sent [jets]" is no recipient at all
            people = pattern.object_role == "target" and not preps
            targets += [obj if people else None, phrase_prep_object(match.object, object_preps),
                        prep_object(verb, object_preps)]
            if pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS:  # "conducted sorties [targeting] sites of X"
                targets.append(aimed_at(match.object))
            targets.append(obj if pattern.object_role == "target" else None)
        elif obj is not None and pattern.cameo[:2] != "01":  # "demanded the resignation of the PM"
            targets.append(prep_object(obj, ("of", "with", "to", "for", "against", "on")))
        # a second object the parser split off ("meet his counterpart [Italian President X]")
        targets += [c for c in verb.children if c.dep_ == "dobj" and obj is not None and c.i != obj.i]
        if pattern.cameo[:2] != "01":  # "rejected [X] to postpone": X parsed as the infinitive's subject
            targets.append(infinitive_subject(verb))
        if obj is not None and pattern.cameo[:2] in VERBAL_ACT_ROOTS:  # "opposed the plan [that X proposed]"
            targets.append(_author_of_the_thing(obj))
            owned = _owner_of_the_thing(obj)
    conditions = condition_targets(match)  # "threatened to cut aid unless [X] …"
    if pattern.cameo[:2] == THREAT_ROOT:  # "warned that the US would strike if [Iran] attacks": aimed at Iran
        targets += conditions
    if pattern.cameo[:2] in CLAUSE_TARGET_ROOTS:
        targets += clause_subjects(verb)
    if pattern.cameo[:2] != "01":  # "denied that X attacked Y": Y is not the denial's target
        targets += _complement_targets(match, preps)
    if pattern.cameo[:2] != THREAT_ROOT:  # other codes: a condition's subject after the act's own targets
        targets += conditions
    if preps:  # last: a target preposition anywhere in the verb's own phrase, however the parser hung it
        targets += [_clause_prep_object(verb, preps), _recipient_hung_on_a_clause(verb, preps)]
    if pattern.cameo[:2] in AID_ROOTS or pattern.cameo[:3] in AID_CUTS:
        targets += beneficiaries(verb, source)
    if pattern.cameo[:2] == INQUIRY_ROOT:  # "investigated the transfer of funds from [the authority]"
        targets += inquired_into(targets) + inquired_clause_subjects(verb)  # "investigating whether [X] …"
    if pattern.cameo == "015":  # "claimed responsibility for an attack [targeting] X": the attack's target
        act = prep_object(verb, ("for",)) or (phrase_prep_object(match.object, ("for",)) if match.object else None)
        targets += act_targets(act) if act is not None else []
    if pattern.cameo[:2] == POSTURE_ROOT:  # "massed troops on its border [with] X": the state across it
        targets.append(border_neighbour(match))
    targets.append(errand_addressee(verb))  # "phoned [X] to express condolences": last resort
    targets.append(_errand_destination(verb))  # "sent experts [to X] to investigate the attacks"
    targets.append(owned)  # last: "backed [his] measures"
    roles.targets = holders_first(pattern.cameo, [t for t in targets if t is not None])  # "bombed [rebel]-held X"
    if pattern.cameo in RELEASE_REQUESTS:  # "demanded the release of [X]": whoever holds X, not X
        roles.targets = holders_not_the_freed(match, roles.targets)
    roles.between = prep_object(verb, ("between", "among")) or disputing_sides(match)
    roles.mutual = reciprocal_object(verb)  # "X and Y accused [each other]"
    if pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS and not pattern.symmetric:
        # "[three fighters] were killed when a drone struck …", "fired rockets, leaving [five people] dead"
        roles.casualties = hit_in_the_main_clause(verb) or left_as_casualties(verb)
        roles.place = prep_object(verb, PLACE_PREPS)
        roles.struck = child(verb, ("nsubjpass",) if is_passive(verb) else ("dobj",))
    if pattern.cameo[:2] in VENUE_ROOTS and pattern.cameo not in MEETING_INTENTS:
        roles.venue = venue(match)
        roles.destination = destination(match)
    return roles
