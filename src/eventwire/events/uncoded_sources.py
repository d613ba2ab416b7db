"""Doers the dictionaries cannot code: the named person or organisation that acts on a coded actor, kept as text.

Why a module of its own: the coder takes coded actors only, so "[Imam Tarek Osei] demanded an apology from the
prime minister of Ghana" or "[the Harlow Institute] urged the European Union to act" came out with no event at
all, although the actors stage found the doer's name (as a mention with no code) and the act is aimed at a
state. POLECAT/NGEC keep an unresolved actor's text; so do we, the mirror of ``uncoded_targets``, but only
where the rest of the event carries the political content: the target is a coded state, one of its organs, an
armed or opposition group, a party or an intergovernmental body (``political_target``). Without that rule
"Acme Corp sued Beta Inc" and "Smith met Jones" would become events: business and private life are not
political event data, and with both sides unknown nothing is left to code but a verb.

What it is not: a coded candidate always wins (this is consulted only when no source candidate holds a coded
actor at all); only the direct doer phrase (the first source candidate, not one borrowed through a preposition
of another verb); never a place, a town the tagger called a person (``town_name``), a name the article tells
as a place, a dateline's or a photo credit's outlet, a speaker in an "according to" phrase, or a pronoun.
No uncoded doer of force (roots 18-20): as for targets, an unknown name acting by force was mostly a town the
tagger misread, and an attack's doer left unknown is better than one guessed from a place name.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.arguments import ActorIndex, in_attribution
from eventwire.events.dateline import in_credit, in_dateline
from eventwire.events.recipients import PLACE_FLAGS
from eventwire.events.roles import Roles
from eventwire.events.uncoded_targets import NAMED_KINDS, UNCODED, named_actor_at, named_view, told_as_a_place
from eventwire.events.voice import coordinated
from eventwire.model import Actor
from eventwire.roots import MATERIAL_CONFLICT_ROOTS, STATE_ORGANS

#: Sectors of a coded target that make an act of an unknown doer political: the state's organs, and those who
#: contest its power (rebels, insurgents, separatists, the opposition, parties). Not the public, business,
#: media, schools or health (a firm's or a person's dealings with them are private life or commerce).
POLITICAL_SECTORS = STATE_ORGANS | {"REB", "INS", "SEP", "OPP", "PTY"}
#: Code prefixes of intergovernmental bodies, political by what they are ("IGOUNO", "IGOEUREEC").
INTERGOVERNMENTAL = "IGO"
#: Actor flags of a country guessed from the article ("the government" of a story's state): with the doer
#: unknown too, both sides would be guesses (news: "the government" read as Bermuda's in a Lords story).
GUESSED_FLAGS = frozenset({"country_from_context"})


def uncoded_sources(roles: Roles, index: ActorIndex, trigger: Token, cameo: str) -> list[tuple[Token, Actor]]:
    """The named but uncoded doers of the act, one per coordinated member of its first source candidate.

    Asked only when no source candidate holds a coded actor. Nothing for force (``MATERIAL_CONFLICT_ROOTS``),
    for a passive act's "in" phrase (``roles.located``: where an arrest took place), or for a doer borrowed
    through a preposition of another verb (``roles.distant``). The candidate must be a noun phrase whose head
    word is covered by a clean proper name (``uncoded_targets.named_actor_at``), not in a dateline, a credit or
    an "according to" phrase, and not a name the article tells as a place. The caller keeps only coded
    political targets (``political_target``).
    """
    if cameo[:2] in MATERIAL_CONFLICT_ROOTS or roles.located or roles.distant:
        return []
    view = named_view(index)
    first = next((t for t in roles.sources if t is not None), None)
    if first is None or not view.actors or first.pos_ == "PRON":
        return []
    if in_attribution(first, trigger) or in_dateline(first) or in_credit(first):
        return []
    found: list[tuple[Token, Actor]] = []
    for member in coordinated(first):
        actor = named_actor_at(member, view)
        if actor is None or actor.kind not in NAMED_KINDS or any(actor is a for _, a in found):
            continue
        if told_as_a_place(actor, view, member):
            continue
        found.append((member, replace(actor, flags=[*actor.flags, UNCODED])))
    return found


def political_target(actor: Actor) -> bool:
    """A coded actor that makes an unknown doer's act political data: a state (not a town standing for it,
    ``recipients.PLACE_FLAGS``),
    one of its organs or challengers (``POLITICAL_SECTORS``) with its country known, or an intergovernmental
    body. A bare sector ("the government" of no known state) names no one the data can place."""
    code = actor.code or ""
    if code.startswith(INTERGOVERNMENTAL):
        return True
    if not actor.country or actor.kind == "place" or (PLACE_FLAGS | GUESSED_FLAGS) & set(actor.flags):
        return False
    return code == actor.country or actor.sector in POLITICAL_SECTORS


def named_in_phrase(token: Token, actor: Actor) -> bool:
    """The coded target is named in the object phrase itself: its head word ("urged [the European Union]"),
    a word before the head ("[Mueller]'s inquiry", "the [Kenyan] government") or an apposition; not a place
    or owner reached through a preposition ("opposed the war [in] Iraq": the war is not Iraq's act, nor is it
    aimed at Iraq), which the coder reads as the target only where the doer is known."""
    start = token.left_edge.idx
    if start <= actor.span.start and actor.span.end <= _end(token):
        return True
    return any(c.dep_ == "appos" and c.left_edge.idx <= actor.span.start <= actor.span.end <= _end(c.right_edge)
               for c in token.children)


def _end(token: Token) -> int:
    return token.idx + len(token)
