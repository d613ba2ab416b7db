"""Targets the dictionaries cannot code: the named person or organisation an act is aimed at, kept as text.

Why a module of its own: the coder takes coded actors only (``arguments.actors_of``), so "the Department of
Education will investigate [Yale]" or "police arrested [Roger Stone]" came out with no target at all,
although the actors stage found the name (as a mention with no code). POLECAT/NGEC and a careful analyst keep
such an actor's text when its code is unresolved; so do we, as the last step of the coding policy
(``dyads``): only where the event would otherwise be emitted one-sided, and only for what the actors stage
itself read as a named person or organisation. The target is an :class:`~eventwire.model.Actor` with
``code`` None, its text, span, kind and entity id, and the flag ``UNCODED``.

What it is not: a place, a date, a document or hazard (``recipients.NON_ACTOR_HEADS``), a generic noun ("the
party", "the company"), a word the name merely modifies ("the [Mueller] report", a topic, not an actor), or
the source itself under another name. A coded candidate always wins; this is consulted only when no target
candidate holds a coded actor at all.

The small spaCy model calls many towns people or bodies ("warplanes targeted [Khan Sheikhoun]", "withdrew
from the farms of [Al Maleh]"), so where places are what an act usually falls on, less is trusted
(``_kinds_for``), and a name the article anywhere tells as a place is none (``told_as_a_place``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.antecedents import is_object_pronoun, object_antecedent
from eventwire.events.arguments import ActorIndex, in_attribution, surname
from eventwire.events.dateline import WEEKDAYS, in_credit, in_dateline
from eventwire.events.recipients import LOCATIVE_PREPS, NON_ACTOR_HEADS
from eventwire.events.voice import SUBJECTS, coordinated
from eventwire.model import Actor
from eventwire.places.area_words import AREA_NOUNS, area_named
from eventwire.roots import MATERIAL_CONFLICT_ROOTS

#: Mention kinds the actors stage gives a name it read without a dictionary entry (``unmatched_names``):
#: an unknown person (a PERSON entity, "Mr. X") or organisation (an ORG entity). Places, states and role
#: words are left out: an uncoded place is where, and an uncoded role word ("officials") names no one.
NAMED_KINDS = frozenset({"person", "organisation"})
#: Only people, for material acts that are not force (see ``_kinds_for``).
PEOPLE = frozenset({"person"})
#: Roots of material acts done to territory as often as to someone: yielding (withdrawing, releasing), force
#: posture, coercion (arrests, seizures). Their uncoded names other than people were mostly places on news
#: ("seize [Al Maleh]", "withdrew from [X]"); the people they fall on are named ("pardoned [X]", "arrested
#: [X]"). Cooperation, aid and sanctions go to bodies as well ("share information with [the Census Bureau]").
MATERIAL_ROOTS = frozenset({"08", "15", "17"})
#: Prepositions of what a material act moves away from: "withdrew [from] X", "expelled [out of] X".
AWAY_PREPS = frozenset({"from", "out"})
#: Flag on a target kept by its text alone, so consumers can tell it from a coded one without reading codes.
UNCODED = "uncoded"
#: Flag the actors stage puts on an uncoded name that is also a town's (``actors.unmatched_names``).
TOWN_NAME = "town_name"
#: Prepositions of a noun that name whose it is: "the business dealings [of] Kempinski", "the death [of] X".
OWNER_PREPS = frozenset({"of"})
#: Prepositions that tell a name as a place: the locatives, and "around" ("battles around [Al Maleh]").
PLACE_PREPS = LOCATIVE_PREPS | {"around"}
#: Common nouns of a body that a name before them names: "the [ALDE] group", "the [Acme] company". Other
#: nouns a name modifies are things or topics ("the [Mueller] report", "the [Brexit] deal").
NAMED_BODY_HEADS = frozenset({"group", "organisation", "organization", "movement", "network", "party", "company",
                              "firm", "union", "alliance", "coalition", "corporation", "conglomerate"})


def named_view(index: ActorIndex) -> ActorIndex:
    """The uncoded named mentions of the article behind ``index``, searchable as ``index`` is (built once)."""
    view = index.views.get(UNCODED)
    if view is None:
        view = ActorIndex.over([a for a in index.mentions if not a.code and a.kind in NAMED_KINDS])
        index.views[UNCODED] = view
    return view


def uncoded_targets(candidates: list[Token | None], index: ActorIndex, sources: list[tuple[Token, Actor]],
                    trigger: Token, cameo: str) -> list[tuple[Token, Actor]]:
    """The named but uncoded actors of the first target candidate that holds any, one per coordinated member.

    ``candidates`` are the roles' target words after the coder's own filters, in their order; the caller
    asks only when none of them holds a coded actor. A candidate in an "according to" phrase reports the
    act and takes no part in it (as for coded targets); one that is a subject is another clause's doer; for
    a material act one it moves away from ("withdrew from ...") is a place. Each actor found is distinct
    from every source (not the same mention, entity or name), since no event pairs an actor with itself;
    and of a kind the act ``cameo`` may fall on (``_kinds_for``).
    """
    kinds = _kinds_for(cameo)
    view = named_view(index)
    if not kinds or not view.actors:
        return []
    for token in candidates:
        if token is None or in_attribution(token, trigger) or token.dep_ in SUBJECTS:
            continue  # a subject is another clause's doer ("accused X of lying [while Labour] helped families")
        if kinds is PEOPLE and token.dep_ == "pobj" and token.head.lower_ in AWAY_PREPS:
            continue  # "withdrew [from] the plains of X": what a material act leaves is a place
        found: list[tuple[Token, Actor]] = []
        for member in coordinated(token):
            actor = _named_actor(member, view, index, owner=kinds is NAMED_KINDS)
            if actor is None or actor.kind not in kinds or any(actor is a for _, a in found) or \
                    not all(distinct_named(actor, s) for _, s in sources) or told_as_a_place(actor, view, token):
                continue
            found.append((member, replace(actor, flags=[*actor.flags, UNCODED])))
        if found:
            return found
    return []


def _kinds_for(cameo: str) -> frozenset[str]:
    """Which uncoded names an act may be aimed at.

    Force (roots 18-20): none. What an attack, a siege or a raid falls on under a name the dictionaries do
    not know was a town the tagger called a person or body in nearly every case on news ("shelled [Flita]",
    "raids on [Douma]", "struck the towns of [Jisr al-Shaghour]"); CAMEO codes an attack on a place as one on
    its state, which ``dyads`` does where the place is coded. Other material acts (``MATERIAL_ROOTS``): people
    only. Talk, intents, demands, protests and the rest: people and organisations ("will investigate [Yale]",
    "agreed with [Airbus]").
    """
    root = cameo[:2]
    if root in MATERIAL_CONFLICT_ROOTS:
        return frozenset()
    return PEOPLE if root in MATERIAL_ROOTS else NAMED_KINDS


def _named_actor(token: Token, view: ActorIndex, index: ActorIndex, owner: bool = True) -> Actor | None:
    """The uncoded name a target phrase headed by ``token`` refers to.

    1. A name covering the head word ("arrested [Roger Stone]", "investigate [Yale]").
    2. An object pronoun whose antecedent (``antecedents.object_antecedent``, people told by both
       indexes) is such a name: "[X] was released after the president pardoned [him]".
    3. A name in apposition ("its partner, [Acme Corp]").
    4. A possessor ("[Boztepe]'s remarks"), an "of" owner ("the dealings [of] Kempinski"), or the name of
       a body noun ("the [ALDE] group", ``NAMED_BODY_HEADS``), of a noun head that is no document or
       hazard: what belongs to someone stands for them, as CAMEO takes the first actor of the object
       phrase. Other compound modifiers are not read ("the [Mueller] report"): there the name is
       usually a topic, not a party. An "of" owner only where ``owner``: for material acts "the farms
       [of] X" is mostly a place's part.

    A dateline or photo credit names no party; neither does a document or natural event named after someone.
    """
    if in_dateline(token) or in_credit(token):
        return None
    actor = named_actor_at(token, view)
    if actor is not None:
        return actor
    if is_object_pronoun(token):
        word = object_antecedent(token, lambda t: index.is_person(t) or view.is_person(t))
        return named_actor_at(word, view) if word is not None else None
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() in NON_ACTOR_HEADS:
        return None
    for child in token.children:
        if child.dep_ == "appos" and (found := named_actor_at(child, view)) is not None:
            return found
    body = token.lemma_.lower() in NAMED_BODY_HEADS
    for child in token.children:
        named = child.dep_ == "poss" or (body and child.dep_ == "compound")
        if named and (found := named_actor_at(child, view)) is not None:
            return found
        if owner and child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (found := named_actor_at(pobj, view)) is not None:
                    return found
    return None


def named_actor_at(token: Token, view: ActorIndex) -> Actor | None:
    """The named mention covering the word, when the mention is a clean proper name: a PROPN inside it, no
    possessive or date inside it (a name glued to the next: "[Trump's America First]", "[Dubs' Succession]",
    "[Commons on Thursday]"), its
    last word no document or hazard ("the Paris Agreement" tagged ORG is a text, not a party), and no
    town's name (the actors stage's ``town_name`` flag: "raids on [Douma]", tagged a person)."""
    actor = view.at_token(token)
    if actor is None or TOWN_NAME in actor.flags:
        return None
    words = token.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if not words or not any(w.pos_ == "PROPN" for w in words) or words[-1].lemma_.lower() in NON_ACTOR_HEADS:
        return None
    if any(w.tag_ == "POS" for w in words[:-1]) or any(w.ent_type_ in ("DATE", "TIME") or w.lower_ in WEEKDAYS
                                                       for w in words):
        return None  # "[Trump's America First]", "[the Commons on Thursday]": a name glued to the next words
    return actor


def told_as_a_place(actor: Actor, view: ActorIndex, token: Token) -> bool:
    """The article tells this name (any mention of it) as a place: after a locative ("battles [around] X",
    "[in] X"), as "the <area> of X" (``places.area_words``), before an area noun ("X province") or with one
    in apposition ("X, a city south of Idlib")."""
    doc = token.doc
    name = actor.text.lower()
    for other in view.actors:
        if other.text.lower() != name and (not actor.entity_id or other.entity_id != actor.entity_id):
            continue
        words = doc.char_span(other.span.start, other.span.end, alignment_mode="expand")
        if not words:
            continue
        head = words.root
        if area_named(head) is not None or (head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS):
            return True
        if head.dep_ == "compound" and head.head.lemma_.lower() in AREA_NOUNS:
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in AREA_NOUNS for c in head.children):
            return True
    return False


def distinct_named(target: Actor, source: Actor) -> bool:
    """Not the source under another name: not overlapping it, not its entity, not its surname ("Stone said
    Roger Stone ..." is one man), and not a name inside the source's own mention text."""
    if target.span.start < source.span.end and source.span.start < target.span.end:
        return False
    if target.entity_id and target.entity_id == source.entity_id:
        return False
    last = surname(target)
    return not last or last not in (source.text or "").lower().split()
