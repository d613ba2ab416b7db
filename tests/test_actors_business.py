"""Companies and their officers are not their states, shared nationality
adjectives, recipients of state organs, dates that a legacy group name spells."""

from __future__ import annotations

import pytest

from actors_support import pipeline_dyads
from eventwire import actors
from eventwire.model import Article


def resolve(ctx, text: str, published: str | None = "2019-03-15") -> dict[str, tuple[str | None, str | None]]:
    article = Article(id="bus-test", text=text, published=published)
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: (a.code, a.country) for a in article.actors}


def coded_events(ctx, text: str) -> set[tuple[str, str | None, str]]:
    """Source, target and code of the events the full actors+events stages give ``text``."""
    return pipeline_dyads(ctx, text, "bus-events", published=None)


@pytest.mark.parametrize(("text", "company"), [
    # firms no dictionary knows (known ones are their country's business: test_actors_known_companies)
    ("Japan's Takarabune signed a supply deal with the city council.", "Japan's Takarabune"),
    ("Germany's Vossberg opened a plant near the border.", "Germany's Vossberg"),
])
def test_actors_company_with_country_possessive_is_not_the_state(ctx, text, company):
    coded = resolve(ctx, text)
    assert coded[company][0] is None  # no company ending: uncoded, but never the bare state
    assert all(code not in ("JPN", "DEU") for code, _ in coded.values())


def test_actors_company_with_corporate_ending_is_business_sector(ctx):
    coded = resolve(ctx, "Germany's Siemens AG signed a contract with the railway operator.")
    assert coded["Germany's Siemens AG"] == ("DEUBUS", "DEU")


def test_actors_public_body_keeps_its_state(ctx):
    """A name with a public body's word is no company: the country stays the reading."""
    coded = resolve(ctx, "Iraq's Supreme Judicial Council ordered the arrest of the governor.")
    assert coded["Iraq"] == ("IRQ", "IRQ")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Chinese appliance maker TCL signed the deal.", "Chinese appliance maker", "CHNBUS"),
    ("Japan's Sharp and Chinese appliance maker Haier signed a supply agreement.", "Chinese appliance maker",
     "CHNBUS"),
    ("Japanese electronics maker Sony criticized the plan.", "Japanese electronics maker", "JPNBUS"),
])
def test_actors_trade_noun_between_country_and_business_word(ctx, text, mention, code):
    assert resolve(ctx, text)[mention][0] == code


def test_actors_officer_of_unknown_company_takes_no_context_country(ctx):
    text = "Taiwan's chip sales rose. Maria Lopez, executive vice president of AMD, urged Taiwan to cut tariffs."
    coded = resolve(ctx, text)
    assert all(code != "TWNGOV" for code, _ in coded.values())


def test_actors_shared_nationality_adjective_refuses_another_state(ctx):
    coded = resolve(ctx, "The Korean government has agreed to provide Sri Lanka with new technology.")
    assert all(code != "LKAGOV" for code, _ in coded.values())


def test_actors_companies_give_no_state_dyad(ctx):
    """Two companies named with their countries sign a deal: no JPN <-> CHN event."""
    events = coded_events(ctx, "Japan's Sharp and Chinese appliance maker Haier signed a supply agreement.")
    assert not any({source, target} & {"JPN", "CHN"} for source, target, _ in events)


def test_actors_state_organ_takes_no_country_from_its_recipient(ctx):
    coded = resolve(ctx, "Immigration officials returned the stolen paintings to Peru.")
    assert all(code != "PERGOV" for code, _ in coded.values())


def test_actors_rebels_keep_the_country_they_surrender_to(ctx):
    """Rebels, opposition and people mostly deal with their own state: the refusal is for state organs."""
    coded = resolve(ctx, "A rebel commander surrendered to Colombian forces on Sunday.")
    assert coded["rebel commander"][0] == "COLREB"


@pytest.mark.parametrize("text", [
    "From 13 May to May 15 2016, the president attended a summit in London.",
    "The talks ended on May 15.",
])
def test_actors_a_date_is_no_group(ctx, text):
    """A legacy group name that is a date ("15 May") does not match a date in the text."""
    assert not any("15" in mention for mention in resolve(ctx, text))


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Iran's supreme leader held talks with a senior Yemeni rebel official.", "senior Yemeni rebel official", "YEMREB"),
    ("A Yemeni government official criticized the rebels.", "Yemeni government official", "YEMGOV"),
])
def test_actors_one_who_speaks_for_a_body_takes_its_sector(ctx, text, mention, code):
    assert resolve(ctx, text)[mention][0] == code


def test_actors_word_of_a_persons_name_is_no_role_word(ctx):
    coded = resolve(ctx, "The prime minister held talks with Vietnamese defense chief Gen. Ngo Xuan Lich.")
    assert all(not (code or "").endswith("NGO") for code, _ in coded.values())
    assert resolve(ctx, "King Abdullah met NGO leaders in Amman.")["NGO leaders"][0] == "NGO"


def test_actors_people_of_a_named_place_are_no_office(ctx):
    """Only office words ("vice president of X") lose the context country, not "the neighbourhoods of X"."""
    text = ("A police source in Damascus said gunmen fired rockets at the neighborhoods of al-Sheikh Saad "
            "and al-Mazzeh 86 in the al-Mazzeh area.")
    assert resolve(ctx, text)["neighborhoods"][0] == "SYRCVL"


def test_actors_headline_words_in_a_misread_name_stay_role_words(ctx):
    """spaCy reads a title-case headline's "Terrorist Attack" as a person: the role word still counts."""
    coded = resolve(ctx, "Mon Mar 3 2014 title: Terrorist Attack on Aleppo market kills 7 wounds 20.")
    assert any(code == "SYRUAF" for code, _ in coded.values())


def test_actors_base_of_a_body_is_no_context_country(ctx):
    coded = resolve(ctx, "A UK-based monitoring group said eight people were killed by government forces.")
    assert all(code != "GBRMIL" for code, _ in coded.values())


def test_actors_linked_group_is_a_sponsor_not_a_home(ctx):
    coded = resolve(ctx, "Troops left the Israeli-occupied sector after Al-Qaeda-linked rebels seized a post.")
    assert all(code != "ISRREB" for code, _ in coded.values())
