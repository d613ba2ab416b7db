"""A place seized is territory occupied (CAMEO 192), not property confiscated (1711).

``coerce.seize`` rules out its territory nouns ("seized the town" is ``fight.occupy``), but a named place
("seized [Mosul] in 2014") or a pronoun ("the rebel group which seized [it] in 2013", "[it] was seized
by the rebels") carries no such noun. A named place (a GPE, LOC or FAC entity) is territory whoever takes
it; a pronoun is territory when armed men take it (military, rebel, insurgent or militant doers), while
customs officers who "seized it at the port" still confiscate goods.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Actor

OCCUPY_CODE = "192"
SEIZING_LEMMAS = frozenset({"seize", "capture", "grab"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PLACE_PRONOUNS = frozenset({"it", "them"})
#: Sectors of armed doers: military, rebels, unidentified armed forces, insurgents.
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS"})


def seized_place(cameo: str, trigger: Token, source: Actor) -> bool:
    """True when a confiscation (1711) is told of a place: a named place, or a pronoun taken by armed men."""
    if cameo != "1711" or trigger.lemma_.lower() not in SEIZING_LEMMAS:
        return False
    taken = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(t.ent_type_ in PLACE_ENTITIES for t in taken):
        return True
    # armed men: military, rebel, unidentified armed or insurgent sector, or an international militant group
    return any(t.lower_ in PLACE_PRONOUNS for t in taken) and (
        source.sector in ARMED_SECTORS or (source.code or "").startswith("IMG"))
