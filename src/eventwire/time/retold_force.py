"""An act of force named again takes the day its report has already given it.

"On Thursday, U.S. forces killed the general in an airstrike. … The United States carried out [the
airstrike] at the airport": the second telling has no time of its own, so the cascade gives it the
publication day (basis ``publication``), days after the strike, and the linker then keeps it apart
from reports that date the strike right. A definite noun naming an attack or a killing ("the
airstrike", "the attack") refers back to an act the report has told; so does a second act of force on
one named person ("by killing Qasem Soleimani"): a person is killed once. Such a telling takes the day
of the earlier act of the same side the report dates from its text, and only when every such act it
dates falls on one day: a report that dates two strikes of one side does not say which one "the
strike" is.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.model import Event, person_of
from eventwire.roots import MATERIAL_CONFLICT_ROOTS
from eventwire.time.named_meeting import TEXT_BASES
from eventwire.time.relative import ATTACK_REFERENTS, KILLING_REFERENTS
from eventwire.words import DEFINITE

#: Nouns naming an act of force or a killing ("the strikes", "the assassination").
FORCE_REFERENTS = ATTACK_REFERENTS | KILLING_REFERENTS | {"airstrikes", "strikes", "attacks", "assassination"}


def date_retold_force(events: list[Event], doc: Doc) -> None:
    """Give a force event dated only by its report (basis ``publication``) and told again by a definite
    noun, or again on one named person, the one day the report's text gives that side's earlier force
    (or force on that person); basis ``anchor``."""
    dated = [e for e in events if _force(e) and e.date and e.date_basis in TEXT_BASES and e.date_precision == "day"]
    if not dated:
        return
    for event in events:
        if not _force(event) or event.date_basis != "publication" or event.source is None:
            continue
        earlier = [e for e in dated if e.trigger.start < event.trigger.start]
        victim = _person_target(event)
        days = {e.date for e in earlier if _person_target(e) == victim} if victim is not None else set()
        if not days and _definite_referent(event, doc):  # "carried out [the airstrike]": that side's earlier force
            days = {e.date for e in earlier if e.source is not None and e.source.home == event.source.home}
        if len(days) == 1:
            event.date, event.date_precision, event.date_basis = next(iter(days)), "day", "anchor"


def _force(event: Event) -> bool:
    return bool(event.cameo) and event.cameo[:2] in MATERIAL_CONFLICT_ROOTS


def _person_target(event: Event) -> str | None:
    return person_of(event.target.entity_id) if event.target is not None else None


def _definite_referent(event: Event, doc: Doc) -> bool:
    """Does the trigger name its act by a definite noun ("carried out [the airstrike]", "[the attack]")?"""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span is not None and any(
        token.pos_ == "NOUN" and (token.lower_ in FORCE_REFERENTS or token.lemma_.lower() in FORCE_REFERENTS)
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) for token in span)
