"""An article's time expressions placed in its parse, and how they date things.

:class:`Timeline` finds every expression, hangs it on the clause it governs,
resolves it in that clause's direction, and then answers one question for any
token (an event trigger, a referent noun): which time governs you, and on
what basis?

Narrative anchor (step 2 of event dating): news narrates a past episode in a
run of same-tense sentences after setting its time once ("But last month,
Trump was moved by ... The U.S. launched 59 Tomahawk missiles ..."). A time
carries forward from the sentence that sets it to later sentences when all of
these hold:

* same paragraph (a paragraph break starts a new passage);
* at most :data:`MAX_CARRY` sentences later (beyond that reporters restate
  the time if it still applies, so an unstated time is more likely "now");
* the event's clause has the same tense class as the anchor's clause, and no
  sentence in between has a main clause of another tense (a present or
  present-perfect sentence returns the story to "now" and breaks the carry).

Within the anchoring sentence, the time of its main clause wins over one in
a subordinate clause; a time that only dates background (a restrictive
relative clause, a since/after/before clause) sets no passage time. The
report's own date printed at the top of the text (a dateline,
:func:`eventwire.time.dateline.is_dateline`) dates nothing.

Before step 2 (session 6): a past act retold in someone's words in a later
report (a trial, an arraignment: "the prosecutor said he shot his former
co-workers") takes the time of the noun that names the same act with a time
of its own ("charged in an April 2007 shooting"), not the telling's
(:meth:`Timeline.named`).

Step 1a (session 7): an act in a when-clause that the parser hangs on a time
("in March 2011, when the union walked out") takes that time
(:meth:`Timeline.when_time`).

Step 3 (an addition to the agreed cascade): a past act backgrounded in a
since/after/before/when clause ("the first call since the U.S. launched
missiles") takes the time of the same act told elsewhere (same verb lemma and
object lemma), with basis "anchor"; so does a sentence printed again without
the date its first copy carries (a page's timeline, :meth:`Timeline.copied`).
Step 4 is the publication date, basis "publication"; no publication date
gives None. A sentence that ranks the news against the past ("The worst
attack was one in August 2013") sets no passage time; a past restrictive
relative clause on a thing is told within its noun's time (step 1,
:meth:`Timeline._antecedent_time`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.time import clause, relative
from eventwire.time.dateline import is_dateline
from eventwire.time.expressions import Mention, find_mentions
from eventwire.time.resolve import Resolution, resolve

#: How many sentences after the one that sets it a narrative time carries.
MAX_CARRY = 3
#: A sentence repeated in a page is compared by its last characters, and only when it is this long.
COPY_TAIL_CHARS = 40
MIN_COPY_TOKENS = 6
#: Relative pronouns of a person ("the man who fled"): such a clause tells his past, not his act's day.
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
#: Verbs whose content retells an act in someone's words (the reporting verbs, and testimony's).
REPORTED_BY = frozenset(clause.REPORTING | {"testify", "allege", "recount", "recall", "describe"})
#: Subordinators that background an earlier act ("since the U.S. launched missiles").
BACKGROUND_MARKS = {"since", "after", "before", "when", "as", "once", "until"}


@dataclass(slots=True)
class Placed:
    """A mention in the parse: its tokens, clause, tense and resolution."""

    mention: Mention
    start_token: int
    end_token: int
    attach: Token
    head: Token
    tense: str
    sent_index: int
    paragraph: int
    resolution: Resolution = field(default_factory=Resolution)
    dateline: bool = False  # the report's own date printed before its text: it dates no event

    @property
    def path(self) -> list[Token]:
        return clause.path_to_clause(self.attach)


class Timeline:
    """Expressions of one article, resolved, with the dating rules over them."""

    def __init__(self, doc: Doc, published: date | None, text: str | None = None) -> None:
        self.doc = doc
        # ``text`` is ``doc.text`` when the caller has it (the article's clean text): spaCy
        # rebuilds ``doc.text`` from every token on each read, so it is read at most once.
        self.text = doc.text if text is None else text
        self.published = published
        self.sents = list(doc.sents)
        self._sent_starts = [s.start for s in self.sents]
        self._paragraph_starts = paragraph_starts(self.text)
        self._sentence_tails: dict[str, list] | None = None  # for :meth:`copied`
        self.placed = [p for p in (self._place(m) for m in find_mentions(self.text)) if p is not None]
        self.placed = [p for p in self.placed if not relative.bare_non_event(p, doc)]
        for item in self.placed:
            if item.mention.kind not in relative.KINDS:
                item.resolution = resolve(item.mention, published, clause.direction(item.head))
        for item in self.placed:  # in text order, so "two days later" can follow "the next day"
            if item.mention.kind == "relative":
                item.resolution = relative.resolve_relative(self, item)
            elif item.mention.kind == "sequel":
                item.resolution = relative.resolve_sequel(self, item)
        for item in self.placed:
            item.dateline = is_dateline(item.mention, item.resolution, published, self.text)

    # -- placing mentions in the parse --------------------------------------------------

    def sentence_index(self, token: Token) -> int:
        return bisect_right(self._sent_starts, token.i) - 1

    def paragraph_index(self, char: int) -> int:
        return bisect_right(self._paragraph_starts, char) - 1

    def _place(self, mention: Mention) -> Placed | None:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        end = span.end
        if mention.kind == "relative":
            end = relative.referent_end(self.doc, span.end)
            mention.end = self.doc[end - 1].idx + len(self.doc[end - 1])
            mention.text = self.text[mention.start : mention.end]
        tokens = range(span.start, end)
        outside = [self.doc[i] for i in tokens if not (span.start <= self.doc[i].head.i < end)]
        attach = outside[0] if outside else span.root
        head = clause.clause_head(attach)
        return Placed(
            mention,
            span.start,
            end,
            attach,
            head,
            clause.tense(head),
            self.sentence_index(attach),
            self.paragraph_index(mention.start),
        )

    # -- dating a token -----------------------------------------------------------------

    def governing(self, token: Token, verbal: bool = False) -> Placed | None:
        """Step 1: the resolved expression attached to ``token``'s own clause.

        Level 0: hangs on the trigger itself or between it and its clause head
        ("Tuesday's call"). Level 1: hangs on the same clause head, or heads a
        relative clause of the trigger ("talks that begin Wednesday"), but not
        from inside an object ("condemned yesterday's attack" is not dated
        yesterday; a subject's time still counts: "Tuesday's call lasted an
        hour"; so does an adverbial phrase: "agreed in Tuesday's call"). If none,
        climb to the governing clause where :func:`clause.shares_governor`
        allows (conjoined, purpose and participle clauses; reported content
        only for verbal events). If still none, a later verb conjoined with the
        trigger's clause under the same subject and tense lends its time: news
        puts one time at the end of a run of acts ("shot one man and wounded two
        others Monday"), which the parser hangs on the last verb only
        (:func:`clause.later_conjuncts`).
        """
        head = clause.clause_head(token)
        path = clause.path_to_clause(token)
        found = self._attached(token, head, path)
        climbs = 0
        while found is None and climbs < 2 and clause.shares_governor(head, verbal):
            head = clause.clause_head(head.head)
            found = self._attached(token, head, [head])
            climbs += 1
        if found is None:  # "shot one man and wounded two others Monday": the time closes the whole run
            for conjunct in clause.later_conjuncts(clause.clause_head(token)):
                found = self._attached(conjunct, conjunct, [conjunct])
                if found is not None:
                    break
        if found is None:  # "an attack in August 2013 that killed hundreds": told within its noun's time
            found = self._antecedent_time(clause.clause_head(token))
        return found

    def _antecedent_time(self, head: Token) -> Placed | None:
        """The time of the clause that holds a past relative clause's noun.

        "an attack in August 2013 that killed hundreds", "a vigil on Monday
        that turned into a riot": a restrictive clause on a thing tells what
        that thing did, within the thing's time. Not one on a person ("the
        official who served in the army", "Mattis, who served four decades"),
        which tells the person's past.
        """
        if head.dep_ != "relcl" or clause.tense(head) != "past" or not _restrictive(head):
            return None
        if any(c.lower_ in PERSON_RELATIVES for c in head.subtree if c.tag_ in ("WP", "WP$")):
            return None
        governor = clause.clause_head(head.head)
        found = self._attached(governor, governor, [governor])
        return found if found is not None and found.tense in ("past", "perfect") else None

    def _attached(self, token: Token, head: Token, path: list[Token]) -> Placed | None:
        paragraph = self.paragraph_index(token.idx)
        best: tuple[int, int, Placed] | None = None
        for item in self.placed:
            if item.resolution.value is None or item.dateline or item.start_token <= token.i < item.end_token:
                continue
            if item.paragraph != paragraph:  # a dateline line glued to the lead sentence by the parser
                continue
            if _is_end_bound(item, self.doc):  # "postponed until next year" happened now
                continue
            level = clause.attachment_level(path, head, item.path, range(item.start_token, item.end_token))
            if level is None or (level == 0 and _about_a_topic(item, token)):
                continue
            key = (level, abs(item.attach.i - token.i))
            if best is None or key < best[:2]:
                best = (*key, item)
        return best[2] if best else None

    def anchor(self, token: Token) -> Placed | None:
        """Step 2: the narrative time carried from earlier sentences (module doc).

        Within the anchoring sentence, the time of its main clause wins over
        one buried in a subordinate clause ("... talked since the president
        took office in January" sets the story at the talk, not in January).
        First of all, a past act told as reported content takes the time of
        its report (:meth:`_report_time`).
        """
        reported = self._report_time(token)
        if reported is not None:
            return reported
        sent = self.sentence_index(token)
        paragraph = self.paragraph_index(token.idx)
        wanted = clause.tense(clause.clause_head(token))
        for index in range(sent - 1, max(-1, sent - 1 - MAX_CARRY), -1):
            if self.paragraph_index(self.sents[index].start_char) != paragraph:
                return None
            found = self._sentence_time(index, wanted)
            if found is not None:
                return found
            if clause.tense(self.sents[index].root) != wanted:
                return None
        return None

    def _report_time(self, token: Token) -> Placed | None:
        """The time of the report a past act is told in ("reported on Saturday that strikes killed ...").

        The act happened by the time it was reported; that day is a closer
        bound than the publication date or an earlier sentence's time. Only a
        simple past: a present perfect ("the toll from a bomb attack has
        reached 126, a monitor said on Sunday") tells a state at the report,
        and what it names happened before it.
        """
        head = clause.clause_head(token)
        if head.dep_ != "ccomp" or clause.tense(head) != "past":
            return None
        governor = clause.clause_head(head.head)
        found = self._attached(governor, governor, [governor])
        return found if found is not None and found.tense in ("past", "perfect") else None

    def _sentence_time(self, index: int, wanted: str) -> Placed | None:
        """The time a sentence sets for its narrative: main clause first, else the latest.

        A sentence that ranks the news against the past ("The worst attack was
        one in August 2013 that killed hundreds") sets none: its time is the
        yardstick's, and the acts told after it are the news (:func:`_ranks`).
        """
        root = self.sents[index].root
        if _ranks(root):
            return None
        main = self._attached(root, root, [root])
        if main is not None and main.tense == wanted and clause.tense(root) == wanted and not _yardstick(main):
            return main
        candidates = [p for p in self.placed if p.sent_index == index and p.resolution.value is not None
                      and not p.dateline]
        same = [p for p in candidates if p.tense == wanted and p.mention.kind != "relative" and _sets_passage(p)]
        return same[-1] if same else None

    def date_token(self, token: Token, verbal: bool = False) -> tuple[Resolution, str | None]:
        """Date ``token``: expression, narrative anchor, restated act, publication.

        ``verbal`` marks statements and the like, dated when they are said.
        """
        # 1. The clause's own expression: the most direct evidence.
        found = self.governing(token, verbal)
        if found is not None:
            return found.resolution, "expression"
        # 1a. A when-clause on a time ("since early 2011, when the regime cracked down"): that time.
        when = self.when_time(token)
        if when is not None:
            return when, "expression"
        # 1b. A past act in someone's words that the report names elsewhere as a dated noun
        #     ("charged in an April 2007 shooting ... prosecutors said he shot them").
        found = self.named(token)
        if found is not None:
            return found.resolution, "anchor"
        # 2. A time set earlier in the passage and carried in the same tense.
        found = self.anchor(token)
        if found is not None:
            return found.resolution, "anchor"
        # 3. A backgrounded past act ("since the U.S. launched missiles") restated
        #    elsewhere with its time: the same happening, so the same date.
        found = self.restated(token) or self.copied(token)
        if found is not None:
            return found.resolution, "anchor"
        # 4. Nothing in the text: the publication day, marked as such (or nothing).
        return self.publication()

    def when_time(self, token: Token) -> Resolution | None:
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
        for item in self.placed:
            if item.dateline or item.mention.kind == "relative" or not (
                    item.start_token <= head.head.i < item.end_token):
                continue
            if item.mention.since:
                unbound = replace(item.mention, since=False)
                found = resolve(unbound, self.published, clause.direction(item.head))
            else:
                found = item.resolution
            return found if found.value is not None else None
        return None

    def named(self, token: Token) -> Placed | None:
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
        for noun in self.doc:
            if not _names_act(noun, lemma, names) or _measured(noun):
                continue
            for item in self._noun_times(noun):
                times.setdefault(item.resolution.value, item)
        if len(times) != 1:
            return None
        found = next(iter(times.values()))
        start = found.resolution.start
        if self.published is not None and (start is None or start > self.published):
            return None
        return found

    def _noun_times(self, noun: Token) -> list[Placed]:
        """Resolved expressions that hang on ``noun`` itself ("the Monday shooting", "the attack on May 2")."""
        out = []
        for item in self.placed:
            if item.resolution.value is None or item.dateline or item.start_token <= noun.i < item.end_token:
                continue
            if item.mention.kind == "relative" or _yardstick(item):
                continue
            governor = item.attach.head
            if governor.dep_ == "prep" and governor.lower_ in ("on", "in", "of") and governor.head.i != governor.i:
                governor = governor.head
            if governor.i == noun.i and item.attach.i != noun.i:
                out.append(item)
        return out

    def restated(self, token: Token) -> Placed | None:
        """The time of the same act told elsewhere in the article, for a subordinate clause.

        Only clauses opened by since/after/before/when/as/once qualify: they
        background an earlier, known happening. "The same act" means the same
        verb lemma with a shared object lemma (launch + missile).
        """
        head = clause.clause_head(token)
        if not _backgrounds(head):
            return None
        objects = _object_lemmas(head)
        if not objects or clause.tense(head) not in ("past", "perfect"):
            return None
        for other in self.doc:
            if other.i == head.i or other.lemma_ != head.lemma_ or not objects & _object_lemmas(other):
                continue
            found = self.governing(other) or self.anchor(other)
            if found is not None and found.tense in ("past", "perfect"):
                return found
        return None

    def copied(self, token: Token) -> Placed | None:
        """The time of the same sentence printed elsewhere in the article with a time of its own.

        Pages carry a text twice: a timeline widget with its dates ("September
        30 2015 Russia launches airstrikes …") and the same entries again
        without them, or a summary repeated in the body. A sentence that is
        the end of a longer one (or all of it) is that sentence; the copy's
        own clause time dates the same word in it (step 1 only).
        """
        sent = self.sents[self.sentence_index(token)]
        text = self.text[sent.start_char : sent.end_char]
        if len(sent) < MIN_COPY_TOKENS:
            return None
        for other in self._copies().get(text[-COPY_TAIL_CHARS:], ()):
            if other.start == sent.start or not self.text[other.start_char : other.end_char].endswith(text):
                continue
            start = token.idx - sent.start_char + other.end_char - len(text)
            span = self.doc.char_span(start, start + len(token.text))
            found = self.governing(span.root) if span is not None and len(span) else None
            if found is not None:
                return found
        return None

    def _copies(self) -> dict[str, list]:
        """Sentences by their last characters (built once, when a sentence is first looked up)."""
        if self._sentence_tails is None:
            self._sentence_tails = {}
            for sent in self.sents:
                tail = self.text[sent.start_char : sent.end_char][-COPY_TAIL_CHARS:]
                self._sentence_tails.setdefault(tail, []).append(sent)
        return self._sentence_tails

    def publication(self) -> tuple[Resolution, str | None]:
        if self.published is not None:
            return resolve_day(self.published), "publication"
        return Resolution(), None


#: Prepositions whose object can lend its time to the noun they hang on ("talks during the 2017 summit").
TEMPORAL_PREPS = frozenset({"during", "since", "after", "before", "following", "until", "till", "amid", "at"})


def _about_a_topic(item: Placed, trigger: Token) -> bool:
    """Does the expression only name the topic of a nominal trigger ("the investigation into the 2016 election")?

    It hangs below the trigger through another noun ("election") that is not
    itself a time-giving phrase: that noun is what the trigger is about, and
    its year says when the topic was, not when the investigation is.
    "Tuesday's call" and "talks in July" hang on the trigger directly.
    """
    own = range(item.start_token, item.end_token)
    for token in item.path:
        if token.i == trigger.i:
            return False
        if token.i in own or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if not (token.dep_ == "pobj" and token.head.lower_ in TEMPORAL_PREPS):
            return True
    return False


def _sets_passage(item: Placed) -> bool:
    """May a time outside the main clause set the time of the sentences after it?

    Not when it only dates background: a restrictive relative clause, which
    tells which thing is meant ("a ceasefire that Turkey and Russia brokered in
    December"), or a clause that recalls an earlier act ("the deadliest attack
    since sarin killed hundreds in August 2013"), or a phrase that measures the
    news against an earlier one ("the worst attack since the one in 2013"). The passage that follows
    tells the news, not that background, so such a time carries to no later
    sentence; it still dates its own clause (:meth:`Timeline.governing`). A
    relative clause set off by a comma adds news instead ("the war, which
    included a chemical attack this spring. Trump responded with …") and may
    set the passage's time.
    """
    head = item.head
    if head.dep_ in ("relcl", "acl") and _restrictive(head):
        return False
    if _yardstick(item):
        return False
    return not _backgrounds(head)


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


def _backgrounds(head: Token) -> bool:
    """A clause opened by since/after/before/when/as/once/until: it recalls an earlier, known happening."""
    return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in head.children)


def _yardstick(item: Placed) -> bool:
    """A time inside a 'since' phrase: "the worst attack since the one in August 2019", "the first
    visit since 2015" measure the news against an earlier happening, which is not when the news is."""
    return any(token.dep_ == "prep" and token.lower_ == "since" for token in item.path)


def _ranks(root: Token) -> bool:
    """A copular sentence whose subject is ranked: "The worst attack was …", "The deadliest was …".

    Such a sentence names the record holder, an earlier happening measured
    against the news, like a since-phrase (:func:`_yardstick`). Only true
    superlatives: "The first blast was at 9 a.m." opens a narrative instead.
    """
    if root.lemma_ != "be":
        return False
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        for word in (subject, *subject.children):
            if word.tag_ == "JJS":
                return True
            if word.dep_ == "amod" and any(c.lower_ == "most" for c in word.children):
                return True
    return False


def _restrictive(head: Token) -> bool:
    """A relative or participle clause not set off by a comma ("the truce that both sides signed")."""
    first = head.left_edge
    return first.i == 0 or first.nbor(-1).text not in (",", "—", "–", "(")


def _object_lemmas(head: Token) -> set[str]:
    return {c.lemma_.lower() for c in head.children if c.dep_ in ("dobj", "nsubjpass")}


def _is_end_bound(item: Placed, doc: Doc) -> bool:
    """'until July': the end of a state or a deadline, not when the clause's act happened."""
    if item.mention.parts.get("prep") in ("until", "till"):
        return True
    return item.start_token > 0 and doc[item.start_token - 1].lower_ in ("until", "till")


def paragraph_starts(text: str) -> list[int]:
    """Where paragraphs begin: after blank lines, or after every line break in a text with none
    (one paragraph per line, as some readers deliver), so hard-wrapped lines do not split passages."""
    breaks = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    return [0] + [match.end() for match in re.finditer(breaks, text)]


def resolve_day(day: date) -> Resolution:
    return Resolution(day.isoformat(), "day", day, day)
