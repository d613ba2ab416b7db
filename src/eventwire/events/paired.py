"""Acts that are two acts at once: a host's welcome is the guest's visit; talks are held by both sides.

CAMEO's verb dictionaries code such acts as a pair, one event per direction
(PETRARCH's CAMEO.2.0 "received ministers" [043:042], "continued talks"
[046:046]): "the Egyptian president received the Jordanian king" is 043 Egypt
-> Jordan and 042 Jordan -> Egypt; "X held talks with Y" is 046 both ways.
A visit (042) is not paired back, since its target is often only the place
visited ("a visit to Beirut"), which hosts no one; a meeting (040) is left as
the text tells it.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.events.coder import derived_event
from eventwire.events.ontology import CameoCode
from eventwire.model import Article, Event

#: Code -> the code of the same act seen from the other side.
PAIRED_CODES = {"043": "042", "046": "046"}


def paired_events(article: Article, sentence: SpacySpan, events: list[tuple[Event, str]],
                  table: dict[str, CameoCode]) -> list[Event]:
    """The other side's event of each hosted visit and of each negotiation with a coded partner.

    ``events`` pairs each event with its pattern's own code: only a visit the text calls hosting
    ("received", "welcomed", "hosted") is paired, not a meeting this coder placed in one side's country
    (``coder.visit_or_host``), which is an inference already.
    """
    out = []
    for event, told in events:
        other = PAIRED_CODES.get(event.cameo)
        if other is None or told != event.cameo or event.target is None or event.target.code is None \
                or event.source.code is None or event.negated or event.modality != "asserted":
            continue  # an uncoded target can be no coded source; an uncoded doer's act is paired by no one
        if other == "046" and not _talks_with(sentence, event):
            continue  # "Qatar hosted talks among Afghan factions": the host is no party to them
        reverse = derived_event(article, sentence, event.trigger, table[other], event.target, event.source,
                                "derived.paired")
        reverse.attribution, reverse.attribution_code = event.attribution, event.attribution_code
        out.append(reverse)
    return out


def _talks_with(sentence: SpacySpan, event: Event) -> bool:
    """The target is the source's partner in the talks: named in a "with" phrase of the trigger or of
    its light verb ("held talks [with] X", "negotiated [with] X"), or the talks' object."""
    doc = sentence.doc
    words = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if words is None or event.target is None:
        return False
    heads: list[Token] = list(words) + [t.head for t in words if t.dep_ in ("dobj", "pobj", "attr")]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"):
            if any(t.idx < event.target.span.end and event.target.span.start < t.idx + len(t) for t in prep.subtree):
                return True
    return False
