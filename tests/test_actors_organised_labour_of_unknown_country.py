"""Unions and strikers are labour ("LAB") even where nothing names their country, and a known firm's union
workers are the labour of the firm's country; a bare "workers" of unknown country stays uncoded (aid or
health workers, or victims, as often as labour)."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Strikers blocked the road to the port on Monday.", "Strikers", "LAB"),
    ("The union members voted to walk out next week.", "union members", "LAB"),
    ("Samsung union workers said they would not end the strike.", "Samsung union workers", "KORLAB"),
])
def test_actors_organised_labour_is_coded_without_a_country(ctx, text, word, code):
    assert codes_by_text(ctx, text, "2021-06-14").get(word) == code


def test_actors_bare_workers_stay_uncoded_without_a_country(ctx):
    assert codes_by_text(ctx, "Workers were hurt when the roof fell in on Monday.", "2021-06-14").get("Workers") is None
