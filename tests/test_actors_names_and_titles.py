"""Who an actor is from the words around its name: a place inside another name, a newspaper
named after its city, shadow ministers, an elite titled with his office, a company's spokesman, a
country's name that is also a U.S. state, tribal leaders (``actors/names.py``, ``compose``, ``context``,
``shared_names``, ``data/actors/curated.yaml``)."""

from __future__ import annotations

import pytest

from actors_support import coded_article
from eventwire import actors
from eventwire.model import Article


def codes(ctx, text: str, published: str = "2016-05-02") -> dict[str, str | None]:
    """Each actor mention's text -> its code."""
    article = Article(id="names-test", text=text, published=published)
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: a.code for a in article.actors}


def coded_events(ctx, text: str) -> list[tuple[str, str | None, str | None]]:
    article = coded_article(ctx, text, "2016-05-02", "names-events-test")
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in article.events]


@pytest.mark.parametrize(("text", "state"), [
    ("Basketball fans cheered as Michael Jordan praised the coach.", "JOR"),  # a surname
    ("Dallas fans booed when Mark Cuban criticized the referees.", "CUB"),  # a surname in adjective form
    ("T-Mobile USA agreed to buy the licences from a rival carrier.", "USA"),  # a company's branch
    ("Amnesty International USA condemned the Egyptian government.", "USA"),  # an NGO's branch
])
def test_actors_place_inside_another_name_is_no_state(ctx, text, state):
    assert state not in codes(ctx, text).values()


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Cuban President Raul Castro spoke to the assembly.", "Cuban President Raul Castro", "CUBGOV"),
    ("Jordan's foreign minister met the envoy.", "Jordan's foreign minister", "JORGOV"),
    ("Amnesty International USA condemned the Egyptian government.", "Egyptian government", "EGYGOV"),
])
def test_actors_place_inside_another_name_guards(ctx, text, mention, code):
    assert codes(ctx, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("In an editorial, the Bangkok Post said the Thai government must act.", "Bangkok Post", "THAMED"),
    ("The Irish Times reported that the talks had failed.", "Irish Times", "IRLMED"),
    ("A reporter for the Nairobi Daily News was detained.", "Nairobi Daily News", "KENMED"),
])
def test_actors_place_before_a_newspaper_word_is_the_newspaper(ctx, text, mention, code):
    assert codes(ctx, text)[mention] == code


def test_actors_newspaper_is_the_source_of_its_editorial(ctx):
    found = coded_events(ctx, "In an editorial, the Bangkok Post said the Thai government must act.")
    assert found and all(source == "THAMED" for _, source, _ in found)


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Bangkok police arrested two men on Monday.", "Bangkok police", "THACOP"),
    ("The Bangkok governor met reporters on Monday.", "Bangkok governor", "THAGOV"),
])
def test_actors_city_before_other_words_stays_a_place(ctx, text, mention, code):
    assert codes(ctx, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Britain's shadow chancellor John Smithers accused the prime minister of lying.",
     "chancellor John Smithers", "GBROPP"),
    ("In London the shadow foreign secretary criticized the prime minister.", "foreign secretary", "GBROPP"),
])
def test_actors_shadow_minister_is_the_opposition(ctx, text, mention, code):
    assert codes(ctx, text)[mention] == code


def test_actors_minister_without_shadow_is_the_government(ctx):
    found = codes(ctx, "Britain's chancellor John Smithers accused the opposition of lying.")
    assert found["Britain's chancellor John Smithers"] == "GBRGOV"


@pytest.mark.parametrize(("text", "mention", "code"), [
    # the dictionary files him only as an elite: the written office says what he is in this story
    ("Afghan President Babrak Karmal visited Moscow.", "Afghan President Babrak Karmal", "AFGGOV"),
    # a past office or a party's leader keeps the elite
    ("Former Afghan President Babrak Karmal visited Moscow.", "Afghan President Babrak Karmal", "AFGELI"),
])
def test_actors_present_office_title_beats_an_elite_entry(ctx, text, mention, code):
    found = codes(ctx, text, published="1985-03-01")
    assert found.get(mention, found.get("Former " + mention)) == code


def test_actors_company_spokesman_is_no_government(ctx):
    found = codes(ctx, "Honda is also weighing bids from several U.S. firms, but the spokesman declined to "
                       "name them.")
    assert "USAGOV" not in found.values()


def test_actors_ministry_spokesman_stays_the_government(ctx):
    found = codes(ctx, "India's foreign ministry said it would act, but the spokesman declined to give details.")
    assert found["spokesman"] == "INDGOV"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Lawmakers in Georgia approved the bill after Atlanta police arrested protesters.", "Georgia", "USA"),
    ("The governor of the state of Georgia signed the bill.", "Georgia", "USA"),
    # the country: its people, capital or cities are named, or nothing says it is a U.S. state
    ("Georgia's president met Russian officials in Tbilisi.", "Georgia's president", "GEOGOV"),
    ("Georgia accused Russia of moving the border fence.", "Georgia", "GEO"),
])
def test_actors_georgia_is_the_us_state_where_the_story_says_so(ctx, text, mention, code):
    assert codes(ctx, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Iraqi tribal leaders met the American envoy in Baghdad.", "Iraqi tribal leaders", "IRQCVL"),
    ("Iraqi leaders met the American envoy in Baghdad.", "Iraqi leaders", "IRQGOV"),  # control
])
def test_actors_tribal_leaders_lead_no_state(ctx, text, mention, code):
    assert codes(ctx, text)[mention] == code
