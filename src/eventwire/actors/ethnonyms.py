"""Peoples named like a state: "Turkmen" is both Turkmenistan's adjective and a people of Iraq and Syria.

CAMEO's ethnic table lists the Turkmen in Afghanistan, Iran, Iraq, Syria and Turkmenistan, the Uzbeks, Tajiks,
Kazakhs and Kyrgyz across Central Asia, China and Afghanistan, and the Azeris in Iran as well as in Azerbaijan.
"Syrian Turkmens" or "Uzbek villagers in Kunduz" are no acts of those states, yet the dictionary files the word as
the state's name or adjective. In a story that names another state the people live in, and not the namesake
state in another form (its name, capital or a city: "Turkmenistan", "Ashgabat"), the word is the people, unless
it titles one of the state's offices ("the Turkmen government", "the Uzbek foreign minister"); such a mention is
dropped, since our dictionaries carry no ethnic codes and leaving the country out is better than guessing it.
Elsewhere ("Kazakh officials said ...") the word stays the state's, as it mostly is in news.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TURKMEN = frozenset({"AFG", "IRN", "IRQ", "SYR"})
_UZBEK = frozenset({"AFG", "CHN", "KGZ", "MNG", "PAK", "TJK", "TKM"})
_TAJIK = frozenset({"AFG", "CHN", "IRN", "KGZ", "PAK", "UZB"})
_KAZAKH = frozenset({"CHN", "IRN", "KGZ", "MNG", "TKM", "UZB"})
#: Words for a people -> the states besides the namesake where they live (CAMEO's ethnic table, without the
#: states of emigrant communities such as the USA, Russia or Germany, which news names for other reasons).
SHARED_ETHNONYMS = {"turkmen": _TURKMEN, "turkmens": _TURKMEN, "turkoman": _TURKMEN, "turkomans": _TURKMEN,
                    "uzbek": _UZBEK, "uzbeks": _UZBEK, "tajik": _TAJIK, "tajiks": _TAJIK, "kazakh": _KAZAKH,
                    "kazakhs": _KAZAKH, "kyrgyz": frozenset({"CHN", "TJK", "UZB"}), "azeri": frozenset({"IRN"}),
                    "azeris": frozenset({"IRN"})}
#: Words after the ethnonym that make it the state's own office or institution.
STATE_OFFICE_WORDS = {"government", "president", "prime", "foreign", "ministry", "minister", "authorities",
                      "officials", "embassy", "ambassador", "capital", "parliament", "leader", "regime",
                      "state", "army", "military", "border", "security"}


def peoples_not_states(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """The mentions without those that name a people, not its namesake state (see the module's doc)."""
    named = {m.country for m in mentions if m.kind in ("state", "place") and m.country and not _ethnonym(m, doc)}
    return [m for m in mentions if not (_ethnonym(m, doc) and m.country not in named
                                        and SHARED_ETHNONYMS[doc[m.start].lower_] & named
                                        and not _titles_office(m, doc))]


def _ethnonym(mention: Mention, doc: Doc) -> bool:
    """A state mention written as one of the shared ethnonyms alone."""
    return mention.kind == "state" and mention.end - mention.start == 1 and \
        doc[mention.start].lower_ in SHARED_ETHNONYMS


def _titles_office(mention: Mention, doc: Doc) -> bool:
    """"the Turkmen government", "Uzbek President X": the word before a state office is the state's."""
    return mention.end < len(doc) and doc[mention.end].lower_ in STATE_OFFICE_WORDS
