"""An unknown person acted upon by a state's authority takes its country
(``actors/authority.py``).

Courts, police, prosecutors and governments arrest, try, jail, investigate and pardon mostly people under
their own jurisdiction: "A Lisbon court found Marta Quintela guilty" makes her Portugal's (bare country code,
flagged ``country_from_authority``). Guards: a person whose own phrase names another country or a
nationality, or calls them foreign, keeps no such code; acts that are not an authority's ("met") and
authorities with no country give nothing; dictionary people keep their own code.
"""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def person_codes(ctx, text: str, name: str) -> list[tuple[str | None, bool]]:
    article = Article(id="authority-test", text=text, published="2021-03-04")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.code, "country_from_authority" in a.flags) for a in article.actors if name in a.text]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("A Lisbon court found Marta Quintela guilty of fraud on Monday.", "Quintela", "PRT"),
    ("Police in Kenya arrested Otieno Barasa after the riot.", "Barasa", "KEN"),
    ("Jonas Vilkas was arrested by Lithuanian police on Friday.", "Vilkas", "LTU"),
    ("The Kenyan government pardoned Amina Wanjiru on Tuesday.", "Wanjiru", "KEN"),
    ("Greek prosecutors charged Nikos Dimou and Eleni Pappas with bribery.", "Pappas", "GRC"),
    ("A Hungarian judge sentenced Gabor Kertesz to three years in prison.", "Kertesz", "HUN"),
    ("President Gerald Ford pardoned Walter Jenkins a month after the scandal.", "Jenkins", "USA"),
    ("Yemen today let free Abdo Haddad, who had led Tunisia-inspired protests last week.", "Haddad", "YEM"),
    ("A Delhi court issued a warrant against former bank promoters Rakesh Verma and his brother Sunil.",
     "Verma", "IND"),
    # spaCy labels this name an organisation; "found ... guilty" is done to people only
    ("A Copenhagen City Court judge found Britta Holm guilty of stealing from a Danish welfare agency.",
     "Holm", "DNK"),
    # a surname spaCy gives no label: arrested / found guilty by an authority, so a person
    ("Police in Quito arrested Valdivieso on Sunday.", "Valdivieso", "ECU"),
    ("A court in Lyon found Dufresnoy guilty of failing to report the abuse.", "Dufresnoy", "FRA"),
])
def test_actors_person_acted_on_by_an_authority_takes_its_country(ctx, text, name, expected):
    assert person_codes(ctx, text, name) == [(expected, True)]


def test_actors_authority_country_follows_the_person_named_again(ctx):
    text = "Polish police detained Marek Nowak on Monday. Nowak was released two days later."
    assert person_codes(ctx, text, "Nowak") == [("POL", True), ("POL", True)]


@pytest.mark.parametrize(("text", "name"), [
    ("Russia detained Dale Whitcomb, a former U.S. Marine, on spying charges.", "Whitcomb"),  # another country
    ("Iranian police arrested Sara Lindqvist, a dual national, in Tehran.", "Lindqvist"),  # foreign
    ("President Joe Biden met Hans Gruber in Berlin.", "Gruber"),  # no authority's act
    ("The company fired Laura Benning last week.", "Benning"),  # no state organ
])
def test_actors_authority_country_guards(ctx, text, name):
    assert all(not flagged for _, flagged in person_codes(ctx, text, name))
    assert person_codes(ctx, text, name)


@pytest.mark.parametrize("text", [
    "Police in Quito arrested Kurds on Sunday.",  # a people's name, no one person
    "Police in Quito praised Valdivieso on Sunday.",  # no authority's act on a person
])
def test_actors_unlabelled_name_guards(ctx, text):
    article = Article(id="authority-test", text=text, published="2021-03-04")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    assert not any("country_from_authority" in a.flags for a in article.actors)
