"""Those an attack hits are not the attacker's people (``refusals._harmer``, ``refusals._unknown_place_of_harm``).

Schools and hospitals hit, like civilians, take the country of the place named, not the striker's: "two hospitals
were hit by Russian warplanes ... in rural Hama" are Syria's. People killed by a participle hung on the strike
("Russian jets launched airstrikes on the town of X, killing nine people") were killed by the jets, in the town
the strike names; a town no mention codes leaves them without a country rather than Russian.
"""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_hospitals_hit_take_the_named_places_country(ctx):
    codes = codes_by_text(ctx, "Two hospitals were hit by Russian warplanes on Monday in the town of Kafr Zita in "
                               "rural Hama.", "2016-03-04", "victims-hospitals")
    assert codes.get("hospitals") == "SYRHLH"


def test_actors_people_killed_by_a_hosted_participle_are_not_the_strikers(ctx):
    codes = codes_by_text(ctx, "Russian jets launched airstrikes on the town of Kafr Batna on Sunday, killing nine "
                               "people.", "2016-03-04", "victims-participle")
    assert codes.get("people") != "RUSCVL"
