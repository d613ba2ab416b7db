"""An act dated from another telling of it in the same article (steps 1a, 1b and 3 of the cascade).

Why a module of its own: the cascade in :mod:`eventwire.time.timeline` dates a
token from the clause it stands in (step 1) or from the passage around it
(step 2). Some acts carry no time there but are told a second time, with one,
elsewhere in the article; these rules find that other telling. They share one
idea (same act, same time) and none of the cascade's carrying machinery:

* step 1a, :func:`when_time`: an act in a when-clause that the
  parser hangs on a time ("in March 2011, when the union walked out") takes
  that time;
* step 1b, :func:`named`: a past act retold in someone's words in a
  later report (a trial, an arraignment: "the prosecutor said he shot his
  former co-workers") takes the time of the noun that names the same act with
  a time of its own ("charged in an April 2007 shooting"), not the telling's;
* step 3, :func:`restated` (an addition to the agreed cascade): a past act
  backgrounded in a since/after/before/when clause ("the first call since the
  U.S. launched missiles") takes the time of the same act told elsewhere (same
  verb lemma and object lemma); :func:`copied`: so does a sentence printed
  again without the date its first copy carries (a page's timeline).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.time import clause
from eventwire.time.resolve import Resolution, resolve

if TYPE_CHECKING:
    from eventwire.time.timeline import Placed, Timeline

#: A sentence repeated in a page is compared by its last characters, and only when it is this long.
COPY_TAIL_CHARS = 40
MIN_COPY_TOKENS = 6
#: Verbs whose content retells an act in someone's words (the reporting verbs, and testimony's).
REPORTED_BY = frozenset(clause.REPORTING | {"testify", "allege", "recount", "recall", "describe"})
#: Dependencies of a gerund the parser reads as a verb but that is used as a noun ("in a March 2029 stabbing").
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj"})


def when_time(timeline: Timeline, token: Token) -> Resolution | None:
    """The time a when-clause hangs on: "in March 2029, when the union walked out of the talks".

    The parser makes the clause a relative clause of the time's own word,
    so no clause rule reaches it and the act fell to the publication day.
    The clause tells its act at that time, also inside a since-phrase
    ("at war since early 2011 when the regime cracked down"): "since"
    measures the main clause's state from that time, and the act is the
    time itself, so it is resolved without the "since".
    """
    head = clause.clause_head(token)
    if head.dep_ not in ("relcl", "advcl") or not any(
            c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in head.children):
        return None
    for item in timeline.placed:
        if item.dateline or item.mention.kind == "relative" or not (
                item.start_token <= head.head.i < item.end_token):
            continue
        if item.mention.since:
            unbound = replace(item.mention, since=False)
            found = resolve(unbound, timeline.published, clause.direction(item.head))
        else:
            found = item.resolution
        return found if found.value is not None else None
    return None


def named(timeline: Timeline, token: Token) -> Placed | None:
    """The time of a past act retold in someone's words, from the noun that names it with a time.

    Trials, arraignments and anniversaries retell an earlier act in the
    words of a prosecutor, a witness or the police ("A jury on Tuesday
    convicted a man charged in an April 2007 shooting ... the prosecutor
    said he shot his former co-workers"). The passage's time is then the
    telling's (the verdict, the hearing), not the act's; the report names
    the act itself as a noun with its own time ("the April 2007
    shooting", "the Monday morning shootings"), and that time dates it.
    Only a verb trigger, simple past or past perfect, in reported content (under a
    reporting verb, or with one set off after it: "..., Whiteside said"),
    only a noun of the verb's own stem (shoot: shooting) whose time hangs
    on the noun itself, and only when all such nouns agree on one time
    no later than the report.
    """
    head = clause.clause_head(token)
    if token.pos_ != "VERB" or clause.tense(head) != "past" or not _reported(head):
        return None  # a noun trigger ("carried out a gas attack") is named, not retold
    lemma = token.lemma_.lower()
    names = {lemma, lemma + "ing", lemma + lemma[-1:] + "ing"}  # attack, shooting, stabbing
    times: dict[str | None, Placed] = {}
    for noun in timeline.doc:
        if not _names_act(noun, lemma, names) or _measured(noun):
            continue
        for item in _noun_times(timeline, noun):
            times.setdefault(item.resolution.value, item)
    if len(times) != 1:
        return None
    found = next(iter(times.values()))
    start = found.resolution.start
    if timeline.published is not None and (start is None or start > timeline.published):
        return None
    return found

def _noun_times(timeline: Timeline, noun: Token) -> list[Placed]:
    """Resolved expressions that hang on ``noun`` itself ("the Monday shooting", "the attack on May 2")."""
    out = []
    for item in timeline.placed:
        if item.resolution.value is None or item.dateline or item.start_token <= noun.i < item.end_token:
            continue
        if item.mention.kind == "relative" or clause.in_since_phrase(item.path):
            continue
        governor = item.attach.head
        if governor.dep_ == "prep" and governor.lower_ in ("on", "in", "of") and governor.head.i != governor.i:
            governor = governor.head
        if governor.i == noun.i and item.attach.i != noun.i:
            out.append(item)
    return out


def restated(timeline: Timeline, token: Token) -> Placed | None:
    """The time of the same act told elsewhere in the article, for a subordinate clause.

    Only clauses opened by since/after/before/when/as/once qualify: they
    background an earlier, known happening. "The same act" means the same
    verb lemma with a shared object lemma (launch + missile).
    """
    head = clause.clause_head(token)
    if not clause.backgrounds(head):
        return None
    objects = _object_lemmas(head)
    if not objects or clause.tense(head) not in ("past", "perfect"):
        return None
    for other in timeline.doc:
        if other.i == head.i or other.lemma_ != head.lemma_ or not objects & _object_lemmas(other):
            continue
        found = timeline.governing(other) or timeline.anchor(other)
        if found is not None and found.tense in ("past", "perfect"):
            return found
    return None

def copied(timeline: Timeline, token: Token) -> Placed | None:
    """The time of the same sentence printed elsewhere in the article with a time of its own.

    Pages carry a text twice: a timeline widget with its dates ("September
    30 2015 Russia launches airstrikes …") and the same entries again
    without them, or a summary repeated in the body. A sentence that is
    the end of a longer one (or all of it) is that sentence; the copy's
    own clause time dates the same word in it (step 1 only).
    """
    sent = timeline.sents[timeline.sentence_index(token)]
    text = timeline.text[sent.start_char : sent.end_char]
    if len(sent) < MIN_COPY_TOKENS:
        return None
    for other in _copies(timeline).get(text[-COPY_TAIL_CHARS:], ()):
        if other.start == sent.start or not timeline.text[other.start_char : other.end_char].endswith(text):
            continue
        start = token.idx - sent.start_char + other.end_char - len(text)
        span = timeline.doc.char_span(start, start + len(token.text))
        found = timeline.governing(span.root) if span is not None and len(span) else None
        if found is not None:
            return found
    return None

def _copies(timeline: Timeline) -> dict[str, list]:
    """Sentences by their last characters (built once, when a sentence is first looked up)."""
    if timeline.sentence_tails is None:
        timeline.sentence_tails = {}
        for sent in timeline.sents:
            tail = timeline.text[sent.start_char : sent.end_char][-COPY_TAIL_CHARS:]
            timeline.sentence_tails.setdefault(tail, []).append(sent)
    return timeline.sentence_tails


def _reported(head: Token) -> bool:
    """Is the clause (or the first of a run of conjoined clauses) someone's words: the content of a
    reporting verb ("told police he shot him"), or a clause with one set off after it ("..., she said")?"""
    head = clause.first_conjunct(head)
    if head.dep_ in ("ccomp", "xcomp") and clause.clause_head(head.head).lemma_ in REPORTED_BY:
        return True
    return any(c.dep_ in ("parataxis", "ccomp") and c.lemma_ in REPORTED_BY and c.i > head.i for c in head.children)


#: Dependencies of a gerund the parser reads as a verb but that is used as a noun ("in a March 2029 stabbing").
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj"})


def _names_act(noun: Token, lemma: str, names: set[str]) -> bool:
    """Does ``noun`` name the act of the verb ``lemma``: a noun of its stem ("the shooting", "the attack"),
    or its gerund used as a noun, with a determiner or a modifier of its own ("a March 2029 stabbing")?"""
    if noun.pos_ == "NOUN":
        return noun.lemma_.lower() in names
    return noun.tag_ == "VBG" and noun.dep_ in NOMINAL_DEPS and noun.lemma_.lower() == lemma and any(
        c.dep_ in ("det", "poss", "nmod", "compound", "amod") for c in noun.children
    )


def _measured(noun: Token) -> bool:
    """A noun that only measures the news against an earlier act: "the worst since the 2019 shooting"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("since", "than")


#: Nouns that only count their "of" object ("fired dozens of rockets"): the counted noun names the act.
COUNT_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
                         "number", "handful", "couple", "lot", "lots", "series", "string"})


def _object_lemmas(head: Token) -> set[str]:
    """The lemmas of what the verb acts on, a counted object read through its "of" phrase.

    "Fired dozens of mortar rounds" on the day of the news and "fired dozens of rockets" on a
    January day are two barrages: the count is no object, the rounds and the rockets are.
    """
    lemmas = set()
    for child in head.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if child.lemma_.lower() in COUNT_NOUNS or child.like_num:
            counted = [g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
            lemmas.update(g.lemma_.lower() for g in counted)
        else:
            lemmas.add(child.lemma_.lower())
    return lemmas
