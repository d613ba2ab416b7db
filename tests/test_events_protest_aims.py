"""A protest's aim is part of the protest (CAMEO 1411-1454; PLOVER: the topic of a protest is no event).

``events/protest_aims.py``: a demand or appeal in an infinitive of purpose on a protest
("marched to demand", "staged a strike to demand") gives no event of its own; the protest takes
its leaf (leadership change -> 1411, 1431 ...) and its target, except the persons whose release is
asked for. A demand made beside the protest ("marched and demanded") stays its own event.
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_march_to_demand_a_resignation_is_one_1411_protest(ctx):
    _, found = code_example(
        ctx, "{Kenyan teachers:KENEDU} marched in Nairobi to demand the resignation of {the education minister:KENGOV}."
    )
    assert dyads(found) == {("KENEDU", "KENGOV", "1411")}


def test_events_rally_to_call_for_a_leader_to_resign(ctx):
    _, found = code_example(
        ctx, "{Thai protesters:THAOPP} rallied in Bangkok to call for {the prime minister:THAGOV} to resign."
    )
    assert ("THAOPP", "THAGOV", "1411") in dyads(found)
    assert all(e.root != "10" for e in found)


def test_events_strike_staged_to_demand_pay_takes_the_demand_target(ctx):
    _, found = code_example(
        ctx, "{Bangladeshi garment workers:BGDLAB} staged a strike to demand higher wages from {the government:BGDGOV}."
    )
    assert {e.root for e in found} == {"14"}
    assert ("BGDLAB", "BGDGOV") in {(s, t) for s, t, _ in dyads(found)}


def test_events_a_demand_beside_the_march_stays_its_own_event(ctx):
    _, found = code_example(
        ctx,
        "{Kenyan teachers:KENEDU} marched in Nairobi and demanded the resignation of {the education minister:KENGOV}.",
    )
    assert {e.root for e in found} == {"14", "10"}


def test_events_hostages_whose_release_is_demanded_are_not_the_protest_target(ctx):
    _, found = code_example(
        ctx, "{Thousands of Italians:ITA} marched through Rome to demand the release of {two aid workers:ITALAB}."
    )
    assert all(e.root == "14" for e in found)
    assert all(e.target is None or e.target.code != "ITALAB" for e in found)
