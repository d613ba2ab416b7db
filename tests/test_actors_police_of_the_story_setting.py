"""Police that nothing in the sentence or the two before places are of the state the story is set in
(``context._story_setting``: its most named state, if that is also where it places things most often): a
state's police work only at home, so "Police arrested two men" in a report of floods across Portugal are
Portugal's. A story that names no state, or two alike, leaves them coded by their sector alone (COP), and a
state written beside them still wins."""

from __future__ import annotations

from actors_support import codes_by_text

FLOODS = ("Storms swept across Portugal on Monday. Rivers burst their banks in Portugal. "
          "Roads were closed for hours. Thousands of homes lost power overnight. ")


def test_police_take_the_state_the_story_is_set_in(ctx):
    text = FLOODS + "Police arrested two men for looting shops."
    assert codes_by_text(ctx, text, "2019-01-14", "police-story-setting")["Police"] == "PRTCOP"


def test_police_of_a_story_naming_no_state_keep_their_sector_alone(ctx):
    text = ("Storms swept across the coast on Monday. Rivers burst their banks. Roads were closed for hours. "
            "Thousands of homes lost power overnight. Police arrested two men for looting shops.")
    assert codes_by_text(ctx, text, "2019-01-14", "police-no-state")["Police"] == "COP"


def test_police_beside_another_state_keep_that_state(ctx):
    text = FLOODS + "Spanish police arrested two men for looting shops."
    assert codes_by_text(ctx, text, "2019-01-14", "police-beside-state")["Spanish police"] == "ESPCOP"
