"""A participle of harm after the object of a verb of aiming force ("jets targeted rebel bases killing 30
fighters") tells what the strike did: the striker is its doer, not the place struck."""

from __future__ import annotations

from events_support import coded_moods


def test_events_harm_after_an_aimed_object_is_the_strikers(ctx):
    found = coded_moods(ctx, "The {government warplanes:SYRMIL} targeted {ISIL:IMGMUSISI} strongholds in Raqqa "
                             "province killing 31 {fighters:SYRREB}.", "19")
    assert ("190", "IMGMUSISI", "SYRREB", "asserted") not in found
    assert ("190", "SYRMIL", "SYRREB", "asserted") in found


def test_events_object_of_other_verbs_still_does_its_own_killing(ctx):
    found = coded_moods(ctx, "{The police:USACOP} found {the gunmen:USAUAF} killing three {guards:USACOP}.", "19")
    assert not any(m[1] == "USACOP" and m[2] == "USACOP" for m in found)
