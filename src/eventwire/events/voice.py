"""Voice and plain dependency lookups: passives, their agents and patients, a token's child or prepositional object.

Why a module of its own: every role reader (verbs, nouns, misreadings, trigger
words) asks the same syntactic questions before any actor is involved, and
these answers depend on the parse alone, not on the actor index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.events.dateline import in_dateline
from eventwire.events.topics import misparsed_speech_word

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependency labels of an active clause's subject, and of a passive one's.
SUBJECTS = ("nsubj", "csubj", "expl")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")


def is_passive(verb: Token) -> bool:
    """A passive clause: a passive subject or auxiliary, or a bare participle read as one."""
    return (any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children) or reduced_passive(verb)
            or _held_hostage(verb) is not None)


#: Verbs whose object is a person harmed or held: their participle after a noun names its victim.
HARM_PARTICIPLES = frozenset({
    "kill", "wound", "injure", "shoot", "abduct", "kidnap", "torture", "execute", "murder", "arrest", "detain",
    "jail", "imprison", "deport", "expel", "convict", "sentence", "free",
})


def reduced_passive(verb: Token) -> bool:
    """A participle with no subject or auxiliary of its own, read as a passive (``passive_patient``)."""
    return _bare_participle(verb) is not None


def passive_patient(verb: Token) -> Token | None:
    """Who a bare past participle acts upon (see ``_bare_participle``); a pronoun opening the main clause
    ("Pressed by X, [they] refused") is left unnamed: its antecedent is too often a wrong guess."""
    patient = _bare_participle(verb) or _held_hostage(verb) or _being_done(verb)
    return None if patient is None or (patient.pos_ == "PRON" and verb.dep_ == "advcl") else patient


#: Prepositions that open a gerund clause of what befell the main clause's subject: "died [after] being shot".
GERUND_TIME_PREPS = frozenset({"after", "before", "while", "since", "upon", "on", "when"})


def _being_done(verb: Token) -> Token | None:
    """ "journalists were injured after [being attacked] by protesters", "two policemen died after being shot":
    a passive gerund with no subject of its own acts upon the subject of the clause it hangs on."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in GERUND_TIME_PREPS or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children) or any(
            c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
        return None
    clause = verb.head.head
    return child(clause, SUBJECTS + PASSIVE_SUBJECTS) if clause.pos_ in ("VERB", "AUX") else None


def passive_subject(verb: Token) -> Token | None:
    """Who a passive acts upon: its subject, or for a relative clause whose subject is the pronoun the noun it
    describes ("Carrie Lam, [who] is supported by the Chinese government": Carrie Lam), else the patient of a
    passive with no subject (``passive_patient``)."""
    subject = child(verb, PASSIVE_SUBJECTS)
    if subject is not None and subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl" \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subject or passive_patient(verb)


def _bare_participle(verb: Token) -> Token | None:
    """Who a bare past participle acts upon, when it is a passive with no subject of its own.

    1. After a noun ("the students [jailed] (by the regime) for protesting"): the noun, for verbs of harm or
       custody only. The tagger often reads such a participle as a past tense (VBD); under a sentence's
       root noun it is a misparsed main clause ("Trump [called] Putin" in a headline), left active. Other
       verbs' participles describe things ("a report released by the institute") and were wrong more often
       than right when tried.
    2. Opening or closing a clause ("[Questioned] about the plan, Chirac said", "[Backed] by Russia, the army
       advanced"): the main clause's subject, who is questioned or backed, not who questions or backs.
    """
    if any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("aux", "auxpass", "dobj")
           for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.i < verb.i and \
            verb.lemma_.lower() in HARM_PARTICIPLES and head.dep_ != "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        return head
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and head.pos_ in ("VERB", "AUX"):
        return child(head, SUBJECTS)
    return None


#: Participles of holding that the parser reads as a main verb before a bare "hostage" or "captive".
HOLDING_FORMS = frozenset({"taken", "held", "kept"})


def _held_hostage(verb: Token) -> Token | None:
    """ "two French reporters [held] hostage in Iraq were alive", "troops [taken] hostage": a participle parsed
    as a clause whose subject is the one held; the bare predicate (no article, number or modifier of its own)
    and no other object tell it from "rebels held [them] hostage" / "held [two engineers] hostage"."""
    if verb.lower_ not in HOLDING_FORMS or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    held = next((c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "acomp")
                 and c.lower_ in ("hostage", "captive")), None)
    if held is None or any(c.dep_ in ("det", "nummod", "compound", "amod", "poss", "nsubj") for c in held.children):
        return None
    if any(c.dep_ in ("dobj", "dative") and c.i != held.i for c in verb.children):
        return None
    return child(verb, ("nsubj",))


def to_marker(token: Token) -> bool:
    """The infinitive's "to", an auxiliary of its verb: the tagger's TO, or the word itself when the tag is off.

    One test for every reader of "to" infinitives, so that they agree on which clauses are infinitives."""
    return token.dep_ == "aux" and (token.tag_ == "TO" or token.lower_ == "to")


def has_to_marker(verb: Token) -> bool:
    """A verb with its own infinitive "to" ("sent troops [to] attack", "has [to] apologise")."""
    return any(to_marker(c) for c in verb.children)


def subjectless_infinitive(clause: Token) -> bool:
    """A "to" infinitive with no subject or subordinator of its own ("sent troops [to attack]", "the right [to
    declare]"): its doer and its mood come from what it hangs on."""
    return clause.pos_ in ("VERB", "AUX") and has_to_marker(clause) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)


def child(token: Token, deps: tuple[str, ...]) -> Token | None:
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def prep_object(token: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first preposition under ``token`` among ``preps``."""
    for c in token.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            pobj = child(c, ("pobj",))
            if pobj is None:  # "against [visiting] Saudi Crown Prince ..."
                pcomp = child(c, ("pcomp",))
                pobj = child(pcomp, ("dobj",)) if pcomp is not None else None
            if pobj is not None:
                return pobj
    return None


def passive_agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive: "was attacked by rebels" -> rebels."""
    agent = child(verb, ("agent",))
    return child(agent, ("pobj",)) if agent is not None else None


def coordinated(token: Token) -> list[Token]:
    """``token`` and the words coordinated with it ("Trump and Putin"; "the US, Russia, and Switzerland")."""
    out = [token]
    for child_token in token.children:
        if child_token.dep_ == "conj":
            out.extend(coordinated(child_token))
        elif child_token.dep_ == "appos" and any(c.dep_ in ("conj", "cc") for c in child_token.children):
            out.extend(coordinated(child_token))  # a list parsed as apposition
    return out


def _fronted_description(first: Token, name: Token) -> bool:
    """A common-noun phrase set before a named subject with a comma ("[The son of Cuban immigrants], Rubio
    said", "A former general, Smith has ..."): the parser makes both subjects of the verb, but the phrase only
    describes the name, whose own words (its "of" phrase) would otherwise be taken as the doer."""
    return (first.pos_ == "NOUN" and name.pos_ == "PROPN" and first.right_edge.i + 1 < name.left_edge.i
            and first.doc[first.right_edge.i + 1].text == ",")


def subject_past_dateline(verb: Token, deps: tuple[str, ...] = SUBJECTS) -> Token | None:
    """The verb's subject; a dateline the parser made a subject gives way to the real one: another
    subject ("BERLIN -- [A court] has convicted"), or a conjunct or apposition the parser hung on the
    dateline ("OSLO, Norway - [Police] have arrested", "X, Somalia -- [A U.S. airstrike] has killed")."""
    # a misparsed speech frame beside the doer ("[police allege] a man opened fire") is not a subject
    subjects = [c for c in verb.children if c.dep_ in deps and not misparsed_speech_word(c)]
    if not subjects:
        return None
    own_subjects = [s for s in subjects if not in_dateline(s)]
    if len(own_subjects) >= 2 and _fronted_description(own_subjects[0], own_subjects[-1]):
        return own_subjects[-1]  # "[The son of Cuban immigrants], Rubio has criticized": Rubio criticized
    if own_subjects:
        return own_subjects[0]
    hung = [m for c in subjects[0].children if c.dep_ == "appos" for m in coordinated(c)]
    return next((m for m in coordinated(subjects[0]) + hung if not in_dateline(m)), subjects[0])
