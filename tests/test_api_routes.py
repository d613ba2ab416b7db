"""HTTP API over a hand-built store: contract shapes, evidence, timelines, paging."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api_store import build, small_articles, synthetic_articles
from eventwire.api import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    db = build(tmp_path_factory.mktemp("api") / "small.duckdb", small_articles())
    with TestClient(create_app(db)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def big_client(tmp_path_factory) -> TestClient:
    db = build(tmp_path_factory.mktemp("api") / "big.duckdb", synthetic_articles(2500))
    with TestClient(create_app(db)) as test_client:
        yield test_client


def test_api_events_dyad_returns_contract_rows(client):
    body = client.get("/api/events", params={"dyad": "USA,RUS"}).json()
    assert body["total"] == 3 and body["limit"] == 100 and body["offset"] == 0
    first = body["items"][0]
    assert first["event_id"] == "a1#e1" and first["root"] == "04" and first["date"] == "2017-05-02"
    assert first["source"]["code"] == "USAGOV" and first["target"]["code"] == "RUSGOV"
    assert first["cameo_label"]  # from data/cameo.csv
    assert {e["event_id"] for e in body["items"]} == {"a1#e1", "a1#e2", "a3#e1"}  # the negated a2#e2 is left out


@pytest.mark.parametrize(("params", "expected"), [
    ({"dyad": "USA,RUS", "include_negated": "true"}, {"a1#e1", "a1#e2", "a2#e2", "a3#e1"}),
    ({"dyad": "USA,RUS", "directed": "true"}, {"a1#e1", "a3#e1"}),
    ({"actor": "SYR"}, {"a2#e1", "a4#e1"}),
    ({"root": "19"}, {"a2#e1", "a4#e1"}),
    ({"root": "4"}, {"a1#e1"}),
    ({"cameo": "057"}, {"a3#e1"}),
    ({"since": "2017-05-01", "until": "2017-05-31"}, {"a1#e1", "a1#e2"}),  # a1#e2 has no date: publication day
    ({"since": "2017-06-10"}, {"a3#e1"}),  # "2017-06" covers the whole month
    ({"article": "a2.txt"}, {"a2#e1"}),
    ({"incident": "inc-strike"}, {"a2#e1", "a4#e1"}),
    ({"text": "PHONE"}, {"a1#e1"}),
])
def test_api_events_filters(client, params, expected):
    body = client.get("/api/events", params=params).json()
    assert {e["event_id"] for e in body["items"]} == expected
    assert body["total"] == len(expected)


def test_api_events_paging_is_stable_and_complete(big_client):
    seen = []
    for offset in range(0, 2500, 1000):
        body = big_client.get("/api/events", params={"limit": 1000, "offset": offset}).json()
        assert body["total"] == 2500 and body["offset"] == offset
        seen.extend(e["event_id"] for e in body["items"])
    assert len(seen) == len(set(seen)) == 2500
    assert len(big_client.get("/api/events").json()["items"]) == 100  # default page
    tail = big_client.get("/api/events", params={"limit": 10, "offset": 2495}).json()
    assert len(tail["items"]) == 5 and tail["total"] == 2500


@pytest.mark.parametrize(("path", "param"), [
    ("/api/events?limit=1001", "limit"),
    ("/api/events?limit=-1", "limit"),
    ("/api/events?offset=-5", "offset"),
    ("/api/events?limit=ten", "limit"),
    ("/api/events?since=2017-02-30", "since"),
    ("/api/events?since=05/02/2017", "since"),
    ("/api/events?until=2017-5-2", "until"),
    ("/api/events?since=2017-06-01&until=2017-05-01", "since"),
    ("/api/events?actor=U$A", "actor"),
    ("/api/events?actor=usa%27%20OR%201=1--", "actor"),
    ("/api/events?dyad=USA", "dyad"),
    ("/api/events?dyad=USA,RUS,SYR", "dyad"),
    ("/api/events?root=21", "root"),
    ("/api/events?root=ab", "root"),
    ("/api/events?cameo=0x1", "cameo"),
    ("/api/events?include_negated=maybe", "include_negated"),
    ("/api/dyads/USA/RUS/timeline?by=decade", "by"),
    ("/api/dyads/USA/R-S/timeline", "b"),
    ("/api/network?level=planet", "level"),
    ("/api/actors?limit=0", "limit"),
    ("/api/incidents?root=99", "root"),
])
def test_api_invalid_parameters_are_json_422(client, path, param):
    response = client.get(path)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["status"] == 422 and param in error["message"]
    assert "Traceback" not in response.text


@pytest.mark.parametrize("path", [
    "/api/events/nope", "/api/articles/nope.txt", "/api/incidents/nope", "/api/stories/nope", "/api/nothing", "/x",
])
def test_api_unknown_ids_and_paths_are_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["message"]


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
@pytest.mark.parametrize("path", ["/api/events", "/api/articles/a1.txt", "/", "/static/app.js"])
def test_api_is_read_only(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 405
    assert response.json()["error"]["status"] == 405


def test_api_event_evidence_marks_trigger_source_target(client):
    body = client.get("/api/events/" + quote("a1#e1", safe="")).json()
    evidence = body["evidence"]
    assert evidence["text"] == "Trump spoke with Putin by phone on Tuesday."
    marked = {m["kind"]: evidence["text"][m["start"]:m["end"]] for m in evidence["marks"]}
    assert marked == {"source": "Trump", "trigger": "spoke", "target": "Putin"}
    assert body["title"] == "Phone call" and body["published"] == "2017-05-02"


def test_api_article_has_text_spans_and_removed_junk(client):
    body = client.get("/api/articles/a1.txt").json()
    text = body["text"]
    assert {text[a["span"][0]:a["span"][1]]: a["code"] for a in body["actors"]} == {
        "Trump": "USAGOV", "Putin": "RUSGOV", "Russia": "RUS"}
    triggers = {text[e["trigger_span"][0]:e["trigger_span"][1]] for e in body["events"]}
    assert triggers == {"spoke", "condemned"}
    assert body["removed"] == [{"reason": "newsletter", "text": "Subscribe to our newsletter!",
                                "raw_span": [len(text) + 1, len(text) + 29]}]
    assert "Subscribe" not in text


def test_api_article_list_pages_without_text(client):
    body = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert body["total"] == 4 and len(body["items"]) == 2
    assert all("text" not in item for item in body["items"])
    assert [i["article_id"] for i in body["items"]] == ["a4.txt", "a1.txt"]  # ordered by publication date
    assert body["items"][1]["events"] == 2
    only = client.get("/api/articles", params={"outlet": "Daily", "since": "2017-05-01"}).json()
    assert [i["article_id"] for i in only["items"]] == ["a3.txt"]


@pytest.mark.parametrize(("by", "expected"), [
    ("month", [("2017-05-01", 2, {"1": 1, "2": 0, "3": 1, "4": 0}, -0.5),
               ("2017-06-01", 1, {"1": 1, "2": 0, "3": 0, "4": 0}, 8.0)]),
    ("day", [("2017-05-02", 2, {"1": 1, "2": 0, "3": 1, "4": 0}, -0.5),
             ("2017-06-01", 1, {"1": 1, "2": 0, "3": 0, "4": 0}, 8.0)]),
    ("week", [("2017-05-01", 2, {"1": 1, "2": 0, "3": 1, "4": 0}, -0.5),  # ISO weeks start on Monday
              ("2017-05-29", 1, {"1": 1, "2": 0, "3": 0, "4": 0}, 8.0)]),
])
def test_api_dyad_timeline_numbers(client, by, expected):
    body = client.get("/api/dyads/USA/RUS/timeline", params={"by": by}).json()
    got = [(p["period"], p["events"], p["quad_class"], p["mean_goldstein"]) for p in body["periods"]]
    assert got == expected
    assert body["total"] == 3 and body["a"] == "USA" and body["b"] == "RUS"


def test_api_dyad_timeline_directed_and_negated(client):
    directed = client.get("/api/dyads/rus/usa/timeline", params={"directed": "true"}).json()
    assert [(p["period"], p["events"], p["mean_goldstein"]) for p in directed["periods"]] == [("2017-05-01", 1, -2.0)]
    negated = client.get("/api/dyads/USA/RUS/timeline", params={"include_negated": "true"}).json()
    assert negated["periods"][0] == {"period": "2017-04-01", "events": 1,
                                     "quad_class": {"1": 1, "2": 0, "3": 0, "4": 0}, "mean_goldstein": 4.0}


def test_api_timeline_counts_match_event_totals(big_client):
    periods = big_client.get("/api/timeline", params={"actor": "USA", "by": "year"}).json()["periods"]
    total = big_client.get("/api/events", params={"actor": "USA", "limit": 0}).json()["total"]
    assert sum(p["events"] for p in periods) == total > 0
    assert all(sum(p["quad_class"].values()) == p["events"] for p in periods)


def test_api_network_edges_count_and_colour(client):
    body = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): (e["events"], e["mean_goldstein"]) for e in body["edges"]}
    assert edges == {("USA", "RUS"): (2, 4.5), ("RUS", "USA"): (1, -2.0), ("USA", "SYR"): (1, -10.0)}
    codes = client.get("/api/network", params={"level": "code"}).json()
    assert ("USAGOV", "RUSGOV") in {(e["source"], e["target"]) for e in codes["edges"]}


def test_api_incident_lists_every_report(client):
    listing = client.get("/api/incidents").json()
    assert listing["total"] == 1 and listing["items"][0]["incident_id"] == "inc-strike"
    body = client.get("/api/incidents/inc-strike").json()
    assert body["mentions"] == 2 and body["outlets"] == ["Daily", "Other"]
    assert sorted((r["article_id"], r["outlet"]) for r in body["reports"]) == [("a2.txt", "Daily"),
                                                                               ("a4.txt", "Other")]


def test_api_stories_actors_and_stats(client):
    stories = client.get("/api/stories").json()
    assert stories["total"] == 1 and stories["items"][0]["articles"] == 2
    story = client.get("/api/stories/s1").json()
    assert [a["article_id"] for a in story["items"]] == ["a2.txt", "a1.txt"]
    actors = client.get("/api/actors", params={"limit": 3}).json()["items"]
    assert len(actors) == 3 and actors[0]["mentions"] >= actors[-1]["mentions"]
    stats = client.get("/api/stats").json()
    assert stats["counts"]["events"] == 6 and stats["counts"]["articles"] == 4
    assert stats["dates"] == {"first": "2017-04-07", "last": "2017-06-01"}


def test_api_serves_page_docs_and_schema_offline(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for name in ("app.js", "charts.js", "app.css", "docs.js", "docs.html"):
        asset = client.get(f"/static/{name}")
        urls = set(re.findall(r"https?://[^\s\"'`)]+", asset.text)) - {"http://www.w3.org/2000/svg"}  # a namespace
        assert asset.status_code == 200 and urls == set(), urls
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    schema = client.get("/openapi.json").json()
    assert "/api/dyads/{a}/{b}/timeline" in schema["paths"]
    assert all(set(ops) == {"get"} for ops in schema["paths"].values())


def test_api_unexpected_error_is_generic_json_500(tmp_path: Path):
    db = build(tmp_path / "db.duckdb", small_articles())
    app = create_app(db)

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("secret internals /etc/passwd")

    response = TestClient(app, raise_server_exceptions=False).get("/api/boom")
    assert response.status_code == 500
    assert response.json() == {"error": {"status": 500, "message": "internal error: the server log has the details"}}
    assert "secret" not in response.text


def test_api_store_is_read_only(tmp_path: Path):
    db = build(tmp_path / "db.duckdb", small_articles())
    app = create_app(db)
    con = app.state.store.con
    with pytest.raises(Exception, match="read-only"):
        con.execute("DELETE FROM events")
    with pytest.raises(Exception, match=r"(?i)external|disabled|permission"):
        con.execute(f"COPY events TO '{tmp_path / 'out.csv'}'")


def test_api_concurrent_requests_get_their_own_cursor(big_client):
    """DuckDB connections are not thread-safe: parallel requests must still all answer right."""
    from concurrent.futures import ThreadPoolExecutor

    def fetch(offset: int) -> tuple[int, list[str]]:
        body = big_client.get("/api/events", params={"limit": 50, "offset": offset}).json()
        return body["total"], [e["event_id"] for e in body["items"]]

    expected = {offset: fetch(offset) for offset in range(0, 1000, 50)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = dict(zip(expected, pool.map(fetch, list(expected) * 1), strict=True))
    assert got == expected
