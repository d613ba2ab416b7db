"""Home guards (village defence volunteers serving under the police in South Asia) are police of the country
the text places them in."""

from __future__ import annotations

from actors_support import codes_by_text


def test_home_guards_are_police_of_their_country(ctx):
    codes = codes_by_text(ctx, "Maoist rebels killed three home guards in a village in Bihar, India, on Sunday.",
                          "2019-03-15", "home-guards")
    assert codes.get("home guards") == "INDCOP"
