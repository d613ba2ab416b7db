"""A title written as an apposition: "Odin Sanchez, a former Colombian congressman".

CAMEO codes a person by the role the text gives them, and news gives the role of
someone the reader does not know in an apposition beside the name as often as in
a title before it ("Colombian congressman Odin Sanchez"). ``compose`` merges the
title before the name; this step reads the apposition, in either order ("a
Colombian congressman, Odin Sanchez"), for people no dictionary knows. Known
people keep their dictionary roles: the apposition of a known name is as often
a past office or a description as their role in the story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Tokens that may stand between the name and its apposition: the comma, and the
#: determiner or grade words that open the apposition's noun phrase.
MAX_GAP = 6


def appositive_titles(doc: Doc, mentions: list[Mention]) -> None:
    """Give each unknown, untitled person the sector (and the written country) of
    the role word their name stands in apposition with."""
    agents = {_head(doc, m): m for m in mentions if m.kind == "agent" and m.sector}
    for person in mentions:
        if person.kind != "person" or person.entry is not None or person.code or person.sector:
            continue
        agent = _apposed_agent(doc, person, agents, mentions)
        if agent is None:
            continue
        person.sector, person.title = agent.sector, agent.name
        if agent.country and "country_from_context" not in agent.flags:
            person.country, person.code = agent.country, agent.code
        person.flags.append("title_from_apposition")


def _head(doc: Doc, mention: Mention) -> int:
    return mention.head if mention.head is not None else doc[mention.start : mention.end].root.i


def _apposed_agent(doc: Doc, person: Mention, agents: dict[int, Mention],
                   mentions: list[Mention]) -> Mention | None:
    """The singular role word joined to the person's name by an ``appos`` arc, close by and
    after a comma (a name and its role; not "protesters, Smith among them")."""
    root = doc[person.start : person.end].root
    linked = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        linked.append(root.head)
    for token in linked:
        agent = agents.get(token.i)
        if agent is None or token.tag_ not in ("NN", "NNP") or _office_of_an_unknown_body(token, mentions):
            continue
        left, right = (person, agent) if person.end <= agent.start else (agent, person)
        gap = doc[left.end : right.start]
        if left.end <= right.start and len(gap) <= MAX_GAP and any(t.text == "," for t in gap):
            return agent
    return None


#: Prepositions that name the body an office belongs to: "president of Acme", "a spokesman for Liberty".
OFFICE_PREPS = {"of", "for", "at"}


def _office_of_an_unknown_body(role, mentions: list[Mention]) -> bool:
    """"president of a commodities firm", "a spokesman for the campaign group Liberty": an office of a
    body no dictionary codes is a company's, a union's or a charity's as often as a state's, and the
    role word alone would say GOV; such a person stays untitled."""
    for prep in role.children:
        if prep.dep_ != "prep" or prep.lower_ not in OFFICE_PREPS:
            continue
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            holder = next((m for m in mentions if m.start <= body.i < m.end), None)
            if holder is None or holder.code is None or holder.kind == "person":
                return True
    return False
