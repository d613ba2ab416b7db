"""In an undated story, a person whose every role began years after the time its other office holders were in
office together is coded without those roles (``story_era.py``); with no such time, or with a title written,
the latest role stands."""

from __future__ import annotations

from actors_support import codes_by_text

STORY = ("Tony Blair and Michael Howard clashed over taxes in the Commons. Theresa May, who chairs a party "
         "committee, said the prime minister had broken his word.")


def test_actors_undated_story_drops_an_office_taken_years_later(ctx):
    codes = codes_by_text(ctx, STORY, None)
    assert codes["Tony Blair"] == "GBRGOV"
    assert codes["Theresa May"] == "GBR"


def test_actors_dated_story_is_decided_by_its_date(ctx):
    codes = codes_by_text(ctx, STORY, "2017-03-01")
    assert codes["Theresa May"] == "GBRGOV"


def test_actors_undated_story_with_one_office_holder_keeps_the_latest_role(ctx):
    codes = codes_by_text(ctx, "Theresa May said the committee would meet on Monday.", None)
    assert codes["Theresa May"] == "GBRGOV"


def test_actors_chancellor_before_his_premiership_is_the_government(ctx):
    codes = codes_by_text(ctx, "Gordon Brown presented his budget to the Commons.", "2005-03-16")
    assert codes["Gordon Brown"] == "GBRGOV"
