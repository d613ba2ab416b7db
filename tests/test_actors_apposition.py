"""Titles written as appositions, UN peace operations, the plain "Korean"."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def codes(ctx, text: str, published: str | None = "2016-06-01") -> dict[str, str | None]:
    """Each actor mention's text → code."""
    article = Article(id="apposition-test", text=text, published=published)
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: a.code for a in article.actors}


@pytest.mark.parametrize(("text", "person", "code"), [
    # name first, then the apposition with its own country
    ("Guerrillas freed Aurelio Quintana, a former Peruvian congressman, on Monday.", "Aurelio Quintana", "PERLEG"),
    # the apposition first, then the name
    ("A Kenyan lawmaker, Otieno Kamau, criticised the ruling.", "Otieno Kamau", "KENLEG"),
])
def test_actors_apposition_titles_an_unknown_person(ctx, text, person, code):
    assert codes(ctx, text)[person] == code


def test_actors_apposition_sector_takes_the_sentence_country(ctx):
    # the role word has no country of its own: the person is titled, and the context gives the country
    found = codes(ctx, "A court in Ecuador sentenced Rosa Quilla, a local activist, to three years.")
    assert found["Rosa Quilla"] is not None and found["Rosa Quilla"].startswith("ECU")


@pytest.mark.parametrize("text", [
    # no comma: "the nurse Rosa Quilla" is a title compose handles, not an apposition; plural crowds title no one
    "Protesters, among them Rosa Quilla, marched to the Peruvian embassy.",
    "Rosa Quilla met Peruvian officials.",
    # an office of a body no dictionary codes is no state office: not GOV
    "Rosa Quilla, the chief executive of Quilla Textiles, said Britain would buy less.",
])
def test_actors_apposition_needs_a_singular_role_beside_the_name(ctx, text):
    assert codes(ctx, text).get("Rosa Quilla") is None


@pytest.mark.parametrize(("text", "mention"), [
    ("UNIFIL said its patrol was stopped near the border.", "UNIFIL"),
    ("Syria expelled UNSCOM inspectors.", "UNSCOM"),
    ("MINUSMA condemned the attack on its convoy.", "MINUSMA"),
    ("UNODC warned of a record opium harvest.", "UNODC"),
])
def test_actors_un_peace_operations_are_the_un(ctx, text, mention):
    assert codes(ctx, text)[mention] == "IGOUNO"


def test_actors_north_atlantic_council_is_nato(ctx):
    assert codes(ctx, "The North Atlantic Council met in Brussels.")["North Atlantic Council"] == "IGOWSTNAT"


@pytest.mark.parametrize(("text", "mention", "code"), [
    # plain "Korean" beside another state is the Republic of Korea's
    ("The Korean government agreed to lend Ghana two ferries.", "government", "KORGOV"),
    # written "North Korean", it is the North's
    ("North Korean officials agreed to meet Ghana's envoy.", "North Korean officials", "PRKGOV"),
])
def test_actors_plain_korean_is_south_korea(ctx, text, mention, code):
    found = codes(ctx, text)
    assert found[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The FAO warned of a locust plague in the Horn of Africa.", "FAO", "IGOUNOAGRFAO"),
    ("UNRWA closed its schools in the camps.", "UNRWA", "IGOUNOREF"),
    ("Mercosur suspended Paraguay after the vote.", "Mercosur", "IGOSAM"),
    ("The Caribbean Community condemned the coup.", "Caribbean Community", "IGOCRB"),
    ("ECOMOG troops entered the capital.", "ECOMOG troops", "IGOWAFWAS"),
])
def test_actors_regional_bodies_and_un_programmes_are_coded(ctx, text, mention, code):
    assert codes(ctx, text)[mention] == code


@pytest.mark.parametrize(("text", "mention"), [
    ("The Democratic House and the Senate could not agree on the budget.", "Democratic House"),
    ("The Republican-controlled House passed the tariff bill.", "Republican-controlled House"),
    ("House Democrats criticized the ruling.", "House Democrats"),
])
def test_actors_party_word_keeps_the_house_a_legislature(ctx, text, mention):
    assert codes(ctx, text)[mention] == "USALEG"


def test_actors_a_bare_house_name_is_no_legislature(ctx):
    assert codes(ctx, "Penguin House signed the author.").get("Penguin House") is None
