"""Target readings particular to some codes of a verb trigger.

Most codes take the verb's objects and target prepositions (``roles_verb``); a few read their target
elsewhere, and each reading is here: an agreement is aimed at the partner agreed "with"; a claim of
responsibility at the target of the attack claimed; a request for a release at whoever holds the people, never
at them; a threat at whoever must meet its condition; an intent, aid, concession or force posture done in a
foreign state at that state (its venue); an act of violence is placed by its "in"/"near" phrase. Kept apart
so the general cascade in ``roles_verb`` reads as one ordering of candidates.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.events.matching import Match
from eventwire.events.roles import CONDITION_TARGET_ROOTS, condition_subjects, phrase_prep_object
from eventwire.events.voice import child, coordinated, passive_agent, prep_object

#: Intents and agreements (03): one agreed "with" someone is aimed at that partner first.
AGREEMENT_ROOT = "03"


def agreement_partner(verb: Token, cameo: str) -> Token | None:
    """ "agreed [with] X to repatriate any Cubans": whom one agrees with is the partner of the agreement, before
    the object of what was agreed (the act agreed to is coded as an intent, whatever its own code); the same
    for an agreement pattern on the verb itself ("agreed with X on Y")."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "agree":
        return prep_object(verb.head, ("with",))
    return prep_object(verb, ("with",)) if cameo[:2] == AGREEMENT_ROOT and verb.lemma_.lower() == "agree" else None


def act_targets(act: Token) -> list[Token]:
    """Whom an act was aimed at: "an attack [on] X", "an attack [targeting] X", "a bombing [at] a mall in X"."""
    out = [prep_object(act, ("on", "against", "at", "in"))]
    for clause in (c for c in act.children if c.dep_ in ("acl", "relcl")):
        out += [child(clause, ("dobj",)), prep_object(clause, ("at", "in", "on", "against"))]
    out.append(phrase_prep_object(act, ("on", "against", "at", "in")))
    return [t for t in out if t is not None]


#: Appeals and demands for a release (CAMEO 0253, 1053): aimed at whoever holds the people, never at them.
RELEASE_REQUESTS = frozenset({"0253", "1053"})
#: Words of the release asked for: their object, "of" phrase or possessor is the one to be freed.
RELEASE_WORDS = frozenset({"release", "free", "freedom", "return", "freeing", "liberation"})


def _holding_phrase(token: Token) -> bool:
    """A clause or "from" phrase hung on the person to be freed: it names the holder, not the person."""
    return token.dep_ in ("acl", "relcl") or (token.dep_ == "prep" and token.lower_ == "from")


def holders_not_the_freed(match: Match, targets: list[Token]) -> list[Token]:
    """The targets of a release request without the people to be freed ("demanded the release of [the
    journalists]", "called for [X's] freedom", "demanded that [the sailors] be freed"), and with their holder
    first where the text names one ("from [Russian] custody", "hostages held by [Iran]"); none is left when
    it names no holder, as the request is then aimed at no one named."""
    freed: set[int] = set()
    holders: list[Token] = []
    for word in [match.trigger, *match.complement]:
        if word.lemma_.lower() not in RELEASE_WORDS and word.lower_ not in RELEASE_WORDS:
            continue
        freed.add(word.i)  # the release itself reads as the phrase inside it: the freed
        people = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass", "poss")]
        people += [o for o in (prep_object(word, ("of",)),) if o is not None]
        for person in (p for head in people for p in coordinated(head)):
            # the person's own words, not a clause or "from" phrase about them ("hostages [held by Iran]",
            # "the leader [from Russian custody]", as the parser may hang it)
            freed.update(t.i for t in person.subtree if not any(
                _holding_phrase(a) and a.head.i == person.i for a in (t, *t.ancestors)))
            holders += [a for c in person.children if c.dep_ == "acl"
                        for a in (passive_agent(c), prep_object(c, ("by",))) if a is not None]
        holders += [h for w in (word, *people) for h in (prep_object(w, ("from",)),) if h is not None]
    return [t for t in holders + targets if t.i not in freed]


#: Verbs that announce or refuse the act in their complement: a condition hung on them is the act's condition
#: ("threatened to kill the hostages unless [France] pays": the killing, coded as a threat, is aimed at France).
CONDITIONING_VERBS = frozenset({"threaten", "warn", "vow", "refuse", "decline", "reject"})


def condition_targets(match: Match) -> list[Token]:
    """Subjects of conditions on the act, on the complement it matched, or on the verb announcing or refusing
    it (see ``roles.condition_subjects``); none for codes with no such reading."""
    verb = match.trigger
    governor = verb.head if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in CONDITIONING_VERBS \
        else None
    if governor is None and match.pattern.cameo[:2] not in CONDITION_TARGET_ROOTS:
        return []
    words = [verb, *match.complement, *([governor] if governor is not None else [])]
    return [s for word in words for s in condition_subjects(word)]


#: Threats are aimed first at who must meet their condition, before the doer of the threatened act ("warned
#: that the US would strike if [Iran] attacks") or its object ("threatened to copy Brazil's moratorium if [the
#: banks] refuse"); other codes take a condition's subject only as a last resort.
THREAT_ROOT = "13"
#: Codes whose act, done in a foreign state and aimed at no one named, is aimed at that state (see dyads):
#: intents and agreements (03), aid (07), concessions (08), force posture (15).
VENUE_ROOTS = frozenset({"03", "07", "08", "15"})
#: Intents to meet or negotiate: where a meeting is held names the venue, not the partner.
MEETING_INTENTS = frozenset({"036"})


def venue(match: Match) -> Token | None:
    """The "in" phrase of the trigger or of the complement it matched: "agreed to a ceasefire [in] X",
    "agreed to set up a plant [in] X", "put troops on alert [in] X"."""
    return _act_phrase(match, ("in",))


#: Prepositions of where an act sends people or goods: "allowed aid [into] X", "to deliver aid [to] areas near X".
DESTINATION_PREPS = ("into", "to")


def destination(match: Match) -> Token | None:
    """The "into/to" phrase of the trigger or of its matched complement: where the aid, troops or people the act
    lets in or sends go. Like the venue, it is aimed at the state of that place when nothing else is named
    ("opened its border crossings to allow aid [into] Syria" is aimed at Syria, as "sent aid to Syria" is);
    read apart from the venue, so an "in" phrase that names no place ("in a statement") does not hide it."""
    return _act_phrase(match, DESTINATION_PREPS)


#: Force posture (15): troops massed or deployed at a border are aimed at the state across it.
POSTURE_ROOT = "15"
#: Nouns of a frontier, whose "with" phrase names the neighbour across it ("its border [with] Syria").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
#: Prepositions that put forces at a frontier: "massed troops [on/along/near] its border with X".
AT_THE_BORDER_PREPS = ("on", "along", "near", "at", "to", "toward", "towards", "across")


def border_neighbour(match: Match) -> Token | None:
    """The neighbour named by the border a force posture is held at: "massed forces and tanks on its border
    [with] Syria", "deployed troops along the frontier [with] X". Troops massed at a frontier threaten the
    state across it, as CAMEO codes a show of force aimed at that state; the border itself is no actor, and
    its "with" phrase is where the text names the neighbour."""
    borders = (p for p in _act_phrases(match, AT_THE_BORDER_PREPS) if p.lemma_.lower() in BORDER_NOUNS)
    return next((n for n in (prep_object(b, ("with",)) for b in borders) if n is not None), None)


def _act_phrase(match: Match, preps: tuple[str, ...]) -> Token | None:
    """The first object of ``preps`` on the trigger, its matched complement or object, or their objects (any
    conjunct: "to build two estates and two roads [in] X")."""
    return next(_act_phrases(match, preps), None)


def _act_phrases(match: Match, preps: tuple[str, ...]) -> Iterator[Token]:
    """Every object of ``preps`` on those words, in the order ``_act_phrase`` takes them (as ``prep_object``
    reads one: the "pobj", or the object of a "pcomp")."""
    for word in [match.trigger, *match.complement, *([match.object] if match.object is not None else [])]:
        obj = child(word, ("dobj",)) if word.pos_ in ("VERB", "AUX") else None
        for head in [word, *(coordinated(obj) if obj is not None else [])]:
            for prep in (c for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps):
                pcomp = child(prep, ("pcomp",))
                found = child(prep, ("pobj",)) or (child(pcomp, ("dobj",)) if pcomp is not None else None)
                if found is not None:
                    yield found


#: Prepositions that place an act of violence: "killed 12 [in] Kabul", "opened fire [near] the border post".
PLACE_PREPS = ("in", "near", "at", "outside", "inside")
