"""A state named only as where a war is fought lends no country to the role words of a story told elsewhere.

"The attorney general denied that his advice on the legality of the Iraq war was written by officials" in
a British story: the attorney general is Britain's, not Iraq's. A war of the story's own state still lends
("the government ... the Syrian war" in a Syrian story).
"""

from __future__ import annotations

from actors_support import codes_by_text

BRITISH = "Britain's government faced questions in London on Monday. Downing Street said Britain would publish it. "


def test_actors_state_that_names_a_war_abroad_lends_no_country(ctx):
    text = BRITISH + "The attorney general has denied his advice on the legality of the Iraq war was changed."
    assert codes_by_text(ctx, text, "2005-03-01")["attorney general"] == "GBRGOV"


def test_actors_state_where_wars_are_fought_lends_no_country(ctx):
    text = BRITISH + "The minister has criticised the wars in Afghanistan and Iraq."
    assert codes_by_text(ctx, text, "2005-03-01")["minister"] == "GBRGOV"


def test_actors_war_of_the_story_state_still_lends(ctx):
    text = "Syria's army shelled Aleppo. Syria said it would fight on. The government blamed the Syrian war on rebels."
    assert codes_by_text(ctx, text, "2016-05-02")["government"] == "SYRGOV"
