"""Company speakers: a bare spokesman right after a company speaks for the company, not for a state.

The dictionary files "spokesman" as a government word, so ``context_countries`` would hand a bare one the
nearest state's government code. After a company ("Honda ..., but the spokesman declined") that reading is
wrong: the speaker is the firm's. The cascade asks this check before it looks for a country; it is
about whose voice a speaker word is, not about where a country comes from, so it lives apart from it.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention
from eventwire.actors.org_country import unknown_company

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Bare words for one who speaks for a body: whose body is the nearest one named before.
SPEAKER_WORDS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}


def _company_speaker(mentions: list[Mention], index: int, doc: Doc, starts: list[int]) -> bool:
    """A bare spokesman whose nearest body named before (in its sentence or the one before) is a company
    speaks for the company: "Honda is considering U.S. firms as suppliers, but the spokesman declined" is
    no government's. A company with a code (``JPNBUS``) lends it; an unknown one leaves the speaker
    uncoded. True when the speaker was settled so."""
    mention = mentions[index]
    words = (mention.name or "").split()
    if mention.sector != "GOV" or not words or words[-1] not in SPEAKER_WORDS or mention.modifier:
        return False
    position = max(0, bisect_right(starts, mention.start) - 1)
    window_start = starts[max(0, position - 1)]
    body = next((m for m in reversed(mentions[:index]) if m.start >= window_start and m.kind != "place"
                 and "city" not in m.flags), None)
    if body is None or not (unknown_company(doc, body) or (body.code or "").endswith("BUS")
                            or body.sector == "BUS"):
        return False
    if body.kind == "organisation" and (body.code or "").endswith("BUS"):
        mention.code, mention.country, mention.sector = body.code, body.country, "BUS"
        mention.flags.append("country_from_context")
    return True
