"""The words around a trigger that a pattern's constraints are tested on.

A pattern names words it needs near its trigger: an object ("launched
[missiles]"), context ("accused X [of] corruption"), a particle ("called
[for]"), a complement clause ("agreed [to meet]"). Which words count as
near is a question of the dependency tree alone, apart from which pattern
asks, so the gathering lives here and ``events.matching`` only compares
the words with the patterns. Naming verbs ("called it a hoax") are read
here too, because both the matcher and the role finder ask about them.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.voice import child, has_to_marker, is_passive, passive_subject, to_marker

#: Lemmas spaCy's small model sometimes returns in another form.
LEMMA_FIXES = {"talk": "talk", "talks": "talk", "airstrikes": "airstrike", "sanctions": "sanction"}


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


#: Clausal and argument links that leave the trigger's own phrase.
OUTSIDE_PHRASE = frozenset({
    "nsubj", "nsubjpass", "csubj", "punct", "cc", "conj", "relcl", "advcl", "ccomp", "xcomp", "mark",
    "appos", "parataxis", "acl",
})


#: Nouns that end a small clause after a verb of holding: "held [two guards hostage]" is parsed as a clause.
HOLDING_PREDICATES = frozenset({"hostage", "hostages", "captive", "captives"})


#: Prepositions that name the teller of a sentence ("[according] to the Kremlin"): they qualify no act.
ATTRIBUTION_PREPS = frozenset({"according"})


def _in_phrase(token: Token) -> bool:
    if token.dep_ == "prep" and token.lower_ in ATTRIBUTION_PREPS:
        return False  # "[According to] the website, X called Y": its "to" is no "called to"
    if token.dep_ in ("ccomp", "advcl") and token.lower_ in HOLDING_PREDICATES:
        return True  # "held two guards [hostage]", however the parser hangs it
    if token.dep_ == "ccomp":
        return token.pos_ == "ADJ"  # "found them [guilty]"
    if token.dep_ == "prep":
        pobj = child(token, ("pobj",))
        if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
            # "on Friday" qualifies nothing, but a span that holds a place does: "sentenced to six years [in] prison"
            return token.lower_ == "to" and child(pobj, ("prep",)) is not None
        return True
    return token.dep_ not in OUTSIDE_PHRASE


#: Prepositions of circumstance: a phrase they open on the light verb says when or despite what, not what kind of
#: act it is ("declared its support for the deal [despite] its insistence on military operations" is no military aid).
CIRCUMSTANCE_PREPS = frozenset({
    "despite", "amid", "amidst", "after", "before", "during", "since", "until", "following", "unlike", "besides",
    "notwithstanding", "throughout",
})


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
        words.extend(c for c in frontier if not to_marker(c))
    for obj in (c for c in token.children if c.dep_ in ("dobj", "oprd") and token.lemma_.lower() in NAMING_LEMMAS):
        predicate = predicate_apposition(obj)  # "called X [a very stupid guy]": the name given qualifies the verb
        words.extend(predicate.subtree if predicate is not None else [])
    if token.dep_ in ("dobj", "nsubjpass", "pobj") and token.head.pos_ == "VERB":
        words.append(token.head)
        if token.dep_ == "dobj":  # "opened an inquiry [into abuses]": the phrase hung on the light verb
            for prep in (c for c in token.head.children
                         if c.dep_ == "prep" and _in_phrase(c) and c.lower_ not in CIRCUMSTANCE_PREPS):
                words.extend(t for t in prep.subtree if t.dep_ in ("pobj", "compound", "amod"))
    return words


#: Nouns whose infinitive tells what was proposed: declining "an invitation to meet" declines the meeting.
PROPOSAL_NOUNS = frozenset({"invitation", "offer", "request", "proposal", "proposition", "suggestion", "call", "plea"})


def complement_words(token: Token, depth: int = 0) -> list[Token]:
    """Words of the clause a trigger governs: "agreed to [try to set up a meeting]"."""
    if depth > 3:
        return []
    words: list[Token] = []
    asked = asked_infinitive(token) if depth == 0 else None
    if asked is not None:  # "issued a call for X [to resign]", hung by the parser on "issued"
        words.append(asked)
        words.extend(g for g in asked.children if g.dep_ in ("dobj", "attr", "aux", "acomp"))
        words.extend(complement_words(asked, depth + 1))
    for c in token.children:
        if depth == 0 and c.dep_ == "dobj":  # "demanded [the release] of", "urged [restraint]"
            words.append(c)
            words.extend(g for g in c.children if g.dep_ in ("compound", "amod"))
            if c.lemma_.lower() in PROPOSAL_NOUNS:  # "turned down an invitation [to meet]": what was proposed
                for clause in (g for g in c.children if g.dep_ in ("acl", "relcl") and _infinitival(g)):
                    words.append(clause)
                    words.extend(g for g in clause.children if g.dep_ == "dobj")  # "to hold [talks]"
                    words.extend(complement_words(clause, depth + 1))
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


#: Nouns of asking whose infinitive the parser often hangs elsewhere.
REQUEST_NOUNS = frozenset({"call", "demand", "request", "appeal", "plea"})


def asked_infinitive(noun: Token) -> Token | None:
    """The infinitive a request noun asks for, however the parser hung it.

    "issued a call for Obama [to resign]", "calls by the opposition [to resign]": spaCy hangs the
    infinitive on the main verb or the "by" phrase. The first verb within eight words after the noun is
    taken when it is a "to" infinitive (advcl, acl, relcl) outside the noun's own governors.
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REQUEST_NOUNS:
        return None
    for token in noun.doc[noun.i + 1 : min(noun.sent.end, noun.i + 9)]:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if (token.dep_ in ("advcl", "acl", "relcl") and token not in noun.ancestors
                and has_to_marker(token)):
            return token
        return None
    return None


def _infinitival(clause: Token) -> bool:
    """ "for Russia to rein in": a "for ... to" clause, which spaCy sometimes hangs as advcl/relcl.

    A bare purpose clause ("plans to build a plant [to meet demand]") is not a complement.
    """
    if clause.dep_ == "advcl":
        return any(c.lower_ == "for" and c.dep_ == "mark" for c in clause.children)
    return any(c.lower_ in ("for", "to") and c.dep_ in ("mark", "aux") for c in clause.children)


def held_thing(obj: Token) -> Token:
    """ "holding [the spending bill] hostage" parsed with "hostage" as the object: the thing held is its compound."""
    if obj.lower_ not in HOLDING_PREDICATES:
        return obj
    return next((c for c in reversed(list(obj.children)) if c.dep_ == "compound"), obj)


def direct_object(token: Token) -> Token | None:
    if is_passive(token):
        return passive_subject(token)
    return child(token, ("dobj",)) or child(token, ("attr",)) or child(token, ("dative",)) or _named_by(token)


def _named_by(verb: Token) -> Token | None:
    """ "called [Spain's envoy] a fool" parsed as a predicate (``oprd``) carrying the name as its apposition:
    the first noun phrase is who is named, the object of the naming verb."""
    if verb.lemma_.lower() not in NAMING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ == "oprd" and predicate_apposition(c) is not None), None)


#: Verbs that name: with two objects they give something a name ("calling it 'a sensible step'").
NAMING_LEMMAS = frozenset({"call", "name", "term", "dub", "label", "brand"})
#: Verbs that name or characterise a thing rather than take part in it ("described the strike as ...").
CHARACTERISING_LEMMAS = NAMING_LEMMAS | {"describe", "characterize", "characterise"}


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
        c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "ADJ") and not _clause(c)
                             and not _sets_free(verb, c))
        for c in verb.children
    )


#: Predicates of a small clause after a releasing verb ("let X free", "set X loose"): the parser may read the
#: freed one as their subject ("let [free] X", X the subject of "free"); the act is a release, not a naming.
SMALL_CLAUSE_PREDICATES = frozenset({"free", "loose"})


def _sets_free(verb: Token, predicate: Token) -> bool:
    """ "let [free] X", "set [loose] X": a release, not a predicate naming the object ("declared it free")."""
    return verb.lemma_.lower() in ("let", "set") and predicate.lower_ in SMALL_CLAUSE_PREDICATES


def _clause(word: Token) -> bool:
    """ "demanded that the president [resign]": a complement with "that" and a subject of its own is a clause,
    however the tagger reads its base-form verb (often as a noun), not a predicate naming the object."""
    return any(c.dep_ == "mark" for c in word.children) and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                 for c in word.children)


def predicate_apposition(obj: Token) -> Token | None:
    """ "called [Britain's ambassador] a very stupid guy": the parser hangs the predicate on the object as an
    apposition; with no comma before it and an indefinite article it names, it does not add a name."""
    for c in obj.children:
        if c.dep_ == "appos" and c.i > obj.i and not obj.doc[c.left_edge.i - 1].is_punct and any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            return c
    return None


#: Heads of quantity phrases whose "of/in" phrase says what the object is:
#: "provided [$1.7 billion] in humanitarian assistance", "[a shipment] of ventilators".
MEASURE_WORDS = frozenset({
    "million", "billion", "thousand", "hundred", "worth", "shipment", "consignment", "package", "batch",
    "amount", "ton", "tonne", "load", "cargo", "lot", "supply", "sum", "total", "round", "tranche", "$", "€", "£",
    "dollar", "euro", "pound", "yen", "number", "set", "team", "contingent", "dozen", "kind",
    # a part of what is given: "supplied [94%] of the equipment", "[most] of the weapons"
    "%", "percent", "most", "half", "majority", "bulk", "part", "portion", "share",
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
                    # "a team of experts, [equipment] and [drugs]": each thing listed is measured
                    measured += [q for p in c.children if p.dep_ == "pobj" for q in p.conjuncts]
                elif c.dep_ in ("npadvmod", "amod", "nmod", "quantmod") and c.lower_ == "worth":
                    measured.append(c)
        words += measured + [c for m in measured for c in m.children if c.dep_ == "compound"]
        frontier = measured
    return words
