"""Match trigger patterns against a parsed sentence.

For each token whose lemma starts a pattern, the pattern's constraints are
checked on the dependency tree (its object, context words, complement
clause). The most specific pattern that holds wins, so "launched missiles"
codes 195 rather than the bare "launch" reading, and "agreed to meet" codes
036 and swallows the "meet" below it (the meeting has not happened).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.events.convictions import imprisoning_convictions
from eventwire.events.generics import generic_gerund
from eventwire.events.joint_drills import joint_exercises
from eventwire.events.misreadings import (
    a_celebration,
    a_fault_line,
    a_standing,
    agrees_with_a_statement,
    economic_reading,
    engages_in_talk,
    fires_a_person,
    help_in_passing,
    meets_a_target,
    meets_with_a_reaction,
    names_a_quality,
    names_no_leaving,
    natural_hazard,
    seizes_upon,
    sporting_sense,
    tells_of_a_sport,
    wants_no_actor,
)
from eventwire.events.patterns import Pattern, PatternIndex
from eventwire.events.protest_aims import protest_aims
from eventwire.events.trigger_words import (
    complement_words,
    context_words,
    direct_object,
    held_thing,
    naming_use,
    object_words,
    particles,
    variants,
)

VERB_POS = ("VERB",)
NOUN_POS = ("NOUN", "PROPN")
#: Roots whose wildcard patterns stand back for a coded complement (see coder: intent, refusal, threat).
RECODING_ROOTS = frozenset({"03", "12", "13"})
#: Halt negotiations / mediation / military engagement: the halted talks are not held, the halted strikes not
#: carried out ("a [pause] in air strikes", "ended its [bombing] campaign").
HALTING_CODES = frozenset({"164", "165", "087"})
#: Adjectives that head an intention clause ("is [willing] to talk").
CLAUSE_ADJECTIVES = frozenset({"willing", "ready", "prepared", "eager", "keen", "determined"})
#: Adjectives of a stance towards someone named with "of": "[critical] of the government" criticises it.
STANCE_ADJECTIVES = frozenset({"critical"})


@dataclass(slots=True)
class Match:
    """A pattern that holds at a trigger token, with the words that satisfied it."""

    pattern: Pattern
    trigger: Token
    object: Token | None = None
    evidence: list[Token] = field(default_factory=list)  # object/context/complement words
    consumed: list[Token] = field(default_factory=list)  # complement triggers it stands for
    complement: list[Token] = field(default_factory=list)  # the complement words up to the one that matched
    aim_of: Token | None = None  # the protest whose aim this request states ("marched [to demand]"): no event


class SentenceWords:
    """What the patterns test around a sentence's tokens, gathered once per token.

    Why: a trigger is tried against each of its candidate patterns, and one word
    turns up in the word lists of several triggers; its variants and a trigger's
    context and particles depend on the parse alone (issue 9: same values, once).
    Keys are token indices, so one instance serves one Doc.
    """

    __slots__ = ("_forms", "_near")

    def __init__(self) -> None:
        self._forms: dict[int, tuple[str, ...]] = {}
        self._near: dict[int, tuple[list[Token], list[Token]]] = {}

    def variants(self, token: Token) -> tuple[str, ...]:
        forms = self._forms.get(token.i)
        if forms is None:
            forms = self._forms[token.i] = variants(token)
        return forms

    def near(self, token: Token) -> tuple[list[Token], list[Token]]:
        """``(context_words(token), particles(token))``; the lists are shared: never change them."""
        found = self._near.get(token.i)
        if found is None:
            found = self._near[token.i] = (context_words(token), particles(token))
        return found


def _has_word(tokens: list[Token], words: tuple[str, ...], memo: SentenceWords | None = None) -> Token | None:
    """The first token among ``tokens`` that is one of ``words``; "*" accepts any content word.

    "#count" accepts a bare number standing as the object itself: "killed [12] in Kabul" counts people,
    the way "killed twelve shoppers" names them (only patterns that list it: most verbs' numbers are sums).
    """
    if "#count" in words:
        counted = next((t for t in tokens if t.pos_ == "NUM" and t.dep_ == "dobj" and not _starts_a_clause(t)), None)
        if counted is not None:
            return counted
    if "*" in words:
        return next((t for t in tokens if t.pos_ in ("VERB", "NOUN", "PROPN") and t.dep_ != "aux"), None)
    forms = memo.variants if memo is not None else variants
    return next((t for t in tokens if any(v in words for v in forms(t))), None)


def _starts_a_clause(number: Token) -> bool:
    """ "Civilian killed, [3] injured": a number followed by a participle is the subject of the next clause
    (headlines drop the comma), not what was killed."""
    after = number.nbor(1) if number.i + 1 < len(number.doc) else None
    return after is not None and after.tag_ in ("VBN", "VBD")


def token_pos(token: Token) -> str | None:
    """ "verb" or "noun" for a word that can trigger an event; None for others."""
    if token.pos_ in VERB_POS or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")):
        return "verb"
    if token.pos_ == "ADJ" and token.lower_ in CLAUSE_ADJECTIVES and any(c.dep_ == "xcomp" for c in token.children):
        return "verb"  # "is [ready] to talk": the adjective heads the clause; but "[free] to give aid" is no release
    if token.pos_ == "ADJ" and token.lower_ in STANCE_ADJECTIVES and _of_someone(token):
        return "verb"  # "was [critical] of the government": the adjective says what the verb "criticise" says
    if token.pos_ in NOUN_POS:
        return "noun"
    return None


#: Nouns of authorities one is critical of, besides named people, groups and states.
AUTHORITY_NOUNS = frozenset({"government", "regime", "administration", "authority", "minister", "president",
                             "leader", "leadership", "army", "military", "police", "junta", "parliament", "court",
                             "party", "opposition", "rebel", "militant", "official", "ministry", "cabinet"})


def _of_someone(adjective: Token) -> bool:
    """ "critical [of] the government", "critical of [Obama]": the "of" phrase names an actor itself; "critical
    of horror stories" or "of the plan" names a thing, whose author the parse does not give reliably."""
    return any(g.dep_ == "pobj" and (g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                     or g.lemma_.lower() in AUTHORITY_NOUNS)
               for c in adjective.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


#: Verbs that take a receiver and a thing as two bare objects ("handed [X] [four life sentences]"); elsewhere a
#: second bare noun is a misparse ("target non- [Muslims]", "cut the road [a key supply route]").
DOUBLE_OBJECT_VERBS = frozenset({"hand", "give", "mete", "pass"})


def _second_objects(token: Token, obj: Token) -> list[Token]:
    """ "handed [Brian Nichols] four life [sentences]": a thing given after the receiver, parsed as a second dobj
    or as the receiver's apposition."""
    if obj.dep_ not in ("dobj", "dative") or token.lemma_.lower() not in DOUBLE_OBJECT_VERBS:
        return []
    return [c for c in [*token.children, *obj.children] if c.dep_ in ("dobj", "appos") and c.i > obj.i]


#: Heads of a count or a group whose "of" phrase says who they are: "[thousands] of students clashed".
COUNT_HEADS = frozenset({
    "thousand", "hundred", "dozen", "score", "million", "group", "number", "band", "crowd", "contingent", "batch",
})


def _doer_word(verb: Token) -> Token | None:
    """The verb's subject; for a participle describing a noun ("a team of [inspectors] visiting Syria"), that
    noun, which is the participle's doer as a subject would be."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subject


def _counted(subject: Token | None) -> Token | None:
    """The counted noun of a count subject ("[hundreds] of students" -> students), else the subject itself."""
    if subject is None or subject.lemma_.lower() not in COUNT_HEADS:
        return subject
    prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return counted if counted is not None else subject


def _holds(pattern: Pattern, token: Token, memo: SentenceWords | None = None) -> Match | None:
    memo = memo if memo is not None else SentenceWords()
    if pattern.pos == "verb" and not pattern.context and naming_use(token):
        return None
    if economic_reading(pattern, token) or a_celebration(pattern, token) or wants_no_actor(pattern, token) \
            or natural_hazard(pattern, token) or help_in_passing(pattern, token) \
            or (pattern.pos == "verb" and seizes_upon(token)) \
            or (pattern.cameo[:2] == "19" and fires_a_person(token)) or (pattern.pos == "verb" and a_standing(token)) \
            or (pattern.pos == "verb" and a_fault_line(token)):
        return None
    if pattern.pos == "verb" and (meets_with_a_reaction(token)
                                  or (pattern.cameo[:2] == "19" and engages_in_talk(token))):
        return None
    if pattern.pos == "verb" and generic_gerund(token):  # "Soldiers [killing] civilians is a crime"
        return None
    if (pattern.cameo[:2] == "03" and pattern.pos == "verb" and (not pattern.complement or "*" in pattern.complement)
            and agrees_with_a_statement(token)):
        return None
    match = Match(pattern, token)
    if pattern.subject:  # "[peacekeeping troops] arrived in X": what the subject is says what the act is
        subject = _counted(_doer_word(token))
        words = [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod"))] if subject else []
        hit = _has_word(words, pattern.subject, memo)
        if hit is None or (pattern.single_subject and (subject.tag_ in ("NNS", "NNPS") or any(
                c.dep_ == "conj" for c in subject.children))):  # "[gunmen] opened fire": a band, not one person
            return None
        # the subject is the doer, not a word of the act: "a woman [opened fire]" is told by its verb and object
    if pattern.object:
        obj = direct_object(token)
        options = object_words(obj) if obj is not None else []
        hit = _has_word(options, pattern.object, memo)
        if hit is None and obj is not None and obj.dep_ in ("dobj", "dative"):
            # "handed [Brian Nichols] four life [sentences]": the receiver parsed as a first object, the thing as a
            # second one or as the receiver's apposition
            second = next(iter(_second_objects(token, obj)), None)
            hit = _has_word(object_words(second), pattern.object, memo) if second is not None else None
            obj = second if hit is not None else obj
        if hit is None:
            return None
        match.object = obj
        match.evidence.append(hit)
    if pattern.not_object:  # "met [the deadline]" is no meeting; "met [the minister]" still is
        obj = direct_object(token)  # its head noun only: "support the [spending] bill" backs a bill
        if obj is not None and _has_word([held_thing(obj), *_second_objects(token, obj)], pattern.not_object,
                                         memo) is not None:
            return None
    context, marks = memo.near(token)
    if pattern.particle:
        hit = next((c for c in marks if c.lower_ in pattern.particle), None)
        if hit is None:
            return None
        match.evidence.append(hit)
    if pattern.context:
        # the required object's own modifiers qualify the act even when it was found as a second object
        # ("handed [X] four [life] sentences", where the parser hangs the sentences on the receiver)
        kind = [c for c in match.object.children if c.dep_ in ("compound", "amod")] if match.object is not None else []
        hit = _has_word(context + kind, pattern.context, memo)
        if hit is None:
            return None
        match.evidence.append(hit)
    if pattern.not_context and _has_word(context + marks + _described(token), pattern.not_context, memo):
        return None
    if pattern.complement:
        words = complement_words(token)
        hit = _has_word(words, pattern.complement, memo)
        if hit is None:
            return None
        if meets_a_target(hit) or names_no_leaving(hit) or names_a_quality(hit):
            return None
        match.complement = [w for w in words if w.i <= hit.i or w.head.i <= hit.i]
        if "*" not in pattern.complement:  # a wildcard reading stands beside the complement's own event
            match.evidence.append(hit)
            if not _mood_word(hit):
                match.consumed = match.complement
    return match


def _described(token: Token) -> list[Token]:
    """The noun a participle describes is its object: "tear [gas] released by a helicopter" releases gas, as
    "released tear gas" does, so the words that rule a reading out apply to it too."""
    return [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" else []


def _mood_word(word: Token) -> bool:
    """A modal auxiliary ("said X [should] / [must] ...") marks the clause's mood, not an act: the appeal or
    demand stands beside the asked act's own event (hypothetical), as "urged X to cancel" codes the
    cancellation, so it swallows nothing."""
    return word.dep_ == "aux" and word.tag_ == "MD"


def _rank(pattern: Pattern) -> tuple[int, bool]:
    """More constraints first; among equals, a specific code over a root's generic x0 code."""
    return pattern.specificity, not pattern.cameo.endswith("0")


def sentence_matches(sentence: SpacySpan, index: PatternIndex) -> list[Match]:
    """The best pattern per trigger token; triggers swallowed by a complement pattern are dropped."""
    best: dict[int, Match] = {}
    memo = SentenceWords()
    for token in sentence:
        pos = token_pos(token)
        if pos is None:
            continue
        patterns = {id(p): p for form in memo.variants(token) for p in index.candidates(pos, form)}
        for pattern in patterns.values():
            match = _holds(pattern, token, memo)
            if match is None:
                continue
            current = best.get(token.i)
            if current is None or _rank(pattern) > _rank(current.pattern):
                best[token.i] = match
    imprisoning_convictions(best)  # "convicted X and sentenced him to prison": the conviction imprisons
    joint_exercises(best, index)  # "X and Y launched war games": a joint exercise
    if best and tells_of_a_sport(sentence):  # "put [pressure] on the Americans" in a relay final
        best = {i: m for i, m in best.items() if not sporting_sense(m.pattern)}
    consumed = {t.i for m in best.values() for t in m.consumed}
    protest_aims(best)  # "marched to demand the minister's resignation": one protest, 1411
    # The object a pattern requires is part of its act ("imposed [sanctions]", "lifted [sanctions]",
    # "violated the [ceasefire]") and is not coded again, except under a rejection: "rejected the
    # [call] for X to ..." reports two acts, the call and its rejection.
    consumed |= {m.object.i for m in best.values() if m.object is not None and m.pattern.cameo[:2] != "12"}
    # Talks or a meeting that are halted ("walked out of a [meeting] with X", 164/165) are not coded as held,
    # nor strikes that are halted (087) as carried out.
    consumed |= {t.i for m in best.values() if m.pattern.cameo in HALTING_CODES for t in m.evidence}
    # A wildcard reading of an intent, refusal or threat ("agreed to <anything>" -> 030) gives way when
    # the complement is itself a coded act: that act is recoded as the intent, refusal or threat.
    consumed |= {
        i for i, m in best.items()
        if "*" in m.pattern.complement and m.pattern.cameo[:2] in RECODING_ROOTS
        and any(t.i in best for t in m.complement)
    }
    return [m for i, m in sorted(best.items()) if i not in consumed]
