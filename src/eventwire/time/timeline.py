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

Steps 1a, 1b and 3 date an act from another telling of it in the same
article (a when-clause's time, a dated noun naming a retold act, the same act
or sentence told again with a time): :mod:`eventwire.time.retold`.
Step 4 is the publication date, basis "publication"; no publication date
gives None. A sentence that ranks the news against the past ("The worst
attack was one in August 2013") sets no passage time; a past restrictive
relative clause on a thing is told within its noun's time (step 1,
:meth:`Timeline._antecedent_time`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.time import clause, relative, retold
from eventwire.time.dateline import is_dateline
from eventwire.time.expressions import Mention, find_mentions
from eventwire.time.resolve import Resolution, resolve

#: How many sentences after the one that sets it a narrative time carries.
MAX_CARRY = 3
#: Marks of a background clause told at its host clause's time ("same") or near it ("near": only a
#: month or longer contains both), :meth:`Timeline._host_time`.
#: Not "while", which as often sets two facts side by side ("Russia has backed Assad since the war began in
#: 2011, while the US has long called on him to go").
HOST_TIME_MARKS = {"when": "same", "as": "same", "after": "near", "before": "near", "once": "near"}
NEAR_PRECISIONS = frozenset({"month", "season", "year"})
#: Marks of a clause whose day a past act with no time of its own takes (``Timeline._clause_day``): the
#: act is told at that moment or as its immediate answer. Not "before" (the act came earlier), "since"
#: or "until" (they measure), nor "while" (a stretch).
DAY_CLAUSE_MARKS = frozenset({"when", "as", "after"})
#: Relative pronouns of a person ("the man who fled"): such a clause tells his past, not his act's day.
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


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
        (:func:`clause.later_conjuncts`). Last, a past relative clause on a thing takes its noun's time
        (:meth:`_antecedent_time`), and a when/as or after/before/once clause its host clause's
        (:meth:`_host_time`); and a past act with none takes the day of a when/as/after clause on it
        (:meth:`_clause_day`), or the bare day the parser hung on its "to"-infinitive when that day is no
        day ahead (:meth:`_complement_day`).
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
        if found is None:  # "the war began in 2011 after the regime cracked down": told within its host's time
            found = self._host_time(clause.clause_head(token))
        if found is None:  # "guards shot him after he drove at them on Saturday": the day of the act it answers
            found = self._clause_day(clause.clause_head(token))
        if found is None:  # "endorsed her to succeed him Thursday": the parser hung the act's day on the infinitive
            found = self._complement_day(clause.clause_head(token))
        return found

    def _host_time(self, head: Token) -> Placed | None:
        """The time of the clause a when/as or after/before/once clause hangs on.

        Such a clause sets no time of its own for the passage (:func:`_sets_passage`), and its act
        used to fall to the publication day: "the war, which began in 2029 after army units led a
        crackdown", "In February a gunman killed five before a guard shot him". A when/as clause
        tells its act at its host's time; an after/before/once clause tells it near that time, so
        only a month or longer contains both ("in 2029", "in February"; "on Monday after the rebels
        walked out" or "this week after police shot a boy on Saturday" may lie days apart). Not when
        the distance is measured ("weeks after"), nor for since/until clauses, which measure from or
        to the host's time, nor for "while" (:data:`HOST_TIME_MARKS`). A host that is a later verb of
        a run ("killed five and injured others before …") has the time of the run's first verb.
        """
        if head.dep_ == "advcl":
            marks = [c for c in head.children if c.lower_ in HOST_TIME_MARKS
                     and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when"))]
            host = head.head
        elif head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.lower_ in HOST_TIME_MARKS:
            marks, host = [head.head], head.head.head
        else:
            return None
        if len(marks) != 1 or any(c.dep_ in ("advmod", "npadvmod") for c in marks[0].children):
            return None  # "weeks after", "long before": a measured distance
        if any(c.dep_ == "npadvmod" for c in head.children):
            return None
        host = clause.clause_head(host)
        found = self._attached(host, host, [host])
        if found is None and host.dep_ == "conj":  # "In February a gunman killed five and injured others
            first = clause.first_conjunct(host)  # before a guard shot him": the run's time is its first verb's
            found = self._attached(first, first, [first])
        if found is None or found.mention.kind == "relative" or clause.in_since_phrase(found.path):
            return None
        if HOST_TIME_MARKS[marks[0].lower_] == "near" and found.resolution.precision not in NEAR_PRECISIONS:
            return None
        return found

    def _clause_day(self, head: Token) -> Placed | None:
        """The day of a when/as or after clause that a past act with no time of its own hangs on.

        "Guards shot the driver after he drove at them on Saturday night", "police opened fire when
        protesters stormed the gate on Monday": the act is told as answering the clause's act at once,
        and news puts the day on the act it follows. Left to the publication day, the shooting would
        fall days after the Saturday that other reports give it. Only a past host and
        a past clause dated to a day by a name or a date ("Saturday", "March 9"), not a stretch ("this
        week", "in March": the host may lie anywhere in it) nor a measured distance ("weeks after").
        """
        if clause.tense(head) != "past":
            return None
        for child in head.children:
            if child.dep_ != "advcl" or clause.tense(child) != "past":
                continue
            marks = [c for c in child.children if c.lower_ in DAY_CLAUSE_MARKS and c.dep_ in ("mark", "advmod")]
            if len(marks) != 1 or any(c.dep_ in ("advmod", "npadvmod") for c in marks[0].children):
                continue
            if any(c.dep_ == "npadvmod" and c.i == child.left_edge.i - 1 for c in head.children):
                continue  # "days after he fled": the parser hangs the distance on the host
            found = self._attached(child, child, [child])
            if found is not None and found.resolution.precision == "day" and found.mention.kind != "relative":
                return found
        return None

    def _complement_day(self, head: Token) -> Placed | None:
        """A bare day at the end of a past act's "to"-infinitive complement, when it is no day ahead.

        News puts the act's day at the end of the sentence ("the governor endorsed the mayor to succeed her in
        office Thursday", "the senator urged colleagues to back the bill Monday"), and the
        parser hangs it on the nearest verb, the infinitive's. Read in the infinitive's own direction
        (forward), a day that still lies on or before the report's day cannot be the day of an act the
        infinitive tells as still to come, so it is the past act's. A day ahead stays the
        infinitive's ("ordered him to appear Monday", told on a Wednesday), and so does a time with
        a preposition ("to pass the bill by Friday", "to meet on Monday"), which the parser places
        reliably.
        """
        if self.published is None or clause.tense(head) != "past":
            return None
        for child in head.children:
            if child.dep_ not in ("xcomp", "advcl") or not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                continue
            found = self._attached(child, child, [child])
            if (found is not None and found.attach.dep_ == "npadvmod" and found.attach.head.i == child.i
                    and found.mention.kind != "relative" and found.resolution.precision == "day"
                    and found.resolution.end is not None and found.resolution.end <= self.published):
                return found
        return None

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
        if (main is not None and main.tense == wanted and clause.tense(root) == wanted
                and not clause.in_since_phrase(main.path)):
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
    if clause.in_since_phrase(item.path):
        return False
    return not clause.backgrounds(head)


def _ranks(root: Token) -> bool:
    """A copular sentence whose subject is ranked: "The worst attack was …", "The deadliest was …".

    Such a sentence names the record holder, an earlier happening measured
    against the news, like a since-phrase (:func:`clause.in_since_phrase`). Only true
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
