"""Selective parsing: offsets stay true, nothing is parsed twice, the pre-pass is generous."""

from __future__ import annotations

import pytest

from eventwire.config import Config, Context
from eventwire.model import Article
from eventwire.nlp.select import UNPARSED, parse_selected, split_sentences, trigger_forms

TEXT = (
    "Russia condemned the U.S. strike on Tuesday.\nThe weather was mild. It rained.\n\n"
    "Mr. Lavrov met Tillerson in Moscow.  \"We talked,\" he said! Nothing else happened."
)


class Spy:
    """Wraps the pipeline to record every text the full pipeline is run on."""

    def __init__(self, nlp):
        self.nlp, self.parsed = nlp, []

    def make_doc(self, text):
        return self.nlp.make_doc(text)

    def pipe(self, texts, batch_size=32):
        texts = list(texts)  # texts or pre-tokenized Docs
        self.parsed.extend(t if isinstance(t, str) else t.text for t in texts)
        return self.nlp.pipe(texts, batch_size=batch_size)


def _with(word: str):
    return lambda sentence: word in sentence.text


@pytest.mark.parametrize("predicate", [_with("met"), _with("condemned"), _with("rained"), lambda s: False])
def test_nlp_select_offsets_point_into_the_text(nlp, predicate):
    [doc] = parse_selected([TEXT], nlp, predicate)
    assert doc.text == TEXT
    for token in doc:
        assert TEXT[token.idx : token.idx + len(token.text)] == token.text
    for sentence in doc.sents:
        assert TEXT[sentence.start_char : sentence.end_char] == sentence.text


def test_nlp_select_parses_each_selected_sentence_once_and_nothing_else(nlp):
    spy = Spy(nlp)
    [doc] = parse_selected([TEXT, TEXT][:1], spy, _with("met"))
    assert len(spy.parsed) == 1 and spy.parsed[0].startswith("Mr. Lavrov met Tillerson")
    assert "Russia" not in spy.parsed[0] and "Nothing else" not in spy.parsed[0]
    met = next(t for t in doc if t.text == "met")
    assert (met.pos_, met.lemma_) == ("VERB", "meet")
    russia = doc[0]
    assert (russia.pos_, russia.ent_type_, russia.dep_) == ("", "", "ROOT")
    assert all(t.dep_ in (UNPARSED, "ROOT") for t in doc if not t.pos_)


def test_nlp_select_everything_selected_equals_the_full_parse(nlp):
    [selected] = parse_selected([TEXT], nlp, lambda s: True)
    full = nlp(TEXT)
    assert [(t.text, t.idx, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in selected] == \
           [(t.text, t.idx, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in full]


def test_nlp_select_unparsed_sentences_keep_their_boundaries(nlp):
    [doc] = parse_selected([TEXT], nlp, lambda s: False)
    assert [s.text.strip() for s in doc.sents] == [
        "Russia condemned the U.S. strike on Tuesday.", "The weather was mild.", "It rained.",
        "Mr. Lavrov met Tillerson in Moscow.", "\"We talked,\" he said!", "Nothing else happened.",
    ]


@pytest.mark.parametrize(("text", "sentences"), [
    ("One. Two.", ["One. ", "Two."]),
    ("Talks with k.r. narayanan ended. Then", ["Talks with k.r. narayanan ended. ", "Then"]),  # initials
    ("He agreed\nto buy it.", ["He agreed\nto buy it."]),  # hard-wrapped line
    ("Headline\nBody text.", ["Headline\n", "Body text."]),
    ("It ended (on Monday.) Then", ["It ended (on Monday.) ", "Then"]),
    ("", []),
])
def test_nlp_select_split_sentences_is_generous(nlp, text, sentences):
    doc = nlp.make_doc(text)
    assert [doc[s:e].text_with_ws for s, e in split_sentences(doc)] == sentences


@pytest.mark.parametrize(("lemma", "forms", "not_forms"), [
    ("meet", {"meet", "meets", "meeting", "met"}, {"mee"}),
    ("deny", {"denied", "denies", "denying"}, set()),
    ("ship", {"shipped", "shipping", "ships"}, set()),
    ("cease", {"ceasing", "ceased", "ceases"}, set()),
])
def test_nlp_select_trigger_forms_cover_inflections(lemma, forms, not_forms):
    found = trigger_forms([lemma], {"meet": ["met"]})
    assert forms <= found
    assert not (not_forms & found)


@pytest.mark.parametrize("mode", [True, "events", "events+quotes"])
def test_nlp_select_stage_option_parses_only_candidates(ctx, mode):
    from eventwire.nlp import run

    local = Context(Config(options={"nlp.select": mode}))
    local._resources.update(ctx._resources)  # share the session's spaCy and dictionaries
    article = Article(id="a", text=TEXT)
    run([article], local)
    doc = local.docs.pop("a")
    assert doc.text == TEXT
    assert any(t.pos_ for t in doc if t.text == "met")  # a trigger and two actors: parsed
    assert not any(t.pos_ for t in doc if t.text == "weather")  # no actor, no trigger: not parsed


def test_nlp_select_unknown_mode_is_a_clear_error(ctx):
    from eventwire.nlp.select import default_predicate

    with pytest.raises(ValueError, match=r"nlp\.select must be one of"):
        default_predicate(ctx, "everything")


def test_nlp_select_runs_default_to_events_and_quotes_unless_told():
    from eventwire.nlp import DEFAULT_SELECT, SELECT_OPTION, with_run_defaults

    given = Config()
    assert with_run_defaults(given).options == {SELECT_OPTION: DEFAULT_SELECT}
    assert given.options == {}  # the caller's Config is not changed
    off = Config(options={SELECT_OPTION: False})
    assert with_run_defaults(off).options == {SELECT_OPTION: False}
    assert DEFAULT_SELECT == "events+quotes"


def test_nlp_select_option_shares_the_loaded_resources():
    assert Config(options={"nlp.select": "events"}).resource_key() == Config().resource_key()
    assert Config(options={"other": 1}).resource_key() != Config().resource_key()


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        # an attribution cue keeps a sentence with no speech verb and no quote mark
        ("The sky was grey. Clashes raged on Thursday according to the Observatory.", [False, True]),
        # a pronoun speaker: the sentence before is parsed too, for its antecedent
        ("The weather was mild. He added that talks would resume.", [True, True]),
        ("The weather was mild. The minister added that talks would resume.", [False, True]),
        ("The sky was grey. It rained all day.", [False, False]),
        # a time expression: it anchors later events' dates, so it is parsed as in a full parse
        ("The mood soured during last year's election. The sky was grey.", [True, False]),
        # a silence cue: the quotes stage finds what a statement left out in the parse
        ("The sky was grey. It made no mention of safe zones.", [True, True]),  # "It": its antecedent too
        ("The sky was grey. The statement was silent on the strike.", [False, True]),
    ],
)
def test_nlp_select_speech_mode_keeps_attribution_and_antecedents(ctx, text, selected):
    from eventwire.nlp.select import chunks, default_predicate

    doc = ctx.nlp.make_doc(text)
    plan = chunks(doc, default_predicate(ctx, "events+quotes"))
    decisions = [chosen for _, _, chosen, starts in plan for _ in starts]
    assert decisions == selected


def test_nlp_select_off_parses_every_sentence(ctx):
    from eventwire.nlp import run as nlp_run

    article = Article(id="off", raw=TEXT, format="text", text=TEXT)
    off = Context(Config(options={"nlp.select": "off"}))
    nlp_run([article], off)
    assert all(token.pos_ for token in off.docs["off"] if not token.is_space)
