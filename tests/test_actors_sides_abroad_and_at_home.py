"""Four readings of where an armed side or a force belongs, from news audits (seed 2044):

* Armed men acting on a place no mention codes ("a rocket on al-Nour Street") are of the state the story is
  set in (``context._story_setting``), not of no state at all.
* One state's border ("along the [Lebanese] border") names the neighbour, not home; a border written with
  both states ("the Turkish-Syrian border") names neither as the far side
  (``context_guards._neighbour_across_a_border``).
* A foreign power an earlier sentence names ("accused by [Washington]") is not the home of a government's
  armed foes.
* Refugees and the state they fled lend no country to those around them
  (``context_guards._homeland_of_refugees``).
"""

from __future__ import annotations

from actors_support import codes_by_text

SYRIA = ("Government forces shelled villages near Aleppo in northern Syria on Monday. "
         "Residents of Aleppo said the shelling of the villages around Aleppo lasted for hours. ")


def test_armed_men_on_an_uncoded_street_are_of_the_story_setting(ctx):
    text = SYRIA + "Three people were hurt when terrorists fired a rocket shell on al-Nour Street in the city."
    assert codes_by_text(ctx, text, "2016-10-06", "sides-street")["terrorists"] == "SYRUAF"


def test_one_states_border_is_the_neighbour_not_home(ctx):
    text = ("The Syrian army pressed its offensive in the mountains on Tuesday. "
            "On Wednesday troops seized the village of Tell Nour along the Lebanese border.")
    assert codes_by_text(ctx, text, "2014-04-09", "sides-border")["troops"] == "SYRMIL"


def test_a_foreign_accuser_a_sentence_before_is_not_the_rebels_home(ctx):
    text = ("Fighting shook Aleppo in Syria as rebels battled to break a siege by the Syrian regime, accused by "
            "Washington of war crimes. "
            "Opposition fighters unleashed a barrage of rockets on the western side of the city on Friday.")
    assert codes_by_text(ctx, text, "2016-10-28", "sides-foreign-accuser")["Opposition fighters"] == "SYRREB"


def test_refugees_lend_no_country_to_fighters_near_their_camp(ctx):
    text = ("Shells hit the district of Qaboun in Damascus on Saturday. Rebel fighters repelled an assault by "
            "loyalist forces on the area and on the Yarmouk Palestinian refugee camp to the south, activists said.")
    codes = codes_by_text(ctx, text, "2013-08-17", "sides-refugees")
    assert codes["Rebel fighters"] == "SYRREB"


def test_terrorists_who_threaten_the_story_state_stay_of_no_country(ctx):
    text = ("Police in Manchester and Leeds arrested two men in Britain on Monday. "
            "The terrorists who threaten Britain today are well organised, the report said.")
    assert codes_by_text(ctx, text, "2005-03-01", "sides-threat")["terrorists"] == "UAF"
