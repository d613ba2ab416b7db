"""The writer's cache of stored articles' story features: same similarities, computed once per text."""

from __future__ import annotations

import datetime as dt

import duckdb
import numpy as np
import pytest

from eventwire.link import store_io, stories
from eventwire.link.stories import StoryDoc, StoryFeatures, name_entities, similarity_matrix, text_terms

TEXTS = {
    "a": "Rescuers in Spain searched villages near Valencia after floods swept away bridges.",
    "b": "Spanish rescue teams kept searching flooded villages around Valencia on Wednesday.",
    "c": "Kenyan lawmakers in Nairobi passed the finance bill despite protests outside parliament.",
    "d": "Samsung Electronics said memory chips drove a record quarterly profit.",
}


def _docs(with_terms: bool) -> list[StoryDoc]:
    return [StoryDoc(key, text, dt.date(2024, 6, 3), name_entities(text),
                     terms=text_terms(text) if with_terms else None) for key, text in TEXTS.items()]


def test_link_story_features_precomputed_terms_give_the_same_similarities() -> None:
    assert np.array_equal(similarity_matrix(_docs(with_terms=True)), similarity_matrix(_docs(with_terms=False)))


def test_link_story_features_terms_are_lowercase_words_without_stop_words() -> None:
    assert text_terms("The Kenyan lawmakers PASSED the treaty") == ("kenyan", "lawmakers", "passed", "treaty")


def test_link_story_features_compute_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = stories.name_entities
    monkeypatch.setattr(stories, "name_entities", lambda text: calls.append(text) or real(text))
    features = StoryFeatures()
    first = features.of("a", TEXTS["a"])
    assert features.of("a", TEXTS["a"]) == first == (real(TEXTS["a"]), text_terms(TEXTS["a"]))
    assert len(calls) == 1
    # A re-read article with new text is computed afresh.
    assert features.of("a", TEXTS["c"]) == (real(TEXTS["c"]), text_terms(TEXTS["c"]))
    assert len(calls) == 2


def test_link_story_features_stay_bounded_dropping_the_least_recently_used() -> None:
    features = StoryFeatures(size=2)
    features.of("a", TEXTS["a"])
    features.of("b", TEXTS["b"])
    features.of("a", TEXTS["a"])  # "a" used again: "b" is now the oldest
    features.of("c", TEXTS["c"])
    assert list(features._entries) == ["a", "c"]


def _store(rows: list[tuple[str, str]]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE articles (article_id VARCHAR, title VARCHAR, text VARCHAR, published DATE, "
                "story_id VARCHAR, outlet VARCHAR)")
    con.execute("CREATE TABLE actors (article_id VARCHAR, name VARCHAR)")
    for article_id, text in rows:
        con.execute("INSERT INTO articles VALUES (?, 'T', ?, DATE '2024-06-03', ?, 'x')",
                    [article_id, text, f"sty_{article_id}"])
    return con


def test_link_story_features_candidates_equal_with_and_without_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    con = _store([(key, text) for key, text in TEXTS.items()])
    plain = store_io.story_candidates(con, [dt.date(2024, 6, 4)], [])
    features = StoryFeatures()
    cached = store_io.story_candidates(con, [dt.date(2024, 6, 4)], [], features)
    monkeypatch.setattr(stories, "name_entities", lambda text: pytest.fail("recomputed a cached article"))
    again = store_io.story_candidates(con, [dt.date(2024, 6, 4)], [], features)
    assert cached == again == plain
    assert [d.entities for d in plain] == [name_entities(f"T\n\n{text}") for text in TEXTS.values()]
    assert np.array_equal(similarity_matrix(again), similarity_matrix(plain))
