"""The GDELT 2.0 Events export: 61 tab-separated columns in codebook order, our
fields mapped as export/README.md documents, the rest left empty."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import shared_path
from eventwire.export import export_events
from eventwire.export.gdelt import COLUMNS, global_event_id
from eventwire.model import Actor, Article, Event, Place, Span
from eventwire.store import Store


def _event(article_id: str, n: int, **fields) -> Event:
    base = dict(id=f"{article_id}-e{n}", article_id=article_id, cameo="195", root="19", quad_class=4,
                goldstein=-10.0, trigger=Span(40, 48), span=Span(0, 60), date="2017-04-07", date_precision="day",
                date_basis="expression",
                source=Actor(Span(0, 13), "United States", "USAMIL", "USA", "e1", name="United States military"),
                target=Actor(Span(20, 25), "Syria", "SYR", "SYR", "e2"),
                place=Place("Homs", "SYR", 34.73, 36.72, Span(52, 56), "city"))
    base.update(fields)
    return Event(**base)


@pytest.fixture
def store(tmp_path: Path):
    text = "The US military struck a Syrian air base.\nSecond paragraph: Russia condemned the strike."
    first = Article(id="a1", text=text, raw=text, source_sha="1", published="2017-04-08",
                    url="https://news.invalid/a1", outlet="Wire")
    first.events = [
        _event("a1", 1, incident_id="inc-1"),
        _event("a1", 2, cameo="111", root="11", quad_class=3, goldstein=-2.0, span=Span(60, 80),
               trigger=Span(67, 76), source=Actor(Span(42, 48), "Russia", "RUS", "RUS", "e3"), place=None,
               date="2017-04", date_precision="month"),
        _event("a1", 3, cameo="0251", root="02", negated=True, modality="negated"),
        _event("a1", 4, cameo="042", root="04", modality="hypothetical", place=None,
               target=Actor(Span(0, 3), "UN", "IGOUNO", None, "e4")),
    ]
    second = Article(id="a2", text="Another report.", raw="r2", source_sha="2", published="2017-04-09")
    second.events = [_event("a2", 1, incident_id="inc-1", date=None, date_precision=None)]
    with Store(tmp_path / "db.duckdb") as opened:
        opened.write([first, second], [], opened.start_run([]))
        opened.refresh_aggregates()
        yield opened


def _export(store: Store, tmp_path: Path, **filters) -> list[dict[str, str]]:
    out = tmp_path / "events.gdelt.tsv"
    count = export_events(store, "gdelt", out, **filters)
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) - 1 == count
    rows = [line.split("\t") for line in lines[:-1]]
    assert all(len(row) == 61 for row in rows)
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def test_export_gdelt_columns_follow_the_codebook():
    path = shared_path("codebooks", "pypi+gdelt-0.1.14", "events2.csv")
    with path.open(encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert len(COLUMNS) == 61
    assert list(COLUMNS) == names


def test_export_gdelt_maps_our_fields(store: Store, tmp_path: Path):
    rows = {r["GLOBALEVENTID"]: r for r in _export(store, tmp_path)}
    strike = rows[str(global_event_id("a1-e1"))]
    assert (strike["SQLDATE"], strike["MonthYear"], strike["Year"]) == ("20170407", "201704", "2017")
    assert strike["FractionDate"] == f"{2017 + (4 * 30 + 7) / 365:.4f}"
    assert (strike["Actor1Code"], strike["Actor1Name"], strike["Actor1CountryCode"]) == (
        "USAMIL", "UNITED STATES MILITARY", "USA")
    assert (strike["Actor1Type1Code"], strike["Actor1Type2Code"], strike["Actor2Code"]) == ("MIL", "", "SYR")
    assert (strike["EventCode"], strike["EventBaseCode"], strike["EventRootCode"]) == ("195", "195", "19")
    assert (strike["QuadClass"], strike["GoldsteinScale"], strike["IsRootEvent"]) == ("4", "-10", "1")
    assert (strike["NumMentions"], strike["NumSources"], strike["NumArticles"]) == ("2", "2", "2")
    assert (strike["ActionGeo_Type"], strike["ActionGeo_FullName"], strike["ActionGeo_CountryCode"]) == (
        "4", "Homs, Syria", "SY")
    assert (strike["ActionGeo_Lat"], strike["ActionGeo_Long"]) == ("34.73", "36.72")
    assert len(strike["DATEADDED"]) == 14 and strike["SOURCEURL"] == "https://news.invalid/a1"
    for empty in ("AvgTone", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Geo_Type", "Actor2Geo_Lat",
                  "ActionGeo_ADM2Code", "ActionGeo_FeatureID"):
        assert strike[empty] == ""


def test_export_gdelt_dates_counts_and_lead(store: Store, tmp_path: Path):
    rows = {r["GLOBALEVENTID"]: r for r in _export(store, tmp_path)}
    condemn = rows[str(global_event_id("a1-e2"))]
    assert condemn["SQLDATE"] == "20170401"  # month precision: the first day of the month
    assert condemn["IsRootEvent"] == "0"  # not in the lead paragraph
    assert (condemn["NumMentions"], condemn["NumSources"], condemn["NumArticles"]) == ("1", "1", "1")  # no incident
    assert condemn["ActionGeo_Type"] == "" and condemn["ActionGeo_FullName"] == ""
    undated = rows[str(global_event_id("a2-e1"))]
    assert undated["SQLDATE"] == "20170409"  # no event date: the publication date
    assert undated["SOURCEURL"] == "a2"  # no URL: the article id as the citation


def test_export_gdelt_leaves_out_negated_and_hypothetical_unless_asked(store: Store, tmp_path: Path):
    default = {r["GLOBALEVENTID"] for r in _export(store, tmp_path)}
    everything = _export(store, tmp_path, include_negated=True)
    assert len(default) == 3 and len(everything) == 5
    group = next(r for r in everything if r["GLOBALEVENTID"] == str(global_event_id("a1-e4")))
    assert (group["Actor2Code"], group["Actor2Type1Code"], group["Actor2KnownGroupCode"]) == ("IGOUNO", "IGO", "UNO")


def test_export_gdelt_filters_and_stable_ids(store: Store, tmp_path: Path):
    rows = _export(store, tmp_path, dyad=("USA", "SYR"))
    assert {r["EventCode"] for r in rows} == {"195"}
    again = _export(store, tmp_path, dyad=("USA", "SYR"))
    assert [r["GLOBALEVENTID"] for r in rows] == [r["GLOBALEVENTID"] for r in again]
    assert len({r["GLOBALEVENTID"] for r in _export(store, tmp_path, include_negated=True)}) == 5
