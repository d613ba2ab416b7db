"""Event nouns of material conflict: who did it and to whom, from the words around the noun.

Attack nouns rarely take a subject. Their doer comes in a "by" phrase, in a
clause that lays the blame ("an attack that X pinned on [Y]"), or in the blame
verb's own object phrase; their target in an "against/on" phrase, often hung by
the parser on the surrounding verb; and, when nothing else is named, the
victims of a casualty verb ("[children] killed in a gas attack"). These
readings apply to roots 18, 19 and 20 only, where a "by" phrase or a victim is
unambiguous enough to code (see ``data/patterns/README.md``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.casualties import CASUALTY_VERBS, casualties
from eventwire.events.voice import child, is_passive, prep_object
from eventwire.model import Actor

#: Verbs that lay an act at someone's door: "blamed/pinned the attack [on] X" names its doer.
BLAME_VERBS = frozenset({"blame", "pin", "attribute"})
#: Verbs whose subject is on the receiving end of their event noun: "Egypt [received] aid from the US".
RECEIVING_VERBS = frozenset({
    "receive", "get", "obtain", "win", "face", "draw", "earn", "accept", "secure", "attract", "garner", "gain",
})


def blamed_on(noun: Token) -> Token | None:
    """ "an attack that the U.S. has [pinned on] the Assad government": who it is blamed on did it.

    A relative clause or a participle ("a gas attack [blamed on] the
    government"); only a participle (VBN) clause, since "an attack blaming X"
    would make the attack the one who blames.
    """
    for clause in noun.children:
        participle = clause.dep_ == "acl" and clause.tag_ == "VBN"
        if (clause.dep_ == "relcl" or participle) and clause.lemma_.lower() in BLAME_VERBS:
            return prep_object(clause, ("on", "to"))
    return None


#: Verbs that tell who did an act named by a noun: "the massacre [his troops] committed".
PERPETRATING_VERBS = frozenset({"commit", "perpetrate", "carry", "conduct", "stage", "mount"})


def perpetrated_by(noun: Token) -> Token | None:
    """ "the massacre [his troops] committed in the village", "the raid that [rebels] carried out": the subject of
    a relative clause of doing on the noun is its doer (not a relative pronoun: "an attack which was committed")."""
    for clause in noun.children:
        # "the raid that the militia carried out" is often parsed as an acl with "that" as its mark
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in PERPETRATING_VERBS:
            continue
        if clause.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in ("that", "which", "who", "what"):
            return subject
    return None


def later_pobj(verb: Token, after: Token, preps: tuple[str, ...]) -> Token | None:
    """A plain "<prep> <noun>" under ``verb`` after ``after``: a phrase of the event noun the parser hung on its verb.

    "condemned an attack against civilians [by] government forces" hangs the
    "by" phrase on "condemned"; only plain objects count, not gerunds ("responded
    by shelling X" is no agent).
    """
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i > after.i:
            pobj = child(c, ("pobj",))
            if pobj is not None:
                return pobj
    return None


def nominal_agents(noun: Token, targets: list[Token]) -> list[Token]:
    """Doers of an event noun given by prepositions and clauses around it, best first.

    1. "blamed/pinned/attributed [the attack] on X": X did it.
    2. A "by" phrase hung on the noun's (active) verb after the noun: "included a
       gas attack against civilians [by Syrian forces]".
    3. A "by" phrase or a blame clause hung on the target ("against civilians
       [by] government forces"): people are not "by" anyone, the attack is.
    """
    out: list[Token | None] = []
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB":
        if verb.lemma_.lower() in BLAME_VERBS:
            out.append(prep_object(verb, ("on", "to")))
        elif not is_passive(verb):
            out.append(later_pobj(verb, noun, ("by",)))
    for target in targets:
        # the parser hangs the noun's own phrases on its target: "against civilians [by] government forces",
        # "an attack on villages, [which Ankara blamed on the PKK]" (villages are not blamed on anyone)
        out += [later_pobj(target, target, ("by",)), blamed_on(target)]
    return [t for t in out if t is not None]


def misplaced_target(noun: Token) -> Token | None:
    """ "included a chemical attack this spring [against] civilians": the "against" phrase hung on the verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() in BLAME_VERBS:
        return None
    return later_pobj(verb, noun, ("against",))


def victim_of(noun: Token) -> Token | None:
    """Who was hurt in an event noun: "children [killed in] a gas attack", "ten people died in the raid".

    Only casualty verbs whose "in/during" phrase is the noun: the participle's
    noun, a passive subject (also under a passive verb of telling: "were reported
    killed in"), or the subject of "die" (``casualties``). An active "rebels killed
    ten in an attack" names the doers, not the victims.
    """
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in CASUALTY_VERBS:
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return casualties(verb)  # also "[two men] were reported killed in the shelling"


#: Verbs that put their subject under an act: "came [under] fire", "is [under] sanctions", "remains [under] siege".
BEING_UNDER_VERBS = frozenset({"come", "be", "remain", "stay", "fall"})


def received_from(noun: Token) -> tuple[Token | None, Token | None] | None:
    """ "[Egypt] received aid [from the US]", "[Iran] faces criticism [from the UN]": giver and receiver.

    CAMEO codes an act from whoever does it to whoever it is done to, so an
    event noun that its clause's subject receives, faces or draws has the
    "from" phrase (on the noun or, as the parser often hangs it, on the verb)
    as its source and that subject as its target; "came under attack from X"
    likewise, and so does a state of being under the act ("[Turkey] is under EU
    sanctions", "[the town] has been under government siege", "remains under
    investigation by X"). None when the noun is not received; the giver may be
    missing ("received U.S. aid": the modifier names it).
    """
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() in BEING_UNDER_VERBS:
        verb = verb.head  # "the convoy came [under] fire from militants"
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING_VERBS or is_passive(verb):
        return None
    giver = prep_object(noun, ("from",)) or later_pobj(verb, noun, ("from",))
    if giver is not None and any(c.dep_ == "neg" for c in giver.head.children):
        giver = None  # "is under attack, [not] from terrorists, but from ...": the one it is not from
    receiver = child(verb, ("nsubj",))
    return giver, receiver


def own_country(actor: Actor, placed: set[str] | frozenset[str] = frozenset()) -> Actor:
    """A victim as the text names it: a country guessed from context ("children" -> USACVL) is dropped.

    The actors stage gives unnamed people the country of the article's
    context; for the victims of an attack that is often the reporting or
    responding country, not theirs. CAMEO allows a bare sector code (CVL)
    when the country is unknown, so that is what the event gets. A country
    in ``placed`` (the states of the places the attack fell on) is kept: the
    text put the victims there ("civilians killed in air strikes on a suburb
    of Damascus" are SYRCVL), so it is no guess. So is a country flagged
    ``story_country`` by the actors stage: the state the whole story is set
    in (named most, and where it places its events most often), whose people
    the victims of the attacks it tells are ("civilians killed in and around
    the city of Aleppo" in a story of Syria are SYRCVL, though "the city of
    Aleppo" names no struck state).
    """
    if "country_from_context" not in actor.flags or not actor.country or not actor.code or actor.country in placed \
            or "story_country" in actor.flags:
        return actor
    code = actor.code[len(actor.country):] if actor.code.startswith(actor.country) else actor.code
    if not code:
        return actor
    return replace(actor, code=code, country=None, flags=[*actor.flags, "country_dropped"])
