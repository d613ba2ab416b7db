"""Turn pattern matches into coded :class:`Event` records with evidence.

The coding policy (which dyads are emitted) lives in ``dyads.py``.
"""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.events.aerial_bombing import AERIAL_CODE, state_bombing
from eventwire.events.arguments import ActorIndex, actor_for
from eventwire.events.attribution import attribution
from eventwire.events.chemical import CHEMICAL_CODE, chemical_strike
from eventwire.events.dyads import Dyad
from eventwire.events.explosives import explosive_code
from eventwire.events.favoured_talks import co_subject, favouring_verb
from eventwire.events.forecasts import FORECAST_CODE, forecast_warning
from eventwire.events.intent import REFUSAL_VERBS, intent_code, refusal_code
from eventwire.events.matching import Match
from eventwire.events.modality import is_negated, modality
from eventwire.events.ontology import CameoCode
from eventwire.events.pronoun_speakers import pronoun_speaker
from eventwire.events.repressed_protests import protesters_of
from eventwire.events.repression import REPRESSION_CODE, repressed_crowd
from eventwire.events.riots import RIOT_CODE, crowd_violence
from eventwire.events.roles import Roles
from eventwire.events.seized_places import OCCUPY_CODE, seized_place
from eventwire.events.strikes import labour_strike, stoppage_code
from eventwire.events.struggles import STRUGGLE_CODE, pledged_struggle
from eventwire.events.threats import held_over
from eventwire.events.topics import SPEECH_VERBS
from eventwire.events.verbal_attacks import CRITICISM_CODE, said_attack, verbal_attack
from eventwire.events.voice import has_to_marker, prep_object
from eventwire.events.weapons import weapon_code
from eventwire.model import Actor, Article, Event, Span


def event_id(article_id: str, trigger: Span, cameo: str, source: Actor, target: Actor | None) -> str:
    """Deterministic id, so re-coding an article reproduces the same events."""
    target_key = f"{target.span.start}:{target.span.end}" if target else "-"
    key = f"{article_id}|{trigger.start}:{trigger.end}|{cameo}|{source.span.start}:{source.span.end}|{target_key}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def trigger_span(match: Match, source: Actor | None = None) -> Span:
    """The trigger word, widened to qualifying words right beside it ("phone discussion", "launched missiles").

    A name inside the source's mention is the doer, not part of the act: "[FBI] raids" (the police raid
    pattern needs "FBI" beside "raids") keeps the trigger "raids", as it reads without the pattern; common
    nouns stay ("air force raids", "raids by Russian warplanes": what kind of raid).
    """
    trigger = match.trigger
    first = last = trigger
    evidence = [w for w in match.evidence
                if source is None or w.pos_ != "PROPN" or not source.span.start <= w.idx < source.span.end]
    for word in sorted(evidence, key=lambda t: abs(t.i - trigger.i)):
        if first.i - 3 <= word.i < first.i:
            first = word
        elif last.i < word.i <= last.i + 3:
            last = word
    return Span(first.idx, last.idx + len(last))


def build_event(
    article: Article, sentence: SpacySpan, match: Match, dyad: Dyad, table: dict[str, CameoCode], roles: Roles,
    index: ActorIndex,
) -> Event:
    """One Event with coding, modality, attribution, evidence spans and confidence.

    An intended act is coded as its announcement (see ``intent.py``).
    """
    source_actor = dyad.source[1]
    target_actor = dyad.target[1] if dyad.target else None
    trigger = trigger_span(match, source_actor)
    mood = modality(match.trigger)
    cameo = match.pattern.cameo
    if cameo == "040":
        cameo = visit_or_host(match, dyad, index)
    if labour_strike(cameo, [match.trigger, *match.evidence], *dyad.source):
        # "[the unions] launched a [strike]": a stoppage of work, no attack; first, so that "voted / threatened
        # to strike" is a planned or threatened stoppage (133), not a threat of force
        cameo = stoppage_code(cameo)
    refused = refusal_code(cameo) if _refused(match) else None
    if refused:
        cameo, mood = refused, "asserted"
    elif _threatened(match):  # "threatened to [close the border]": the threat is the asserted event
        threat = intent_code(cameo)
        cameo, mood = (threat if threat.startswith("13") else "130"), "asserted"
    elif mood == "intended" and _attempted(match):
        mood = "asserted"  # "protesters tried to storm parliament": an attempted attack is coded as the attack
    elif mood == "intended" and held_over(cameo, match.trigger, source_actor, target_actor):
        cameo = intent_code(cameo)  # "will impose a curfew on X": announced and held over X, a threat (1323)
    if seized_place(cameo, match.trigger, source_actor):
        cameo = OCCUPY_CODE  # "the rebels seized [it] in 2013", "seized [Mosul]": territory taken
    if state_bombing(cameo, match.trigger, source_actor):
        cameo = AERIAL_CODE  # "Russian bombing of Aleppo": a state's bombs fall from its aircraft
    if weapon := weapon_code(cameo, match.trigger):
        cameo = weapon  # "targeted the town [with mortar shells]": the fight coded by its weapon (193-195)
    elif bombing := explosive_code(cameo, match.trigger):
        cameo = bombing  # "blew up [a car]", "[a car bomb] hit the convoy": a planted or carried bomb (183)
    if chemical_strike(cameo, [match.trigger, *match.evidence]):
        cameo = CHEMICAL_CODE  # "carried out strikes [that released toxic gas]": a chemical attack
    if pledged_struggle(match):
        cameo = STRUGGLE_CODE  # "vowed to keep up the fight": an announced fight, a threat (1384), no 030
    if cameo == "130" and forecast_warning(match.trigger):
        cameo = FORECAST_CODE  # "warned that the president could face protests": a forecast, no threat
    if verbal_attack(cameo, match.trigger, *dyad.source) or said_attack(cameo, match.trigger, *dyad.source):
        cameo = CRITICISM_CODE  # "responded to [Mr. Fox's] attacks", "attacked X as a liar": words, no force
    if crowd_violence(cameo, match.trigger, *dyad.source):
        cameo = RIOT_CODE  # "protesters torched the building", "supporters stormed the assembly": a riot (145)
    elif repressed_crowd(cameo, dyad.source, dyad.target):
        cameo = REPRESSION_CODE  # "police fired tear gas at [protesters]": the state's force on a crowd (175)
    if protesters := protesters_of(cameo, roles.targets, source_actor, dyad.target):
        target_actor = protesters  # "the regime repressed [demonstrations]": aimed at the protesters (<state>OPP)
    if mood == "asserted" and (favouring := favouring_verb(match.trigger, cameo, dyad.source[0])):
        cameo = intent_code(cameo)  # "Italy and Germany [favour] an early start to talks": an intent (036)
        if co_subject(favouring, *(dyad.target or (None, None))):
            target_actor = None  # Germany is Italy's fellow, not its counterpart: favouring is not reciprocal
    code = table[cameo]
    said = attribution(match.trigger, sentence, index)
    event = evidenced_event(
        article, sentence, trigger, code, source_actor, target_actor,
        negated=is_negated(mood),
        modality=mood,
        attribution=said.text if said else None,
        confidence=confidence(match, roles, dyad),
        pattern=match.pattern.id,
    )
    if said is not None and said.actor is not None:
        event.attribution_code = said.actor.code
    elif said is not None and (speaker := pronoun_speaker(article, sentence, said, index)) is not None:
        event.attribution_code = speaker.code  # "[He] said ...": the subject a sentence before
    return event


def evidenced_event(
    article: Article, sentence: SpacySpan, trigger: Span, code: CameoCode, source: Actor, target: Actor | None,
    **fields: Any,
) -> Event:
    """An Event of ``code`` with its evidence (trigger, sentence, the span over trigger and both actors);
    ``fields`` are the rest (modality, attribution, confidence, pattern)."""
    spans = [trigger, source.span] + ([target.span] if target else [])
    return Event(
        id=event_id(article.id, trigger, code.code, source, target),
        article_id=article.id,
        cameo=code.code,
        trigger=trigger,
        span=Span(min(s.start for s in spans), max(s.end for s in spans)),
        sentence=sentence.text,
        sentence_span=Span(sentence.start_char, sentence.end_char),
        trigger_text=article.text[trigger.start : trigger.end],
        root=code.root,
        plover=code.plover,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        source=source,
        target=target,
        **fields,
    )


def derived_event(
    article: Article, sentence: SpacySpan, trigger: Span, code: CameoCode, source: Actor, target: Actor | None,
    pattern: str,
) -> Event:
    """An event that another one implies (an allegation's accusation, a visit's host): asserted, no speaker."""
    confidence = round(0.7 * min(a.confidence for a in [source] + ([target] if target else [])), 3)
    return evidenced_event(article, sentence, trigger, code, source, target, confidence=confidence, pattern=pattern)


def visit_or_host(match: Match, dyad: Dyad, index: ActorIndex) -> str:
    """A meeting placed in one side's country is a visit by the other (CAMEO 042 make / 043 host a visit).

    "Putin met Merkel in Sochi": Sochi is in Russia, so Putin hosts (043);
    "Trump met Lavrov at the White House": Trump hosts. The place must be a
    coded actor (a country, capital or seat of government) in an in/at
    phrase of the trigger or of its light verb; otherwise the meeting stays 040.
    """
    if dyad.target is None or dyad.target[1].code is None:
        return "040"  # an uncoded target (``uncoded_targets``) has no country to be hosted in or visit
    trigger = match.trigger
    heads = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "attr") else []) + [dyad.target[0]]
    for head in heads:
        place = prep_object(head, ("in", "at"))
        actor = actor_for(place, index) if place is not None else None
        country = (actor.country or actor.code[:3]) if actor is not None and actor.code else None
        source, target = dyad.source[1], dyad.target[1]
        source_country = source.home
        target_country = target.home
        if country and source_country != target_country:
            if country == source_country:
                return "043"
            if country == target_country:
                return "042"
    return "040"


#: Roots whose attempt told in the past is the act itself (a failed assault is still an assault).
ATTEMPTED_ROOTS = frozenset({"14", "17", "18", "19", "20"})


def _attempted(match: Match) -> bool:
    """ "tried / have tried / were trying to [storm] X", for protest and force: the attempt took place, and
    CAMEO codes an attempted assault as the assault, as it does an act "in an attempt to" do it. Not an
    attempt still to come or denied ("will try", "did not try", "to try")."""
    trigger, governor = match.trigger, match.trigger.head
    return (
        match.pattern.cameo[:2] in ATTEMPTED_ROOTS and trigger.dep_ == "xcomp"
        and governor.lemma_.lower() in ("try", "attempt") and _made(governor)
    )


def _made(verb: Token) -> bool:
    """A verb told as done or going on: past ("tried"), perfect ("have tried"), progressive ("were trying",
    "with police trying to"); no modal, negation or "do" support."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.tag_ in ("MD", "TO") or c.lemma_.lower() == "do" for c in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return not auxiliaries
    if verb.tag_ == "VBN":
        return any(c.lemma_.lower() == "have" for c in auxiliaries)
    return verb.tag_ == "VBG" and verb.dep_ != "pcomp"  # not "before / by trying to"


def _threatened(match: Match) -> bool:
    trigger = match.trigger
    return trigger.dep_ in ("xcomp", "ccomp") and trigger.head.lemma_.lower() in ("threaten", "warn")


def _refused(match: Match) -> bool:
    """A refusal of the act: "refused to [lift] sanctions", "will not [lift] the embargo"."""
    trigger = _trip_for(match.trigger)
    if trigger.dep_ in ("xcomp", "ccomp") and trigger.head.lemma_.lower() in REFUSAL_VERBS:
        return True
    clause = trigger.head if trigger.pos_ != "VERB" and trigger.dep_ in ("dobj", "attr") else trigger
    children = {c.lower_ for c in clause.children if c.dep_ in ("neg", "aux")}  # "will not begin [talks]"
    future = {"will", "wo", "shall", "'ll"}
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS:
        future.add("would")  # "said he would not provide support": future in the past
    if trigger.lemma_.lower() in ACCEPTANCE_VERBS:
        future |= {"do", "does", "did"}  # "does not accept the plan" refuses it now, as "will not accept" does
    return bool(children & {"not", "n't", "never"}) and bool(children & future)


#: Verbs whose plain negation ("does not accept", "did not accept") is itself a refusal, not a deed undone.
ACCEPTANCE_VERBS = frozenset({"accept"})


#: Verbs of going somewhere for a purpose: refusing the trip refuses what it was for.
TRIP_VERBS = frozenset({"go", "travel", "come", "fly", "return"})


def _trip_for(trigger: Token) -> Token:
    """The trip a purpose infinitive hangs on ("will not go to Moscow to [meet] X"), else the trigger itself.

    Refusing to travel in order to meet is refusing the meeting (125); the negation sits on the trip.
    """
    if (trigger.pos_ == "VERB" and trigger.dep_ in ("advcl", "xcomp") and trigger.head.lemma_.lower() in TRIP_VERBS
            and has_to_marker(trigger)):
        return trigger.head
    return trigger


def confidence(match: Match, roles: Roles, dyad: Dyad) -> float:
    """A simple, monotone score: explicit verbal arguments score highest.

    Starts at 0.9; event nouns, arguments inferred from another clause,
    one-sided events and low-confidence actor codes each lower it.
    """
    score = 0.9
    if match.pattern.pos == "noun":
        score -= 0.1
    if roles.inferred:
        score -= 0.1
    if dyad.target is None or dyad.target[1].code is None:
        score -= 0.15  # a target kept by its text alone (``uncoded_targets``) is still no coded recipient
    actors = [dyad.source[1]] + ([dyad.target[1]] if dyad.target else [])
    score *= min(a.confidence for a in actors)
    return round(max(0.05, min(1.0, score)), 3)
