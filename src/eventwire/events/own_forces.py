"""The doer's own forces are no target of its force posture or withdrawal.

"North Korea put its army on high alert", "Washington will withdraw troops in Iraq", "the militants pulled
the remaining pockets of their forces back": the forces a doer alerts, masses, deploys or pulls back are its
means, not whom the act is aimed at. The actors stage codes such a force word from context ("troops in
Iraq" -> IRQMIL, "its army" -> the article's state), and a military code differs from a state's, so without
this rule the act came out aimed at the doer's own army (PRK -> PRKMIL) or at the state whose name only
says where the troops are (USA -> IRQMIL). ``dyads._own_instrument`` already drops "its troops" when the
pattern itself asks for the troops; this covers patterns that take any object, and force words whose
country is only a guess.

An intent or agreement (03) drops only a force marked by the doer's own possessive. Left as targets: a force
the text names by its state ("put troops on alert after [Syrian troops] moved"),
whose country is no guess, unless a possessive of the doer's own marks it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Actor

#: Codes whose object is the doer's own forces: force posture (15), military de-escalation and retreat (087),
#: and the intent to de-escalate (0356: "will withdraw troops").
OWN_FORCE_CODES = ("15", "087", "0356")
#: Intents and agreements (03): "agreed to move [its troops] out of Iraq" is aimed at Iraq, never at the doer's own
#: troops; but a guessed country proves nothing there ("agreed to train troops in Iraq" trains Iraq's), so only
#: the doer's own possessive counts.
OWNED_ONLY_CODES = ("03",)
#: Possessive pronouns that make a thing the doer's own ("withdrew [its] troops", "its army").
OWN_WORDS = frozenset({"its", "their", "his", "her", "our"})


def own_forces(cameo: str, token: Token, actor: Actor, sources: list[Actor]) -> bool:
    """Whether the target ``actor`` (at ``token``) is the doer's own force for an act of ``cameo``."""
    if not cameo.startswith(OWN_FORCE_CODES + OWNED_ONLY_CODES) or actor.sector != "MIL" or not sources:
        return False
    guessed = "country_from_context" in actor.flags and cameo.startswith(OWN_FORCE_CODES)
    owned = any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in token.children)
    return guessed or (owned and any(actor.home and actor.home == s.home for s in sources))
