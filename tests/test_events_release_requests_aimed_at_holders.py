"""A demand or appeal for a release (CAMEO 1053, 0253) is aimed at whoever holds the people, never at the
people to be freed: the holder where the text names one ("hostages held by X", "from X's custody", "urged X to
free"), else no one."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


def _release_dyads(ctx, example: str) -> set[tuple[str, str | None]]:
    _, events = code_example(ctx, example)
    return {(s, t) for s, t, code in dyads(events) if code in ("1053", "0253")}


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Norway:NOR} demanded the release of {the Norwegian aid workers:NORNGO} held by {the rebels:REB}.",
         ("NOR", "REB")),
        ("{The European Union:IGOEUREEC} demanded the release of {the opposition leader:RUSOPP} from "
         "{Russian:RUS} custody.", ("IGOEUREEC", "RUS")),
        ("{Britain:GBR} demanded that {Iran:IRN} release the sailors at once.", ("GBR", "IRN")),
        ("{Canada:CAN} urged {Egypt:EGY} to free {the detained students:EGYEDU}.", ("CAN", "EGY")),
    ],
)
def test_release_request_is_aimed_at_the_holder(ctx, example, expected):
    assert expected in _release_dyads(ctx, example)


@pytest.mark.parametrize(
    "example",
    [
        "{France:FRA} demanded the immediate release of {two French reporters:FRAMED}.",
        "{Germany:DEU} demanded that {the Iranian journalists:IRNMED} be freed.",
    ],
)
def test_release_request_naming_no_holder_has_no_target(ctx, example):
    found = _release_dyads(ctx, example)
    assert found and all(target is None for _, target in found)
