"""Generic statements: a kind of act talked about, not an act that happened.

"Police officers shooting black men, black men shooting black men, it's a
problem" and "Soldiers killing civilians is a crime" name no shooting and no
killing: a gerund whose doer is a bare plural (no article, possessive or
number: officers in general) is the topic of a present-tense judgement. The
parser hangs such a gerund on the plural as a participle, so without this
check the sentence was coded as an asserted 193 or 190.

The rule is narrow on purpose; it needs all of:

* a gerund with no auxiliary ("are shooting" is an ongoing act);
* a bare plural doer: its own subject or the noun it hangs on;
* the phrase is the subject of a present singular copula ("... is a crime":
  the singular verb after a plural shows the whole gerund clause is the
  subject; "troops firing on the crowd are Russian" describes troops), or it
  is left-dislocated before "it/this/that" + present copula ("..., it's a
  problem"). A past copula ("that was the scene on Friday") may sum up a
  real scene, so it is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Words that make a plural noun specific rather than generic: "the officers", "two officers", "its troops".
SPECIFIC_DEPS = frozenset({"det", "poss", "nummod"})
#: Subjects that take up a left-dislocated topic: "Police shooting men, [it]'s a problem".
TOPIC_PRONOUNS = frozenset({"it", "this", "that"})


def generic_gerund(token: Token) -> bool:
    """True for a gerund trigger that names a kind of act, not a happening (see the module docstring)."""
    if token.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and token.dep_ == "acl":
        subject = token.head  # "[Soldiers] killing civilians": the parser's participle reading
    if subject is None or not _bare_plural(subject):
        return False
    phrase = subject if subject is token.head else token
    while phrase.dep_ in ("conj", "appos") or (phrase.dep_ == "acl" and phrase.tag_ == "VBG"):
        phrase = phrase.head  # a series of such gerunds: "officers shooting men, men shooting men"
    return _subject_of_judgement(phrase) or _dislocated_topic(phrase)


def _bare_plural(noun: Token) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN") or not (noun.tag_ in ("NNS", "NNPS") or noun.lower_ == "police"):
        return False
    return not any(c.dep_ in SPECIFIC_DEPS for c in noun.children)


def _present_copula(verb: Token) -> bool:
    """ "is", "'s", and the "s" of a transcript that spaces "it ’ s" apart."""
    split = verb.lower_ == "s" and verb.i > 0 and verb.doc[verb.i - 1].text in ("’", "'")
    return ((verb.lemma_ == "be" and verb.tag_ == "VBZ") or split) and any(
        c.dep_ in ("attr", "acomp") for c in verb.children)


def _subject_of_judgement(phrase: Token) -> bool:
    """ "Soldiers killing civilians [is] a crime": a plural topic with a singular present copula."""
    return phrase.dep_ in ("nsubj", "csubj") and phrase.i < phrase.head.i and _present_copula(phrase.head)


def _dislocated_topic(phrase: Token) -> bool:
    """ "Police shooting men, [it]'s a problem": the topic stands before a pronoun that takes it up."""
    clause = phrase.head
    if phrase.dep_ not in ("dep", "npadvmod", "nsubj", "advcl", "ccomp") or phrase.i > clause.i \
            or not _present_copula(clause):
        return False
    pronoun = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in TOPIC_PRONOUNS), None)
    if pronoun is None or pronoun.i < phrase.i:
        return False
    return any(t.text == "," for t in phrase.doc[phrase.right_edge.i : pronoun.i])
