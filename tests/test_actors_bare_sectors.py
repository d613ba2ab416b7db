"""Role words of unknown country coded by their sector alone (``actors/bare_sectors``), a private
person's country from the dateline (``actors/private_people``), and a coordinated person's "of X".

A police or armed-men word whose country nothing gives (not its phrase, its sentence, the sentences before,
the article's most named state, a dateline) is coded by its sector alone, as GDELT codes an actor of unknown
country ("COP" with an empty country code), and flagged ``sector_without_country``. Mentions that get a
country keep it; other sectors, and words whose country is refused rather than missing (refugees, an embassy,
a people's adjective), stay uncoded. Stores and exports take such a code with no country.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import actors
from eventwire.export import export_events
from eventwire.model import Actor, Article, Event, Span
from eventwire.pipeline import load_stage
from eventwire.store import Store

FLAG = "sector_without_country"


def coded(ctx, text: str) -> dict[str, tuple[str | None, str | None, bool]]:
    article = Article(id="bare-sector-test", text=text, published="2021-06-14")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: (a.code, a.country, FLAG in a.flags) for a in article.actors}


# --- rule cases: no country anywhere, the sector alone --------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "code"), [
    ("Riot police fired tear gas at the marchers outside the stadium.", "Riot police", "COP"),
    ("Police arrested two men after the robbery on Saturday.", "Police", "COP"),
    ("Terrorists fired rockets at the market on Monday, a witness said.", "Terrorists", "UAF"),
    ("The fighters seized the bridge after a long battle.", "fighters", "UAF"),
])
def test_actors_bare_sector_without_any_country(ctx, text, word, code):
    assert coded(ctx, text)[word] == (code, None, True)


def test_actors_bare_sector_gives_an_event(ctx):
    article = Article(id="bare-sector-event", text="Police arrested two men after the robbery on Saturday.",
                      published="2021-06-14")
    ctx.docs.pop(article.id, None)
    process = [load_stage("actors"), load_stage("events")]
    batch = [article]
    for stage in process:
        batch = stage.run(batch, ctx)
    ctx.docs.pop(article.id, None)
    assert [(e.cameo, e.source.code, e.source.country) for e in article.events] == [("173", "COP", None)]


# --- guards: a country found anywhere is kept; other sectors and refused words stay as they were -----------

@pytest.mark.parametrize(("text", "word", "code"), [
    # the dateline gives the country
    ("OSLO (Reuters) - Police arrested two men after the robbery on Saturday.", "Police", "NORCOP"),
    # the sentence names it
    ("Police in Chile arrested two men after the robbery.", "Police", "CHLCOP"),
    # an earlier sentence names it
    ("Kenyan police raided a camp on Monday. The police then arrested two men.", "police", "KENCOP"),
])
def test_actors_bare_sector_keeps_a_country_found(ctx, text, word, code):
    got = coded(ctx, text)
    assert got[word][0] == code and not got[word][2]


@pytest.mark.parametrize(("text", "word"), [
    ("The cabinet rejected the proposal from the unions on Tuesday.", "cabinet"),  # GOV: a party's or a firm's
    ("The refugees crossed the river at dawn.", "refugees"),  # refugees: never the sentence's country
    ("The embassy closed its doors on Friday.", "embassy"),  # a post of another state
    ("On Monday, Kurdish fighters attacked the town.", "fighters"),  # a people's adjective: refused, not missing
])
def test_actors_bare_sector_not_for_other_words(ctx, text, word):
    got = coded(ctx, text)
    assert word not in got or got[word][0] is None


# --- a private person takes the dateline's country; a country in a coordinated person's phrase is theirs ----

def test_actors_private_person_takes_the_datelines_country(ctx):
    text = ("PORTLAND, Maine (AP) \u2014 Police say Thomas Keller, 47, opened fire at the depot on Friday, "
            "killing a colleague.")
    assert coded(ctx, text)["Thomas Keller"][:2] == ("USACVL", "USA")


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Thomas Keller, 47, was arrested in Paris on Friday.",  # a place of another country
    "Police say Thomas Keller, 47, opened fire at the depot on Friday.",  # no dateline
])
def test_actors_private_person_dateline_guards(ctx, text):
    assert coded(ctx, text)["Thomas Keller"][0] is None


@pytest.mark.parametrize(("text", "expected"), [
    ("OTTAWA (AP) \u2014 Investigators are studying the talks between President Okafor and Prime Minister "
     "Lindqvist of Peru.", "CANGOV"),  # the dateline's
    ("Investigators are studying the talks between President Okafor and Prime Minister Lindqvist of Peru.",
     "GOV"),  # nothing else names a country: the title's office alone
])
def test_actors_country_of_a_coordinated_persons_phrase(ctx, text, expected):
    got = coded(ctx, text)
    assert got["Prime Minister Lindqvist"][0] == "PERGOV"
    assert got["President Okafor"][0] == expected  # not "of Peru", which is Lindqvist's


# --- stores and exports -----------------------------------------------------------------------------------------

def _bare_event_article() -> Article:
    text = "Police arrested two gunmen after the raid."
    article = Article(id="bare1", text=text, raw=text, source_sha="b1", published="2021-06-14")
    article.events = [Event(
        id="bare1-e1", article_id="bare1", cameo="173", root="17", quad_class=4, goldstein=-5.0,
        trigger=Span(7, 15), span=Span(0, 41), date="2021-06-14", date_precision="day",
        date_basis="publication",
        source=Actor(Span(0, 6), "Police", "COP", None, "agent:COP", kind="agent", flags=[FLAG]),
        target=Actor(Span(20, 26), "gunmen", "UAF", None, "agent:UAF", kind="agent", flags=[FLAG]))]
    return article


def test_actors_bare_sector_store_and_exports(tmp_path: Path):
    with Store(tmp_path / "db.duckdb") as store:
        store.write([_bare_event_article()], [], store.start_run([]))
        jsonl = tmp_path / "events.jsonl"
        assert export_events(store, "jsonl", jsonl) == 1
        row = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])
        assert row["source"]["code"] == "COP" and row["source"]["country"] is None
        assert row["target"]["code"] == "UAF" and row["target"]["country"] is None
        gdelt = tmp_path / "events.gdelt.tsv"
        assert export_events(store, "gdelt", gdelt) == 1
        from eventwire.export.gdelt import COLUMNS

        fields = dict(zip(COLUMNS, gdelt.read_text(encoding="utf-8").split("\n")[0].split("\t"), strict=True))
        assert fields["Actor1Code"] == "COP" and fields["Actor1CountryCode"] == ""
        assert fields["Actor1Type1Code"] == "COP" and fields["Actor2Type1Code"] == "UAF"
