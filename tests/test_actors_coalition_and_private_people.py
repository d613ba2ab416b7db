"""An X-led coalition's craft, victims in a place we cannot code, private people.

1. "coalition fighter jets" in an article naming one "US-led coalition" are that coalition's
   (``context._led_coalition``), not of a country the sentence names for someone else.
2. Victims of a strike "in" a named place no mention codes do not take the striker's country
   (``refusals._unknown_place_of_harm``): they are that place's people; with no place written, as before.
3. A named person with an age beside the name and no role word is a private person, ``CVL``
   (``actors/private_people.py``); a country only from the home its own phrase gives ("of Porto") or
   from the places of its act, when they are of one country; never from the article at large.
"""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def codes(ctx, text: str, words: tuple[str, ...]) -> list[tuple[str, str | None]]:
    article = Article(id="coalition-private-test", text=text, published="2017-06-12")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.text, a.code) for a in article.actors if a.text in words]


COALITION = ("The Saudi-led coalition bombed a market near Saada on Tuesday, residents said. "
             "A group that supports the Yemeni opposition said two more villages were hit in similar raids "
             "by coalition fighter jets.")


def test_actors_coalition_craft_belong_to_the_led_coalition(ctx):
    assert codes(ctx, COALITION, ("coalition fighter jets",)) == [("coalition fighter jets", "SAUMIL")]


def test_actors_coalition_forces_in_a_sentence_naming_another_state(ctx):
    text = ("The French-led coalition said it had taken the airport. Officials in Chad said coalition troops "
            "entered the town on Friday.")
    assert codes(ctx, text, ("coalition troops",)) == [("coalition troops", "FRAMIL")]


def test_actors_victims_in_an_uncoded_place_are_not_the_strikers(ctx):
    text = "Air strikes by the Turkish-led coalition killed nine villagers near Tal Abyad on Sunday, a monitor said."
    assert codes(ctx, text, ("villagers",)) == []  # no country known: not TURCVL


@pytest.mark.parametrize(("text", "expected"), [
    # guards: the ruling coalition is another one; a state named as the striker lends its victims no country,
    # even where no place is named; a named place gives theirs
    ("The Saudi-led coalition struck Sanaa. In Germany the coalition government met on Monday.",
     [("coalition government", "DEUGOV")]),
    ("A Belgian air strike killed nine villagers on Sunday.", []),
    ("A Belgian air strike killed nine villagers in Mali on Sunday.", [("villagers", "MLICVL")]),
])
def test_actors_coalition_and_victims_guards(ctx, text, expected):
    assert codes(ctx, text, ("coalition government", "villagers")) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Police say Daniel Okafor, 44, stabbed two men outside a Lagos nightclub on Friday.", "Daniel Okafor",
     "NGACVL"),
    # a speech verb the parser reads as a noun before the name is no role word
    ("Prosecutors allege Hannah Vogel, 39, set fire to a Munich warehouse in May.", "Hannah Vogel", "DEUCVL"),
    ("Witnesses said Ingrid Dahl, 29, drove into the crowd in Bergen.", "Ingrid Dahl", "NORCVL"),
    ("Marco Ferri (52) set fire to the house in Turin, prosecutors said.", "Marco Ferri", "ITACVL"),
    ("Sofia Berg, 31, a mother of two, was hurt in Malmo when the roof fell.", "Sofia Berg", "SWECVL"),
])
def test_actors_named_person_with_an_age_is_a_private_person(ctx, text, name, expected):
    assert codes(ctx, text, (name,)) == [(name, expected)]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Rui Matos, 67, of Porto, said he lost everything in the fire.", "Rui Matos", "PRTCVL"),
    # the home the name's own phrase gives beats the place of the act
    ("Omar Haddad, 29, from Manchester, was detained in Kenya last year.", "Omar Haddad", "GBRCVL"),
])
def test_actors_private_person_takes_the_home_of_its_own_phrase(ctx, text, name, expected):
    assert codes(ctx, text, (name,)) == [(name, expected)]


@pytest.mark.parametrize(("text", "name"), [
    # two countries in the sentence: which is theirs is not said
    ("Karl Weber, 50, flew from Vienna to Madrid on Monday.", "Karl Weber"),
    # an apposition that says what the person is
    ("Anna Kowal, 45, a police officer, was hurt in Krakow.", "Anna Kowal"),
    # no age: as before
    ("Police say Daniel Okafor stabbed two men outside a nightclub.", "Daniel Okafor"),
    # a role word before the name, an honour in it, a role in an apposition after the age
    ("Veteran striker Tomas Ruiz, 33, scored twice in Seville on Sunday.", "Tomas Ruiz"),
    ("Sir Alan Crewe, 61, opened the new wing in Leeds.", "Sir Alan Crewe"),
    ("Jane Okoro, 64, Nigeria's deputy health minister, spoke in Abuja.", "Jane Okoro"),
])
def test_actors_private_person_guards(ctx, text, name):
    assert all(code is None or not code.endswith("CVL") for _, code in codes(ctx, text, (name,)))


@pytest.mark.parametrize(("text", "name"), [
    # said to be someone else once: an MP, named with his age later
    ("Peter Hale, the MP for Ashford, was robbed in Nairobi. Mr Hale, 60, said he was unhurt.", "Hale"),
    # the country of a place in the person's own relative clause or another clause is not theirs
    ("Nikos Pappas, 31, who won gold at the Sydney Games, faces a ban.", "Nikos Pappas"),
    ("Paul Grey, 60, said the mugging occurred near a hotel in Nairobi.", "Paul Grey"),
    # the article's one country is not used (on news it was a company's or a contest's host as often)
    ("A fire destroyed a block of flats in Porto overnight. Rui Matos, 67, said he lost everything.", "Rui Matos"),
    # given an office: not a private person
    ("Carla Mendes, 41, was named finance minister in Lisbon on Monday.", "Carla Mendes"),
])
def test_actors_private_person_country_guards(ctx, text, name):
    found = codes(ctx, text, (name, "Mr Hale"))
    assert found and all(code is None for _, code in found)
