"""Who does a requested or hindered act, and the mood of a deed that is only told about (own sentences).

* "called on [X] to open an investigation": X opens it, as in "urged X to" (``subjects._for_object``).
* "tried to obstruct an inquiry": who hinders an inquiry does not hold it (``roles_noun.REACTION_VERBS``).
* "would not give details of the discussion", "declined to comment on the talks": only the telling is negated
  (``modality.TELLING_WORDS``); "asked the Council to punish the massacre": only the punishment is asked
  (``modality.DEED_VERBS``).
* "the massacre [the army] committed", "the raid that [the militia] carried out": the subject of a relative
  clause of doing is the act's doer (``nominal.perpetrated_by``).
"""

from __future__ import annotations

from events_support import code_example


def _events(ctx, example, cameo):
    _, found = code_example(ctx, example)
    return [(e.source.code, e.target.code if e.target else None, e.modality) for e in found if e.cameo == cameo]


def test_events_called_on_x_to_open_an_inquiry(ctx):
    found = _events(ctx, "{The Syrian opposition:SYROPP} called on {the United Nations:IGOUNO} to open an "
                         "investigation into the shelling.", "090")
    assert [s for s, _, _ in found] == ["IGOUNO"], found


def test_events_obstructing_an_inquiry_is_not_holding_it(ctx):
    found = _events(ctx, "Reporters asked whether {the Canadian premier:CANGOV} tried to obstruct an inquiry into "
                         "{Russian:RUS} lobbying.", "090")
    assert all(s != "CANGOV" for s, _, _ in found), found


def test_events_details_withheld_do_not_negate_the_talks(ctx):
    found = _events(ctx, "Aides would not give details of the discussion between {President Ames:USAGOV} and "
                         "{Prime Minister Dubois:CANGOV}.", "040")
    assert found and all(m == "asserted" for _, _, m in found), found


def test_events_no_comment_on_talks_held(ctx):
    found = _events(ctx, "{The ministry:RUSGOV} declined to comment on the talks between {Lavrov:RUSGOV} and "
                         "{Steinmeier:DEUGOV}.", "046")
    assert found and all(m == "asserted" for _, _, m in found), found


def test_events_massacre_committed_by_a_relative_clause_subject(ctx):
    found = _events(ctx, "The alliance asked {the Security Council:IGOUNO} to punish the massacre {the army:SYRMIL} "
                         "committed in the village.", "202")
    assert ("SYRMIL", None, "asserted") in found, found


def test_events_raid_carried_out_by_a_relative_clause_subject(ctx):
    found = _events(ctx, "{The UN:IGOUNO} condemned the raid that {the militia:SDNREB} carried out on a village.",
                    "190")
    assert [(s, m) for s, _, m in found] == [("SDNREB", "asserted")], found


def test_events_declined_talks_stay_a_refusal(ctx):
    _, found = code_example(ctx, "{The Kremlin:RUSGOV} declined to hold talks with {Merkel:DEUGOV}.")
    coded = {(e.cameo, e.negated) for e in found}
    assert ("125", False) in coded and ("046", False) not in coded, coded


def test_events_summit_not_attended_stays_negated(ctx):
    found = _events(ctx, "{Canada:CAN} did not attend the summit with {Mexico:MEX}.", "040")
    assert all(m == "negated" for _, _, m in found), found
