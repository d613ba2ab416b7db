"""Organisations and their country: whose state an institution or a company named beside a country is.

"Burundi's National Security Council" is Burundi's (BDIGOV) though the dictionary files the name under
another state; "the Leawood-based AMC Entertainment Holdings Inc" is an American business; "Japan's Toshiba"
or "Chinese TCL" is a firm of that country (JPNBUS), never the bare state. Kept apart from ``compose``, which
joins role words to their country and person: these readings are about organisation names, and they also
say which unknown organisation is a company (``unknown_company``), which other steps ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.dictionary import BUSINESS
from eventwire.actors.match import norm
from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def country_owned_org(doc: Doc, before: list[Mention], org: Mention) -> None:
    """"Burundi's National Security Council", "the Iraqi Supreme Judicial Council":
    a generic institution name the dictionary files under one state belongs to
    the state written before it."""
    if not before or before[-1].kind != "state" or org.entry is None or not org.code or org.code[:3] in (
            "IGO", "NGO", "IMG"):
        return
    state = before[-1]
    gap = [norm(t.text) for t in doc[state.end : org.start]]
    if gap not in ([], ["'s"]) or state.country == org.country:
        return
    org.code = (state.country or "") + org.code[3:]
    org.country = state.country
    org.start = state.start
    org.flags.append("modifier_country")
    before.pop()


#: Name endings of companies: an unknown one "based" in a place is that country's business.
CORPORATE = {"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "co", "co.", "company",
             "group", "holdings", "bank", "airlines", "airways", "ag", "sa", "s.a.", "gmbh", "nv", "spa", "limited",
             "incorporated", "motors", "industries", "electronics"}


def based_org(doc: Doc, before: list[Mention], org: Mention) -> None:
    """"the Leawood-based AMC Entertainment Holdings Inc": an organisation no
    dictionary knows takes the country of the place it is said to be based in."""
    if org.entry is not None or org.code or not before or before[-1].kind not in ("place", "state"):
        return
    place = before[-1]
    if [norm(t.text) for t in doc[place.end : org.start]] != ["-", "based"] or not place.country:
        return
    org.country = place.country
    org.code = place.country + ("BUS" if doc[org.end - 1].lower_ in CORPORATE else "")
    org.flags.append("country_from_place")


#: Words that make an unknown organisation's name a public body (it may be its state's).
PUBLIC_BODY_WORDS = {"ministry", "council", "agency", "authority", "commission", "committee", "court", "tribunal",
                     "army", "guard", "guards", "police", "force", "forces", "service", "services", "bureau",
                     "office", "department", "parliament", "assembly", "senate", "congress", "party", "front",
                     "movement", "government", "administration", "directorate", "corps", "brigade", "brigades",
                     "militia", "command", "cabinet", "presidency", "embassy", "university", "institute",
                     "school", "hospital", "foundation", "union", "federation", "league", "organisation",
                     "organization", "association", "society", "mission", "board"}


def unknown_company(doc: Doc, org: Mention) -> bool:
    """An organisation no dictionary knows whose name has no public body's word."""
    words = {t.lower_ for t in doc[org.start : org.end]}
    return org.kind == "organisation" and org.entry is None and not org.code and not words & PUBLIC_BODY_WORDS


def national_company(doc: Doc, before: list[Mention], org: Mention) -> None:
    """"Japan's Toshiba", "Chinese TCL": an organisation no dictionary knows,
    named with a country's possessive or adjective, is not that state.

    CAMEO codes a company as its country's business sector (JPNBUS), never as
    the bare state; without a company ending ("Corp", "Ltd") the name alone
    does not say it is a company, so it stays uncoded. The country word is
    absorbed into the organisation's mention, so no later reading (the events
    stage's modifier cascade) takes the state for the organisation. Names with
    a public body's word ("Iraq's Supreme Judicial Council") keep the state. A firm the dictionary knows
    ("Japan's Toshiba", JPNBUS) absorbs its own country's word the same way.
    """
    if not before or before[-1].kind != "state":
        return
    state = before[-1]
    gap = [norm(t.text) for t in doc[state.end : org.start]]
    if gap not in ([], ["'s"], ["'"]) or not state.country:
        return
    if org.entry is not None and org.code == state.country + BUSINESS:  # "Japan's Toshiba": a known firm
        org.start = state.start
        before.pop()
        return
    if not unknown_company(doc, org):
        return
    org.country = state.country
    org.code = state.country + "BUS" if doc[org.end - 1].lower_ in CORPORATE else None
    org.start = state.start
    org.flags.append("modifier_country")
    before.pop()
