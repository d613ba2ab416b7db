"""A news agency named in a picture's credit line ("AP Photo", "(Reuters Photo)", "Photo: AFP") says whose picture
it is: never an actor, so never the source or target of the event the caption or story reports."""

from __future__ import annotations

from actors_support import codes_by_text, pipeline_events


def test_actors_agency_photo_credit_before_the_story_is_no_source(ctx):
    events = pipeline_events(ctx, "(Reuters Photo) Air strikes on villages near the border killed 30 farmers on "
                             "Monday.", "credit-1", "2016-07-19")
    assert all(e.source is None or not (e.source.code or "").endswith("MED") for e in events), \
        [(e.cameo, e.source) for e in events]


def test_actors_agency_photo_credit_in_a_caption_is_no_actor(ctx):
    codes = codes_by_text(ctx, "AP Photo Karl Ostrander Navy Jets Bomb Rebel Bases in the Hills", "2017-04-07",
                          "credit-2")
    assert "AP" not in codes, codes


def test_actors_photo_credit_after_the_word_is_no_actor(ctx):
    codes = codes_by_text(ctx, "Photo: AFP. Protesters marched through the capital on Friday.", "2017-04-07",
                          "credit-3")
    assert "AFP" not in codes, codes


def test_actors_agency_reporting_is_still_an_actor(ctx):
    codes = codes_by_text(ctx, "The minister told Reuters that talks would resume in May.", "2017-04-07",
                          "credit-4")
    assert (codes.get("Reuters") or "").endswith("MED"), codes
