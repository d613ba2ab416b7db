"""Who an act befalls or who does it, when the parse puts them elsewhere than the act's own slots:

* a relative clause's passive subject is the pronoun; the one acted upon is the noun it describes ("Carrie
  Lam, [who] is supported by the Chinese government"; ``voice.passive_subject``);
* a passive gerund after "after", "before", "while" acts upon its clause's subject ("journalists were hurt
  after [being attacked] by protesters");
* of several names before an act noun, the one next to it does the act ("Beirut Syrian government air
  strikes", a dateline run into the sentence, are the Syrian government's).
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_relative_passive_acts_upon_the_noun_described(ctx):
    _, events = code_example(ctx, "They had asked {Chief Executive Carrie Lam:HKGGOV}, who is supported by the "
                                  "{Chinese government:CHNGOV}, to resign.")
    assert ("CHNGOV", "HKGGOV", "051") in dyads(events)


def test_events_passive_gerund_acts_upon_the_clause_subject(ctx):
    _, events = code_example(ctx, "Several {Serbian journalists:SRBMED} were injured after being attacked by "
                                  "{protesters:SRBOPP}.")
    assert ("SRBOPP", "SRBMED") in {(s, t) for s, t, _ in dyads(events)}


def test_events_nearest_name_before_an_act_noun_does_it(ctx):
    _, events = code_example(ctx, "{Beirut:LBN} {Syrian government:SYRGOV} air strikes on Tuesday killed at least "
                                  "39 {people:SYRCVL}.")
    assert {s for s, _, code in dyads(events) if code == "195"} == {"SYRGOV"}
