"""Happenings that harm without a doer: natural hazards, illnesses and accidents.

They "hit", "strike" and "kill" ("the storm killed ten", "the [quakes] in
Indonesia killed"), so a parse can give them the place of an attacker; but
nobody acts, and the adjective of a country on them ("Iranian [earthquake]")
is a place, not an actor. Two readings ask the same question of a subject
word (the trigger's misreading check and the source check), so the words
live here once.
"""

from __future__ import annotations

#: Natural hazards and illnesses.
NATURAL_HAZARDS = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "storm", "hurricane", "cyclone", "typhoon", "tornado", "flood",
    "flooding", "tsunami", "drought", "wildfire", "blaze", "landslide", "mudslide", "avalanche", "blizzard",
    "heatwave", "virus", "pandemic", "epidemic", "outbreak", "disease", "eruption", "lightning",
})

#: Accidents: a collapse or a crash kills, but is no attack.
ACCIDENTS = frozenset({"crash", "accident", "collapse", "stampede"})

#: Every word for a happening that harms without a doer.
HAZARDS = NATURAL_HAZARDS | ACCIDENTS
