"""A quoted "he"/"she"/"they" told before its speech frame is the doer the story named just
before ('A sniper killed a soldier. "He shot the guard twice," said spokesman Tom Ward').

The speaker is no antecedent (a speaker says "I"), so before this the pronoun stayed unresolved and the quoted act
had no event. Now it takes the subject of the sentence right before — of what that sentence reports when it is a
report itself ("Ward said a sniper …") — if that subject agrees with the pronoun, is a person for "he"/"she" (not
"the army"), and is not the speaker named again (``antecedents._doer_of_the_sentence_before``); from the sentence
before, only a word that is itself a coded actor counts ("Bridge's injury … 'He has no chance'" resolves nothing).

A "when and if" / "if and when" clause's "he" is the subject of the nearest act before it, not of the main
clause spaCy hangs it on ("X flew to Paris hoping that the French president would raise it if and when he visits
China": the president visits; ``antecedents._host_of_when_and_if``; actors' request of 07:58).

Also: honouring an agreement or a commitment is keeping one's word, not an award (051; ``diplomatic.award``
``not_object``), found when the fresh check resolved '"They have always honoured the agreement," he told Reuters'.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ('{A sniper:CRM} killed {a soldier:MIL} near the depot on Friday. "He shot {the guard:CVL} twice before '
     'dawn," said {army spokesman Tom Ward:MIL}.', ("CRM", "CVL", "19")),
    ('{Spokesman Tom Ward:MIL} said {a sniper:CRM} killed {a soldier:MIL} on Friday. "She shot {the guard:CVL} '
     'twice before dawn," he said.', ("CRM", "CVL", "19")),
    ('{Two gunmen:CRM} raided {the village:CVL} on Friday. "They kidnapped {the mayor:GOV} at gunpoint," said '
     '{Tom Ward:MIL}.', ("CRM", "GOV", "18")),
])
def test_events_quoted_pronoun_takes_the_doer_before(ctx, example, expected):
    _, found = code_example(ctx, example)
    source, target, root = expected
    assert any(s == source and t == target and c.startswith(root) for s, t, c in dyads(found)), dyads(found)


@pytest.mark.parametrize("example", [
    # the sentence before names a body, not a person
    '{The army:MIL} shelled {the village:CVL} on Friday. "He shot {the guard:CVL} twice before dawn," said '
    '{Tom Ward:OPP}.',
    # the sentence before names the speaker himself
    '{Tom Ward:OPP} toured {the village:CVL} on Friday. "He shot {the guard:CVL} twice before dawn," said '
    '{Ward:OPP}.',
    # the sentence before is a report: its speaker is no antecedent either
    '{Tom Ward:OPP} said on Friday that {the soldiers:MIL} were tired. "He shot {the guard:CVL} twice before '
    'dawn," she said.',
])
def test_events_quoted_pronoun_without_a_fitting_doer_stays_unresolved(ctx, example):
    article, found = code_example(ctx, example)
    assert not [e for e in found if article.text[e.trigger.start:e.trigger.end].startswith("shot")], dyads(found)


def test_events_pronoun_reporting_its_own_words_is_still_the_speaker(ctx):
    _, found = code_example(ctx, "{Tom Ward:OPP} said he would meet {the mayor:GOV} on Friday.")
    assert ("OPP", "GOV", "036") in dyads(found)


@pytest.mark.parametrize(("example", "expected"), [
    ("{Vietnam:VNM} has always honoured its agreement with {Laos:LAO}.", None),
    ("{Vietnam:VNM} honored {Laos:LAO} with a medal.", ("VNM", "LAO", "051")),
])
def test_events_honouring_an_agreement_is_no_award(ctx, example, expected):
    _, found = code_example(ctx, example)
    if expected is None:
        assert not [e for e in found if e.cameo == "051"], dyads(found)
    else:
        assert expected in dyads(found)


@pytest.mark.parametrize("example", [
    "{The Indian minister:INDGOV} flew to Paris hoping that {the French president:FRAGOV} would raise the matter if "
    "and when he visits {China:CHN}.",
    "{Kenya's foreign minister:KENGOV} went to London seeking a promise that {the British premier:GBRGOV} will keep "
    "trade in mind when and if he meets {the Chinese leader:CHNGOV}.",
])
def test_events_when_and_if_clause_pronoun_is_the_subject_of_the_act_before(ctx, example):
    _, found = code_example(ctx, example)
    sources = {e.source.code for e in found if e.cameo[:2] == "04"}
    assert sources and sources <= {"FRAGOV", "GBRGOV"}, dyads(found)
