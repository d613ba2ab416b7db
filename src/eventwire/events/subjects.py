"""The doer of a verb: the subject cascade the argument stage reads a verb trigger's source from.

A verb's own subject or passive agent comes first; when the clause has none
(an infinitive, a participle, a coordinated or relative clause, a subject
the parser hung elsewhere) the doer is inferred from the clause the verb
depends on. Which coded actor a noun phrase refers to is ``arguments``' job;
this module only finds the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.voice import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    child,
    has_to_marker,
    is_passive,
    passive_agent,
    subject_past_dateline,
)

#: Verbs whose *object* is the understood subject of their infinitive ("urged Russia to withdraw": Russia
#: withdraws; "allowed the agency to deliver food": the agency delivers). One list for every reader of such a
#: clause: the doer of the infinitive here, and in ``antecedents`` the one acted on before an object pronoun.
OBJECT_CONTROL = frozenset({
    "urge", "ask", "call", "force", "persuade", "press", "pressure", "push", "order", "tell", "invite", "direct",
    "instruct", "command", "allow", "permit", "request", "encourage", "authorize", "authorise", "compel", "help",
    "get",
})
#: Verbs of sending someone: their purpose infinitive is done by who is sent ("dispatched [Pompeo] to meet Kim").
SENDING_VERBS = frozenset({"send", "dispatch"})
#: Nouns of people sent on an errand (names and organisations count too).
ENVOY_NOUNS = frozenset({"envoy", "delegation", "team", "minister", "director", "ambassador", "diplomat",
                         "negotiator", "official", "officials", "representative", "adviser", "advisor", "aide"})
#: Relative pronouns: "Putin, [who] met Merkel" stands for the noun the clause modifies.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Dependents of a noun that name its owner or its kind ("[Russia's] UN ambassador", "the [Syrian] government").
NOUN_MODIFIERS = ("compound", "amod", "nmod", "poss", "npadvmod")


#: Tags of finite verb forms (past, present): they carry their own tense, unlike an infinitive.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _for_object(governor: Token, infinitive: Token) -> Token | None:
    """ "called for [campaigners] to protest", "called on [the UN] to open an inquiry": the object of a "for"
    (or, after "call", an "on/upon") phrase that ends right where the infinitive begins is its doer ("was
    forced, for the first time in history, to resign" is no such phrase)."""
    preps = ("for", "on", "upon") if governor.lemma_.lower() == "call" else ("for",)
    for prep in (c for c in governor.children if c.dep_ == "prep" and c.lower_ in preps):
        pobj = child(prep, ("pobj",))
        if pobj is not None and pobj.right_edge.i + 1 == infinitive.left_edge.i:
            return pobj
    return None


def verb_subject(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The doer of ``verb`` and whether it had to be inferred from another clause.

    1. Passive: the "by" agent.
    2. The verb's own subject.
    3. Controlled infinitive ("agreed to meet"): the governor's subject, or
       its object for object-control verbs ("urged Russia to withdraw"), or
       the subject of a passive governor ("Russia was urged to withdraw",
       "Obama is scheduled to attend").
    4. Coordinated or participial clause ("met X and signed", "..., killing"):
       the subject of the clause it hangs on.
    5. Relative clause ("forces that attacked"): the noun it modifies.
    """
    if is_passive(verb):
        return passive_agent(verb), False
    if misread_participle(verb):
        return None, False  # "[the civilians] imprisoned for X were released": the civilians were imprisoned
    subject = subject_past_dateline(verb)
    if subject is not None and verb.dep_ == "relcl" and subject.lower_ in RELATIVE_PRONOUNS:
        return verb.head, False  # "Putin, who met Merkel": the relative pronoun stands for Putin
    if subject is not None and _place_read_as_subject(subject, verb):
        return verb_subject(verb.head.head, depth + 1)[0], True  # "the team is in [Syria] investigating X"
    if subject is not None and _misread_report_verb(subject, verb):
        return None, False  # "a massacre that the opposition [claims] killed hundreds": the claimant is no doer
    if subject is not None:
        return (None, False) if subject.dep_ == "expl" else (subject, False)
    swallowed = _swallowed_subject(verb)
    if swallowed is not None:
        return swallowed, False
    owner = _nominal_gerund_owner(verb)
    if owner is not None:  # "killed in Syrian [government] shelling of a town": the government shells it
        return owner, False
    if depth > 3:
        return None, True
    head = verb.head
    if verb.dep_ in ("acomp", "attr") and head.pos_ in ("VERB", "AUX"):  # "is [willing] to withdraw"
        return verb_subject(head, depth + 1)[0], True
    if verb.dep_ == "xcomp":
        if head.lemma_ in OBJECT_CONTROL:
            obj = child(head, ("dobj",)) or _for_object(head, verb)
            if obj is not None:
                return obj, True
        raised = child(head, PASSIVE_SUBJECTS) if is_passive(head) else None
        if raised is not None and passive_agent(head) is None:
            return raised, True  # "[Obama] is scheduled to attend", "[Russia] was urged to withdraw"
        return verb_subject(head, depth + 1)[0], True
    if verb.dep_ == "advcl" and head.lemma_ in OBJECT_CONTROL and verb.tag_ == "VB" \
            and has_to_marker(verb):
        asked = _for_object(head, verb)
        if asked is not None:  # "called Friday for [Trump] to cancel X", the infinitive hung as an adverbial
            return asked, True
    sent = child(head, ("dobj",)) if verb.dep_ in ("advcl", "xcomp") and head.lemma_ in SENDING_VERBS else None
    if sent is not None and verb.tag_ == "VB" and (sent.pos_ == "PROPN" or sent.lemma_.lower() in ENVOY_NOUNS
                                                   or sent.ent_type_ in ("PERSON", "ORG", "NORP")):
        return sent, True  # "sent [his envoy] to Cairo to meet X": the envoy meets X
    if verb.dep_ == "conj" and head.dep_ == "xcomp" and head.tag_ == "VB" and verb.tag_ in FINITE_TAGS:
        # a finite verb cannot share a bare infinitive's subject: "[X] urged Y to release Z and called for
        # talks" is X calling, though the parser hangs "called" on "release"
        return verb_subject(head.head, depth + 1)[0], True
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return verb_subject(head, depth + 1)[0], True
    if (verb.dep_ == "acl" and verb.tag_ == "VB" and head.dep_ in ("dobj", "attr") and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() not in JUDGING_VERBS):  # "Iran welcomed the decision to lift X": not Iran's
        return verb_subject(head.head, depth + 1)[0], True  # "[Trump] stressed the need to work"
    accused = _accused_means(verb)
    if accused is not None:  # "X accused [Y] of gassing people by [firing] rockets": Y fires them
        return accused, True
    governor = _adverbial_gerund_host(verb)
    if governor is not None:  # "After [meeting] X, [Y] disputed …": the gerund's understood subject is Y
        return verb_subject(governor, depth + 1)[0], True
    host = _means_of_harm(verb)
    if host is not None:  # "[forces] killed 1300 people [using] chemical weapons": the killers use them
        return verb_subject(host, depth + 1)[0], True
    governor = _undertaker_verb(verb)
    if governor is not None:  # "took to the streets in a general strike [to protest] X": the strikers protest
        return verb_subject(governor, depth + 1)[0], True
    host = _harm_hung_on_a_target(verb)
    if host is not None:  # "fired rockets at [the capital] killing seven": the shooters killed them
        return verb_subject(host, depth + 1)[0], True
    if verb.dep_ in ("relcl", "acl") and (verb.tag_ not in ("VBN", "VB") or head.dep_ == "ROOT"):
        return head, True  # "forces attacking X"; a misparse "Trump [called] Putin" as a naming
    return None, True


def _nominal_gerund_owner(verb: Token) -> Token | None:
    """The noun right before a gerund the parser read as a clause of the sentence's verb when it is a noun of
    that phrase: "31 people were killed in Syrian government [shelling] of a town" hangs "shelling" on "were"
    and so gives it the victims for doers. A gerund with an "of" phrase and no object of its own is a noun
    ("the shelling of a town"), and a noun written right before it, inside a preposition's phrase, is whose
    it is."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "attr") or verb.i == 0 \
            or child(verb, ("dobj", "aux", "auxpass", "mark")) is not None \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ != "pobj" or before.head.dep_ != "prep":
        return None
    return before


#: Verbs of accusing: their object is the one said to have done the act of their "of/for" gerund.
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "condemn", "denounce", "criticize", "criticise", "fault",
                            "suspect"})
#: Prepositions of how a deed was done: "by firing rockets", "through shelling".
MEANS_PREPS = frozenset({"by", "through", "while"})


def _accused_means(verb: Token) -> Token | None:
    """The accused, when the parser hung the means of the alleged deed on the verb of accusing: "the opposition
    accused [government forces] of gassing hundreds by firing rockets" hangs "by firing" on "accused", but the
    accuser does not fire; the one accused of the deed does. Only when the accused's "of/for" gerund comes
    before the means."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or prep.lower_ not in MEANS_PREPS \
            or prep.dep_ != "prep":
        return None
    host = prep.head
    if host.pos_ != "VERB" or host.lemma_.lower() not in ACCUSING_VERBS:
        return None
    accused = child(host, ("dobj",))
    if accused is None:
        return None
    deed = next((g for p in accused.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                 for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return accused if deed is not None and deed.i < verb.i else None


#: Verbs of wielding a weapon: their participle hung on a victim tells how the harm was done.
WIELDING_VERBS = frozenset({"use", "fire", "drop", "launch", "deploy", "employ"})


def _means_of_harm(verb: Token) -> Token | None:
    """The verb of harm whose means a participle tells when the parser hung it on the victims: "forces killed
    1300 people [using] chemical weapons" reads "people using chemical weapons", but the killers used them.
    Only a participle of wielding (``WIELDING_VERBS``) after the object of a verb of harm."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in WIELDING_VERBS or verb.i < head.i:
        return None
    host = head.head
    if head.dep_ != "dobj" or host.pos_ != "VERB" or host.lemma_.lower() not in ATTACK_OUTCOMES | AIMING_VERBS:
        return None
    return host


def _place_read_as_subject(subject: Token, verb: Token) -> bool:
    """ "The UN team is in [Syria] investigating claims": the parser makes the place after "in" the subject of
    the gerund that follows it, but the place is where the team is, and the team investigates. Only a named
    place right after a preposition of place whose verb is the gerund's host."""
    prep = verb.head
    return (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and prep.lower_ in ("in", "at", "inside")
            and subject.i == prep.i + 1 and subject.ent_type_ in ("GPE", "LOC", "FAC")
            and prep.head.pos_ in ("VERB", "AUX"))


#: Verbs of reporting whose third-person form the tagger can read as a plural noun ("the opposition [claims]").
REPORT_VERB_FORMS = frozenset({"claims", "says", "alleges", "reports", "believes", "insists"})


def _misread_report_verb(subject: Token, verb: Token) -> bool:
    """ "a massacre that the opposition [claims] killed hundreds": the tagger reads "claims" as a noun and
    makes it the subject of "killed"; the opposition only claims it, and the doer is the relative clause's
    noun. The sign: a reporting form with a noun before it as its compound, right before the verb, in a clause
    opened by "that" or a relative word."""
    if subject.lower_ not in REPORT_VERB_FORMS or subject.tag_ not in ("NNS", "NN") or subject.i + 1 != verb.i:
        return False
    if not any(c.dep_ in ("compound", "nmod") and c.i < subject.i for c in subject.children):
        return False
    before = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return before is not None and before.lower_ in RELATIVE_PRONOUNS


#: Verbs of harm whose participle tells what an attack did ("..., killing seven people"); not
#: ``voice.HARM_PARTICIPLES``, the wider list of what may be done to a person (held, abducted ...).
ATTACK_OUTCOMES = frozenset({"kill", "wound", "injure", "maim", "destroy"})


#: Verbs of aiming force at something: their object is what was hit, so a participle of harm hung on it
#: ("warplanes targeted [ISIL strongholds] killing 31") tells what the strike did, not what the object did.
AIMING_VERBS = frozenset({"target", "hit", "strike", "shell", "bomb", "pound", "raid", "attack", "storm",
                          "bombard", "besiege"})


#: Verbs whose object is what was struck: the aiming verbs and "destroy" ("destroyed [their vehicles] killing 12").
STRIKING_VERBS = AIMING_VERBS | {"destroy"}


def _harm_hung_on_a_target(verb: Token) -> Token | None:
    """The verb whose act a participle of harm continues when the parser hung it on the object of that verb's
    preposition: "rebels fired rockets at [the capital] killing seven people" (the rockets killed, not the
    capital), or on the object of a verb of aiming force: "warplanes targeted [ISIL strongholds] killing 31
    fighters" (the warplanes killed), also through the object's "of" phrases ("destroyed types of [their
    vehicles] killing 12"). Only a participle of harm (``ATTACK_OUTCOMES``) after that object."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in ATTACK_OUTCOMES or verb.i < head.i:
        return None
    struck = head if head.dep_ == "dobj" else _owner_inside_an_object(head)
    if struck is not None and struck.head.pos_ == "VERB" and struck.head.lemma_.lower() in STRIKING_VERBS:
        return struck.head  # "destroyed the vehicles of [the terrorists] killing a number of them"
    if head.dep_ != "pobj" or head.head.dep_ != "prep" or head.head.head.pos_ != "VERB":
        return None
    return head.head.head


def _owner_inside_an_object(noun: Token) -> Token | None:
    """The object a noun belongs to through "of" phrases: "destroyed the vehicles of [the terrorists]",
    "shelled positions of [the rebels]". A participle of harm the parser hung on such an owner continues the
    verb's act: the owner is what was struck, not who struck."""
    if noun.dep_ != "pobj":
        return None
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of" \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun if noun.dep_ == "dobj" else None


#: Tags of a verb that takes its own subject.
OWN_SUBJECT_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def swallowed_subject(token: Token) -> bool:
    """``token`` is the subject hung on a fronted phrase of the verb right after it (:func:`_swallowed_subject`),
    not a member of that phrase's list."""
    doc = token.doc
    after = token.right_edge.i + 1
    if token.dep_ != "conj" or after >= len(doc):
        return False
    subject = _swallowed_subject(doc[after])
    return subject is not None and subject.i == token.i


def _swallowed_subject(verb: Token) -> Token | None:
    """The subject the parser hung as a conjunct on the end of a fronted phrase: "On a visit to Zimbabwe,
    [Ramaphosa] voiced his support" parses Ramaphosa as "Zimbabwe and Ramaphosa". With no "and/or" before
    it, only a comma, and right before a finite verb that has no subject, it is the verb's subject."""
    if verb.tag_ not in OWN_SUBJECT_TAGS or verb.i == 0:
        return None
    last = verb.doc[verb.i - 1]
    for front in (c for c in verb.children if c.dep_ in ("prep", "advcl", "npadvmod") and c.i < verb.i):
        for token in front.subtree:
            if token.dep_ != "conj" or token.right_edge.i != last.i or token.pos_ not in ("PROPN", "NOUN"):
                continue
            between = verb.doc[token.head.i + 1 : token.left_edge.i]
            if any(t.dep_ == "cc" for t in between) or not any(t.text == "," for t in between):
                continue
            return token
    return None


#: Prepositions of time and circumstance whose gerund shares the subject of the clause they hang on ("after
#: meeting X, Y said"); not "of/for/from/against", whose gerund is often the object's ("accused X of meeting Y").
ADVERBIAL_PREPS = frozenset({
    "after", "before", "while", "since", "upon", "on", "following", "without", "despite", "amid", "amidst",
    "during", "through", "by", "besides", "when",
})


def _adverbial_gerund_host(verb: Token) -> Token | None:
    """The verb a gerund of time or circumstance hangs on, through its preposition: "[After] meeting with X,
    Y disputed …", "[Amid] planning for a meeting with X, Y …". English leaves such a gerund's subject
    unsaid because it is the main clause's."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or prep.pos_ not in ("ADP", "SCONJ") \
            or prep.lower_ not in ADVERBIAL_PREPS or prep.dep_ not in ("prep", "advmod", "mark"):
        return None
    host = prep.head
    return host if host.pos_ in ("VERB", "AUX") and host.i != prep.i else None


def misread_participle(verb: Token) -> bool:
    """A participle the tagger read as the sentence's past-tense verb: "The civilians [imprisoned] for X
    were released by Y" comes out as "civilians imprisoned" with "were released" as its conjunct.

    The sign is a conjunct with its own "be/have" auxiliary, no subject and no coordinator before it: a
    real second verb would be joined by "and" ("rebels seized the town and were shelled"), and a finite verb
    between the two says the conjunct belongs further down ("resigned after an inquiry [uncovered] … had
    been speeded up"). The noun before the participle is then what was done to, not the doer.
    """
    if verb.tag_ != "VBD" or any(c.dep_ in ("cc", "preconj") for c in verb.children):
        return False
    for clause in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
        auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
        if auxiliaries and auxiliaries[0].lemma_ in ("be", "have") and auxiliaries[0].tag_ in ("VBD", "VBP", "VBZ") \
                and not any(c.dep_ in SUBJECTS for c in clause.children) \
                and not any(t.dep_ == "cc" or t.lower_ in (";", ":") or _finite_verb(t)
                            for t in verb.doc[verb.i + 1 : clause.i]):
            return True
    return False


def _finite_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.tag_ in ("VBD", "VBZ", "VBP")


#: Verbs that judge someone else's decision or plan: "welcomed the decision [to lift] sanctions" is not
#: the welcomer's lifting.
JUDGING_VERBS = frozenset({
    "welcome", "praise", "hail", "applaud", "criticize", "criticise", "condemn", "denounce", "oppose", "reject",
    "support", "back", "endorse", "question", "challenge", "slam", "blast", "decry", "protest", "dismiss",
})
#: Verbs of joining or holding an undertaking: a "to" infinitive on their object is the purpose of those
#: who join or hold it ("joined a general strike [to protest] X", "staged a rally [to demand] X").
UNDERTAKING_VERBS = frozenset({
    "join", "stage", "hold", "launch", "mount", "wage", "lead", "organize", "organise", "begin", "start",
    "continue", "escalate", "intensify", "undertake",
})


def _undertaker_verb(infinitive: Token) -> Token | None:
    """The verb whose subject does a purpose infinitive the parser hung on a noun, or None.

    "Thousands took to the streets in a general strike [to protest] X" and
    "Russia massed troops in a bid [to intimidate] X": an infinitive on the
    object of an "in" phrase says why the clause's subject acted; so does one on
    the object of a verb of joining or holding an undertaking ("joined a
    strike [to protest]"). Not when the noun names its own owner ("in the
    government's bid", "in a bid by X", "in a U.S. plan"): that owner acts;
    nor under a verb of urging ("urged X in a statement [to go]"): X is only
    asked to act.
    """
    noun = infinitive.head
    if (infinitive.dep_ not in ("relcl", "acl") or infinitive.tag_ != "VB"
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children) or _owned(noun)):
        return None
    if (noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX")
            and noun.head.head.lemma_ not in OBJECT_CONTROL):  # "urged X in a statement [to go]": X is to go
        return noun.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDERTAKING_VERBS:
        return noun.head
    return None


def _owned(noun: Token) -> bool:
    """A noun with an owner of its own: a possessor, a name or nationality before it, a "by/of" phrase."""
    return any(
        c.dep_ == "poss" or (c.dep_ in NOUN_MODIFIERS and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")))
        or (c.dep_ == "prep" and c.lower_ in ("by", "of"))
        for c in noun.children
    )
