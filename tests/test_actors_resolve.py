"""Resolution of mentions in hand-written sentences (spaCy + dictionaries)."""

from __future__ import annotations

import itertools

import pytest

from eventwire import actors
from eventwire.model import Article


def resolve(ctx, text: str, published: str | None = "2019-03-15") -> Article:
    article = Article(id="t", text=text, published=published)
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return article


def coded(article: Article) -> dict[str, str | None]:
    return {a.text: a.code for a in article.actors}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Russian Foreign Minister Sergey Lavrov flew to Ankara on Monday.",
         "Russian Foreign Minister Sergey Lavrov", "RUSGOV"),
        ("Syrian forces shelled the outskirts of the town overnight.", "Syrian forces", "SYRMIL"),
        ("Senior U.S. officials declined to comment on the plan.", "Senior U.S. officials", "USAGOV"),
        ("U.S. intelligence agencies warned of more hacking.", "U.S. intelligence agencies", "USASPY"),
        ("Analysts said the Russian military had moved the batteries.", "Russian military", "RUSMIL"),
        ("Turkish police detained forty people in Izmir.", "Turkish police", "TURCOP"),
        ("Iranian refugees crossed into the valley.", "Iranian refugees", "IRNREF"),
        ("The Kremlin rejected the accusation as absurd.", "Kremlin", "RUSGOV"),
        ("A statement from the White House came late.", "White House", "USAGOV"),
        ("Downing Street said the talks would go on.", "Downing Street", "GBRGOV"),
        ("The Pentagon sent two more carriers.", "Pentagon", "USAMIL"),
        ("Officials at Foggy Bottom were not consulted.", "Foggy Bottom", "USAGOV"),
        ("The Élysée denied any change of course.", "Élysée", "FRAGOV"),
        ("Moscow answered within hours.", "Moscow", "RUS"),
        ("Beijing and Damascus signed a deal.", "Damascus", "SYR"),
        ("NATO allies met in Brussels.", "NATO", "IGOWSTNAT"),
        ("The IAEA inspectors left the site.", "IAEA", "IGOUNOIAE"),
        ("The United Nations called for a ceasefire.", "United Nations", "IGOUNO"),
        ("Hezbollah fired rockets at the border posts.", "Hezbollah", "LBNREBHEZ"),
        ("Fighters of the Islamic State retreated to the desert.", "Fighters of the Islamic State", "IMGMUSISI"),
        ("The Taliban took the district centre.", "Taliban", "AFGINSTAL"),
        ("The Kurdish YPG held the bridge.", "Kurdish YPG", "SYRREBYPG"),
        ("Talks in Minsk resumed after a pause.", "Minsk", "BLR"),
        ("Forces of Syria advanced on the town.", "Forces of Syria", "SYRMIL"),
        ("Russia's foreign minister arrived late.", "Russia's foreign minister", "RUSGOV"),
    ],
)
def test_actors_resolve_phrases(ctx, text, mention, code):
    assert coded(resolve(ctx, text)).get(mention) == code


def test_actors_resolve_splits_merged_spacy_entity(ctx):
    article = resolve(ctx, "The talks included Russia's envoy to the U.S. Sergey Kislyak and others.", "2016-05-01")
    person = next(a for a in article.actors if a.kind == "person")
    assert person.text == "Russia's envoy to the U.S. Sergey Kislyak"
    assert (person.code, person.entity_id) == ("RUSGOV", "person:sergey_kislyak")


def test_actors_resolve_unknown_person_kept_uncoded(ctx):
    article = resolve(ctx, "Margit Oberhollenzer, a retired teacher, watched the parade.")
    person = next(a for a in article.actors if "Oberhollenzer" in a.text)
    assert person.kind == "person" and person.code is None and person.entity_id.startswith("t#person:")


def test_actors_resolve_unknown_person_coded_by_title(ctx):
    article = resolve(ctx, "Russian ambassador Ivan Zolotarevsky-Brandt left the meeting early.")
    person = next(a for a in article.actors if "Zolotarevsky" in a.text)
    assert (person.code, person.country, person.kind) == ("RUSGOV", "RUS", "person")


def test_actors_resolve_regime_takes_country_from_context(ctx):
    text = ("Syrian President Bashar al-Assad vowed to retake Idlib. Aid groups say civilian opponents "
            "of the regime fear arrest.")
    mention = next(a for a in resolve(ctx, text).actors if "opponents" in a.text)
    assert mention.country == "SYR" and mention.code == "SYROPP"


@pytest.mark.parametrize(
    ("published", "code", "flags"),
    [("2016-06-01", "USA", []), ("2017-03-01", "USAGOV", []), ("2022-03-01", "USAELI", ["former_office"]),
     ("2025-02-01", "USAGOV", []), (None, "USAGOV", ["role_date_unknown"])],
)
def test_actors_resolve_dated_roles(ctx, published, code, flags):
    article = resolve(ctx, "Donald Trump spoke to supporters in Ohio.", published)
    trump = next(a for a in article.actors if a.text == "Donald Trump")
    assert trump.code == code and trump.flags == flags


@pytest.mark.parametrize("text", ["Tell us who did it, and who paid.", "The turkey was dry but the wine was good."])
def test_actors_resolve_common_words_are_not_actors(ctx, text):
    assert resolve(ctx, text).actors == []


def test_actors_resolve_sorted_and_non_overlapping(ctx):
    text = ("U.S. Secretary of State Mike Pompeo met Chinese Foreign Minister Wang Yi in Beijing, while "
            "Chinese troops and Indian soldiers faced off in Ladakh and the Pentagon watched.")
    spans = [(a.span.start, a.span.end) for a in resolve(ctx, text).actors]
    assert spans == sorted(spans)
    assert all(end <= next_start for (_, end), (next_start, _) in itertools.pairwise(spans))
    codes = coded(resolve(ctx, text))
    assert codes["Chinese Foreign Minister Wang Yi"] == "CHNGOV"
    assert codes["Chinese troops"] == "CHNMIL" and codes["Indian soldiers"] == "INDMIL"
