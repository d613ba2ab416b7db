"""Nouns of shelling and bombing that the parser read as participles, put back as nouns.

Why: the small English model reads the gerund at the end of a noun phrase such as "killed in Israeli tank
[shelling]" or "killed in Syrian regime [shelling] of the town" as a participle: "tank" or "regime" becomes
the object of "in" and "shelling" a clause hung on "killed" (or on a noun). The attack noun is then lost:
no noun pattern matches it, the verb reading takes the victims for its doers or finds no one, and the reading
every correctly parsed "killed in Russian air strikes" gets (the modifier names the doer, the killed are the
victims) never happens.

The repair rewrites only such a gerund and the noun before it: the gerund becomes the noun head of the
preposition's phrase (tag ``NN``, lemma its own form, dependency ``pobj`` of the preposition) and the noun before
it a compound of it, as "tank shelling" is; the phrase's determiner or possessor moves to the new head. Every
other token keeps its analysis, and the phrase's other modifiers ("Israeli", "Syrian") stay on the noun they
modify, which now hangs in the gerund's phrase.

The shape is narrow, so that a real participle ("troops [shelling] the town", "forces [fighting] abroad") is
never touched:

1. the word is one of :data:`ATTACK_GERUNDS`, whose verbs are not used without an object, while the nouns
   name an act of force by themselves;
2. it has no subject, object, auxiliary or subordinating mark of its own (a clause would), and its head comes
   before it;
3. the word right before it is a common noun that ends the object of a preposition or of a passive's "by"
   (no word of that phrase follows it), so the two are one phrase the parser cut.

The parser also puts such a gerund in its noun's place but leaves it tagged as a verb ("in rebel [shelling]",
"shelling" the object of "in" with "rebel" its compound): with a modifier only a noun takes before it, only the
tag is set to the noun's.

A repair that would move a sentence boundary is undone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Gerunds that are attack nouns when they end a noun phrase; a participle of these verbs takes an object.
ATTACK_GERUNDS = frozenset({"shelling", "bombing"})
#: Dependencies of a gerund the parser hung as a clause on something before it.
CLAUSE_DEPS = frozenset({"acl", "advcl", "conj", "attr", "xcomp", "ccomp", "dep"})
#: Children that make the gerund a clause: it has its own doer, object or verb group.
CLAUSE_CHILDREN = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "aux", "auxpass", "mark", "expl"})
#: Modifiers only a noun takes: a gerund object of a preposition with one before it is a noun ("in rebel shelling").
NOUN_MODIFIERS = frozenset({"compound", "amod", "det", "poss", "nmod"})
#: Children of the noun before the gerund that belong to the whole phrase ("the", "the army's").
PHRASE_CHILDREN = frozenset({"det", "poss", "predet"})


def misread_gerunds(doc: Doc) -> list[tuple[Token, Token | None]]:
    """(gerund, noun before it) for every attack gerund of ``doc`` parsed as a participle, and (gerund, None)
    for one already in its noun's place but tagged as a verb (module doc)."""
    found: list[tuple[Token, Token | None]] = []
    for token in doc:
        if token.lower_ not in ATTACK_GERUNDS or token.tag_ != "VBG" or token.i == 0:
            continue
        if any(c.dep_ in CLAUSE_CHILDREN for c in token.children):
            continue
        if token.dep_ == "pobj" and any(c.dep_ in NOUN_MODIFIERS and c.i < token.i for c in token.children):
            found.append((token, None))  # "in rebel shelling" with the tree right and only the tag a verb's
            continue
        if token.dep_ not in CLAUSE_DEPS or token.head.i >= token.i:
            continue
        before = doc[token.i - 1]
        if before.pos_ != "NOUN" or before.dep_ != "pobj" or before.head.dep_ not in ("prep", "agent"):
            continue
        if any(before.i < c.i != token.i for c in before.children):  # "in [the town] of X shelling": it goes on
            continue
        found.append((token, before))
    return found


def repair(doc: Doc) -> Doc:
    """Rewrite each :func:`misread_gerunds` pair of ``doc`` as a noun phrase, in place (module doc)."""
    pairs = misread_gerunds(doc)
    if not pairs:
        return doc
    from spacy import parts_of_speech
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    values = doc.to_array(attrs)
    saved = values.copy()
    before_starts = doc.to_array([SENT_START])
    strings = doc.vocab.strings
    noun_pos = parts_of_speech.IDS["NOUN"]
    for gerund, noun in pairs:
        g = gerund.i
        values[g, :4] = [strings.add("NN"), noun_pos, strings.add("Number=Sing"), strings.add(gerund.lower_)]
        if noun is None:
            continue
        values[g, 4] = strings.add("pobj")
        values[g, 5] = _offset(noun.head.i - g)
        values[noun.i, 4] = strings.add("compound")
        values[noun.i, 5] = _offset(g - noun.i)
        for child in noun.children:  # "in [the] regime shelling": the determiner is the whole phrase's
            if child.dep_ in PHRASE_CHILDREN:
                values[child.i, 5] = _offset(g - child.i)
    doc.from_array(attrs, values)
    if (doc.to_array([SENT_START]) != before_starts).any():
        doc.from_array(attrs, saved)
    return doc


def _offset(delta: int) -> int:
    """A head offset as the Doc's unsigned array stores it (a head to the left wraps around)."""
    return delta % 2**64
