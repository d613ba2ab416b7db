"""A one-sided act done in a foreign state is aimed at that state (``dyads._foreign_venue``);
the one let in "allow/permit/let X to ..." is the target (``roles_verb.PERMITTING_VERBS``).

An intent or agreement (03), aid (07), concession (08) or force posture (15) with no named recipient whose
trigger or complement has an "in" phrase naming a foreign state or city takes that state as the target, as
CAMEO coders take the first actor of the object phrase: "agreed to a ceasefire in eastern Ukraine" is aimed at
Ukraine. Guards: a place in the source's own country adds nothing; a meeting's venue is no partner (036); a
place that only modifies something else ("the Paris accord") is no venue.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Chinese president:CHNGOV} agreed to a ceasefire in northern {Myanmar:MMR}.",
     ("CHNGOV", "MMR")),
    ("{Eritrean rebels:ERIREB} have agreed to lay down their weapons in eastern {Sudan:SDN}.",
     ("ERIREB", "SDN")),
])
def test_events_one_sided_act_in_a_foreign_state_targets_it(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in {(s, t) for s, t, _ in dyads(found)}


def test_events_coordinated_foreign_venues_give_one_event_each(ctx):
    _, found = code_example(ctx, "{The Chinese president:CHNGOV} agreed to a ceasefire in {Laos:LAO} and "
                                 "{Myanmar:MMR}.")
    assert {("CHNGOV", "LAO"), ("CHNGOV", "MMR")} <= {(s, t) for s, t, _ in dyads(found)}


@pytest.mark.parametrize("example", [
    "{The Indian government:INDGOV} agreed to a ceasefire in {Kashmir:IND}.",  # its own country
    "{OPEC:IGOBUSOPC} is scheduled to meet in {Vienna:AUT} on June 25.",  # a meeting's venue
    "{Japan:JPN} agreed to stimulate its economy as pledged in the {Paris:FRA} accord.",  # modifies "accord"
])
def test_events_venue_guards(ctx, example):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.target is not None and e.target.code in ("IND", "AUT", "FRA")]


# The one let in "allow/permit/let X to ..." is whom an agreement or refusal is aimed at
# (``roles_verb.PERMITTING_VERBS`` in ``_complement_targets``).

@pytest.mark.parametrize(("example", "expected"), [
    ("{Russia:RUS} refused to allow two {Polish airlines:POLBUS} to land in {Moscow:RUS}.", ("RUS", "POLBUS")),
    ("{The Kenyan government:KENGOV} has agreed to allow {UN aid workers:IGOUNO} expanded access to the camps.",
     ("KENGOV", "IGOUNO")),
    ("{The Sudanese government:SDNGOV} agreed to permit {Kenyan aid workers:KENLAB} to enter {Darfur:SDN}.",
     ("SDNGOV", "KENLAB")),  # passes before too (the parser makes the workers an object): a guard
])
def test_events_the_one_allowed_is_the_target(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in {(s, t) for s, t, _ in dyads(found)}


def test_events_allowing_a_thing_names_no_target(ctx):
    _, found = code_example(ctx, "{The Peruvian government:PERGOV} refused to allow prices to rise.")
    assert all(e.target is None for e in found)


def test_events_a_firms_venue_is_business_news(ctx):
    _, found = code_example(ctx, "{The American firm:USABUS} agreed to build a factory in {Kenya:KEN}.")
    assert not [e for e in found if e.target is not None and e.target.code == "KEN"]
