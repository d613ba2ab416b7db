"""Source and target of a trigger, read off the dependency parse.

The parse gives the grammatical roles (subject, object, prepositional object,
possessor, passive agent); ``article.actors`` (filled by the actors stage)
says which of those words are coded political actors. An argument counts
only when it lands on a coded actor: a word the actor dictionaries do not
know never becomes an event participant.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from eventwire.events.antecedents import antecedent_token, is_object_pronoun, object_antecedent
from eventwire.events.dateline import in_credit, in_dateline
from eventwire.events.topics import misparsed_speech, names_a_topic
from eventwire.events.voice import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    child,
    coordinated,
    is_passive,
    passive_agent,
    subject_past_dateline,
)
from eventwire.model import Actor

#: Verbs whose *object* is the understood subject of their infinitive
#: ("urged Russia to withdraw": Russia withdraws).
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "force", "persuade", "press", "order", "tell", "push", "invite",
                            "direct", "instruct", "command"})
#: Verbs of sending someone: their purpose infinitive is done by who is sent ("dispatched [Pompeo] to meet Kim").
SENDING_VERBS = frozenset({"send", "dispatch"})
#: Nouns of people sent on an errand (names and organisations count too).
ENVOY_NOUNS = frozenset({"envoy", "delegation", "team", "minister", "director", "ambassador", "diplomat",
                         "negotiator", "official", "officials", "representative", "adviser", "advisor", "aide"})
#: Nouns that name an agency whose country comes from an "of/in" phrase
#: ("a court in Guyana", "the army of Syria").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her"})
INSTITUTION_PREPS = ("of", "in", "from", "by")
#: An act's own doer phrase: "attacks [by] X", "rocket fire [from] Gaza"; its "in/of" phrase is where or whom
#: ("shootings [in] France killed four", "the bombing [of] Belgrade").
DOER_PREPS = ("by", "from")
#: People who work for a body: their "for" phrase is their employer ("two inspectors [for] the UN agency",
#: "a spokesman [for] the ministry"), as an institution's "of" phrase is its owner.
STAFF_NOUNS = frozenset({
    "inspector", "official", "spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator", "representative",
    "monitor", "observer", "investigator", "employee", "staff", "worker", "delegate",
})
#: Nouns of violent or public acts (and of the weapons that do them), whose "in X" phrase places them.
ACT_NOUNS = frozenset({
    "attack", "strike", "airstrike", "raid", "bombing", "shooting", "killing", "clash", "explosion", "blast",
    "violence", "fighting", "war", "battle", "massacre", "assault", "offensive", "ambush", "shelling", "riot",
    "unrest", "protest", "demonstration", "rampage", "incident", "uprising", "insurgency", "conflict", "fire",
    "gunfire", "crossfire", "firefight", "bombardment", "operation", "crackdown", "skirmish", "stabbing", "murder",
    # weapons that strike by themselves: "a car [bomb] in Kiev killed X" says where it went off, not who set it
    "bomb", "explosive", "device", "ied", "rocket", "missile", "mortar", "grenade", "mine", "landmine", "shell",
})
#: "[Russian-backed] rebels" are not Russian: the sponsor is not the actor ("Saudi-led" still is).
SPONSOR_PARTICIPLES = frozenset({
    "back", "backed", "support", "supported", "fund", "funded", "sponsor", "sponsored", "arm", "armed", "train",
    "trained", "inspire", "inspired", "align", "aligned", "ally", "allied", "link", "linked", "finance", "financed",
})


def sponsor_word(token: Token) -> bool:
    """A backer written before a noun ("[Russian-backed] rebels", "the [IMF]-backed cuts"): the participle
    itself, or a name the parser hung on the noun with "-backed" written after it."""
    if token.lemma_.lower() in SPONSOR_PARTICIPLES or token.lower_ in SPONSOR_PARTICIPLES:
        return True
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and (
        doc[token.i + 2].lemma_.lower() in SPONSOR_PARTICIPLES or doc[token.i + 2].lower_ in SPONSOR_PARTICIPLES)


#: Nouns of another party seen from a state: "[Berlin's] closest partners", "Russia's allies", "Syria's
#: neighbours" are other states, not the one named as their possessor.
RELATION_NOUNS = frozenset({
    "partner", "ally", "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "opponent", "counterpart",
})
#: Light verbs: "held talks", "made a call", "launched a strike" take their
#: subject as the source of the event noun.
NOUN_MODIFIERS = ("compound", "amod", "nmod", "poss", "npadvmod")


class ActorIndex:
    """Actors of one article, searchable by character offsets."""

    def __init__(self, actors: list[Actor]) -> None:
        # a place flagged ``based_in`` ("the [Paris]-based exchange") says where a body sits, not who acts
        self.actors = sorted((a for a in actors if a.code and "based_in" not in a.flags),
                             key=lambda a: (a.span.start, a.span.end))
        self._starts = [a.span.start for a in self.actors]

    def overlapping(self, start: int, end: int) -> list[Actor]:
        """Actors whose span overlaps ``[start, end)``."""
        found = []
        for i in range(bisect_right(self._starts, end) - 1, -1, -1):
            actor = self.actors[i]
            if actor.span.end <= start:
                if actor.span.start < start - 200:  # spans are short: stop scanning back
                    break
                continue
            if actor.span.start < end:
                found.append(actor)
        return sorted(found, key=lambda a: a.span.start)

    def at_token(self, token: Token) -> Actor | None:
        hits = self.overlapping(token.idx, token.idx + len(token))
        return hits[0] if hits else None

    def is_person(self, token: Token) -> bool:
        """The word is (part of) a person mention: a "he"/"she" may stand for it whatever its entity label."""
        return any(a.kind == "person" for a in self.overlapping(token.idx, token.idx + len(token)))


def names_an_act(token: Token) -> bool:
    """A common noun of an act ("attacks", "the shootings")."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in ACT_NOUNS or token.lower_ in ACT_NOUNS)


def town_of_an_act(modifier: Token, actor: Actor) -> bool:
    """A city named before an act is where it happened: "the [Mumbai] bombings", "the [Paris] attacks".
    Nationalities and states stay the doer ("Israeli raids", "Syria air raids")."""
    return modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and bool(
        {"city", "capital"} & set(actor.flags))


#: Nouns of a war or crisis as a whole: a state named as its owner says where it is fought, not who fights
#: ("[Syria's] civil war has killed 400,000", "the Yemen conflict", "the Syrian crisis").
WAR_NOUNS = frozenset({
    "war", "conflict", "crisis", "insurgency", "unrest", "turmoil", "strife", "bloodshed", "chaos", "violence",
    "fighting", "upheaval",
})
#: An owner at war with someone named ("Russia's war [on] Ukraine", "Saudi Arabia's war [in] Yemen") wages it.
WAR_PREPS = ("on", "against", "with", "in")


def war_of_a_state(token: Token, actor: Actor, index: ActorIndex) -> bool:
    """A war, conflict or crisis named after the state it is fought in: the state is where, not who.

    "Syria's war has killed 280,000 people", "the Yemen conflict killed
    thousands", "the Syrian crisis, which has killed ...": no one is named as
    the killer. Only a state itself (a bare country code), not its army or
    government ("the army's war"); and not when the war has another side
    named ("Russia's war on Ukraine", "the Saudi war in Yemen"), whose owner
    wages it.
    """
    if (token.lemma_.lower() not in WAR_NOUNS and token.lower_ not in WAR_NOUNS) or len(actor.code or "") != 3:
        return False
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in WAR_PREPS:
            for pobj in prep.children:
                other = index.at_token(pobj) if pobj.dep_ == "pobj" else None
                if other is not None and (other.code or "")[:3] != actor.code:
                    return False
    return True


def _a_doer_slot(token: Token) -> bool:
    """A subject or a passive's "by" object: the place of an act there is where, not who ("[shootings] in
    France killed four"); an act that is the object keeps its place as the one it befell ("sorrow for the
    shootings in [South Carolina]")."""
    return token.dep_ in SUBJECTS or (token.dep_ == "pobj" and token.head.dep_ == "agent")


def actor_for(token: Token, index: ActorIndex, depth: int = 0) -> Actor | None:
    """The coded actor a noun phrase headed by ``token`` refers to.

    1. The actor covering the head word ("officials" in "top U.S. officials").
    2. An actor among the head's modifiers, nearest the head first ("Russia's
       UN ambassador", "the Syrian government"), because those name whose
       role word it is.
    3. An apposition ("the US commander in Iraq, General David Petraeus").
    4. An institution's "of/in" phrase ("a court in Guyana"), last because
       such phrases often name places rather than owners; an act's only by its
       "by/from" phrase ("shootings in France" happened there, by no one named).

    A dateline ("BERLIN --") names no actor: it says where the story was filed.
    """
    if in_dateline(token) or in_credit(token):
        return None
    actor = index.at_token(token)
    if actor is not None and _a_doer_slot(token) and any(
            c.dep_ == "acl" and c.i == token.i + 1 and war_of_a_state(c, actor, index) for c in token.children):
        return None  # "[Syria] fighting kills 132 fighters": the headline's state is where the fighting is
    if actor is not None or depth > 2:
        return actor
    if is_object_pronoun(token):
        return _object_antecedent(token, index, depth)
    if token.pos_ == "PRON" and token.lower_ in PERSONAL_PRONOUNS:
        return _antecedent(token, index, depth)
    modifiers = [c for c in token.lefts if c.dep_ in NOUN_MODIFIERS and not sponsor_word(c)]
    act = names_an_act(token) and _a_doer_slot(token)
    for modifier in sorted(modifiers, key=lambda c: -c.i):
        hits = index.overlapping(modifier.left_edge.idx, modifier.idx + len(modifier))
        if hits and misparsed_speech(modifier):
            break  # "[Police allege] Martin Olds opened fire": the speaker, not the person named
        if hits and act and town_of_an_act(modifier, hits[-1]):
            continue
        if hits and (_a_doer_slot(token) or depth > 0) and war_of_a_state(token, hits[-1], index):
            continue  # "[Syria's] war has killed 280,000": where, not who
        if hits and other_party_of_state(token, modifier, hits[-1]):
            continue
        if hits and not (token.pos_ == "NOUN" and names_a_topic(modifier, hits[-1])):
            return hits[-1]
    for right in token.rights:
        if right.dep_ == "appos":
            found = actor_for(right, index, depth + 1)
            if found is not None:
                return found
    for clause in token.rights:  # "proposals laid out by the National Assembly"
        if clause.dep_ == "acl":
            # "a missile believed to be [fired by] rebels": the "by" phrase of the clause it reports
            told = next((c for c in clause.children if c.dep_ == "xcomp" and c.tag_ == "VBN"), None)
            by_phrase = next((c for c in clause.children if c.dep_ == "agent"), None) or (
                next((c for c in told.children if c.dep_ == "agent"), None) if told is not None else None)
            pobj = next((c for c in by_phrase.children if c.dep_ == "pobj"), None) if by_phrase else None
            if pobj is not None:
                return actor_for(pobj, index, depth + 1)
    if depth == 0 and (token.pos_ in ("NOUN", "PRON", "NUM") or (token.pos_ == "PROPN" and token.ent_type_ == "")):
        act = (names_an_act(token) or token.lemma_.lower() in WAR_NOUNS) and _a_doer_slot(token)
        preps = DOER_PREPS if act else INSTITUTION_PREPS  # "the crisis [in] Syria killed thousands": where
        preps += ("for",) if token.lemma_.lower() in STAFF_NOUNS else ()
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return actor_for(pobj, index, depth + 1)
    return None


def other_party_of_state(head: Token, modifier: Token, actor: Actor) -> bool:
    """A state's partners, allies or rivals are other states: "[Berlin's] European partners rejected X" is not
    Germany's act. Only a state itself (a bare country code) as possessor: a person's allies ("Trump's
    allies in Congress") are usually of the same country."""
    return (head.lemma_.lower() in RELATION_NOUNS and modifier.dep_ == "poss" and len(actor.code or "") == 3
            and actor.kind != "person")


def in_attribution(token: Token, trigger: Token) -> bool:
    """The word sits in an "according to" phrase that does not hold the trigger: who reports the event
    ("supplied arms, according to a report by the [Stockholm] institute") takes no part in it."""
    for ancestor in token.ancestors:
        if ancestor.lower_ == "according" and ancestor.dep_ == "prep":
            return trigger.i not in {t.i for t in ancestor.subtree}
    return False


def _antecedent(pronoun: Token, index: ActorIndex, depth: int) -> Actor | None:
    """"USAID announced that it would suspend aid": "it" is the subject of the governing clause."""
    subject = antecedent_token(pronoun, index.is_person)
    if subject is not None and subject.sent.start != pronoun.sent.start:
        actor = index.at_token(subject)  # the sentence before: its subject itself a coded actor ("A gunman")
    else:
        actor = actor_for(subject, index, depth + 1) if subject is not None else None
    if actor is not None and actor.kind == "place" and pronoun.lower_ in ("he", "she", "his", "her"):
        return None  # a town is no "he"
    return actor


def _object_antecedent(pronoun: Token, index: ActorIndex, depth: int) -> Actor | None:
    """"A court convicted X and sentenced [him]": the one acted on before (``antecedents.object_antecedent``);
    from the sentence before only a word that is itself a coded actor, as for subject pronouns."""
    word = object_antecedent(pronoun, index.is_person)
    if word is None:
        return None
    actor = index.at_token(word) if word.sent.start != pronoun.sent.start else actor_for(word, index, depth + 1)
    if actor is not None and actor.kind == "place" and pronoun.lower_ != "them":
        return None
    return actor


def actors_of(token: Token | None, index: ActorIndex) -> list[tuple[Token, Actor]]:
    """One (token, actor) per coordinated member that is a coded actor, without repeats.

    Members are also looked for under the other words of a multi-word actor,
    because a name split by the parser ("Barack / Obama and Putin") hangs the
    conjunct on its second word.
    """
    if token is None:
        return []
    if token.pos_ == "PRON" and token.lower_ in ("they", "their", "them"):  # "Obama and Putin said [they] will"
        before = object_antecedent(token, index.is_person) if is_object_pronoun(token) else \
            antecedent_token(token, index.is_person)
        if before is not None and (before.sent.start == token.sent.start or index.at_token(before) is not None):
            token = before  # from the sentence before only a coded subject itself, as in ``_antecedent``
    found: list[tuple[Token, Actor]] = []
    todo = coordinated(token)
    seen = {t.i for t in todo}
    while todo:
        member = todo.pop(0)
        actor = actor_for(member, index)
        if actor is None or any(actor is a for _, a in found):
            continue
        found.append((member, actor))
        for extra in _coordinated_modifiers(member):  # "[UK] and EU negotiators": the parser left no conj
            if extra.i not in seen:
                seen.add(extra.i)
                todo.append(extra)
        for word in member.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand") or []:
            # reached from the second conjunct; not from a subject the parser hung on a fronted phrase
            first = [word.head] if word.dep_ == "conj" and not swallowed_subject(word) else []
            for extra in first + coordinated(word)[1:]:
                if extra.i not in seen:
                    seen.add(extra.i)
                    todo.append(extra)
    return found


def _coordinated_modifiers(head: Token) -> list[Token]:
    """ "[UK] and EU negotiators", "[U.S.] and Russian officials": a modifier of the head that carries an
    "and" of its own, where the parser hung both names on the head instead of coordinating them; the
    first name is the head's other member. Only names and nationalities count, not "senior and junior"."""
    return [c for c in head.lefts if c.dep_ in ("nmod", "compound", "amod") and c.pos_ in ("PROPN", "ADJ")
            and any(g.dep_ == "cc" and g.lower_ in ("and", "&") for g in c.children)]


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
    if subject is not None:
        return (None, False) if subject.dep_ == "expl" else (subject, False)
    swallowed = _swallowed_subject(verb)
    if swallowed is not None:
        return swallowed, False
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
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
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
    governor = _adverbial_gerund_host(verb)
    if governor is not None:  # "After [meeting] X, [Y] disputed …": the gerund's understood subject is Y
        return verb_subject(governor, depth + 1)[0], True
    governor = _undertaker_verb(verb)
    if governor is not None:  # "took to the streets in a general strike [to protest] X": the strikers protest
        return verb_subject(governor, depth + 1)[0], True
    if verb.dep_ in ("relcl", "acl") and (verb.tag_ not in ("VBN", "VB") or head.dep_ == "ROOT"):
        return head, True  # "forces attacking X"; a misparse "Trump [called] Putin" as a naming
    return None, True


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

