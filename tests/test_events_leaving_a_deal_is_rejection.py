"""Going back on a deal rejects it (PLOVER REJECT, CAMEO 120); leaving a place under a deal does not (own sentences)."""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{Bolivia:BOL} reneged on its water accord with {Peru:PER}.", ("120", "BOL", "PER", "asserted")),
    ("{Canada:CAN} withdrew from the fishing treaty with {Norway:NOR} last year.", ("120", "CAN", "NOR", "asserted")),
    ("{Kenya:KEN} pulled out of the trade pact on Monday.", ("120", "KEN", None, "asserted")),
    ("{Togo:TGO} scrapped its defence agreement with {Benin:BEN}.", ("120", "TGO", "BEN", "asserted")),
])
def test_events_leaving_a_deal_is_a_rejection(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


@pytest.mark.parametrize("example", [
    "{Chad:TCD} withdrew from the town after the agreement with {Sudan:SDN}.",
    "{Chad:TCD} withdrew its soldiers from the border region under the pact with {Sudan:SDN}.",
])
def test_events_leaving_a_place_under_a_deal_is_no_rejection(ctx, example):
    assert not [e for e in coded_moods(ctx, example) if e[0].startswith("12")]
