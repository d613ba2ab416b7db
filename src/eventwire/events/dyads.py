"""From source and target candidates to the (source, target) pairs an event is coded for.

``roles`` finds candidate words for each side; this module applies the coding
policy to them: the first coded actor of each cascade, coordinated actors one
event each, reciprocal pairs for symmetric patterns and "talks between X and
Y", victims completing an attack only when the doer is named, and one-sided
events only under PLOVER's optional-recipient guards
(``recipients.may_stand_alone``), which take the named but uncoded actor the
roles point at as their target where there is one (``uncoded_targets``). No
event pairs an actor with itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from eventwire.events.arguments import ActorIndex, actor_for, actors_of, in_attribution, surname
from eventwire.events.matching import Match
from eventwire.events.nominal import own_country
from eventwire.events.offices import two_offices, two_titles
from eventwire.events.own_forces import OWN_WORDS, own_forces
from eventwire.events.recipients import (
    PLACE_FLAGS,
    home_ground,
    may_stand_alone,
    names_someone,
    non_actor_source,
    uncoded_partner,
)
from eventwire.events.roles import WHERE_PREPS, Roles
from eventwire.events.uncoded_sources import named_in_phrase, political_target, uncoded_sources
from eventwire.events.uncoded_targets import distinct_named, uncoded_targets
from eventwire.events.voice import coordinated
from eventwire.model import Actor

#: Plural heads that refer back to the last pair of actors ("the two leaders").
GROUP_HEADS = frozenset({"leader", "president", "side", "country", "nation", "minister", "counterpart",
                         "government", "premier", "chancellor", "delegation"})


@dataclass(slots=True)
class Dyad:
    source: tuple[Token, Actor]
    target: tuple[Token, Actor] | None


def _first_actors(tokens: list[Token], index: ActorIndex, trigger: Token | None = None
                  ) -> list[tuple[Token, Actor]]:
    for token in tokens:
        if trigger is not None and token is not None and in_attribution(token, trigger):
            continue  # "according to [X]": the reporter, not a party
        found = actors_of(token, index)
        if found:
            return found
    return []


def dyads(
    match: Match, roles: Roles, index: ActorIndex, recent: tuple[Actor, Actor] | None = None,
    one_sided: str = "no",
) -> list[Dyad]:
    """Every (source, target) pair the roles support under the coding policy.

    ``recent`` is the last dyad coded in the preceding sentences; "the (two)
    leaders" as subject refers to it ("Trump and Putin spoke by phone. ...
    the leaders also agreed to meet"). ``one_sided`` says when a missing
    target is allowed (PLOVER's optional recipient): "no", "yes" (see
    ``recipients.may_stand_alone``) or "named" (also only when a target candidate
    names someone the dictionaries do not know: "granted asylum to [Julian
    Assange]").
    """
    trigger_start = match.trigger.idx
    coded_sources = _first_actors(roles.sources, index, match.trigger)
    sources = [s for s in coded_sources if not _covers(s[1], trigger_start) and not non_actor_source(s[0], s[1])]
    if roles.located:  # "arrested in [Rwanda]" is Rwanda's act; "arrested in [a police raid]" names no one
        sources = [s for s in sources if _custodian(s[1], roles.judged)]
    if not sources and recent and roles.sources and group_reference(roles.sources[0]):
        roles.inferred = True
        sources = [(roles.sources[0], recent[0]), (roles.sources[0], recent[1])]
    sides = actors_of(roles.between, index)
    if sides and not sources and match.pattern.cameo == MEDIATION:
        return []  # "a truce brokered between X and Y": the sides are mediated between; the mediator is unnamed
    if len(sides) >= 2 and (not sources or roles.distant):
        # "talks between X and Y" names both sides; a source borrowed from another clause ("Pompeo travelled
        # to prepare for talks between Trump and Kim") does not take part
        return [Dyad(a, b) for a in sides for b in sides if _distinct(a[1], b[1])]
    if sides and roles.distant:
        return []  # "reiterated support to the negotiations among [Sudanese parties]": the borrowed source is no party
    candidates = roles.targets
    if match.pattern.cameo[:2] == PROTEST_ROOT:  # "Greek workers marched [in Athens]": where, not against whom
        candidates = [t for t in candidates if not home_ground(t, actors_of(t, index), sources)]
    # the doer's own forces are passed over, so the cascade reads on ("pull all troops [out of] X")
    doers = [s[1] for s in sources]
    candidates = [t for t in candidates if not (found := actors_of(t, index)) or not all(
        own_forces(match.pattern.cameo, token, actor, doers) for token, actor in found)]
    named_targets = _first_actors(candidates, index, match.trigger)
    named_targets = [t for t in named_targets if not _own_instrument(match, t, sources)]
    targets = [t for t in named_targets if all(
        _distinct(t[1], s[1]) or ((two_offices(t, s) or two_titles(t[1], s[1])) and not _matched_thing(match, t[0]))
        for s in sources)]
    if not coded_sources and not sources:
        # no coded doer: the named but uncoded one, only for an act on a coded political actor
        return _uncoded_doer(match, roles, index, candidates, targets)
    targets = targets or [s for s in sides if all(_distinct(s[1], src[1]) for src in sources)]
    victims: list[tuple[Token, Actor]] = []
    if not targets and roles.victim is not None:
        # the victims of an attack complete the event only when the text names the doer's side itself: a doer
        # whose country is also a guess from context ("government forces" -> GBRMIL) makes it two guesses
        named = [s for s in sources if "country_from_context" not in s[1].flags]
        struck = _struck_states(roles, index)  # a country the victims share with the place struck is theirs
        victims = [(token, own_country(actor, struck)) for token, actor in actors_of(roles.victim, index)]
        kept = [t for t in victims if all(_distinct(t[1], s[1]) for s in named)]
        if named and kept:
            return [Dyad(s, t) for s in named for t in kept]
    if not targets and not victims and roles.casualties is not None:
        told = _told_casualties(roles, sources, index)  # "[ten people] were killed when X struck …"
        if told:
            return told
    if not targets and not victims and roles.place is not None:
        targets = [t for t in _places(roles.place, index) if all(_distinct(t[1], s[1]) for s in sources)]
    if not targets and not victims and roles.struck is not None:  # "struck a bus [in Kabul]"
        targets = [t for t in _struck_places(roles.struck, index) if all(_distinct(t[1], s[1]) for s in sources)]
    consult = match.pattern.cameo[:2] in COOPERATIVE_RELATIONS
    out = [Dyad(s, t) for s in sources for t in targets if not (consult and _state_and_organ(s[1], t[1]))]
    if out:
        return out
    if (match.pattern.symmetric or roles.mutual) and len(sources) >= 2 and not _other_partner(match, roles):
        # coordinated subjects of one code are one side ("Netanyahu and his energy minister attended the
        # meeting"), even when they are two people: only a named partner or "between X and Y" pairs those;
        # "[X and Y] blamed each other" is an act of each on the other, whatever the pattern
        pairs = [Dyad(a, b) for a in sources for b in sources
                 if _distinct(a[1], b[1], people=False) and not (consult and _state_and_organ(a[1], b[1]))]
        if pairs:
            return pairs
        # no two distinct sides among them: one side, coded as a single doer is below
    partner = match.pattern.symmetric and _uncoded_partner(roles, index)
    if match.pattern.target == "optional" or (
        one_sided != "no" and may_stand_alone(match, roles, named_targets, victims, partner)
        and (one_sided == "yes" or partner or any(names_someone(t) for t in roles.targets))
    ):
        venue = _foreign_venue(roles, sources, index) if not any(_business(s[1]) for s in sources) else []
        if venue:  # "Putin agreed to a ceasefire in [Ukraine]": the act is aimed at the state it is done in
            return [Dyad(s, t) for s in sources for t in venue]
        # a firm's one-sided act is business news ("the US firm agreed to pay $2bn"): CAMEO/PLOVER code
        # business actors only in acts aimed at someone the dictionaries know
        doers = [s for s in sources if match.pattern.target == "optional" or not _business(s[1])]
        # the named person or organisation the dictionaries cannot code, kept by its text ("police arrested
        # [Roger Stone]"); not where a coded candidate was found and ruled out as the source itself
        named = uncoded_targets(candidates, index, doers, match.trigger, match.pattern.cameo) \
            if doers and not named_targets else []
        return [Dyad(s, t) for s in doers for t in (named or [None])]
    return []


def _uncoded_doer(match: Match, roles: Roles, index: ActorIndex, candidates: list[Token | None],
                  targets: list[tuple[Token, Actor]]) -> list[Dyad]:
    """The named doer the dictionaries cannot code (``uncoded_sources``) with each coded target that makes the
    act political (``uncoded_sources.political_target``) and that the act's own object phrase names
    (``uncoded_sources.named_in_phrase``); none of the one-sided, victim or place readings, which would leave
    an unknown name acting on no one the data knows. The target must be the first target candidate's: with
    the doer unknown, a coded actor found further down the cascade ("accused [Lord X] of basing his remarks
    on the [administration]") is no second chance but a second guess."""
    first = next((t for t in candidates if t is not None and not in_attribution(t, match.trigger)), None)
    direct = actors_of(first, index)
    kept = [t for t in targets if political_target(t[1]) and named_in_phrase(t[0], t[1])
            and any(t[1] is a for _, a in direct)]
    doers = uncoded_sources(roles, index, match.trigger, match.pattern.cameo) if kept else []
    doers = [s for s in doers if not _covers(s[1], match.trigger.idx)]
    return [Dyad(s, t) for s in doers for t in kept if _distinct(t[1], s[1]) and distinct_named(s[1], t[1])]


#: Mediation: its "between X and Y" names whom it is aimed at, never who mediates.
MEDIATION = "045"
#: Protests: a place they are held in names no target (``recipients.home_ground``).
PROTEST_ROOT = "14"


def _uncoded_partner(roles: Roles, index: ActorIndex) -> bool:
    """The subject is coordinated with someone the dictionaries cannot code ("Kuwait and its allies")."""
    if not roles.sources or roles.sources[0] is None or roles.distant:
        return False
    members = coordinated(roles.sources[0])
    return uncoded_partner(members, {m.i for m in members if actor_for(m, index) is not None})


def _other_partner(match: Match, roles: Roles) -> bool:
    """Coordinated subjects who act "with" a named third party are on one side ("Brazil and China pledged
    to cooperate [with] the ATPC"): the partner is uncoded, so each acts alone, not with the other. Only a
    "with" phrase after the trigger that names someone: "[With] three weeks left, X and Y met" is no partner."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "with" and t.i > match.trigger.i and names_someone(t)
               for t in roles.targets)




def _foreign_venue(roles: Roles, sources: list[tuple[Token, Actor]], index: ActorIndex
                   ) -> list[tuple[Token, Actor]]:
    """The named state or city a one-sided act is done in, when it is no source's own country.

    Convention (data/patterns/README.md): an intent, agreement, aid, concession or
    force posture with no named recipient that takes place "in" a foreign state
    is aimed at that state, as CAMEO coders take the first actor of the object
    phrase ("agreed to a ceasefire in eastern Ukraine" -> RUS->UKR). A place in
    the source's own country ("set up a plant in Mumbai" by India) adds nothing,
    and neither does a source of unknown country. Meetings are excluded where the
    patterns are built (``roles_by_code.venue``): a venue is no partner ("OPEC is to
    meet in Vienna"). Where the act sends aid or people ("allow aid into Syria",
    ``roles_by_code.destination``) is read the same way after the venue, and a
    phrase whose head names no place is placed by the named place deeper in it
    ("to besieged districts near Aden", as ``_struck_places`` reads a struck thing).
    """
    if (roles.venue is None and roles.destination is None) or not sources:
        return []
    homes = {s[1].home for s in sources}
    if "" in homes or any(s[1].code is None for s in sources):
        return []
    for place in (roles.venue, roles.destination):
        # the place itself, not a modifier of some other thing there ("as pledged in the [Paris] accord")
        found = [t for t in _places(place, index) if t[1].span.start <= t[0].idx < t[1].span.end] \
            if place is not None else []
        if place is not None and not found:  # "into [areas] near Damascus", "in [parts] of X": where they lie
            found = _struck_places(place, index)
        found = [t for t in found if t[1].country not in homes]
        if found:
            return found
    return []


def _places(token: Token, index: ActorIndex) -> list[tuple[Token, Actor]]:
    """Where an act of violence with unnamed victims happened, as the state it happened in.

    Convention (documented in data/patterns/README.md): "gunmen killed 12 in
    Kabul", "troops opened fire in a village in Idlib" name no victim the
    dictionaries can code; CAMEO codes an attack on a place as an attack on
    its state ("shelled the city" -> SYR), and our attack nouns already take
    their "in X" phrase as the target ("an air strike in Aleppo"). So a coded
    state or city named in the act's "in/near/at" phrase is the target, as the
    bare state. Anything else there (an embassy, a party office) is no place,
    and an adjective names none ("near the [Turkish] border" is not in Turkey).
    """
    out = []
    for member, actor in actors_of(token, index):
        state = actor.home
        words = member.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand") or []
        named = any(w.pos_ == "PROPN" for w in words)
        if named and (actor.code == state or PLACE_FLAGS & set(actor.flags)):
            out.append((member, replace(actor, code=state, country=state)))
    return out


#: Prepositions inside an attacked thing's phrase that say where it is: "a bus [in] Kabul", "a mosque [in]
#: Egypt's Sinai", "the province [of] Hudaydah", "three cities west [of] the capital Tripoli".
STRUCK_PLACE_PREPS = frozenset({*WHERE_PREPS, "of"})


def _struck_places(struck: Token, index: ActorIndex) -> list[tuple[Token, Actor]]:
    """The state of the place an attacked thing is in, nearest in its phrase first.

    Convention (data/patterns/README.md): CAMEO codes an attack on a place as an
    attack on its state, so "a car bomb struck [a bus carrying employees through
    a neighbourhood in Kabul]" and "an air strike against [a military target in
    the province of Hudaydah]" are aimed at AFG and YEM, as "killed 12 in Kabul"
    is (``_places``). Only where the thing itself names no coded actor, and only
    a named state or city (``_places``): an unnamed "town" or "the capital" and
    a thing with no place stay without a target, since an uncoded object is no
    actor. A "from/to" phrase says where the thing came from or went, not where
    it was struck, and a clause on another noun inside the phrase places that noun.
    """
    todo = list(struck.children)
    while todo:
        token = todo.pop(0)
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in STRUCK_PLACE_PREPS:
            # "the capital [Tripoli]": the named apposition, where the role word alone names no place
            for place in (token, *(c for c in token.children if c.dep_ == "appos")):
                found = _places(place, index)
                if found:
                    return found
        # a clause about some other thing in the phrase tells where that thing is, not the struck one:
        # "a convoy of a charity [based in London]", "a hotel popular with diplomats [who studied in Paris]"
        todo.extend(c for c in token.children if c.dep_ not in ("acl", "relcl"))
    return []


def _told_casualties(roles: Roles, sources: list[tuple[Token, Actor]], index: ActorIndex) -> list[Dyad]:
    """The casualties told beside an act (``Roles.casualties``) as its target, under the victims' guards (a doer
    the text names itself, a victim distinct from it, no source borrowed from another clause) and one more: a
    victim whose country was a guess and is dropped (``own_country``) is left out, so the act keeps the reading
    it had without them (a struck place's state, or none) instead of a bare sector code. Unlike ``victim``,
    nothing is ruled out when none is kept: these readings are new, and measured only where they add a target."""
    if roles.distant:  # "X blamed Y for the attack that killed ten": X did not attack
        return []
    named = [s for s in sources if "country_from_context" not in s[1].flags]
    struck = _struck_states(roles, index, roles.casualties)
    hurt = [(token, own_country(actor, struck)) for token, actor in actors_of(roles.casualties, index)]
    kept = [t for t in hurt if "country_dropped" not in t[1].flags and all(_distinct(t[1], s[1]) for s in named)]
    return [Dyad(s, t) for s in named for t in kept]


def _struck_states(roles: Roles, index: ActorIndex, victim: Token | None = None) -> set[str]:
    """States of the places an attack with named victims fell on: its own place or struck thing, and the
    "on/in/at" phrase of the verb the victims suffer ("civilians were killed in air attacks by the government
    on Wednesday [on the province of Aleppo]"). Victims whose country is one of these were placed by the text,
    not guessed from the article, so ``own_country`` does not drop it."""
    found = _places(roles.place, index) if roles.place is not None else []
    found += _struck_places(roles.struck, index) if roles.struck is not None else []
    victim = victim if victim is not None else roles.victim
    if victim is not None and victim.dep_ in ("nsubjpass", "dobj"):
        for prep in victim.head.children:
            if prep.dep_ == "prep" and prep.lower_ in VICTIM_PLACE_PREPS:
                found += [p for obj in prep.children if obj.dep_ == "pobj"
                          for p in (_places(obj, index) or _struck_places(obj, index))]
    return {actor.country for _, actor in found if actor.country}


#: Prepositions on the victims' verb that say where they were hurt ("killed ... [on] the province of X").
VICTIM_PLACE_PREPS = frozenset({*WHERE_PREPS, "on"})


def group_reference(token: Token) -> bool:
    """ "the leaders", "both sides", "the two presidents": a plural that points back to a known pair."""
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in GROUP_HEADS:
        return False
    return any(c.lower_ in ("the", "both", "two") for c in token.children if c.dep_ in ("det", "nummod", "predet"))


def _covers(actor: Actor, offset: int) -> bool:
    return actor.span.start <= offset < actor.span.end


#: Sectors that are the state itself (not its rebels, opposition or citizens, who do negotiate with it).
STATE_ORGANS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
#: Consultation: a meeting between a state and its own organ is a misread (praising or defending one's
#: own country is not: "Merkel defended Germany's decision" is DEUGOV -> DEU).
COOPERATIVE_RELATIONS = frozenset({"04"})


def _business(actor: Actor) -> bool:
    """A company or business group: sector BUS right after the country (USABUS, CANBUS)."""
    return (actor.code or "")[3:6] == "BUS"


def _state_and_organ(a: Actor, b: Actor) -> bool:
    """A country and one of its own organs ("North Korea" and Kim, PRK and PRKGOV) hold no meeting together.

    CAMEO keeps such pairs elsewhere ("the army shelled Aleppo", SYRMIL-SYR),
    but a meeting between a state and its own government is a misread source
    (usually a place, a dateline or an earlier clause's subject).
    """
    codes = sorted((a.code or "", b.code or ""), key=len)
    organ = codes[1][3:6]
    return len(codes[0]) == 3 and codes[1].startswith(codes[0]) and organ in STATE_ORGANS


def _distinct(a: Actor, b: Actor, people: bool = True) -> bool:
    """Two different participants: not the same mention or entity, nor the same actor code unless two people.

    CAMEO codes no event between an actor and itself ("the president met the
    vice president" is USAGOV-USAGOV: a role word may be the same person or
    body under another name). Two *named people* are two actors even with one
    code ("Netanyahu criticised Lieberman", ISRGOV-ISRGOV): ICEWS-style data
    code domestic events between distinct people (``_two_people``). A state
    and its organs (USA, USAGOV) stay distinct: "the army shelled Aleppo" is
    SYRMIL-SYR by convention.
    """
    if a is b or (a.span.start < b.span.end and b.span.start < a.span.end):
        return False
    if a.entity_id and a.entity_id == b.entity_id:
        return False
    return (a.code or "") != (b.code or "") or (people and (_two_people(a, b) or _person_and_state(a, b)))


def _matched_thing(match: Match, token: Token) -> bool:
    """The object word the pattern itself asks for ("attended [a cabinet meeting]"): a kind of act or thing,
    never a second office holder, even when the actors stage codes the phrase."""
    pattern = match.pattern
    return match.object is not None and match.object.i == token.i and (
        pattern.object_role == "thing" or bool(pattern.object and "*" not in pattern.object))


def _own_instrument(match: Match, target: tuple[Token, Actor], sources: list[tuple[Token, Actor]]) -> bool:
    """The thing the pattern asks for is the doer's own means, not whom the act is aimed at.

    "Honduras will withdraw [its troops] from the border zone", "Russia pulled [its forces] out of a town":
    the troops are Honduras's, so the act has no recipient among them (the place they leave may be one).
    Only a matched object word (``_matched_thing``) with a possessive pronoun, of a doer's own country.
    """
    token, actor = target
    if not _matched_thing(match, token) or not any(c.dep_ == "poss" and c.lower_ in OWN_WORDS
                                                   for c in token.children):
        return False
    return any(actor.home and actor.home == s[1].home for s in sources)


#: Whether a passive judicial act's "in <state>" names its doer, as a custody verb's does (measured: see README).
STATE_JUDGES = True


def _custodian(actor: Actor, judged: bool) -> bool:
    """Who a passive act of custody or justice with no agent is done by, named by its "in" phrase: the state
    for an arrest ("arrested in [Rwanda]"), the court for a sentence or a charge ("sentenced in [a Nairobi
    court]": its judiciary code)."""
    code = actor.code or ""
    if judged and len(code) == 6 and code[3:] == "JUD" and code[:3] == actor.country:
        return True
    return bool(code) and code == actor.country and (not judged or STATE_JUDGES)


def _person_and_state(a: Actor, b: Actor) -> bool:
    """A named person given a state's bare country because that state holds or frees them
    (``country_from_authority``) and the state itself: "Yemen let free [Abdo Haddad]" (YEM, YEM) names two
    participants. Not any person with a bare code: "Saito said Japan should …" may be Japan's own official
    whose sector the dictionary lacks (measured on news: 3 such pairs, all wrong)."""
    person, state = (a, b) if a.kind == "person" else (b, a)
    return (person.kind == "person" and state.kind == "state" and bool(person.entity_id)
            and len(person.code or "") == 3 and "country_from_authority" in person.flags)


def _two_people(a: Actor, b: Actor) -> bool:
    """Two named people, not two names of one (different entities and different surnames: an unknown
    "Odin Sanchez" and a later "Sanchez" may be kept apart by the actors stage but are one man).

    Measured: a person and a role word of the same code are often one actor ("Mugabe called for
    unity ... the 80-year-old leader"), or member and body ("the CIA official" and the CIA), so those stay out.
    """
    return a.kind == "person" and b.kind == "person" and bool(a.entity_id and b.entity_id) and (
        surname(a) != surname(b))
