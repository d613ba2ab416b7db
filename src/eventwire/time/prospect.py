"""Told as ahead: an event the article presents as not yet happened.

An event with no time of its own falls back to the publication day. For a
done deed that means "by the time of the report"; for a summit that "would
be" held, that leaders "agreed to" or that an envoy laid "the groundwork
for", it means the opposite: after the report. Incident linking needs the
difference, or every held meeting of two states joins every planned one.

The evidence is in the parse, so it is read here rather than by the linker:

1. the event's clause looks forward (will/shall/would, "going to"), and the
   event is that clause's verb or one of its arguments;
2. the event is the infinitive of a verb of intent or arrangement ("agreed
   to meet", "is expected to visit"); a purpose infinitive of a done deed
   ("flew to Pyongyang to meet Kim") is not: the trip says the meeting came;
3. a nominal event carries a forward modifier ("the upcoming summit",
   "a possible meeting", "next week's talks" is dated by its expression);
4. a nominal event is what a clause or noun is aimed at ("groundwork for a
   summit", "plans for a meeting", "ahead of the talks"), or the object of
   a verb of intent or arrangement ("proposed a meeting", "to set up a
   summit");
5. a nominal event is the stretch a coming act falls in ("he will not meet
   him during his visit"): a visit that a coming meeting lies within has not
   ended by the report. Only "during" ("would be indicted in the
   investigation" says nothing of when the investigation is), and only a
   coming act ("accepted an invitation to meet him during his trip" may be
   told after both).

The reverse is read here too: a purpose infinitive of a done deed (:func:`past_purpose`) tells no act
ahead, so the time stage does not read its calendar date forward past the report.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.time import clause

#: Verbs whose infinitive or object event is still to come.
INTENT_VERBS = frozenset({
    "agree", "plan", "want", "hope", "expect", "decide", "promise", "offer", "seek", "intend", "aim",
    "prepare", "propose", "vow", "pledge", "threaten", "schedule", "arrange", "wish", "consider",
    "organize", "organise", "set", "slate", "await", "mull", "eye",
})  # fmt: skip
#: Not appeals ("urged him not to declare", "called on him to cancel"): they are
#: often reported after the act they were about, so they say nothing of its date.
#: Intent verbs whose passive subject is what has the aim, not what is aimed at ("the trip is aimed at …").
PURPOSE_VERBS = frozenset({"aim"})
#: Modifiers that put a nominal event in the future.
FORWARD_MODIFIERS = frozenset({
    "upcoming", "planned", "proposed", "potential", "possible", "expected", "future", "prospective",
    "forthcoming", "anticipated", "mooted", "scheduled", "coming", "likely", "hoped", "would-be", "eventual",
})  # fmt: skip
#: Nouns whose "for"/"of" phrase names what is still to come ("groundwork for a summit").
AIM_NOUNS = frozenset({
    "groundwork", "preparation", "preparations", "plan", "plans", "way", "stage", "path", "proposal",
    "invitation", "offer", "prospect", "prospects", "hope", "hopes", "run-up", "lead-up", "date", "venue",
    "location", "site", "agenda", "planning", "call", "calls",
})  # fmt: skip
#: Verbs whose "for" phrase names what is still to come ("prepared for talks"); not appeals (above).
AIM_VERBS = frozenset({"plan", "prepare", "hope", "wait", "arrange", "schedule"})
#: Prepositions that aim at a later happening ("ahead of the summit").
AHEAD_PREPS = frozenset({"ahead", "before", "toward", "towards"})
#: Nouns of an armed push whose "to"-infinitive names what the push is for ("an offensive to retake the
#: town"): the push is under way once launched, so a time on the infinitive is the push's.
CAMPAIGN_NOUNS = frozenset({
    "offensive", "operation", "campaign", "assault", "attack", "push", "drive", "raid", "mission",
})  # fmt: skip


def told_ahead(token: Token) -> bool:
    """Is the event at ``token`` told as still to come (module docstring, steps 1-4)?"""
    head = clause.clause_head(token)
    # 1. A forward clause: "Trump will meet Kim", "what would be an extraordinary meeting";
    #    a noun only as an argument of it ("would be indicted in Mueller's investigation":
    #    the indictment is ahead, not the investigation it happens in).
    if _forward_aux(head) and (token.i == head.i or _argument_of(token, head)):
        return True
    # 2. The infinitive of a verb of intent: "agreed to meet", "is expected to visit".
    if head.i == token.i and _intended_infinitive(head):
        return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    # 3. "the upcoming summit", "a possible meeting".
    if any(c.dep_ in ("amod", "compound") and c.lower_ in FORWARD_MODIFIERS for c in token.children):
        return True
    # 4. What a plan or act is aimed at: "groundwork for a summit", "proposed a meeting".
    # 5. The stretch a coming act falls in: "will not meet him during his visit".
    return _aimed_at(token) or _span_of_coming_act(token)


def _forward_aux(head: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in clause.FUTURE_AUX for c in head.children) or (
        clause.going_to(head)
    )


def _argument_of(token: Token, head: Token) -> bool:
    return token.head.i == head.i and token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd")


def _intended_infinitive(head: Token) -> bool:
    if head.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    governor = head.head
    return head.dep_ in ("xcomp", "ccomp") and governor.lemma_.lower() in INTENT_VERBS


def _span_of_coming_act(token: Token) -> bool:
    """Step 5: the noun is the object of "during" on an act told as still to come."""
    if token.dep_ != "pobj" or token.head.lower_ != "during" or token.head.dep_ != "prep":
        return False
    act = token.head.head
    return act.i != token.head.i and told_ahead(act)


def _aimed_at(token: Token) -> bool:
    """Step 4: the noun hangs, through one preposition at most, on an aim noun or an intent verb."""
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in PURPOSE_VERBS:
        return False  # "the trip is aimed at derailing the deal": the trip has the aim, it is not aimed at
    if token.dep_ in ("dobj", "nsubjpass"):
        return token.head.lemma_.lower() in INTENT_VERBS
    if token.dep_ != "pobj":
        return False
    prep, holder = token.head, token.head.head
    if prep.lower_ in AHEAD_PREPS or (prep.lower_ == "of" and holder.lower_ in AHEAD_PREPS):
        return True  # "ahead of the summit", "before talks"
    if prep.lower_ in ("for", "of", "on") and holder.lower_ in AIM_NOUNS:
        return True  # "groundwork for a summit", "plans for a meeting"
    if prep.lower_ == "for" and holder.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in AIM_NOUNS for c in holder.children):
        return True  # the parser hangs "for" on the verb: "lay the groundwork for a summit"
    return prep.lower_ == "for" and holder.pos_ == "VERB" and holder.lemma_.lower() in INTENT_VERBS | AIM_VERBS


def past_purpose(head: Token) -> bool:
    """Is ``head`` a "to"-infinitive telling what a past act was for, not an act still to come?

    "Launched an offensive to retake the town on May 31", "attacked the base to free the hostages on
    May 31": the parser hangs the date on the infinitive, whose own reading looks forward, so a report of
    late July would put the day ten months ahead. The day is the past act's: a purpose clause of a
    done deed (an adverbial clause, or one on a noun of an armed push, :data:`CAMPAIGN_NOUNS`) under
    a past verb that is no verb of intent ("agreed to meet on August 3" stays ahead).
    """
    if head.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    if head.dep_ == "advcl":
        governor = head.head
    elif head.dep_ == "acl" and head.head.lemma_.lower() in CAMPAIGN_NOUNS:
        governor = clause.clause_head(head.head)
    else:
        return False
    return clause.tense(governor) == "past" and governor.lemma_.lower() not in INTENT_VERBS
