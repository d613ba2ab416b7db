"""An article's time expressions placed in its parse, and the cascade that dates a token by them.

:class:`Timeline` finds every expression, hangs it on the clause it governs,
resolves it in that clause's direction, and then answers one question for any
token (an event trigger, a referent noun): which time governs you, and on
what basis? (:meth:`Timeline.date_token`, a cascade of numbered steps.)

Why this module holds only the placing and the cascade: each step that reads
beyond the token's own clause has rules of its own, kept in its own module.
Step 1 is the clause's own expression (:meth:`Timeline.governing`, over
:meth:`Timeline.attached`); when the clause has none, a neighbouring clause of
the same sentence may lend its time (a past restrictive relative clause on a
thing, a when/after clause, the day of the clause an act answers:
:mod:`eventwire.time.borrowed`). Step 2 is the narrative anchor, a time
carried from earlier sentences of the passage (:mod:`eventwire.time.narrative`).
Steps 1a, 1b and 3 date an act from another telling of it in the same
article (a when-clause's time, a dated noun naming a retold act, the same act
or sentence told again with a time): :mod:`eventwire.time.retold`.
Step 4 is the publication date, basis "publication"; no publication date
gives None. The expressions are those of :mod:`eventwire.time.expressions`
and the bare years that open a chronology's entries
(:mod:`eventwire.time.chronology`), which only the parse tells from counts.
The report's own date printed at the top of the text (a dateline,
:func:`eventwire.time.dateline.is_dateline`) dates nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.time import clause, narrative, relative, retold
from eventwire.time.borrowed import borrowed_time
from eventwire.time.chronology import entry_years
from eventwire.time.dateline import is_dateline
from eventwire.time.expressions import Mention, find_mentions
from eventwire.time.prospect import past_purpose
from eventwire.time.resolve import Resolution, resolve


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
        self.sentence_tails: dict[str, list] | None = None  # for :func:`retold.copied`, built on first use
        found = find_mentions(self.text)
        found += [m for m in entry_years(doc) if all(m.end <= f.start or m.start >= f.end for f in found)]
        found.sort(key=lambda m: m.start)
        self.placed = [p for p in (self._place(m) for m in found) if p is not None]
        self.placed = [p for p in self.placed if not relative.bare_non_event(p, doc)]
        for item in self.placed:
            if item.mention.kind not in relative.KINDS:
                item.resolution = self._resolve(item)
        for item in self.placed:  # in text order, so "two days later" can follow "the next day"
            if item.mention.kind == "relative":
                item.resolution = relative.resolve_relative(self, item)
            elif item.mention.kind == "sequel":
                item.resolution = relative.resolve_sequel(self, item)
        for item in self.placed:
            item.dateline = is_dateline(item.mention, item.resolution, published, self.text)

    def _resolve(self, item: Placed) -> Resolution:
        """Resolve a calendar mention in its clause's direction, but never past the report's day for a
        purpose infinitive of a past act (:func:`eventwire.time.prospect.past_purpose`): "launched an
        offensive to retake the town on May 31", told in July, is the May just gone."""
        direction = clause.direction(item.head)
        found = resolve(item.mention, self.published, direction)
        if (direction == "forward" and self.published is not None and found.start is not None
                and found.start > self.published and past_purpose(item.head)):
            return resolve(item.mention, self.published, "back")
        return found

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
        attach = clause.subject_relative_before(attach, span.start, end) or attach  # "which launched X last May said"
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
        only for verbal events) or from a reduced present-participle relative
        (:func:`clause.progressive_relative`: "protesters trying to storm"),
        which takes a day only: a stretch ("in recent days") would widen the
        act's window past the report's days. If still none, a later verb conjoined with the
        trigger's clause under the same subject and tense lends its time: news
        puts one time at the end of a run of acts ("shot one man and wounded two
        others Monday"), which the parser hangs on the last verb only
        (:func:`clause.later_conjuncts`). Last, a past relative clause on a thing takes its noun's time
        (:func:`~eventwire.time.borrowed.antecedent_time`), and a when/as or after/before/once clause its
        host clause's (:func:`~eventwire.time.borrowed.host_time`); and a past act with none takes the
        day of a when/as/after clause on it (:func:`~eventwire.time.borrowed.clause_day`), or the bare
        day the parser hung on its "to"-infinitive when that day is no day ahead
        (:func:`~eventwire.time.borrowed.complement_day`).
        """
        head = clause.clause_head(token)
        path = clause.path_to_clause(token)
        found = self.attached(token, head, path)
        climbs, progressive = 0, False
        while found is None and climbs < 2:
            if clause.progressive_relative(head):
                progressive = True
            elif not clause.shares_governor(head, verbal):
                break
            head = clause.clause_head(head.head)
            found = self.attached(token, head, [head])
            climbs += 1
        if found is not None and progressive and found.resolution.precision != "day":
            found = None  # "forces battling militants" in "in recent days": the report's days are closer
        if found is None:  # "shot one man and wounded two others Monday": the time closes the whole run
            for conjunct in clause.later_conjuncts(clause.clause_head(token)):
                found = self.attached(conjunct, conjunct, [conjunct])
                if found is not None:
                    break
        if found is None:  # a neighbouring clause of the sentence lends its time
            found = borrowed_time(self, clause.clause_head(token))
        return found

    def attached(self, token: Token, head: Token, path: list[Token]) -> Placed | None:
        """The resolved time that attaches closest to ``token`` from its own clause headed by ``head``.

        ``path`` is the token's way up to ``head`` (:func:`clause.path_to_clause`). The closest attachment
        level wins, then the nearest word; a dateline, a time of another paragraph, an end bound
        ("until July") and, for a nominal trigger, a topic's time are passed over.
        """
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
        """Step 2: the narrative time carried from earlier sentences (:func:`narrative.anchor`)."""
        return narrative.anchor(self, token)

    def date_token(self, token: Token, verbal: bool = False) -> tuple[Resolution, str | None]:
        """Date ``token``: expression, narrative anchor, restated act, publication.

        ``verbal`` marks statements and the like, dated when they are said.
        """
        # 1. The clause's own expression: the most direct evidence.
        found = self.governing(token, verbal)
        if found is not None:
            return found.resolution, "expression"
        # 1a. A when-clause on a time ("since early 2011, when the regime cracked down"): that time.
        when = retold.when_time(self, token)
        if when is not None:
            return when, "expression"
        # 1b. A past act in someone's words that the report names elsewhere as a dated noun
        #     ("charged in an April 2007 shooting ... prosecutors said he shot them").
        found = retold.named(self, token)
        if found is not None:
            return found.resolution, "anchor"
        # 2. A time set earlier in the passage and carried in the same tense.
        found = self.anchor(token)
        if found is not None:
            return found.resolution, "anchor"
        # 3. A backgrounded past act ("since the U.S. launched missiles") restated
        #    elsewhere with its time: the same happening, so the same date.
        found = retold.restated(self, token) or retold.copied(self, token)
        if found is not None:
            return found.resolution, "anchor"
        # 4. Nothing in the text: the publication day, marked as such (or nothing).
        return self.publication()

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


def _is_end_bound(item: Placed, doc: Doc) -> bool:
    """'until July', or a deadline set for a later act: a bound, not when the clause's act happened."""
    before = doc[item.start_token - 1].lower_ if item.start_token > 0 else None
    prep = item.mention.parts.get("prep")
    if prep in ("until", "till") or before in ("until", "till"):
        return True
    return "by" in (prep, before) and _deadline_of_act_to_come(item, doc)


def _deadline_of_act_to_come(item: Placed, doc: Doc) -> bool:
    """Does a 'by' time hung on a clause not told ahead close an act to come told inside that clause?

    "The chancellor told lawmakers, urging them to pass the loan by Friday": the parser may hang "by
    Friday" on the past "told", which then takes the Friday before the report for a deadline of the vote
    still to come, and the urging with it. A "to"-infinitive (or other verb told ahead) between that
    clause's head and the time, inside the clause, is the act the deadline sets. "The rebels had taken
    the town by Friday" has none and keeps its day; so does a clause told ahead itself ("will withdraw by
    Friday").
    """
    if not item.path:
        return False
    head = item.path[-1]
    if clause.tense(head) == "future":
        return False
    return any(token.pos_ in ("VERB", "AUX") and clause.is_clause_head(token) and head.is_ancestor(token)
               and clause.tense(token) == "future" for token in doc[head.i + 1 : item.start_token])


def paragraph_starts(text: str) -> list[int]:
    """Where paragraphs begin: after blank lines, or after every line break in a text with none
    (one paragraph per line, as some readers deliver), so hard-wrapped lines do not split passages."""
    breaks = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    return [0] + [match.end() for match in re.finditer(breaks, text)]


def resolve_day(day: date) -> Resolution:
    return Resolution(day.isoformat(), "day", day, day)
