"""A claim told by a pronoun is attributed to whom the pronoun stands for: "Trump spoke in Ohio. [He] said Harris
attacked Biden" is Trump's claim (``events.pronoun_speakers``, through the quotes stage's antecedent search).
Not "it", whose antecedent on wire copy is as often the wrong subject."""

from __future__ import annotations

from actors_support import pipeline_events


def test_a_pronoun_speaker_takes_its_antecedents_code(ctx):
    events = pipeline_events(ctx, "President Donald Trump spoke at a rally in Ohio on Monday. He said Senator "
                                  "Kamala Harris attacked Joe Biden during the debates.", "pronoun-speaker")
    attack = next(e for e in events if e.cameo == "111")
    assert (attack.attribution, attack.attribution_code) == ("He", "USAGOV")


def test_it_said_is_left_without_a_code(ctx):
    events = pipeline_events(ctx, "The Kremlin issued a statement on Tuesday. It said Russian jets had struck "
                                  "rebel positions near Aleppo.", "pronoun-it")
    strike = next(e for e in events if e.root == "19")
    assert strike.attribution == "It" and strike.attribution_code is None
