"""Source and target of a trigger, read off the dependency parse.

The parse gives the grammatical roles (subject, object, prepositional object,
possessor, passive agent); ``article.actors`` (filled by the actors stage)
says which of those words are coded political actors. An argument counts
only when it lands on a coded actor: a word the actor dictionaries do not
know never becomes an event participant. Which phrase is a verb's doer is
the subject cascade in ``subjects``; this module says which actor a phrase
refers to.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from eventwire.events.antecedents import antecedent_token, is_object_pronoun, object_antecedent
from eventwire.events.dateline import in_credit, in_dateline
from eventwire.events.recipients import PLACE_FLAGS
from eventwire.events.subjects import NOUN_MODIFIERS, swallowed_subject
from eventwire.events.topics import misparsed_speech, names_a_topic
from eventwire.events.voice import SUBJECTS, coordinated
from eventwire.model import Actor
from eventwire.words import WAR_NOUNS

#: Pronouns that stand for an earlier noun phrase: its actor is theirs.
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her"})
#: Nouns that name an agency whose country comes from an "of/in" phrase
#: ("a court in Guyana", "the army of Syria").
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
    "invasion", "incursion",
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


class ActorIndex:
    """Actors of one article, searchable by character offsets."""

    def __init__(self, actors: list[Actor]) -> None:
        # a place flagged ``based_in`` ("the [Paris]-based exchange") says where a body sits, not who acts;
        # one flagged ``made_in`` ("[Russian]-made missiles") who made a thing, not who uses it
        self.actors = sorted((a for a in actors if a.code and "based_in" not in a.flags and "made_in" not in a.flags),
                             key=lambda a: (a.span.start, a.span.end))
        self._starts = [a.span.start for a in self.actors]
        #: every mention, coded or not, for views of other kinds (``uncoded_targets.named_view``), built once
        self.mentions = actors
        self.views: dict[str, ActorIndex] = {}

    @classmethod
    def over(cls, actors: list[Actor]) -> ActorIndex:
        """An index over exactly ``actors``, unfiltered: a view such as the uncoded names of one article."""
        index = cls([])
        index.actors = sorted(actors, key=lambda a: (a.span.start, a.span.end))
        index._starts = [a.span.start for a in index.actors]
        index.mentions = actors
        return index

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


def surname(actor: Actor) -> str:
    """The last word of an actor's name (its dictionary name, else its text), lower-cased: "Stone" for "Roger
    Stone", so that two mentions of one person under a full name and a surname can be told as one."""
    words = (actor.name or actor.text).split()
    return words[-1].lower() if words else ""


def names_an_act(token: Token) -> bool:
    """A common noun of an act ("attacks", "the shootings")."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in ACT_NOUNS or token.lower_ in ACT_NOUNS)


#: Words that cut a part out of a country ("[central] Syria", "[northern] Iraq"): the part is a region, a place.
REGION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                          "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
                          "southeast", "southwest"})


def _region_of(modifier: Token, actor: Actor) -> bool:
    """ "Over 50 killed in [Central] Syria attack": a direction word before the name (outside the actor's own
    name, so "South Korea" stays a state) makes it a region, and a region is where an act happened."""
    if modifier.i == 0:
        return False
    before = modifier.doc[modifier.i - 1]
    return (before.lower_ in REGION_WORDS and before.idx < actor.span.start
            and before.dep_ in ("compound", "amod") and before.head in (modifier, modifier.head))


def town_of_an_act(modifier: Token, actor: Actor) -> bool:
    """A city named before an act is where it happened: "the [Mumbai] bombings", "the [Paris] attacks"; so is
    a region of a country ("a [central Syria] attack"). Nationalities and states stay the doer ("Israeli
    raids", "Syria air raids")."""
    return modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and (
        bool(PLACE_FLAGS & set(actor.flags)) or _region_of(modifier, actor))


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
        if in_dateline(modifier):
            continue  # "BELGRADE, [Serbia] - Dozens of students": the parser hung the dateline on the subject
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
        if clause.dep_ == "acl" and not sponsor_word(clause):  # "forces [backed] by X": X is not the forces
            # "a missile believed to be [fired by] rebels": the "by" phrase of the clause it reports
            told = next((c for c in clause.children if c.dep_ == "xcomp" and c.tag_ == "VBN"), None)
            by_phrase = next((c for c in clause.children if c.dep_ == "agent"), None) or (
                next((c for c in told.children if c.dep_ == "agent"), None) if told is not None else None)
            pobj = next((c for c in by_phrase.children if c.dep_ == "pobj"), None) if by_phrase else None
            if pobj is not None:
                return actor_for(pobj, index, depth + 1)
    group = _group_belonged_to(token) if token.pos_ in ("NOUN", "PRON", "NUM") else None
    if group is not None:  # "a man (suspected of) [belonging] to Islamic State": a member acts as the group
        found = actor_for(group, index, depth + 1)
        if found is not None:
            return found
    if depth == 0 and (token.pos_ in ("NOUN", "PRON", "NUM") or (token.pos_ == "PROPN" and token.ent_type_ == "")):
        act = (names_an_act(token) or token.lemma_.lower() in WAR_NOUNS) and _a_doer_slot(token)
        doer = _doer_of_an_act(token) if not act and names_an_act(token) else None
        if doer is not None:  # "condemned the invasion of Panama [by] U.S. troops": the invader, not the invaded
            return actor_for(doer, index, depth + 1)
        preps = DOER_PREPS if act else INSTITUTION_PREPS  # "the crisis [in] Syria killed thousands": where
        preps += ("for",) if token.lemma_.lower() in STAFF_NOUNS else ()
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return actor_for(pobj, index, depth + 1)
    return None


def _doer_of_an_act(act: Token) -> Token | None:
    """The "by" object of an act noun that is no doer slot, however the parser hung it: on the noun ("the
    shelling of Aleppo [by] Syrian forces") or on the active verb whose object the noun is, right after the
    noun's phrase ("condemned the invasion of Panama [by] U.S. troops"). An act is aimed at its doer: its "of"
    phrase names whom it befell, which the institution reading below would take as the owner."""
    phrases = [p for p in act.rights if p.dep_ == "prep" and p.lower_ == "by"]
    verb = act.head
    if act.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in verb.children):
        phrases += [p for p in verb.rights if p.dep_ == "prep" and p.lower_ == "by" and p.i == act.right_edge.i + 1]
    return next((o for p in phrases for o in p.children if o.dep_ == "pobj"), None)


def _group_belonged_to(token: Token) -> Token | None:
    """The "to" object of a "belonging" clause on an uncoded noun: "a person [suspected of belonging to]
    Islamic State", "positions [belonging to] the group", "a helicopter [belonging to] the regime": members act
    for the group, as "members of X" do, and what belongs to someone is theirs when struck or when it strikes.
    Not "linked/tied to" (a link is neither: "a firm linked to the army")."""
    for clause in (c for c in token.children if c.dep_ in ("acl", "relcl")):
        belonging = clause
        if clause.lemma_.lower() != "belong":  # "suspected/accused of belonging to"
            prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            belonging = next((c for c in prep.children if c.dep_ == "pcomp"), None) if prep is not None else None
        if belonging is None or belonging.lemma_.lower() != "belong":
            continue
        to = next((c for c in belonging.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        group = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if group is not None:
            return group
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
            first = [word.head] if word.dep_ == "conj" and not swallowed_subject(word) and not (
                _own_relative_clause(word) and _own_relative_clause(word.head)) else []
            for extra in first + coordinated(word)[1:]:
                if extra.i not in seen:
                    seen.add(extra.i)
                    todo.append(extra)
    return found


def _own_relative_clause(noun: Token) -> bool:
    """ "Comey, who was fired, or Brennan, [who stepped down]": a conjunct with a relative clause of its own
    is what that clause tells of, so where each conjunct has one, neither clause reaches the other."""
    return any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "which", "that")
                                         for g in c.children) for c in noun.children)


def _coordinated_modifiers(head: Token) -> list[Token]:
    """ "[UK] and EU negotiators", "[U.S.] and Russian officials": a modifier of the head that carries an
    "and" of its own, where the parser hung both names on the head instead of coordinating them; the
    first name is the head's other member; in a longer list ("[U.S.], British and French forces") also a
    name that carries only the comma. Only names and nationalities count, not "senior and junior"."""
    names = [c for c in head.lefts if c.dep_ in ("nmod", "compound", "amod") and c.pos_ in ("PROPN", "ADJ")]
    joined = [c for c in names if any(g.dep_ == "cc" and g.lower_ in ("and", "&") for g in c.children)]
    listed = [c for c in names if joined and c.i < joined[0].i and c.i + 1 < len(c.doc) and
              c.nbor(1).text == "," and any(g.dep_ == "punct" and g.text == "," for g in c.children)]
    return listed + joined
