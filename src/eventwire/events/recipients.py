"""Who receives an event when the text names no coded target.

PLOVER makes the recipient optional for most categories; this module holds
the rules for when an event may stand without one (``may_stand_alone``), the
last-resort recipients of aid (``beneficiaries``), and the words that are
never a source (documents and natural events named after places).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire.events.hazards import HAZARDS
from eventwire.events.matching import Match
from eventwire.model import Actor
from eventwire.words import HYPHENS

if TYPE_CHECKING:
    from eventwire.events.roles import Roles

#: Roots whose symmetric patterns relate two parties (consult, diplomatic and material cooperation, clashes).
RELATION_ROOTS = frozenset({"04", "05", "06", "19"})


def names_someone(token: Token) -> bool:
    """The phrase names a person, group or place, even one the dictionaries cannot code."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in token.subtree)


#: Aid (07) and cutting aid (162) have a recipient; when no target preposition names it, the
#: beneficiaries the clause names are the recipient ("gave $5m [to help] Ethiopia", "aid [in] Yemen").
AID_ROOTS = frozenset({"07"})
AID_CUTS = frozenset({"162"})
BENEFIT_VERBS = frozenset({"help", "assist", "support", "aid", "benefit", "feed", "rebuild", "fund", "finance",
                           "reach", "serve", "protect", "shelter"})
BENEFIT_PREPS = ("to", "for", "in", "into")


def beneficiaries(clause: Token, source: Token | None) -> list[Token]:
    """Last-resort recipients of aid, nearest the trigger first.

    The object of a purpose verb ("donated ventilators to [assist] Ethiopia",
    "to [help] people in Somalia"), then a "to/for/in" phrase anywhere in the
    clause ("provided EUR 28m to pay for aid for those affected [in] Yemen"),
    never inside the giver's own phrase.
    """
    inside_source = {t.i for t in source.subtree} if source is not None else set()
    purpose, places = [], []
    for token in clause.subtree:
        if token.i in inside_source:
            continue
        if token.pos_ == "VERB" and token.lemma_.lower() in BENEFIT_VERBS and token.i != clause.i:
            purpose += [c for c in token.children if c.dep_ == "dobj"]
        elif token.dep_ == "prep" and token.lower_ in BENEFIT_PREPS:
            places += [c for c in token.children if c.dep_ == "pobj"]
    return sorted(purpose, key=lambda t: abs(t.i - clause.i)) + sorted(places, key=lambda t: abs(t.i - clause.i))


def may_stand_alone(
    match: Match, roles: Roles, named_targets: list[tuple[Token, Actor]], victims: list[tuple[Token, Actor]],
    partner: bool = False,
) -> bool:
    """Whether an event with no coded target may still be emitted (PLOVER's optional recipient).

    1. Not when the pattern needs a target to mean anything (``target:
       always``: "meet the demand", "fired their weapons"); for ``target:
       named`` only when a target slot holds someone, coded or not.
    2. Not when the victims of an attack were named but ruled out (their
       doer's side is a guess, see ``dyads``).
    3. Not when the source was borrowed from another verb through a
       preposition ("X blamed Y for the failure [of the talks]": X did not
       hold the talks).
    4. A relation between parties (meetings, talks, agreements, cooperation,
       clashes: symmetric patterns of roots 04-06 and 19) needs its other
       party ("fighting for a holiday" is no clash): a target
       ruled out as the same actor ("the president met the vice president")
       gives nothing; otherwise the other party must be named, if uncoded
       ("met [Holocaust survivors]"), or the source must hold or attend the
       meeting ("[X] attended a summit"), or an uncoded partner must be
       coordinated with the source (``partner``, see ``uncoded_partner``:
       "Kuwait and [its allies] agreed to ..."). "Speaking on ABC" or "the
       Council closed its discussions" has no counterpart.
    5. Otherwise a target ruled out as the same actor code as the source
       leaves a one-sided event ("the president rejected [the premier's]
       government"): CAMEO codes no event between an actor and itself, but
       the act is still the source's.
    """
    if match.pattern.target == "always" or victims or roles.distant:
        return False
    if match.pattern.target == "named":  # "pulled a gun on [two guards]": someone, if uncoded, was threatened
        return any(t is not None and t.ent_type_ not in ("DATE", "TIME") for t in roles.targets)  # not "on Monday"
    if match.pattern.symmetric and match.pattern.cameo[:2] in RELATION_ROOTS:
        if named_targets:
            return False
        return roles.light or roles.between is not None or partner or any(names_someone(t) for t in roles.targets)
    return True


#: Nouns of another party in a coordinated subject: "Kuwait and its [allies]", "Japan and its [partners]".
PARTNER_NOUNS = frozenset({"ally", "partner", "neighbour", "neighbor", "counterpart"})


def uncoded_partner(members: list[Token], coded: set[int]) -> bool:
    """A coordinated subject member the dictionaries cannot code that still names the other party of a
    relation: "Kuwait and [its allies] agreed to stage an exercise", "Japan and [its trade partners] signed
    a pact", "the mayor and [Acme Corp] signed a deal". ``members`` is the subject and its conjuncts,
    ``coded`` the indices of those that are coded actors. CAMEO codes the agreement of the coded side; the
    uncoded partner is no target (we code actors only), but it shows the relation has two sides."""
    return any(m.i not in coded and (m.lemma_.lower() in PARTNER_NOUNS or names_someone(m)) for m in members[1:])


#: Texts that "call for" or "allow" things without being actors ("the [Minsk] agreements, which call for").
DOCUMENT_HEADS = frozenset({
    "agreement", "accord", "deal", "treaty", "pact", "law", "constitution", "convention", "protocol", "charter",
    "act", "bill", "rule", "regulation", "framework", "roadmap", "plan",
    "forecast", "outlook", "projection", "prediction",  # "the USDA's forecast calls for above-normal temperatures"
})

#: Source words that are no actor: documents, and happenings that kill without a doer (``events.hazards``).
NON_ACTOR_HEADS = DOCUMENT_HEADS | HAZARDS


def non_actor_source(token: Token, actor: Actor) -> bool:
    """A source word that is a document or a natural event named after a place ("the Minsk agreements"), or
    the holder of a place ("the [rebel]-held area", "the [opposition]-held cities"): who holds the place
    struck or the place an act is told of does not act there."""
    return (token.lemma_.lower() in NON_ACTOR_HEADS and not actor.span.start <= token.idx < actor.span.end) or \
        holder_of_a_place(token.doc, actor)


#: Participles after a hyphen that say who holds a place: "an opposition-held district", "regime-controlled",
#: "a militia-run town", "the terrorist-besieged town" (read also by ``roles_noun._held_place``).
HOLDING_PARTICIPLES = frozenset({"held", "controlled", "run", "besieged"})


def holder_of_a_place(doc: Doc, actor: Actor) -> bool:
    """The actor is written right before "-held/-controlled": it says whose a place is."""
    after = doc.char_span(actor.span.end, min(len(doc.text), actor.span.end + 12), alignment_mode="expand")
    words = [t for t in after or [] if not t.is_space][:2]
    return len(words) == 2 and words[0].text in HYPHENS and words[1].lower_ in HOLDING_PARTICIPLES


#: Prepositions that place an act: "marched [in] Athens", "rallied [outside] parliament".
LOCATIVE_PREPS = frozenset({"in", "at", "outside", "near", "inside", "across", "throughout"})
#: Actor flags of a city or capital: a place, whose code is its state's.
PLACE_FLAGS = frozenset({"city", "capital"})


def home_ground(token: Token, actors: list[tuple[Token, Actor]], sources: list[tuple[Token, Actor]]) -> bool:
    """A protest's locative that names a place in the protesters' own country ("Greek workers marched [in
    Athens]", "people marched [in Greece's second city]"): where they protested, not whom against. CAMEO aims
    a protest at the government or body it addresses; a foreign state it is held in stays the target ("US
    activists staged a protest in Beijing"), as for other acts done abroad. A body there is addressed ("rallied
    outside [parliament]"): only states and towns are places."""
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPS or not actors or not sources:
        return False
    homes = {actor.home for _, actor in sources}
    return all(_place(actor) and actor.home in homes for _, actor in actors)


def _place(actor: Actor) -> bool:
    """A state named bare (code = country) or a town."""
    return bool(PLACE_FLAGS & set(actor.flags)) or (len(actor.code or "") == 3 and actor.kind in ("state", "place"))
