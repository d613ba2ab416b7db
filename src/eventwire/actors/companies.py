"""Known companies (the dictionary's ``companies`` section): what their names do and do not tell.

A firm the dictionary knows is coded as its home country's business sector
("Siemens" DEUBUS), so that a court convicting it or workers striking against
it has a coded party. Two readings are refused, both measured wrong on news:

* a firm's name before a common noun names a product or a platform, not the
  firm acting: "her Facebook post berating X", "the Volvo", "Boeing jets";
* a firm's home country is no clue to the country of the role words around
  it: multinationals are written about everywhere ("Northamptonshire police
  ... the Volvo" are British police, "miscreants attacked Microsoft's browser"
  are of no known country). Only business words ("the company", "the firm")
  take it, as they take any firm's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.dictionary import BUSINESS
from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def known_company(mention: Mention) -> bool:
    """A dictionary organisation coded as a country's business sector (``<ISO3>BUS``)."""
    return mention.kind == "organisation" and mention.entry is not None and (mention.code or "")[3:] == BUSINESS


def names_a_product(mention: Mention, doc: Doc) -> bool:
    """ "a [Facebook] post", "[Toyota] cars", "a [Boeing] 737": the name modifies a common noun or a model
    number, so it says what the thing is, not who acts. Role words were composed with it before ("Samsung
    officials" is one business mention), so only things are left here."""
    if not known_company(mention):
        return False
    last = doc[mention.end - 1]
    return last.dep_ in ("compound", "nmod") and last.head.i >= mention.end and last.head.pos_ in ("NOUN", "NUM")


def lends_no_country(other: Mention, mention: Mention) -> bool:
    """``other``, a known company, gives ``mention`` (a bare role word) no country unless it is a business
    word: "the company" after "Hyundai" is Hyundai's, "police" near "Volvo" are not Swedish."""
    return known_company(other) and (mention.sector or "") != BUSINESS
