"""A state acting in a clause that is not the role word's own lends it no country.

"The army attacked the town, and Russia condemned the attack": Russia is the army's critic, in a clause of
its own. "Officials said Turkey had closed the border": the state spoken about is not the speakers' home,
unless it is the story's own state.
"""

from __future__ import annotations

from actors_support import codes_by_text

STORY = "Syrian troops shelled villages in Syria on Friday. Syria said the rebels had fled. "


def test_actors_state_of_a_later_coordinated_clause_lends_no_country(ctx):
    text = STORY + "The army attacked the town on Monday, and Russia condemned the attack."
    assert codes_by_text(ctx, text, "2016-05-02")["army"] == "SYRMIL"


def test_actors_state_of_an_earlier_clause_still_lends_to_a_later_one(ctx):
    text = "Russia condemned the attack on Monday, and officials said they would respond."
    assert codes_by_text(ctx, text, "2016-05-02")["officials"] == "RUSGOV"


def test_actors_foreign_state_in_what_speakers_say_is_not_theirs(ctx):
    text = STORY + "Officials said Turkey had closed the border crossing."
    assert codes_by_text(ctx, text, "2016-05-02")["Officials"] == "SYRGOV"


def test_actors_story_state_in_what_speakers_say_still_lends(ctx):
    text = "Britain has a new plan. Ministers said Britain would stay. The minister said Britain was ready."
    assert codes_by_text(ctx, text, "2005-05-02")["minister"] == "GBRGOV"


def test_actors_foreign_body_a_spokesman_quotes_is_not_his_home(ctx):
    text = ("Britain has sent ships to the region, Downing Street said. The spokesman said: \"The government "
            "has offered the Indonesian government the help of two hundred soldiers.\"")
    assert codes_by_text(ctx, text, "2005-01-04")["spokesman"] == "GBRGOV"
