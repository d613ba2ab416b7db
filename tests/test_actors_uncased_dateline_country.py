"""A story written wholly in lower case takes its country from the dateline city it opens with.

Names need a capital letter to match, so in a lower-cased local report ("patna: ... the police arrested one
person") nothing named the country and the police were coded by their sector alone. The dateline ("patna:")
is a place by its form; a city of 100,000 people there gives the story's country to role words no other
source places, and the dateline itself is never a doer.
"""

from __future__ import annotations

from actors_support import codes_by_text, pipeline_dyads

STORY = ("patna: a gang of robbers looted a jewellery shop on monday evening. the shop owner was injured. "
         "later, the police reached the spot and arrested two men.")


def test_actors_uncased_dateline_gives_the_story_country(ctx):
    codes = codes_by_text(ctx, STORY, "2003-04-07")
    assert codes["police"] == "INDCOP"
    assert codes["patna"] == "IND"


def test_actors_uncased_dateline_is_no_doer(ctx):
    dyads = pipeline_dyads(ctx, "mumbai: a senior leader has sought the help of the court to stop the demolition.",
                           "uncased-dateline-doer", "2003-04-07")
    assert not any(source == "IND" for source, _, _ in dyads)


def test_actors_lower_case_city_elsewhere_is_no_place(ctx):
    codes = codes_by_text(ctx, "the police in patna arrested two men on monday.", "2003-04-07")
    assert codes["police"] == "COP"  # only the dateline's form says it is a place
    assert "patna" not in codes


def test_actors_cased_story_keeps_its_own_reading(ctx):
    codes = codes_by_text(ctx, "Reading: the police arrested two men on Monday.", "2003-04-07")
    assert "Reading" not in codes or codes["Reading"] != "IND"
