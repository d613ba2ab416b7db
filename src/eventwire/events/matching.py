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

from eventwire.events.arguments import PASSIVE_SUBJECTS, child, is_passive
from eventwire.events.patterns import Pattern, PatternIndex

VERB_POS = ("VERB",)
NOUN_POS = ("NOUN", "PROPN")
#: Roots whose wildcard patterns stand back for a coded complement (see coder: intent, refusal, threat).
RECODING_ROOTS = frozenset({"03", "12", "13"})
#: Adjectives that head an intention clause ("is [willing] to talk").
CLAUSE_ADJECTIVES = frozenset({"willing", "ready", "prepared", "eager", "keen", "determined"})
#: Lemmas spaCy's small model sometimes returns in another form.
LEMMA_FIXES = {"talk": "talk", "talks": "talk", "airstrikes": "airstrike", "sanctions": "sanction"}


@dataclass(slots=True)
class Match:
    """A pattern that holds at a trigger token, with the words that satisfied it."""

    pattern: Pattern
    trigger: Token
    object: Token | None = None
    evidence: list[Token] = field(default_factory=list)  # object/context/complement words
    consumed: list[Token] = field(default_factory=list)  # complement triggers it stands for
    complement: list[Token] = field(default_factory=list)  # the complement words up to the one that matched


def lemma(token: Token) -> str:
    value = token.lemma_.lower()
    return LEMMA_FIXES.get(value, value)


def variants(token: Token) -> tuple[str, ...]:
    """The lemma, the lower-cased form and naive stems.

    Why: the small English model mis-lemmatises some news verbs ("staged" ->
    "stag"), so patterns are also tried on the surface form and its stems.
    """
    lower = token.lower_
    forms = [lemma(token), lower]
    if token.pos_ not in ("VERB", "AUX"):
        return tuple(dict.fromkeys(forms))  # nouns: "bombing" must not become "bomb"
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("ing", ""), ("ing", "e")):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            forms.append(lower[: len(lower) - len(suffix)] + repl)
    if len(lower) > 4 and lower.endswith(("pped", "tted", "gged", "nned", "lled")):
        forms.append(lower[:-3])  # "dropped" -> "drop"
    return tuple(dict.fromkeys(forms))


def _has_word(tokens: list[Token], words: tuple[str, ...]) -> Token | None:
    """The first token among ``tokens`` that is one of ``words``; "*" accepts any content word."""
    if "*" in words:
        return next((t for t in tokens if t.pos_ in ("VERB", "NOUN", "PROPN") and t.dep_ != "aux"), None)
    return next((t for t in tokens if any(v in words for v in variants(t))), None)


def particles(token: Token) -> list[Token]:
    """Particles and prepositions of a trigger, and the "for" of "called for X to": they change its sense."""
    out = []
    for c in token.children:
        if c.dep_ in ("prt", "prep", "agent", "dative") and c.pos_ in ("ADP", "PART", "ADV"):
            pobj = child(c, ("pobj",))
            if pobj is None or pobj.ent_type_ not in ("DATE", "TIME"):  # "on Friday" is not "call on"
                out.append(c)
        elif c.dep_ in ("advcl", "acl", "xcomp", "ccomp"):
            out.extend(m for m in c.children if m.dep_ == "mark")
    return out


def token_pos(token: Token) -> str | None:
    """ "verb" or "noun" for a word that can trigger an event; None for others."""
    if token.pos_ in VERB_POS or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")):
        return "verb"
    if token.pos_ == "ADJ" and token.lower_ in CLAUSE_ADJECTIVES and any(c.dep_ == "xcomp" for c in token.children):
        return "verb"  # "is [ready] to talk": the adjective heads the clause; but "[free] to give aid" is no release
    if token.pos_ in NOUN_POS:
        return "noun"
    return None


#: Clausal and argument links that leave the trigger's own phrase.
OUTSIDE_PHRASE = frozenset({
    "nsubj", "nsubjpass", "csubj", "punct", "cc", "conj", "relcl", "advcl", "ccomp", "xcomp", "mark",
    "appos", "parataxis", "acl",
})


def _in_phrase(token: Token) -> bool:
    if token.dep_ == "ccomp":
        return token.pos_ == "ADJ"  # "found them [guilty]"
    if token.dep_ == "prep":
        pobj = child(token, ("pobj",))
        return pobj is None or pobj.ent_type_ not in ("DATE", "TIME")  # "on Friday" qualifies nothing
    return token.dep_ not in OUTSIDE_PHRASE


def context_words(token: Token, depth: int = 5) -> list[Token]:
    """Words in the trigger's own phrase that can qualify it: modifiers, particles, objects, their modifiers.

    Breadth-first down to ``depth`` links ("accused [the president] [of] [corruption]"),
    never into another clause, plus the governing verb of an event noun
    ("launched strikes": the verb qualifies the noun).
    """
    words: list[Token] = []
    frontier = [token]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if _in_phrase(c)]
        # the infinitive's "to" ("took to the streets [to] protest") is no preposition ("protested [to] China")
        words.extend(c for c in frontier if not (c.dep_ == "aux" and c.tag_ == "TO"))
    for obj in (c for c in token.children if c.dep_ == "dobj" and token.lemma_.lower() in NAMING_LEMMAS):
        predicate = predicate_apposition(obj)  # "called X [a very stupid guy]": the name given qualifies the verb
        words.extend(predicate.subtree if predicate is not None else [])
    if token.dep_ in ("dobj", "nsubjpass", "pobj") and token.head.pos_ == "VERB":
        words.append(token.head)
        if token.dep_ == "dobj":  # "opened an inquiry [into abuses]": the phrase hung on the light verb
            for prep in (c for c in token.head.children if c.dep_ == "prep" and _in_phrase(c)):
                words.extend(t for t in prep.subtree if t.dep_ in ("pobj", "compound", "amod"))
    return words


def complement_words(token: Token, depth: int = 0) -> list[Token]:
    """Words of the clause a trigger governs: "agreed to [try to set up a meeting]"."""
    if depth > 3:
        return []
    words: list[Token] = []
    for c in token.children:
        if depth == 0 and c.dep_ == "dobj":  # "demanded [the release] of", "urged [restraint]"
            words.append(c)
            words.extend(g for g in c.children if g.dep_ in ("compound", "amod"))
        if c.dep_ in ("xcomp", "ccomp", "acl") or (c.dep_ in ("advcl", "relcl") and _infinitival(c)):
            words.append(c)
            # aux: "Y [must] leave"; acomp: "said X were [responsible]"
            words.extend(g for g in c.children if g.dep_ in ("dobj", "attr", "aux", "acomp"))
            words.extend(complement_words(c, depth + 1))
        elif c.dep_ == "prep" and c.lower_ in ("to", "for", "on", "in", "with"):
            pobj = child(c, ("pobj", "pcomp"))
            if pobj is not None:
                words.append(pobj)
                words.extend(g for g in pobj.children if g.dep_ in ("compound", "dobj"))
                for clause in (g for g in pobj.children if g.dep_ in ("acl", "relcl") and _infinitival(g)):
                    words.append(clause)  # "the need for Russia [to rein in] Assad"
                    words.extend(complement_words(clause, depth + 1))
    return words


def _infinitival(clause: Token) -> bool:
    """ "for Russia to rein in": a "for ... to" clause, which spaCy sometimes hangs as advcl/relcl.

    A bare purpose clause ("plans to build a plant [to meet demand]") is not a complement.
    """
    if clause.dep_ == "advcl":
        return any(c.lower_ == "for" and c.dep_ == "mark" for c in clause.children)
    return any(c.lower_ in ("for", "to") and c.dep_ in ("mark", "aux") for c in clause.children)


def direct_object(token: Token) -> Token | None:
    if is_passive(token):
        return child(token, PASSIVE_SUBJECTS)
    return child(token, ("dobj",)) or child(token, ("attr",)) or child(token, ("dative",))


#: Verbs that name: with two objects they give something a name ("calling it 'a sensible step'").
NAMING_LEMMAS = frozenset({"call", "name", "term", "dub", "label", "brand"})


def naming_use(verb: Token) -> bool:
    """ "calling the investigations a hoax", "named him envoy": a verb with a second, predicative object.

    A quoted name ("calling it \"a sensible step\"") is often parsed as a
    second direct object rather than a predicate, so two objects of a naming
    verb count too.
    """
    if verb.lemma_.lower() in NAMING_LEMMAS and sum(c.dep_ == "dobj" for c in verb.children) >= 2:
        return True
    if verb.lemma_.lower() in NAMING_LEMMAS and any(predicate_apposition(c) for c in verb.children
                                                    if c.dep_ == "dobj"):
        return True
    return any(
        c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "ADJ"))
        for c in verb.children
    )


def predicate_apposition(obj: Token) -> Token | None:
    """ "called [Britain's ambassador] a very stupid guy": the parser hangs the predicate on the object as an
    apposition; with no comma before it and an indefinite article it names, it does not add a name."""
    for c in obj.children:
        if c.dep_ == "appos" and c.i > obj.i and not obj.doc[c.left_edge.i - 1].is_punct and any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            return c
    return None


#: "meet the demand/deadline": meeting a goal, not a person.
MET_GOALS = frozenset({"demand", "need", "target", "deadline", "requirement", "goal", "criterion", "standard",
                       "expectation", "obligation", "cost", "condition", "challenge", "quota", "threshold"})


def _meets_a_target(word: Token) -> bool:
    obj = child(word, ("dobj",))
    return lemma(word) == "meet" and obj is not None and lemma(obj) in MET_GOALS


#: Economic quantities: figures that rise, fall and are aimed at. They are neither the doer of an act
#: ("[exports] declined", "[prices] hit a record") nor the target of force ("targeted economic [growth]").
ECONOMIC_QUANTITIES = frozenset({
    "growth", "gdp", "gnp", "rate", "price", "tariff", "earnings", "earning", "output", "sale", "inflation",
    "deficit", "export", "import", "revenue", "profit", "surplus", "production", "unemployment", "spending",
})

#: Roots whose acts are done to an opponent (threats, protests, posture, sanctions, coercion, force).
COERCIVE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})


def _economic_reading(pattern: Pattern, token: Token) -> bool:
    """An economic figure as the subject of any act, or as what a coercive act is aimed at.

    Economic news uses the verbs of conflict for figures: "[exports] declined" is no refusal,
    "targeted economic [growth] of 7 percent" no attack, "[inflation] threatens the recovery" no threat.
    A pattern that names the figure itself ("imposed [tariffs]", "banned [imports]") keeps it.
    """
    if pattern.pos != "verb":
        return False
    subject = child(token, ("nsubj",))
    if subject is not None and lemma(subject) in ECONOMIC_QUANTITIES:
        return True
    obj = direct_object(token) if pattern.cameo[:2] in COERCIVE_ROOTS and not is_passive(token) else None
    return obj is not None and lemma(obj) in ECONOMIC_QUANTITIES and lemma(obj) not in pattern.object


#: Auxiliaries that make a complement clause a commitment ("agreed that it [would] reopen the border").
COMMITTING_AUXILIARIES = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must"})


def agrees_with_a_statement(verb: Token) -> bool:
    """ "agreed (that) the recovery [stands] on firmer ground": assent to a statement of fact, not an intent.

    CAMEO 03 codes commitments about the future; a finite complement with its own subject and no
    auxiliary of commitment states how things are; every conjoined clause must be such a statement
    ("agreed that the war has gone on too long and that all sides [must] end it" is a commitment).
    Infinitives ("agreed to reopen") never count.
    """
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [c for clause in clauses for c in clause.conjuncts if c.pos_ in ("VERB", "AUX")]  # "that X and that Y"
    return bool(clauses) and all(
        any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children)
        and not any(g.dep_ in ("aux", "auxpass") and g.lower_ in COMMITTING_AUXILIARIES | {"to"}
                    for g in clause.children)
        for clause in clauses
    )


def _holds(pattern: Pattern, token: Token) -> Match | None:
    if pattern.pos == "verb" and not pattern.context and naming_use(token):
        return None
    if _economic_reading(pattern, token):
        return None
    if (pattern.cameo[:2] == "03" and pattern.pos == "verb" and (not pattern.complement or "*" in pattern.complement)
            and agrees_with_a_statement(token)):
        return None
    match = Match(pattern, token)
    if pattern.subject:  # "[peacekeeping troops] arrived in X": what the subject is says what the act is
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        words = [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod"))] if subject else []
        hit = _has_word(words, pattern.subject)
        if hit is None:
            return None
        match.evidence.append(hit)
    if pattern.object:
        obj = direct_object(token)
        options = object_words(obj) if obj is not None else []
        hit = _has_word(options, pattern.object)
        if hit is None:
            return None
        match.object = obj
        match.evidence.append(hit)
    context = context_words(token)
    marks = particles(token)
    if pattern.particle:
        hit = next((c for c in marks if c.lower_ in pattern.particle), None)
        if hit is None:
            return None
        match.evidence.append(hit)
    if pattern.context:
        hit = _has_word(context, pattern.context)
        if hit is None:
            return None
        match.evidence.append(hit)
    if pattern.not_context and _has_word(context + marks, pattern.not_context):
        return None
    if pattern.complement:
        words = complement_words(token)
        hit = _has_word(words, pattern.complement)
        if hit is None:
            return None
        if _meets_a_target(hit):
            return None
        match.complement = [w for w in words if w.i <= hit.i or w.head.i <= hit.i]
        if "*" not in pattern.complement:  # a wildcard reading stands beside the complement's own event
            match.evidence.append(hit)
            match.consumed = match.complement
    return match


#: Heads of quantity phrases whose "of/in" phrase says what the object is:
#: "provided [$1.7 billion] in humanitarian assistance", "[a shipment] of ventilators".
MEASURE_WORDS = frozenset({
    "million", "billion", "thousand", "hundred", "worth", "shipment", "consignment", "package", "batch",
    "amount", "ton", "tonne", "load", "cargo", "lot", "supply", "sum", "total", "round", "tranche", "$", "€", "£",
    "dollar", "euro", "pound", "yen", "number", "set", "team", "contingent", "dozen", "kind",
})


#: Object heads that undo what their compounds name ("a tariff [cut]", "a sanctions [waiver]").
REDUCTION_NOUNS = frozenset({
    "cut", "reduction", "cutback", "removal", "exemption", "waiver", "rollback", "easing", "relief", "lifting",
})


def object_words(obj: Token) -> list[Token]:
    """The object, its compounds and, for a quantity, what it measures ("$4 million worth [of] [medicine]").

    The compounds of a reduction are what is reduced: "announced a [tariff] cut" imposes no tariff.
    """
    words = [obj]
    if lemma(obj) not in REDUCTION_NOUNS:
        words += [c for c in obj.children if c.dep_ == "compound"]
    frontier = [obj]
    for _ in range(2):  # "$4 million worth of equipment": $ -> worth -> of -> equipment
        measured = []
        for head in frontier:
            if not (head.lower_ in MEASURE_WORDS or head.lemma_.lower() in MEASURE_WORDS or head.like_num
                    or head.pos_ in ("NUM", "SYM")):
                continue
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                    measured += [p for p in c.children if p.dep_ == "pobj"]
                elif c.dep_ in ("npadvmod", "amod", "nmod", "quantmod") and c.lower_ == "worth":
                    measured.append(c)
        words += measured + [c for m in measured for c in m.children if c.dep_ == "compound"]
        frontier = measured
    return words


def _rank(pattern: Pattern) -> tuple[int, bool]:
    """More constraints first; among equals, a specific code over a root's generic x0 code."""
    return pattern.specificity, not pattern.cameo.endswith("0")


def sentence_matches(sentence: SpacySpan, index: PatternIndex) -> list[Match]:
    """The best pattern per trigger token; triggers swallowed by a complement pattern are dropped."""
    best: dict[int, Match] = {}
    for token in sentence:
        pos = token_pos(token)
        if pos is None:
            continue
        patterns = {id(p): p for form in variants(token) for p in index.candidates(pos, form)}
        for pattern in patterns.values():
            match = _holds(pattern, token)
            if match is None:
                continue
            current = best.get(token.i)
            if current is None or _rank(pattern) > _rank(current.pattern):
                best[token.i] = match
    consumed = {t.i for m in best.values() for t in m.consumed}
    # The object a pattern requires is part of its act ("imposed [sanctions]", "lifted [sanctions]",
    # "violated the [ceasefire]") and is not coded again, except under a rejection: "rejected the
    # [call] for X to ..." reports two acts, the call and its rejection.
    consumed |= {m.object.i for m in best.values() if m.object is not None and m.pattern.cameo[:2] != "12"}
    # A wildcard reading of an intent, refusal or threat ("agreed to <anything>" -> 030) gives way when
    # the complement is itself a coded act: that act is recoded as the intent, refusal or threat.
    consumed |= {
        i for i, m in best.items()
        if "*" in m.pattern.complement and m.pattern.cameo[:2] in RECODING_ROOTS
        and any(t.i in best for t in m.complement)
    }
    return [m for i, m in sorted(best.items()) if i not in consumed]
