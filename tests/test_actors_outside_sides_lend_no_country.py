"""A role word takes no country from a side that is not its own: the maker of a weapon ("Chinese-made
rockets"), the giver of aid to it ("more U.S. aid to the rebels"), a foreign state that only speaks of it
("Iran stressed that rebels ..." in a Syrian story), the other air force of a joint raid ("by Turkish and
regime jets"), and a foreign striker of the place it holds ("Turkish jets struck an opposition-held town")."""

from __future__ import annotations

from actors_support import codes_by_text


def test_maker_of_a_weapon_lends_no_country(ctx):
    codes = codes_by_text(ctx, "Rebels shelled an army post near the border with Chinese-made rockets.", "2019-03-15")
    assert codes.get("Rebels") != "CHNREB"
    assert "Chinese" not in codes or codes.get("army") != "CHNMIL"


def test_giver_of_aid_is_not_the_receivers_country(ctx):
    codes = codes_by_text(ctx, "The attack on Aleppo prompted more British aid to the rebels.", "2019-03-15")
    assert codes.get("rebels") != "GBRREB"


def test_state_speaking_of_rebels_is_not_theirs(ctx):
    codes = codes_by_text(ctx, "Fighting went on in Syria's north on Monday. Iran has stressed that rebels fighting "
                               "the government must also respect the truce.", "2019-03-15")
    assert codes.get("rebels") != "IRNREB"


def test_story_state_speaking_of_rebels_is_theirs(ctx):
    codes = codes_by_text(ctx, "Syria says rebels shelled an army post on Monday.", "2019-03-15")
    assert codes.get("rebels") == "SYRREB"


def test_second_air_force_of_a_joint_raid_keeps_its_own_country(ctx):
    codes = codes_by_text(ctx, "Heavy fighting went on in Syria's north on Monday. A day later air strikes by "
                               "Turkish and regime warplanes killed 12 people in the province.", "2019-03-15")
    assert codes.get("regime warplanes") == "SYRMIL"


def test_holder_of_a_struck_town_is_not_the_foreign_strikers(ctx):
    codes = codes_by_text(ctx, "Heavy fighting went on in Syria's north on Monday. Turkish warplanes struck an "
                               "opposition-held town near the border, killing 9 children.", "2019-03-15")
    assert codes.get("opposition") != "TUROPP"
    assert codes.get("children") != "TURCVL"


def test_holder_keeps_the_story_states_country(ctx):
    codes = codes_by_text(ctx, "Syrian army helicopters dropped barrel bombs on the rebel-held district of a "
                               "northern city.", "2019-03-15")
    assert codes.get("rebel") == "SYRREB"
