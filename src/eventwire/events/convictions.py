"""A conviction that ends in prison is coded as the imprisonment it brings.

PLOVER codes convictions that result in imprisonment as COERCE (arrest), not
only as a finding of guilt. "The court convicted X of fraud and sentenced him
to five years in prison" reports one act: the sentence clause is coordinated
with the conviction, so the conviction takes the prison-sentence pattern
(CAMEO 173) and keeps its own object as the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.events.matching import Match

#: The finding of guilt that a coordinated prison sentence turns into an imprisonment.
CONVICTING_LEMMAS = frozenset({"convict"})
IMPRISONING_CODE = "173"


def imprisoning_convictions(best: dict[int, Match]) -> None:
    """Recode, in place, a conviction whose coordinated verb is a prison sentence."""
    for match in list(best.values()):
        token = match.trigger
        if match.pattern.cameo != "116" or token.lemma_.lower() not in CONVICTING_LEMMAS:
            continue
        partners = [c for c in token.children if c.dep_ == "conj"]
        if token.dep_ == "conj":
            partners.append(token.head)
        sentence = next((best[p.i] for p in partners
                         if p.i in best and best[p.i].pattern.cameo == IMPRISONING_CODE
                         and best[p.i].trigger.lemma_.lower() == "sentence"), None)
        if sentence is None:
            continue
        match.pattern = sentence.pattern
        match.evidence = [*match.evidence, *sentence.evidence]
