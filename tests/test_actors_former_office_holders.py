"""Former office holders are their state's elites (CAMEO ``ELI``), not the bare state.

A person who held an office of their state, over well before the story's date and with none held then, is a
former official ("Joe Biden" in 2019); a past title written with the name ("former foreign secretary Robin
Cook") says the same where the story has no date, and the surname after it ("Mr Cook") follows. A name that
a dictionary alias joins to "administration" ("the Bush administration") is still the government of his years.
"""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_former_official_between_offices_is_an_elite(ctx):
    codes = codes_by_text(ctx, "Joe Biden criticised the tariff plan on Tuesday.", "2019-06-04")
    assert codes["Joe Biden"] == "USAELI"


def test_actors_office_holder_keeps_the_office(ctx):
    codes = codes_by_text(ctx, "Joe Biden criticised the tariff plan on Tuesday.", "2022-06-07")
    assert codes["Joe Biden"] == "USAGOV"


def test_actors_role_just_ended_is_not_yet_former(ctx):
    # a role ends on the day its holder died or left; a story of the next days still tells of the office holder
    codes = codes_by_text(ctx, "Qasem Soleimani was buried on Tuesday.", "2020-01-07")
    assert codes["Qasem Soleimani"] == "IRN"


def test_actors_past_title_without_a_date(ctx):
    codes = codes_by_text(ctx, "Ex-foreign secretary Robin Cook said voters were fed up. Mr Cook spoke on radio.", None)
    assert codes["foreign secretary Robin Cook"] == "GBRELI"
    assert codes["Mr Cook"] == "GBRELI"


def test_actors_government_named_after_a_former_leader(ctx):
    codes = codes_by_text(ctx, "The senator criticised the Bush administration for its secrecy.", "2016-05-05")
    assert codes["Bush administration"] == "USAGOV"
