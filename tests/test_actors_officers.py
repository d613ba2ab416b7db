"""Company officers, bodies that title nobody, ranks and an officer's namesakes."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def mentions(ctx, text: str, published: str | None = "2015-03-14") -> dict[str, tuple[str | None, str | None]]:
    """Each actor mention's text → (code, entity id)."""
    article = Article(id="officer-test", text=text, published=published)
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: (a.code, a.entity_id) for a in article.actors}


@pytest.mark.parametrize(("text", "mention"), [
    ("A dismissed clerk stormed the bakery's dinner in Dundee, killing the chief executive officer.",
     "chief executive officer"),
    ("Police in Leeds said the firm's chief executive officer was shot.", "chief executive officer"),
])
def test_actors_company_officer_is_business_not_government(ctx, text, mention):
    code, _ = mentions(ctx, text)[mention]
    assert code is not None and code.endswith("BUS")


def test_actors_lower_case_body_titles_no_one(ctx):
    # "told police Brinkley raised …": the police are whom she told; Brinkley is the man named before.
    found = mentions(ctx, "A mechanic named Walter Brinkley walked into a depot in Leeds. A colleague told police "
                          "Brinkley raised a rifle.")
    assert "police Brinkley" not in found
    assert found["police"][0] == "GBRCOP"
    assert found["Brinkley"][1].endswith("person:walter_brinkley")


def test_actors_rank_between_body_and_name_is_a_title(ctx):
    found = mentions(ctx, "The fire started in a Dayton suburb, police Sgt. Tom Mabry said.")
    assert "Sgt" not in found  # a rank is no person
    code, entity = found["police Sgt. Tom Mabry"]
    assert code == "USACOP"
    assert entity.endswith("#person:tom_mabry")  # the rank is not part of the name


def test_actors_ranked_officer_is_not_a_dictionary_namesake(ctx):
    # Bill Hayden is an Australian politician in the generated files; a Dayton police sergeant is someone else.
    found = mentions(ctx, "The fire started in a Dayton suburb, police Sgt. Bill Hayden said. Hayden said no one "
                          "was hurt.")
    code, entity = found["police Sgt. Bill Hayden"]
    assert code == "USACOP"
    assert entity.endswith("#person:bill_hayden")
    assert found["Hayden"][1] == entity
    # the title of his own office still codes him
    assert mentions(ctx, "Former prime minister Bill Hayden spoke in Canberra.", "1999-05-01")[
        "Former prime minister Bill Hayden"][1] == "person:bill_hayden"


@pytest.mark.parametrize(("text", "expected"), [
    ("Crowds marched through Lisbon on Friday. \"We are tired,\" one student told Reuters. The policeman accused of "
     "firing the shot was jailed.", "PRTCOP"),  # the story's country, not the agency's
    ("Crowds marched on Friday. \"We are tired,\" one student told Reuters. The policeman accused of firing the "
     "shot was jailed.", "COP"),  # no country at all: the bare sector, not British
])
def test_actors_news_agency_gives_no_one_its_country(ctx, text, expected):
    assert mentions(ctx, text).get("policeman", (None, None))[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an outlet of the story's own country is a witness like any other mention of it
    ("Thousands of nurses marched through Manchester and Leeds on Monday. The march was peaceful. Organisers "
     "expect more next week. Union leaders later told the BBC that ministers had ignored them.", "GBRGOV"),
    ("Thousands of miners marched through Omsk and Novosibirsk on Monday. The march was peaceful. Organisers "
     "expect more next week. Union leaders later told Tass that ministers had ignored them.", "RUSGOV"),
    # ... but not of a story of another country
    ("Thousands of nurses marched through Lyon and Lille on Monday. The march was peaceful. Organisers "
     "expect more next week. Union leaders later told the BBC that ministers had ignored them.", None),
    # ... nor of a story that names another country as often as the outlet's
    ("Thousands of nurses marched through Marseille and Leeds on Monday. The march was peaceful. Organisers "
     "expect more next week. Union leaders later told the BBC that ministers had ignored them.", None),
])
def test_actors_news_outlet_of_the_story_country_gives_its_country(ctx, text, expected):
    assert mentions(ctx, text).get("ministers", (None, None))[0] == expected


PIRATE_STORY = ("Somali pirates tried to board a cargo ship on Saturday. An Indian warship fired on the pirates and "
                "its commandos captured 12 of them. The navy said the pirates surrendered after a short chase.")


def test_actors_group_named_again_keeps_the_country_written_before(ctx):
    article = Article(id="pirates", text=PIRATE_STORY, published="2015-03-14")
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    codes = [(a.text, a.code) for a in article.actors]
    # the pirates are the Somali ones, not of their attacker's country; the navy stays Indian
    assert [code for text, code in codes if text == "pirates"] == ["SOMCRM", "SOMCRM"]
    assert dict(codes)["navy"] == "INDMIL"
    assert dict(codes)["commandos"] == "INDMIL"


@pytest.mark.parametrize("text", [
    "Pirates attacked a tanker in the Gulf of Aden on Monday.",
    "A trawler sank in the Sea of Japan on Monday.",
])
def test_actors_a_sea_named_after_a_place_is_no_actor(ctx, text):
    found = mentions(ctx, text)
    assert not any(code and code[:3] in ("YEM", "JPN") for code, _ in found.values())


@pytest.mark.parametrize(("text", "body", "wrong"), [
    ("The parliament's inquiry into Chinese hacking closed on Friday.", "parliament", "CHN"),
    ("A Senate probe of Iranian oil sales began in May.", "Senate", "IRN"),
])
def test_actors_inquiry_subject_lends_no_country(ctx, text, body, wrong):
    code, _ = mentions(ctx, text).get(body, (None, None))  # uncoded is fine; the inquiry's subject's is not
    assert not (code or "").startswith(wrong)
