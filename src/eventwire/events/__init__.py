"""The events stage: who did what to whom, coded in CAMEO and PLOVER.

Reads the parse (``ctx.docs[article.id]``) and the coded actors
(``article.actors``), finds trigger verbs and event nouns with the patterns in
``data/patterns/``, takes source and target from the dependency tree, and
writes ``article.events`` with code, root, quad class, Goldstein value, PLOVER
category, modality, attribution, evidence spans and a deterministic id.
Precision comes first: no pattern, no event; no coded source, no event; and
no fall-back to a generic "make statement" code.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.config import Context
from eventwire.events.allegations import allegation_events
from eventwire.events.arguments import ActorIndex
from eventwire.events.coder import build_event
from eventwire.events.dyads import dyads
from eventwire.events.matching import sentence_matches
from eventwire.events.ontology import CameoCode, cameo_table
from eventwire.events.paired import paired_events
from eventwire.events.patterns import PatternIndex, pattern_index
from eventwire.events.protest_aims import lends_target
from eventwire.events.roles_noun import noun_roles
from eventwire.events.roles_verb import verb_roles
from eventwire.model import Actor, Article, Event
from eventwire.roots import FORCE_ROOTS, REPRESSION_CODE, REPRESSION_FORCE_ROOT

#: Sentences longer than this are usually run-ons from bad cleaning (tables,
#: lists): parses of them are unreliable, so they are not coded.
MAX_SENTENCE_TOKENS = 120


#: PLOVER categories whose recipient is required (PLOVER manual, "Requires recipient: Yes"): their
#: events are one-sided only when the text names the recipient and the dictionaries cannot code it
#: ("granted asylum to [Julian Assange]"); events of the other categories may be one-sided
#: ("Russia condemned the decision").
RECIPIENT_REQUIRED = frozenset({"COOPERATE", "AID", "SANCTION"})


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Code events for every article that has a parse; others are left as they are.

    By default the stage follows PLOVER's recipient rule: a coded source is
    enough unless the event's PLOVER category requires a recipient
    (COOPERATE, AID, SANCTION), so "Russia condemned the decision" is an
    ACCUSE event with no target. ``ctx.config.options["events_optional_recipient"]
    = False`` switches to the strict dyadic rule of classic CAMEO coders: a
    coded target is needed except for patterns marked ``target: optional``.
    """
    index = pattern_index(ctx)
    table = cameo_table(ctx)
    optional = bool(ctx.config.options.get("events_optional_recipient", True))
    for article in articles:
        doc = ctx.docs.get(article.id)
        if doc is None:
            continue
        article.events = code_doc(article, doc, index, table, optional)
    return articles


def code_doc(
    article: Article, doc: Doc, index: PatternIndex, table: dict[str, CameoCode], optional_recipient: bool = True
) -> list[Event]:
    """All events of one parsed article, in text order, without duplicates."""
    actors = ActorIndex(article.actors)
    if not actors.actors:
        return []
    events: list[Event] = []
    recent: tuple[Actor, Actor] | None = None  # the last reciprocal pair, for "the two leaders"
    recent_age = 0
    for sentence in doc.sents:
        if len(sentence) > MAX_SENTENCE_TOKENS:
            continue
        found = code_sentence(
            article, sentence, index, table, actors, recent if recent_age <= 2 else None, optional_recipient
        )
        events.extend(found)
        # a pair the two leaders can refer back to is of coded actors only (an uncoded target's code is None)
        codes = {(e.source.code, e.target.code) for e in found if e.source and e.target and e.target.code}
        pairs = [(e.source, e.target) for e in found if e.target and e.target.code
                 and (e.target.code, e.source.code) in codes]
        recent, recent_age = (pairs[-1], 0) if pairs else (recent, recent_age + 1)
    return events


def code_sentence(
    article: Article, sentence: SpacySpan, index: PatternIndex, table: dict[str, CameoCode], actors: ActorIndex,
    recent: tuple[Actor, Actor] | None = None, optional_recipient: bool = True,
) -> list[Event]:
    """Events of one sentence; one per (root, source, target), the most specific code kept.

    A participle or coordinated verb of force that continues an act of the same kind by
    the same source ("bombarded the city, [killing] eight") is its consequence,
    not a second event (a verb with its own subject is always its own act).
    When it names the target the first one lacks, the
    first act gets that target ("conducted air raids [on the town], killing
    seven people" is one air strike, 195, on the victims; "shot and killed [a
    man]" one shooting of the man). A one-sided event beside one of the same
    kind and source with a target and a code at least as specific is dropped.
    """
    best: dict[tuple, Event] = {}
    coded: dict[int, set[tuple]] = {}  # trigger token -> (root, source code, has target) of its events
    made: dict[int, tuple] = {}  # trigger token -> (match, roles)
    trigger_of: dict[str, Token] = {}  # event id -> its trigger token
    for match in sentence_matches(sentence, index):
        if part_of_a_name(match.trigger, actors):
            continue
        roles = verb_roles(match) if match.pattern.pos == "verb" else noun_roles(match, actors)
        made[match.trigger.i] = (match, roles)
        one_sided = _one_sided_mode(table[match.pattern.cameo], optional_recipient)
        for dyad in dyads(match, roles, actors, recent, one_sided):
            # "marched to demand X's resignation": one protest, whose target is X; an aim whose protest is not
            # coded (swallowed: "threatened to march") stays a request of its own
            if match.aim_of is not None and match.aim_of.i in made:
                if dyad.target is None or not lends_target(match):
                    continue
                protest, protest_roles = made[match.aim_of.i]
                event = build_event(article, sentence, protest, dyad, table, protest_roles, actors)
                trigger_of.setdefault(event.id, protest.trigger)
                key = _event_key(event)
                best.setdefault(key, event)
                continue
            event = build_event(article, sentence, match, dyad, table, roles, actors)
            family = _violence_family(event)
            coded.setdefault(match.trigger.i, set()).add((family, actor_key(event.source), event.target is not None))
            # a verb with its own subject is its own act ("gunmen killed X and a bomber killed Y"), even when
            # both doers get the same code; and only force has consequences that lend the first act their
            # target: "criticized the raids and accused X" is a second statement, not a criticism of X
            own_doer = match.pattern.pos == "verb" and not roles.inferred
            head_coded = set() if own_doer else coded.get(match.trigger.head.i, set())
            doer = actor_key(event.source)
            if match.trigger.dep_ in ("advcl", "conj") and (family, doer, False) in head_coded:
                if event.target is None or (family, doer, True) in head_coded:
                    continue
                if match.pattern.cameo[:2] in CONSEQUENCE_ROOTS:
                    head_match, head_roles = made[match.trigger.head.i]  # the first act, with this target
                    event = build_event(article, sentence, head_match, dyad, table, head_roles, actors)
                    trigger_of[event.id] = head_match.trigger
            elif match.trigger.dep_ in ("advcl", "conj") and (family, doer, True) in head_coded:
                continue
            trigger_of.setdefault(event.id, match.trigger)
            key = _event_key(event)
            current = best.get(key)
            if current is None or _depth(event.cameo) > _depth(current.cameo):
                best[key] = event
    kept = _drop_covered_one_sided(list(best.values()))
    implied = allegation_events(article, sentence, [(e, trigger_of[e.id]) for e in kept], table, actors)
    told = [(e, made[trigger_of[e.id].i][0].pattern.cameo) for e in kept]  # each event with its pattern's own code
    for extra in implied + paired_events(article, sentence, told, table):
        key = (extra.root, actor_key(extra.source), actor_key(extra.target), False)
        if key not in best:  # "X accused Y", "Y visited X" coded from their own words already say it
            best[key] = extra
            kept.append(extra)
    return sorted(kept, key=lambda e: (e.trigger.start, e.span.start, e.id))


#: Roots of physical acts, whose participles and coordinated verbs can be one act's consequence or purpose
#: ("shelled the city, killing eight"; "shot and killed a man"; "marched through Athens to protest X"):
#: protest, coercion, assault, fight, mass violence.
CONSEQUENCE_ROOTS = frozenset({"14", "17", "18", "19", "20"})
#: Roots of violence (``roots.FORCE_ROOTS``): "a woman opened fire (18), [killing] three (19)" tells one act, so a
#: participle's killing folds into the shooting as it folds into a root-19 attack. Not 20: "killed them by shooting
#: or [slaughtering] the victims" tells a massacre beside the killing.


def _violence_family(event: Event) -> str:
    """The root, with unconventional and military violence taken as one family of acts, and violent repression
    counted as the force it is (``_covering_root``): "police fired tear gas at protesters, injuring dozens" is
    one act."""
    root = _covering_root(event)
    return "19" if root in FORCE_ROOTS else root


def _one_sided_mode(code: CameoCode, optional_recipient: bool) -> str:
    """ "no", "named" (a recipient is required: only an uncoded named one may be missing) or "yes"."""
    if not optional_recipient:
        return "no"
    return "named" if code.plover in RECIPIENT_REQUIRED else "yes"


def _drop_covered_one_sided(events: list[Event]) -> list[Event]:
    """A one-sided event adds nothing beside one of the same kind and source with a target.

    Unless its own code says more: "Russian [air strikes] have killed 18
    fighters" keeps the air strike (195) beside the killing (190).
    """
    deepest: dict[tuple, tuple] = {}
    for e in events:
        if e.target is not None:
            key = (_covering_root(e), actor_key(e.source), e.negated)
            deepest[key] = max(deepest.get(key, (0, False)), _depth(e.cameo))
    return [e for e in events if e.target is not None
            or _depth(e.cameo) > deepest.get((_covering_root(e), actor_key(e.source), e.negated), (0, False))]


def _covering_root(event: Event) -> str:
    """The root an event covers one-sided events under: its own, or force (19) for violent repression, which
    was force on a crowd before it was coded by whom it falls on."""
    return REPRESSION_FORCE_ROOT if event.cameo == REPRESSION_CODE else event.root


#: Entity types whose proper-noun words are names, not events ("Organization of Islamic [Cooperation]").
NAME_ENTITIES = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "NORP", "GPE"})


def part_of_a_name(token: Token, actors: ActorIndex) -> bool:
    """A trigger word inside an actor's name or another proper name is not an event.

    "The Organization of Islamic Cooperation condemned ..." has no cooperation
    event; "Russian attack helicopters" (an actor mention) no attack. A common
    noun that ends a mention is its head, and still an event ("attended [a
    cabinet meeting]", where the actors stage coded the whole phrase).
    """
    for actor in actors.overlapping(token.idx, token.idx + len(token)):
        if token.pos_ == "PROPN" or token.idx + len(token) < actor.span.end:
            return True
    return token.pos_ == "PROPN" and token.ent_type_ in NAME_ENTITIES


def _event_key(event: Event) -> tuple:
    """What makes two events of a sentence one: root, source, target and negation (the deeper code is kept)."""
    return event.root, actor_key(event.source), actor_key(event.target), event.negated


def actor_key(actor: Actor | None) -> str | None:
    """An actor as the sentence's events are told apart: its code, or for one kept by its text alone
    (``uncoded_targets``, ``uncoded_sources``) that text, so "arrested [X] and [Y]" stays two events and
    neither is merged into the one-sided event of the same act (which ``_drop_covered_one_sided`` then drops),
    and "[X] and [Y] urged Ghana" stays two doers' acts."""
    if actor is None:
        return None
    return actor.code or f"text:{actor.entity_id or actor.text}"



def _depth(cameo: str) -> tuple[int, bool]:
    """How specific a code is: longer first, then not the root's generic x0 code."""
    return len(cameo), not cameo.endswith("0")
