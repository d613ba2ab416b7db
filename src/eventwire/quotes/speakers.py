"""Who is speaking: the frame verb of a quotation, its subject, and the actor.

The parse gives the subject of a speech verb ("the White House said" →
"the White House"); the actors stage gives the actor at that position and,
through ``entity_id``, the same actor wherever the article names it again
("the president" → Donald Trump). Pronouns are resolved here, because a
speaker pronoun almost always points back to the subject of a recent
sentence ("Mr. Lavrov said … He said …").
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from eventwire.model import Actor, Article, Span
from eventwire.quotes.lexicon import SpeechLexicon

#: Speaker phrases resolved per run are cached up to this many (then the cache restarts).
PHRASE_CACHE_LIMIT = 50_000
PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "we", "you"}
GROUP_PRONOUNS = {"it", "they", "them"}
#: Dependencies through which a speech verb borrows its head verb's subject
#: ("… denied any ties, calling the inquiry a 'hoax'" → the denier calls it).
INHERIT_SUBJECT_DEPS = {"advcl", "xcomp", "conj", "ccomp", "pcomp"}
NAME_PARTS = {"compound", "flat", "det", "amod", "nmod", "poss", "case", "nummod"}
PERSON_KINDS = {"person"}
GROUP_KINDS = {"state", "organisation", "organization", "group", "agent"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "what"}
#: Particles that turn a speech verb into something else ("call for", "call off").
NON_SPEECH_PARTICLES = {"for", "off", "up", "on", "in"}
#: Common nouns that name an institution ("it said", "they said").
GROUP_NOUNS = {
    "ministry", "government", "office", "palace", "army", "military", "police", "embassy", "agency",
    "department", "council", "committee", "party", "parliament", "court", "administration", "company",
}
#: Common nouns that name a person when no dictionary marked them.
PERSON_NOUNS = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "official", "leader", "chancellor", "governor", "senator", "premier", "king", "queen", "general",
}


def speech_verb_subject(verb: Token, inside_quote) -> Token | None:
    """The token that says it: the verb's subject, or its head verb's subject.

    ``according to X`` has no verb subject: X (the object of "to") speaks.
    """
    if verb.lower_ == "according":
        for to in verb.children:
            if to.lower_ == "to":
                objects = [c for c in to.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
        return None
    current = verb
    for step in range(4):
        subjects = [c for c in current.children if c.dep_ == "nsubj" and not inside_quote(c.idx)]
        subordinate = step > 0 and current.dep_ != "ROOT" and any(c.dep_ == "mark" for c in current.children)
        if subjects and not subordinate:
            subject = subjects[0]
            return None if subject.lower_ in RELATIVE_PRONOUNS else subject
        if current.dep_ not in INHERIT_SUBJECT_DEPS | {"advcl"} or current.head is current:
            return None
        # Why skip a subordinate head: "took to Twitter after the strikes to say …"
        # is often parsed with "to say" under "after the strikes"; the speaker is
        # the subject of the main clause, never of the "after …" clause.
        current = current.head
    return None


def is_speech_verb(token: Token, verbs: frozenset[str], lexicon: SpeechLexicon) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in verbs and token.lower_ != "according":
        return False  # neither way below can say yes: asked of every token, so answered first (issue 9)
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return ("according", "to") in lexicon.phrases
    if token.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in token.children):
        return False
    if token.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in token.children):
        return False  # "was told", "was called": the subject is the listener, not the speaker
    if lemma == "call" and any(
        c.dep_ in ("prt", "prep") and c.lower_ in NON_SPEECH_PARTICLES and c.i == token.i + 1
        for c in token.children
    ):
        return False
    return lemma in verbs


def mention_span(head: Token) -> tuple[int, int]:
    """Character range of the name around ``head`` ("Russian President Vladimir Putin")."""
    left = head
    for child in head.lefts:
        if child.dep_ in NAME_PARTS:
            left = min(left, child.left_edge, key=lambda t: t.i)
    return left.idx, head.idx + len(head.text)


def resolve_speaker(
    article: Article, doc: Doc, head: Token, ctx: Any, memo: dict[int, Actor | None]
) -> Actor | None:
    """Turn the speaking token into an Actor, following pronouns and coreference.

    1. a pronoun borrows the actor of its antecedent (subject of a recent sentence);
    2. an actor mention at the token (actors stage) wins, enriched from its entity;
    3. the actors' phrase resolver, for a title the stage did not mark;
    4. otherwise an uncoded Actor for the phrase, so the quote still names its speaker.
    """
    if head.i in memo:
        return memo[head.i]
    memo[head.i] = None  # guards against cycles while resolving
    start, end = mention_span(head)
    if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:  # step 1
        antecedent = find_antecedent(article, doc, head)
        found = resolve_speaker(article, doc, antecedent, ctx, memo) if antecedent is not None else None
        actor = _as_mention(found, head) if found is not None else None
    else:
        actor = actor_at(article, start, end, head.idx)  # step 2
        if actor is None:
            actor = _resolve_phrase(article, start, end, ctx)  # step 3
        if actor is None:  # step 4
            kind = "person" if head.ent_type_ == "PERSON" else None
            actor = Actor(Span(start, end), article.text[start:end], kind=kind, confidence=0.5)
    memo[head.i] = actor
    return actor


def _as_mention(antecedent: Actor, pronoun: Token) -> Actor:
    """The antecedent's identity at the pronoun's position."""
    name = antecedent.name or antecedent.text
    span = Span(pronoun.idx, pronoun.idx + len(pronoun.text))
    return replace(antecedent, span=span, text=pronoun.text, name=name, flags=[*antecedent.flags, "pronoun"])


def actor_at(article: Article, start: int, end: int, head_char: int) -> Actor | None:
    """The actor mention at a phrase, with code and name from its coreferent mentions."""
    helper = _actors_helper("actor_at")
    mention = None
    if helper is not None:
        try:
            mention = helper(article, start, end)
        except Exception:  # the helper is optional; fall back to our own lookup
            mention = None
    if mention is None:
        covering = [a for a in article.actors if a.span.start <= head_char < a.span.end]
        overlapping = covering or [a for a in article.actors if a.span.start < end and start < a.span.end]
        if not overlapping:
            return None
        mention = max(overlapping, key=lambda a: (a.code is not None, a.span.end - a.span.start))
    return enrich_from_entity(article, mention)


def enrich_from_entity(article: Article, mention: Actor) -> Actor:
    """Fill what a mention lacks ("the president": no name) from its entity."""
    if mention.entity_id is None or (mention.code and mention.name):
        return replace(mention)
    same = [a for a in article.actors if a.entity_id == mention.entity_id]
    best = max(same, key=lambda a: (a.name is not None, a.code is not None, len(a.text)), default=mention)
    return replace(
        mention,
        code=mention.code or best.code,
        country=mention.country or best.country,
        name=mention.name or best.name,
        kind=mention.kind or best.kind,
    )


def _resolve_phrase(article: Article, start: int, end: int, ctx: Any) -> Actor | None:
    helper = _actors_helper("resolve_phrase")
    if helper is None or ctx is None:
        return None
    text = article.text[start:end]
    # The helper parses the phrase on its own (a spaCy call per phrase); the same
    # phrase ("the ministry", "state news agency SANA") recurs across articles, and
    # its answer depends only on the text and the publication day: cache it per run.
    cache = ctx.state.setdefault("quotes.phrases", {}) if isinstance(getattr(ctx, "state", None), dict) else {}
    key = (text, article.published[:10] if article.published else None)
    if key in cache:
        found = cache[key]
    else:
        try:
            found = helper(text, article.published, ctx)
        except Exception:  # optional helper; an unresolvable phrase is not an error
            found = None
        if len(cache) >= PHRASE_CACHE_LIMIT:
            cache.clear()
        cache[key] = found
    if isinstance(found, Actor):
        return replace(found, span=Span(start, end), text=text, flags=list(found.flags))
    if isinstance(found, str) and found:
        return Actor(Span(start, end), text, code=found)
    return None


def _actors_helper(name: str):
    try:
        module = importlib.import_module("eventwire.actors")
    except ImportError:
        return None
    return getattr(module, name, None)


def find_antecedent(article: Article, doc: Doc, pronoun: Token) -> Token | None:
    """The subject a speaker pronoun points back to.

    Looks at the subjects of the pronoun's own sentence before it, then of up
    to four earlier sentences, most recent first; "he"/"she" want a person,
    "it"/"they" a state, organisation or group.
    """
    wants_person = pronoun.lower_ in PERSON_PRONOUNS
    sentence = pronoun.sent
    candidates = [t for t in sentence if t.i < pronoun.i and t.dep_ in SUBJECT_DEPS]
    for token in reversed(candidates):
        if _fits(article, token, wants_person):
            return token
    previous = [s for s in doc.sents if s.end <= sentence.start][-4:]
    for sent in reversed(previous):
        found = _sentence_subject(article, sent, wants_person)
        if found is not None:
            return found
    return None


def _sentence_subject(article: Article, sent: DocSpan, wants_person: bool) -> Token | None:
    """The main subject of a sentence if it fits, else the first subject that does."""
    root_subjects = [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS]
    others = [t for t in sent if t.dep_ in SUBJECT_DEPS and t not in root_subjects]
    for token in root_subjects + others:
        if _fits(article, token, wants_person):
            return token
    return None


def _fits(article: Article, token: Token, wants_person: bool) -> bool:
    lower = token.lower_
    if lower in PERSON_PRONOUNS:
        return wants_person
    if lower in GROUP_PRONOUNS:
        return not wants_person
    mention = actor_at(article, *mention_span(token), token.idx)
    if mention is not None and mention.kind:
        return (mention.kind in PERSON_KINDS) == wants_person
    if token.ent_type_:
        return (token.ent_type_ == "PERSON") == wants_person
    if wants_person:
        return lower in PERSON_NOUNS
    if lower in GROUP_NOUNS:
        return True
    return token.pos_ == "PROPN" or (mention is not None)
