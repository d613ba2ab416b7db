"""Acts that someone is ordered to do: the content of an order, not a deed of whoever gives it.

"The president directed federal agencies [to consult] scientists", "the minister instructed the ambassador
[to meet] X": the infinitive says what the order asks of its addressee, so, as with "urged X to withdraw",
the act is the addressee's. When the addressee is no coded actor, the doer search falls back on the one who
orders, and the order was coded as his own meeting with the scientists: such an event, whose doer is not
inside the addressee's phrase, is dropped. The order itself has no CAMEO code and is not coded. An ordered
act with the addressee as doer keeps its mood: an order of an authority to its own forces or agencies is
usually carried out ("ordered troops to withdraw"), unlike a request, so it is not made hypothetical.

Only orders with a named addressee as their object count: a passive ("two newspapers were ordered to
suspend publication") already makes the addressee the subject, and "issued an order to arrest X" names
none.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

#: Verbs of ordering whose object is told to do the infinitive.
ORDER_VERBS = frozenset({"order", "direct", "instruct", "command", "tell"})


def addressee(chain: list[tuple[Token, bool]]) -> Token | None:
    """The object of an order verb whose infinitive is, or governs, the trigger (``chain``: its governing
    chain, :func:`eventwire.events.modality.governing_chain`); None when there is none."""
    for (below, _), (above, _) in pairwise(chain):
        if below.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in below.children):
            continue
        if above.pos_ == "VERB" and above.lemma_.lower() in ORDER_VERBS:
            return next((c for c in above.children if c.dep_ == "dobj"), None)
    return None


def done_by_addressee(chain: list[tuple[Token, bool]], doer: Token) -> bool:
    """False when the trigger is ordered and ``doer`` is not inside the addressee's phrase: "[Obama] directed
    agencies to consult scientists" names no consultation of Obama's."""
    told = addressee(chain)
    if told is None:
        return True
    subtree = list(told.subtree)
    return subtree[0].i <= doer.i <= subtree[-1].i
