"""What a purpose infinitive conveys after a call or visit is addressed to the one called or visited, when
the infinitive names no one itself ("phoned X to express condolences": X's condolences)."""

from __future__ import annotations

import pytest

from actors_support import pipeline_dyads


def coded(ctx, text: str) -> set[tuple[str | None, str | None, str]]:
    return pipeline_dyads(ctx, text, "errand")


@pytest.mark.parametrize(("text", "root", "pair"), [
    ("Putin phoned Macron on Monday to express his condolences.", "01", ("RUSGOV", "FRAGOV")),
    ("The Japanese prime minister called the Indian prime minister on Friday to convey Japan's support.", "05",
     ("JPN", "INDGOV")),
])
def test_events_purpose_of_a_call_is_addressed_to_the_one_called(ctx, text, root, pair):
    events = coded(ctx, text)
    assert any((s, t) == pair and c.startswith(root) for s, t, c in events), events


def test_events_purpose_with_its_own_addressee_keeps_it(ctx):
    events = coded(ctx, "Merkel phoned Macron to urge Russia to withdraw.")
    assert any(s == "DEUGOV" and t == "RUS" and c.startswith("02") for s, t, c in events), events
