"""Source and target candidates for a matched trigger: the record and the readings both kinds share.

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
  "talks between X and Y" likewise, and so does any act of coordinated
  subjects on "each other" ("X and Y blamed each other").

The candidates of a verb trigger are found in ``events.roles_verb``, those
of an event noun in ``events.roles_noun``; this module holds what both
build on: the ``Roles`` record and the phrase readings they have in common
(clause subjects, prepositional objects inside a phrase, hostile
"against" phrases, the sides of a mediation).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.events.matching import Match
from eventwire.events.subjects import AIMING_VERBS
from eventwire.events.voice import child, has_to_marker, prep_object

LIGHT_VERB_DEPS = ("dobj", "attr", "nsubjpass", "oprd")
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
    # "[ten people] were killed when X struck", "raids left [15 people] dead" (events.casualties): like ``victim``,
    # but only completes the act, never rules the one-sided act out when the people cannot be coded or placed
    casualties: Token | None = None
    place: Token | None = None  # "gunmen killed 12 [in Kabul]": where unnamed victims were hurt (see dyads)
    struck: Token | None = None  # "struck [a bus ... in Kabul]": the attacked thing, whose place may be coded (dyads)
    located: bool = False  # the source is where a passive arrest took place: only a state counts
    judged: bool = False  # ... a passive judicial act ("was sentenced in [a Nairobi court]"): only a court counts
    venue: Token | None = None  # "agreed to a ceasefire [in Ukraine]": where a one-sided act is aimed (dyads)
    destination: Token | None = None  # "allowed aid [into Syria]": where what a one-sided act sends goes (dyads)
    mutual: bool = False  # "[X and Y] blamed each other": the coordinated sources act on one another (dyads)


#: Reciprocal pronouns: "X and Y blamed [each other]" is X -> Y and Y -> X.
RECIPROCALS = frozenset({"each other", "one another"})


def reciprocal_object(verb: Token) -> bool:
    """The verb's object, or its "against/with/to/on" phrase, is "each other" or "one another"."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "with", "to", "on", "at")
              for p in c.children if p.dep_ == "pobj"]
    return any(verb.doc[h.left_edge.i : h.right_edge.i + 1].text.lower() in RECIPROCALS for h in heads)


def clause_subjects(token: Token) -> list[Token]:
    """Subjects of clauses a trigger governs: "demanded that [Iran] release", "call for [Russia] to".

    A condition's subject is not among them: it comes after the act's own objects (``condition_subjects``).
    """
    out = []
    for c in token.children:
        if c.dep_ in CLAUSE_DEPS and not _condition(c):
            subject = child(c, ("nsubj",))
            if subject is not None:
                out.append(subject)
    return out


#: Conjunctions of a condition: "… unless [the EU] pays", "… until [Cuba] holds elections".
CONDITION_MARKS = frozenset({"if", "unless", "until"})
#: Codes aimed at whoever must meet their condition when no one else is named: threats (13), refusals (12),
#: concessions (08: "will lift the embargo once/if [Cuba] …", also when negated into a refusal) and the roots
#: that already take a governed clause's subject (demands, accusations).
CONDITION_TARGET_ROOTS = CLAUSE_TARGET_ROOTS | {"08", "12"}


def _condition(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)


def condition_subjects(token: Token) -> list[Token]:
    """Subjects of a condition on the act or on what it announces, a last-resort target.

    "threatened that if [Iran] did not free the crew, Britain would expel …", "threats that he would open the
    border unless [the EU] paid", "will not lift the embargo until [Cuba] holds elections": the one who must
    meet the condition is whom the threat or refusal is aimed at (where each code ranks them: ``roles_verb``).
    """
    clauses = [token, *(c for c in token.children if c.dep_ in (*CLAUSE_DEPS, "relcl") and not _condition(c))]
    out = []
    for clause in clauses:
        for c in clause.children:
            subject = child(c, ("nsubj",)) if _condition(c) else None
            if subject is not None:
                out.append(subject)
    return out


def stray_content_clause(noun: Token) -> Token | None:
    """The "that" clause of an event noun the parser hung on a verb above it: "the move came after months of
    threats by X [that he would open the border unless the EU paid]" parses the clause as the object of
    "came". Only a clause opened by "that" right where the noun's phrase ends, under a verb the noun sits
    in, and only when the noun has no clause of its own."""
    if any(c.dep_ in (*CLAUSE_DEPS, "relcl") for c in noun.children):
        return None
    after = noun.right_edge.i + 1
    if after >= len(noun.doc) or noun.doc[after].lower_ != "that" or noun.doc[after].dep_ != "mark":
        return None
    clause = noun.doc[after].head
    if clause.dep_ not in ("ccomp", "advcl") or clause.left_edge.i != after:
        return None
    return clause if any(a.i == clause.head.i for a in noun.ancestors) else None


def infinitive_subject(verb: Token) -> Token | None:
    """ "rejected [X] to postpone the hearing", "welcomed [X] to mediate": the parser makes X the subject of
    the infinitive, but it is the verb's own object (the one rejected or welcomed). Only when the verb has no
    object of its own and X stands between the verb and the "to" of an unmarked infinitive clause."""
    if child(verb, ("dobj",)) is not None:
        return None
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" and c.i > verb.i):
        to = next((c for c in clause.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
        subject = child(clause, ("nsubj",))
        if to is not None and subject is not None and verb.i < subject.i < to.i and child(clause, ("mark",)) is None:
            return subject
    return None


#: Prepositions that say where a thing is: an object's phrase below them names a place, not whose it is.
WHERE_PREPS = frozenset({"in", "off", "near", "at", "outside", "inside", "along", "across", "within", "around"})


def object_prep_object(obj: Token, preps: tuple[str, ...]) -> Token | None:
    """A target preposition inside an object's phrase, not below a phrase saying where the thing is.

    "seized the tanker [of] X" names the owner; "seized the tanker in waters off the coast [of]
    Gibraltar" names where it was, so the "of" down there is no target (and the tanker's own actor is).
    """
    todo = list(obj.children)
    while todo:
        token = todo.pop(0)
        if token.dep_ == "prep" and token.lower_ in preps and token.head.dep_ != "relcl":
            pobj = child(token, ("pobj",))
            if pobj is not None:
                return pobj
        if not (token.dep_ == "prep" and token.lower_ in WHERE_PREPS):
            todo.extend(token.children)
    return None


def phrase_prep_object(phrase: Token, preps: tuple[str, ...]) -> Token | None:
    """A prepositional object anywhere inside a noun phrase ("a silver pendant [to] X", misattached)."""
    for token in phrase.subtree:
        if token.dep_ == "prep" and token.lower_ in preps and token.head.dep_ != "relcl":
            pobj = child(token, ("pobj",))
            if pobj is not None:
                return pobj
    return None


#: Conflictual roots (11 DISAPPROVE to 20): an act "against" someone is aimed at them, whoever else it is "with".
HOSTILE_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})


def hostile_prep_object(token: Token, preps: tuple[str, ...], cameo: str) -> Token | None:
    """ "filed a complaint with the UN [against] X": for conflictual codes the "against" phrase is the
    target before any other target preposition the pattern lists, whatever their order in the sentence."""
    if cameo[:2] not in HOSTILE_ROOTS or "against" not in preps:
        return None
    return prep_object(token, ("against",))


def disputing_sides(match: Match) -> Token | None:
    """Mediation (045) is aimed at the parties it mediates between, wherever the parser hangs them:
    "launched a mediation effort to end the rift [between X and Y]"."""
    if match.pattern.cameo != "045":
        return None
    return phrase_prep_object(match.trigger, ("between", "among"))


#: Investigations (09): what is investigated is often a deed or a document whose doer or owner sits deeper
#: in the phrase ("a probe into the transfer of funds from the budget [of] the Ports Authority").
INQUIRY_ROOT = "09"
#: Prepositions that lead from an investigated thing to whose it is or who did it; not "in/at" (where) nor
#: "on/against" (whom a deed befell: "the attack on the embassy" is not the embassy's deed).
INQUIRY_PREPS = frozenset({"of", "from", "under", "by", "for"})
#: Nouns that report a deed: their clause's subject did it ("claims [that] two soldiers abused prisoners").
REPORT_NOUNS = frozenset({"claim", "allegation", "report", "accusation", "charge", "suspicion", "complaint"})


def inquiry_subjects(topic: Token | None, depth: int = 0) -> list[Token]:
    """Words deeper in an investigated phrase that may name whom an inquiry is about, nearest first.

    The first coded one is the target when the phrase's head names no one: "an investigation into claims
    that [two soldiers] abused prisoners", "a probe of the transfer of funds from the budget of [the Ports
    Authority]". Follows "of/from/under/by/for" phrases and a report noun's clause, three levels at most,
    also behind a participle ("the $3 billion spent [under] the fund of [the NNPC]").
    """
    if topic is None or depth > 2:
        return []
    out: list[Token] = []
    if topic.lemma_.lower() in REPORT_NOUNS:
        for clause in (c for c in topic.children if c.dep_ in ("acl", "ccomp", "relcl")):
            if child(clause, ("mark",)) is not None or clause.dep_ == "ccomp":  # "claims [that] X did"
                # the doer only: "reports that 73 civilians [were killed]" names the victims
                out += [s for s in (child(clause, ("nsubj",)),) if s is not None]
    for prep in (c for c in [*topic.children, *inquired_participle_preps(topic)]
                 if c.dep_ == "prep" and c.lower_ in INQUIRY_PREPS):
        pobj = child(prep, ("pobj",))
        if pobj is not None:
            out += [pobj, *inquiry_subjects(pobj, depth + 1)]
    return out


def inquired_participle_preps(topic: Token) -> list[Token]:
    """The prepositions of a participle after an investigated thing ("the funds [spent] under X", "contracts
    [awarded] by X"): they lead to whose thing it is as the thing's own "of/by" phrase would."""
    return [p for c in topic.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in c.children]


def inquired_into(targets: list[Token | None]) -> list[Token]:
    """For an investigation (``INQUIRY_ROOT``): the words deeper in each target phrase that may name whom it
    is about (:func:`inquiry_subjects`), to follow the targets already found."""
    return [deeper for target in targets if target is not None for deeper in inquiry_subjects(target)]


#: Prepositions that lead from an inquiry to the question it asks ("an investigation [into] whether X …").
QUESTION_PREPS = frozenset({"into", "on", "of", "about"})


def inquired_clause_subjects(token: Token) -> list[Token]:
    """Who an inquiry asks about when it asks a question, not about a thing: "is investigating whether [Trump]
    sought to obstruct justice", "an investigation into whether [Russia] interfered", "investigating how [X]
    took steps". Only the active subject of the clause the inquiry governs (its object clause, or the clause
    after its "into/on/of/about"): a passive one is who something befell ("whether [X] was killed"), and a
    time or cause clause ("investigating after [X] complained") asks nothing."""
    clauses = [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
    clauses += [c for p in token.children if p.dep_ == "prep" and p.lower_ in QUESTION_PREPS
                for c in p.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")]
    return [s for c in clauses for s in (child(c, ("nsubj",)),) if s is not None]


#: Verbs of getting in touch with someone: a purpose infinitive after them is said to whom they reach.
CONTACT_VERBS = frozenset({"call", "phone", "telephone", "ring", "meet", "visit", "receive", "host", "write"})


def errand_addressee(verb: Token) -> Token | None:
    """Whom a purpose infinitive is addressed to when its verb names no one: "called [Erdogan] on Friday to
    convey Pakistan's support", "phoned [Macron] to express his condolences". The person reached by the
    call or visit is who hears what is conveyed."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VB" or verb.head.lemma_.lower() not in CONTACT_VERBS:
        return None
    if not has_to_marker(verb):
        return None
    return child(verb.head, ("dobj", "oprd"))  # "called [X]" is parsed as naming X at times


def aimed_at(act: Token) -> Token | None:
    """The object of a participle of aiming on an act noun: "conducted sorties [targeting] sites of X", "launched
    strikes [hitting] rebel positions": the strikes are aimed at what the participle names, as "strikes on X"
    would say, before any place the clause names."""
    aiming = next((c for c in act.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > act.i
                   and c.lemma_.lower() in AIMING_VERBS), None)
    return child(aiming, ("dobj",)) if aiming is not None else None
