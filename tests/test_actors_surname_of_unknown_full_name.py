"""A bare surname after a full name no dictionary knows is that person, not a dictionary namesake with another
first name and of a state the article never names ("Peter Howard ... Mr Howard" in a British story is no
John Howard of Australia; ``coref._unknown_full_names``)."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_surname_is_the_article_person_not_a_namesake(ctx):
    text = ("Britain's budget was published on Monday. Peter Howard, a businessman, criticised the plan. "
            "Mr Howard said the bill would fail.")
    codes = codes_by_text(ctx, text, "2005-02-01")
    assert codes.get("Mr Howard") is None


def test_actors_surname_takes_the_titled_article_person(ctx):
    text = ("Britain's election campaign opened on Monday. Tory leader Peter Howard accused the prime minister "
            "of lying. Mr Howard said the chancellor had failed.")
    codes = codes_by_text(ctx, text, "2005-02-01")
    assert codes["Mr Howard"] == "GBRPTY"


def test_actors_surname_alone_still_finds_the_dictionary_person(ctx):
    text = "Australia's election campaign opened on Monday. Mr Howard said the opposition had failed."
    assert codes_by_text(ctx, text, "2005-02-01")["Mr Howard"] == "AUSGOV"
