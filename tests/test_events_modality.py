"""Modality (asserted / intended / hypothetical / negated / denied) and attribution of reported speech."""

from __future__ import annotations

import pytest

from events_support import code_example


def _only(events, cameo_root=None):
    chosen = [e for e in events if cameo_root is None or e.root == cameo_root]
    assert chosen, f"no event with root {cameo_root}: {[(e.cameo, e.pattern) for e in events]}"
    return chosen[0]


@pytest.mark.parametrize(
    ("example", "root", "modality", "negated"),
    [
        ("{The president:USAGOV} met {the Russian foreign minister:RUSGOV} on Wednesday.", "04", "asserted", False),
        ("{The president:USAGOV} did not meet {the Russian foreign minister:RUSGOV} on Wednesday.", "04",
         "negated", True),
        ("{The Kremlin:RUSGOV} said {Putin:RUSGOV} never met {the Ukrainian leader:UKRGOV}.", "04", "negated", True),
        ("{Trump:USAGOV} made no mention of any criticism of {Russia:RUS}.", "11", "negated", True),
        ("{Moscow:RUS} denied that {Russian forces:RUSMIL} attacked {the convoy:SYRMIL}.", "19", "denied", True),
        ("A strike by {the United States:USA} on {Syria:SYR} would be aimed at deterring attacks.", "19",
         "hypothetical", False),
        ("If {Israel:ISR} attacks {Lebanon:LBN}, the war will spread.", "19", "hypothetical", False),
        ("{The United States:USA} could impose sanctions on {Iran:IRN}.", "16", "hypothetical", False),
        ("{Obama:USAGOV} wants {Putin:RUSGOV} to attack {Switzerland:CHE}.", "19", "hypothetical", False),
        ("{The senator:USALEG} urged {Britain:GBR} to impose sanctions on {China:CHN}.", "16", "hypothetical", False),
        ("{The president:USAGOV} will meet {the Russian foreign minister:RUSGOV} on Wednesday.", "03",
         "intended", False),
        ("{Britain:GBR} vowed to expel {the Russian spies:RUSSPY} next week.", "13", "intended", False),
        # event nouns: their modifiers and, as subjects, their predicates
        ("The summit between {Trump:USAGOV} and {Kim:PRKGOV} is expected in June.", "03", "intended", False),
        ("The upcoming talks between {Serbia:SRB} and {Kosovo:XKX} were announced.", "03", "intended", False),
        ("A planned visit by {Putin:RUSGOV} to {Japan:JPN} was postponed.", "04", "negated", True),
        ("A possible strike by {Israel:ISR} on {Iran:IRN} worries markets.", "19", "hypothetical", False),
        ("The army foiled an attack on the airport by {rebels:SYRREB}.", "19", "negated", True),
        ("{Seoul:KOR} cut steel exports to ward off {American:USA} sanctions on {Korean steel:KOR}.", "16",
         "negated", True),
        # ending an event does not deny it; "call off" is no request
        ("{Obama:USAGOV} is ending a five-day trip to {France:FRA}.", "04", "asserted", False),
        ("{Indian coal workers:INDLAB} called off the strike after the deal.", "08", "asserted", False),
    ],
)
def test_events_modality_cases(ctx, example, root, modality, negated):
    _, events = code_example(ctx, example)
    event = _only(events, root)
    assert (event.modality, event.negated) == (modality, negated)


def test_events_modality_intended_meeting_is_coded_as_intent_to_meet(ctx):
    _, events = code_example(ctx, "{Trump:USAGOV} and {Putin:RUSGOV} agreed to try to set up a meeting.")
    assert {(e.source.code, e.target.code, e.cameo) for e in events} == {
        ("USAGOV", "RUSGOV", "036"), ("RUSGOV", "USAGOV", "036")}
    assert all(e.modality == "asserted" and e.plover == "AGREE" for e in events)


@pytest.mark.parametrize(
    ("example", "cameo"),
    [
        ("{Israel:ISR} refused to release {the Palestinian prisoners:PSECRM}.", "1243"),
        ("{The European Union:IGOEUREEC} will not lift sanctions on {Belarus:BLR}.", "1244"),
        ("{Israel:ISR} announced it would free {150 Palestinian prisoners:PSECRM}.", "0353"),
    ],
)
def test_events_modality_refusals_and_announcements_use_cameo_codes(ctx, example, cameo):
    _, events = code_example(ctx, example)
    assert cameo in {e.cameo for e in events}
    assert not any(e.negated for e in events if e.cameo == cameo)


@pytest.mark.parametrize(
    ("example", "speaker", "code"),
    [
        ("{Putin:RUSGOV} criticized {the United States:USA}, {the Kremlin:RUSGOV} said.", "the Kremlin", "RUSGOV"),
        ("According to {the White House:USAGOV}, {Trump:USAGOV} spoke by phone with {Putin:RUSGOV}.",
         "the White House", "USAGOV"),
        ("{U.S. intelligence agencies:USAGOV} have assessed that {Russia:RUS} attacked {Ukraine:UKR}.",
         "U.S. intelligence agencies", "USAGOV"),
        ("{The Kremlin:RUSGOV} said {Russian forces:RUSMIL} attacked {the rebels:SYRREB}.", "The Kremlin", "RUSGOV"),
    ],
)
def test_events_attribution_names_the_speaker(ctx, example, speaker, code):
    _, events = code_example(ctx, example)
    event = _only(events)
    assert (event.attribution, event.attribution_code) == (speaker, code)


def test_events_attribution_absent_in_narrator_voice(ctx):
    _, events = code_example(ctx, "{Russia:RUS} condemned {Ukraine:UKR} on Monday.")
    assert _only(events).attribution is None


@pytest.mark.parametrize(
    "example",
    [
        "{U.S. officials:USAGOV} said {Russian jets:RUSMIL} bombed the convoy, but {Moscow:RUS} denied involvement.",
        "{U.S. officials:USAGOV} believe {Russian jets:RUSMIL} were behind the raid but {Moscow:RUS} has denied "
        "involvement.",
    ],
)
def test_events_attribution_leaves_out_the_other_sides_answer(ctx, example):
    """"X said Y struck, but Z denied it": the denial is Z's own, no part of X's claim."""
    _, events = code_example(ctx, example)
    denial = next(e for e in events if e.cameo.startswith("01"))
    assert denial.source.code == "RUS"
    assert denial.attribution is None


def test_events_attribution_keeps_a_coordinated_act_inside_the_claim(ctx):
    """"officials said the army shelled the town and the rebels fled": both acts are what they said."""
    _, events = code_example(ctx, "{Officials:SYRGOV} said {the army:SYRMIL} shelled {the rebels:SYRREB} and "
                                  "{the rebels:SYRREB} attacked {a checkpoint:SYRMIL}.")
    assert events and all(e.attribution == "Officials" for e in events)


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # an attempted attack told in the past took place: CAMEO codes it as the attack, asserted
        ("{Gunmen:GRCREB} tried to storm {the parliament:GRCLEG} on Wednesday.", ("190", "asserted")),
        # a plan to try is still an intention, and cooperative acts tried are not done
        ("{Protesters:GRCOPP} will try to storm {the parliament:GRCLEG} on Wednesday.", None),
    ],
)
def test_events_modality_attempted_force_took_place(ctx, example, expected):
    _, events = code_example(ctx, example)
    got = {(e.cameo, e.modality) for e in events}
    if expected is None:
        assert all(mood != "asserted" for _, mood in got)
    else:
        assert expected in got


def _parsed(nlp, rows: list[tuple[str, str, str, int, str]]):
    """A Doc with the parse given by hand: (word, POS, tag, head index, dependency) per token."""
    from spacy.tokens import Doc

    words, pos, tags, heads, deps = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, heads=heads, deps=deps,
               lemmas=[w.lower() for w in words])


# '“ They will pay, "Trump said during a meeting with Macron."' as the parser hangs it when the quote marks do not
# match: the frame "said" becomes the complement of the quote's "pay"
MISPARSED_FRAME = [
    ("“", "PUNCT", "``", 3, "punct"), ("They", "PRON", "PRP", 3, "nsubj"), ("will", "AUX", "MD", 3, "aux"),
    ("pay", "VERB", "VB", 3, "ROOT"), (",", "PUNCT", ",", 3, "punct"), ('"', "PUNCT", "``", 3, "punct"),
    ("Trump", "PROPN", "NNP", 7, "nsubj"), ("say", "VERB", "VBD", 3, "ccomp"), ("during", "ADP", "IN", 7, "prep"),
    ("a", "DET", "DT", 10, "det"), ("meeting", "NOUN", "NN", 8, "pobj"), ("with", "ADP", "IN", 10, "prep"),
    ("Macron", "PROPN", "NNP", 11, "pobj"), (".", "PUNCT", ".", 7, "punct"),
]


def test_events_modality_quote_future_does_not_leak_into_its_frame(nlp):
    from eventwire.events.modality import modality

    doc = _parsed(nlp, MISPARSED_FRAME)
    assert modality(doc[10]) == "asserted"  # the meeting was held as he spoke
    assert modality(doc[3]) == "intended"  # the quote's own "will pay" keeps its future


def test_events_modality_reported_future_meeting_stays_intended(ctx):
    _, events = code_example(ctx, "{Trump:USAGOV} said {Merkel:DEUGOV} will meet {Macron:FRAGOV} next week.")
    assert {e.modality for e in events} == {"intended"}
