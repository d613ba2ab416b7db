"""Stage "time": temporal expressions and event dates.

GDELT dates every event by its publication day, so one strike "happens" on
every day a paper mentions it. This stage dates the event itself:

* ``article.times``: every temporal expression, resolved against
  ``article.published`` in the direction its clause's tense gives
  (:mod:`eventwire.time.resolve`, :mod:`eventwire.time.clause`);
* each event's ``date``/``date_precision``/``date_basis`` by the cascade in
  :meth:`eventwire.time.timeline.Timeline.date_token`: the expression of the
  event's own clause, else the narrative anchor, else the publication date
  (basis ``after_publication`` when the event is told as still to come,
  :mod:`eventwire.time.prospect`; basis ``after_announcement``, dated by the
  day the plan was announced, when a reporting verb with a day tells it:
  "announced Thursday that he planned to declare", :mod:`eventwire.time.announced`;
  no date for a negated present perfect,
  "has not met" / "no meeting has occurred since": an absence, not a day,
  unless it is a side's own denial of force, "'our planes have not struck
  the town,' the ministry said" (:func:`denied_force`);
  none for a habit with no time of its own, "has repeatedly denied" (nor one
  that only borrows a time from a neighbouring clause or the narrative,
  :func:`own_time`), or a tally,
  "have declared emergencies five dozen times" (:func:`counted_times`), or a
  run of acts on many places, "attacked dozens of police stations"
  (:func:`counted_targets`), or an act set in a past it does not date,
  "used sarin in the past" (:func:`told_as_past`); basis
  ``around_publication`` for a meeting or visit named by a noun and nothing
  more, "Mr. Trump's visit to Britain provides an opportunity": held or still
  ahead, the report does not say, :func:`untensed_meeting`; and for an act
  told as under way, "is challenging the whip", :func:`under_way`); such a
  noun-named meeting of two named people then takes the day the report dates
  their meeting on (:mod:`eventwire.time.named_meeting`), and an act of force
  dated only by its report but told again, by a definite noun ("carried out the
  airstrike") or on one named person, takes the one day the report's text gives
  that side's earlier force (:mod:`eventwire.time.retold_force`).

No publication date and nothing absolute in the text leaves dates None,
never today's.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from eventwire.config import Context
from eventwire.model import Article, Event, Span, TimeExpression
from eventwire.periods import covering, iso_range, like_precision
from eventwire.roots import MATERIAL_CONFLICT_ROOTS
from eventwire.time.announced import announced_day
from eventwire.time.clause import REPORTING, clause_head, first_conjunct, tense
from eventwire.time.named_meeting import date_named_meetings
from eventwire.time.prospect import told_ahead
from eventwire.time.resolve import Resolution
from eventwire.time.retold_force import date_retold_force
from eventwire.time.timeline import Placed, Timeline
from eventwire.words import REPEATED_ADVERBS

__all__ = ["article_doc", "date_events", "is_verbal", "iso_range", "run", "timeline_for", "trigger_token"]

#: CAMEO roots of verbal events: make statement, appeal, express intent, consult... (01-05).
VERBAL_ROOTS = {"01", "02", "03", "04", "05"}


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Fill ``article.times`` and date every event of every article."""
    for article in articles:
        timeline = timeline_for(article, ctx)
        article.times = [_record(item) for item in timeline.placed]
        date_events(article.events, timeline)
    return articles


def timeline_for(article: Article, ctx: Context) -> Timeline:
    """The article's Timeline over the nlp stage's Doc (nothing is parsed twice)."""
    return Timeline(article_doc(article, ctx), parse_day(article.published), article.text)


def article_doc(article: Article, ctx: Context) -> Doc:
    """The nlp stage's Doc; parsed here only when that stage did not run (a caller using a stage alone)."""
    doc = ctx.docs.get(article.id)
    if doc is None:
        doc = ctx.docs[article.id] = ctx.nlp(article.text)
    return doc


def date_events(events: list[Event], timeline: Timeline) -> None:
    """Set date, date_precision and date_basis on each event."""
    for event in events:
        token = trigger_token(timeline.doc, event)
        if token is None:
            resolution, basis = timeline.publication()
        else:
            resolution, basis = timeline.date_token(token, verbal=is_verbal(event))
            announced = announced_day(timeline, token, timeline.published) if basis == "publication" else None
            if announced is not None:  # "announced Thursday that he planned to declare": on or after Thursday
                resolution, basis = announced, "after_announcement"
            elif _still_to_come(token, resolution, basis, timeline.published):
                resolution, basis = timeline.publication()[0], "after_publication"
            elif basis == "publication" and event.negated and tense(clause_head(token)) == "perfect" \
                    and not denied_force(event, token):
                resolution = Resolution()  # "no meeting has occurred since 1948": an absence has no day
            elif basis == "publication" and habitual(token):
                resolution = Resolution()  # "Damascus has repeatedly denied using such weapons": a habit has no day
            elif basis == "publication" and not event.negated and told_as_past(token):
                resolution = Resolution()  # "its forces used sarin in the past": an undated past, not the report's days
            elif resolution.value and habitual(token) and not own_time(timeline, token, is_verbal(event)):
                resolution = Resolution()  # "... after the attack, and it is regularly targeted": a borrowed time
            elif basis == "publication" and (untensed_meeting(event, token) or under_way(event, token)):
                basis = "around_publication"  # "the visit provides an opportunity": before or after the report
        event.date = resolution.value
        event.date_precision = resolution.precision if resolution.value else None
        event.date_basis = basis if resolution.value else None
    date_named_meetings(events)
    date_retold_force(events, timeline.doc)


def _still_to_come(token: Token, resolution: Resolution, basis: str | None, published: date | None) -> bool:
    """Dated only as "after the report": the publication day is then the earliest day, not the day.

    1. No time in the text, and the parse tells the event as still to come
       ("would be an extraordinary meeting"; :func:`told_ahead`).
    2. A vague forward stretch from publication ("in the coming weeks") that
       no month holds: its covering period (a whole year) would claim the
       months before the report too, and its end is a guess (the text gives
       no number), so the report's day as the earliest says what is known.
       One that a month holds ("in the coming days" said on 2 May) is dated
       by its own days, a range (:func:`eventwire.periods.stretch`).
    3. A stretch that began before the report and runs on past it ("in recent
       weeks", "this year"), for an event the parse tells as still to come:
       such a time dates the plan ("dispatched Pompeo in recent weeks to lay
       the groundwork for a summit") or is too coarse to place the event, and
       the event cannot lie before the report that tells it as ahead. Only a
       range of days or a year or coarser: a day, week, month or season ("will
       meet again in the autumn"), or a stretch wholly ahead ("next month"),
       still dates it.
    """
    if published is None:
        return False
    if basis == "publication":
        return told_ahead(token)
    like = like_precision(resolution.precision, resolution.start, resolution.end)  # a range by its length
    vague = like not in ("day", "week", "month")  # "later this month", "in the coming days" are precise enough
    if resolution.open and resolution.start is not None and resolution.start >= published and (
            vague or _beyond_month(resolution)):
        return True
    coarse = resolution.precision == "range" or (vague and like != "season")  # "again in the autumn" dates it
    spans_report = resolution.start is not None and resolution.end is not None and (
        resolution.start < published <= resolution.end)
    return bool(coarse and spans_report and told_ahead(token))


def _beyond_month(resolution: Resolution) -> bool:
    """Does no single month hold this range of days?"""
    if resolution.precision != "range" or resolution.start is None or resolution.end is None:
        return False
    return covering(resolution.start, resolution.end)[1] not in ("day", "week", "month")


def own_time(timeline: Timeline, token: Token, verbal: bool) -> bool:
    """Is the trigger dated by a time in its own clause ("regularly met in 2015")?

    A habit or a tally names no one happening; a time of its own still bounds it, but a time it
    borrows names another act: "a man is treated after the gas attack, and the town is regularly
    targeted in strikes" (the time of a conjoined clause), or a time set earlier in the passage.
    Lent such a day, the habit would join the one act of the same actors that the report's days hold.
    """
    found = timeline.governing(token, verbal)
    return found is not None and found.head.i == clause_head(token).i


#: Adverbs that make a clause tell a habit or a run of acts, not one happening.
#: Only words that say "again and again" (or "hardly ever": "presidents have rarely attacked their
#: predecessors" is a habit too): "often", "always" or "usually" also qualify a single act in a
#: generic frame ("we don't often get a state visit").
HABITUAL_ADVERBS = REPEATED_ADVERBS | {"rarely", "seldom"}
#: Adverbs that tell a habit only in an affirmed clause: "the coalition often targets towns held by the
#: group" names no one strike, while "we don't often get a state visit" frames the one visit at hand.
HABITUAL_UNLESS_NEGATED = frozenset({"often", "usually", "typically"})


def habitual(token: Token) -> bool:
    """Does the trigger's clause tell a habit ("has repeatedly denied", "is regularly targeted")?

    Such a clause names no one happening, so it is given no day: with only the
    publication day to go on, it would join whatever single act of the same
    actors the report's days hold ("a military source denied on Tuesday").
    A time of its own still dates it (the cascade stops before this check).
    """
    children = (*clause_head(token).children, *token.children)
    negated = any(child.dep_ == "neg" for child in children)
    adverb = any(child.dep_ == "advmod" and (child.lower_ in HABITUAL_ADVERBS
                                             or (child.lower_ in HABITUAL_UNLESS_NEGATED and not negated))
                 for child in children)
    return adverb or counted_times(clause_head(token)) or counted_targets(token) or habitual_acts(token)


def told_as_past(token: Token) -> bool:
    """Does the trigger's clause set its act in a past it does not date ("used sarin in the past", "had
    used such weapons before")?

    With no time of its own such an act is given the report's days, and then joins the one act of the
    same doer that those days hold: "the allies believe its forces used small amounts of sarin in the
    past" is not the attack the report is about. Only these two words: "previously" or "earlier" also
    tell an act of the days just gone ("the army had earlier shelled the town"). The words are looked
    for in the clause (the parser hangs "in the past" on a nearby noun as often as on the verb), not in
    a clause beneath it; "before" only as an adverb on a verb ("before dawn", "the day before" date the
    act, and "before they were dispersed" orders two acts). A denial is left alone (the caller's test):
    "has not used such weapons, not in the past and not in the future" denies the act at hand too.
    """
    head = clause_head(token)
    for word in head.subtree:
        if clause_head(word).i != head.i:
            continue
        if word.lower_ == "past" and word.dep_ == "pobj" and word.head.lower_ == "in" \
                and any(child.lower_ == "the" for child in word.children):
            return True
        if word.lower_ == "before" and word.dep_ in ("advmod", "prep") and not list(word.children) \
                and word.head.pos_ in ("VERB", "AUX"):
            return True
    return False


#: Adjectives that make an act noun a run of acts ("frequent air raids", "repeated attacks").
HABITUAL_ADJECTIVES = frozenset({
    "frequent", "repeated", "regular", "routine", "constant", "continual", "persistent", "recurring",
    "recurrent", "habitual",
})  # fmt: skip


def habitual_acts(token: Token) -> bool:
    """Is the act told by a noun of many acts, the trigger's own or its verb's object ("the government has
    conducted frequent air raids on rebel areas", "repeated attacks on the town")?

    Like an adverb of habit, the adjective says "again and again": the raids are the campaign, not the
    one raid another report tells on the day of this one.
    """
    nouns = [token, *(c for c in clause_head(token).children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ == "amod" and c.lower_ in HABITUAL_ADJECTIVES for noun in nouns for c in noun.children)


#: Words that count "times" as many: "several times", "many times" (a number, "five dozen times", also counts).
MANY_WORDS = frozenset({"several", "many", "multiple", "numerous", "countless", "dozens", "hundreds", "scores"})


#: Nouns a tally counts acts in: "several times", "on multiple occasions".
TALLY_NOUNS = frozenset({"times", "occasions"})


def counted_times(head: Token) -> bool:
    """Does the clause count its act as done many times ("have declared emergencies about five dozen times",
    "shelled the town several times", "used the gas on multiple occasions")?

    A tally of acts names no one happening, as a habit does. The count is looked for anywhere in the
    clause (the parser hangs "about five dozen times" on a nearby noun as often as on the verb), but not
    in a clause of its own beneath it, nor as a multiplier ("three times as many", "ten times more") or
    an ordinal ("the second time", which is one act).
    """
    for word in head.subtree:
        if word.lower_ not in TALLY_NOUNS or (word.i + 1 < len(word.doc) and (
                word.nbor().lower_ in ("as", "the", "that") or word.nbor().tag_ in ("JJR", "RBR"))):
            continue
        if clause_head(word).i != head.i:
            continue
        if any((child.dep_ == "nummod" and child.like_num) or child.lower_ in MANY_WORDS
               for child in word.children):
            return True
    return False


#: Places and buildings: an act on many of them ("attacked dozens of police stations") is a run of acts,
#: while an act on many people ("arrested dozens of protesters") or with many rounds ("fired hundreds of
#: mortar bombs") is one.
PLACE_NOUNS = frozenset({
    "station", "village", "town", "city", "building", "office", "bank", "shop", "store", "school", "hospital",
    "base", "position", "site", "neighborhood", "neighbourhood", "district", "house", "home", "checkpoint",
    "church", "mosque", "facility", "camp", "campus", "embassy", "market",
})  # fmt: skip


#: Counts that make an act on places a run of acts; "several banks" may be one night's riot.
MANY_TARGETS = frozenset({"many", "numerous", "countless", "dozens", "hundreds", "scores"})


def counted_targets(token: Token) -> bool:
    """Is the act done to many places, counted as many ("attacked dozens of police stations",
    "bombed scores of villages")?

    Such a clause tallies a run of acts across places, as "several times" tallies them across days: it
    names no one happening (``PLACE_NOUNS``).
    """
    for obj in token.children:
        if obj.dep_ not in ("dobj", "pobj") and not (obj.dep_ == "prep" and obj.lower_ in ("on", "against")):
            continue
        counted = obj
        if obj.dep_ == "prep":
            counted = next((child for child in obj.children if child.dep_ == "pobj"), None)
            if counted is None:
                continue
        noun = counted
        if counted.lower_ in MANY_TARGETS:  # "dozens of police stations"
            noun = next((grand for of in counted.children if of.lower_ == "of"
                         for grand in of.children if grand.dep_ == "pobj"), None)
        elif not any(child.lower_ in MANY_TARGETS for child in counted.children):
            continue
        if noun is not None and noun.tag_ == "NNS" and noun.lemma_.lower() in PLACE_NOUNS:
            return True
    return False


#: CAMEO roots of meetings and visits (consult), arranged ahead and named by a noun before and after they are held.
ARRANGED_ROOTS = {"04"}


def untensed_meeting(event: Event, token: Token) -> bool:
    """A meeting or visit named by a noun, with no time of its own and not told as ahead ("Mr. Trump's
    visit to Britain provides an opportunity for Mrs. May", "details of the discussion").

    A noun has no tense: reports name a visit by a noun weeks before it and after it alike, so the
    publication day alone does not say on which side of the report it lies (basis
    ``around_publication``; the linker reads it as both). A verb does ("he visited", "he will visit"),
    and so do the forward marks :func:`told_ahead` reads ("the upcoming visit"); other roots keep the
    report's day: an attack named by a noun ("the strike") is retold after it, not announced before.
    """
    return event.cameo[:2] in ARRANGED_ROOTS and token.pos_ in ("NOUN", "PROPN")


def under_way(event: Event, token: Token) -> bool:
    """An act told in the present progressive, with no time of its own ("Rep. Ames is challenging the
    whip for the post", "the witness is now cooperating with investigators").

    It is under way at the report and goes on after it, so another report a week later that tells it
    the same way, or as still to come ("will challenge the whip"), tells the same act: basis
    ``around_publication``, as for :func:`untensed_meeting`. Not force: "troops are shelling the
    town" is told of each day's shelling, and a report's day keeps those apart.
    """
    if event.cameo[:2] in MATERIAL_CONFLICT_ROOTS or clause_head(token).i != token.i or token.tag_ != "VBG":
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in token.children)


def denied_force(event: Event, token: Token) -> bool:
    """A negated present perfect of force in someone's words: "'Our planes have not carried out any strikes
    near the town,' the ministry said".

    It is a side's answer to the day's charge, a denial of that strike, not an absence over a stretch
    ("no meeting has occurred since 1948", told in the reporter's voice), so it keeps the report's day
    and joins the act it denies. Only force: "he said he has not spoken to Kim" is still an absence.
    """
    if event.cameo[:2] not in MATERIAL_CONFLICT_ROOTS:
        return False
    head = first_conjunct(clause_head(token))  # "does not and has not used": the first conjunct
    return head.dep_ in ("ccomp", "parataxis") and head.head.lemma_ in REPORTING


def is_verbal(event: Event) -> bool:
    """Statements, appeals, intents and consultations (CAMEO 01-05) happen where and when said."""
    return event.cameo[:2] in VERBAL_ROOTS


def parse_day(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) to a date; anything else None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The syntactic head of the event's trigger words, or None if the span does not align."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _record(item: Placed) -> TimeExpression:
    mention, resolution = item.mention, item.resolution
    return TimeExpression(
        span=Span(mention.start, mention.end),
        text=mention.text,
        value=resolution.value,
        precision=resolution.precision,
        start=resolution.start.isoformat() if resolution.start else None,
        end=resolution.end.isoformat() if resolution.end else None,
        open=resolution.open,
    )
