"""Sentence starts at an article's head: a title run into one-line text, a repeated lede, one paragraph per line.

Our own sentences, in the shapes of the FA-KES one-line texts (no line break, the
headline without a period before the story) and of the texts delivered with one
paragraph per line (a headline line with no stop, then the story).
"""

from __future__ import annotations

import pytest

from eventwire import nlp as nlp_stage
from eventwire.model import Article
from eventwire.nlp.columns import doc_text
from eventwire.nlp.select import parse_selected

TITLE = "Coalition jets pound rebel posts near Idlib Monitor"
#: The title run into the story with no stop (the stage is told the title).
RUN_IN = (TITLE + " Air strikes by the Turkish-led coalition killed 14 fighters near Idlib on Sunday "
          "a monitoring group said. The group said two children were among the dead.")
#: A date and byline before the title, then the story.
DATED = ("Posted on March 3 2029 by Lena Ortiz " + TITLE + " Air strikes by the Turkish-led coalition "
         "killed 14 fighters near Idlib on Sunday a monitoring group said.")
#: The lede given twice, the first copy with no stop.
REPEATED = ("Air strikes by coalition fighter jets have killed at least 14 fighters in rebel-held villages "
            "near Idlib Air strikes by coalition fighter jets have killed at least 14 fighters in rebel-held "
            "villages near Idlib a monitoring group said.")
#: One paragraph per line, a headline line with no stop.
LINES = ("Rebel shelling kills nine villagers near Aleppo\n"
         "Artillery fire by the rebel militia killed nine villagers north of Aleppo on Friday, a rights group said.\n"
         "The group said the dead included two children.")
#: Hard-wrapped wire text with single line breaks: most lines end mid-sentence.
WRAPPED_LINES = ("The company said it agreed to buy the privately-held Harwick\n"
                 "Tool Co, based in Fort\n"
                 "Worth, Texas, for about 12 mln dlrs in cash and\n"
                 "Stock Exchange shares, subject to approval by regulators.\n"
                 "It said the deal would close in May.")


def _parsed(ctx, text: str, title: str | None = None):
    article = Article(id=f"heads-{hash((text, title))}", text=text, title=title)
    nlp_stage.run([article], ctx)
    return ctx.docs.pop(article.id)


def _starts(doc, word: str) -> list[bool]:
    return [t.is_sent_start for t in doc if t.text == word]


def test_nlp_heads_title_run_into_the_story_ends_at_the_story(ctx):
    doc = _parsed(ctx, RUN_IN, TITLE)
    assert _starts(doc, "Air") == [True]
    assert "Air" not in next(iter(doc.sents)).text


def test_nlp_heads_dated_prefix_and_title_are_sentences_of_their_own(ctx):
    doc = _parsed(ctx, DATED, TITLE)
    assert _starts(doc, "Coalition") == [True]
    assert _starts(doc, "Air") == [True]
    assert doc_text(doc) == DATED


def test_nlp_heads_credit_and_date_after_the_title_end_before_the_story(ctx):
    text = (TITLE + " AFP Sunday 3 Mar 2029 Air strikes by the Turkish-led coalition killed 14 fighters "
            "near Idlib on Sunday a monitoring group said.")
    doc = _parsed(ctx, text, TITLE)
    assert _starts(doc, "AFP") == [True]
    assert _starts(doc, "Mar") == [False]
    assert _starts(doc, "Air") == [True]


def test_nlp_heads_repeated_lede_second_copy_starts_a_sentence(ctx):
    doc = _parsed(ctx, REPEATED)
    assert _starts(doc, "Air") == [True, True]  # the text's first word, and the second copy
    # The fighters are the victims of the second copy, not the subject of "said".
    killed = [t for t in doc if t.text == "killed"][1]
    assert any(child.dep_ == "nsubj" and child.text == "strikes" for child in killed.children)


def test_nlp_heads_selected_runs_get_the_title_start(ctx):
    from eventwire.nlp.heads import head_marks

    [doc] = parse_selected([RUN_IN], ctx.nlp, lambda s: True, heads=[head_marks(RUN_IN, TITLE)])
    assert doc_text(doc) == RUN_IN
    assert _starts(doc, "Air") == [True]


@pytest.mark.parametrize("select", [False, True])
def test_nlp_heads_headline_line_without_stop_is_its_own_sentence(nlp, select):
    doc = parse_selected([LINES], nlp, lambda s: True)[0] if select else nlp(LINES)
    assert _starts(doc, "Artillery") == [True]
    aleppo = next(t for t in doc if t.text == "Aleppo")
    assert "Artillery" not in aleppo.sent.text


def test_nlp_heads_headline_line_then_a_quote_starts_a_sentence(nlp):
    from eventwire.nlp.paragraphs import doc_starts

    text = ("Here is the full letter of the mayor to the council\n"
            "\"We will not close the shelter this winter,\" the mayor wrote to the council.\n"
            "The council meets on Monday.")
    doc = nlp.make_doc(text)
    assert [doc[i].text for i in doc_starts(doc)] == ['"', "The"]


# Guards: these hold with and without the rules.

def test_nlp_heads_hard_wrapped_lines_are_not_paragraphs(nlp):
    from eventwire.nlp.paragraphs import doc_starts

    assert doc_starts(nlp.make_doc(WRAPPED_LINES)) == []


def _same_as_plain_parse(ctx, text: str, title: str | None) -> None:
    """The stage, told the title, splits ``text`` exactly as the parser does on its own."""
    plain = [s.start_char for s in ctx.nlp(text).sents]
    assert [s.start_char for s in _parsed(ctx, text, title).sents] == plain


@pytest.mark.parametrize(("text", "title"), [
    # The title's words inside the lede, behind words that are no date or byline.
    ("Witnesses said the Army Retakes Border Post Operation ended on Friday after a day of fighting.",
     "Army Retakes Border Post"),
    # The title is the lede's own beginning, going on in lower case.
    ("Army retakes border post after a day of fighting, officials said on Friday.", "Army retakes border post"),
    # A title that ends with its own stop is left to the parser.
    ("Army retakes border post. Officials said on Friday the post was retaken.", "Army retakes border post."),
    # No title known.
    (RUN_IN, None),
])
def test_nlp_heads_title_inside_a_sentence_marks_nothing(ctx, text, title):
    _same_as_plain_parse(ctx, text, title)


@pytest.mark.parametrize("text", [
    # The same words twice, but not one right after the other.
    "Troops held the bridge over the river on Monday. Later troops held the bridge over the river again.",
    # An immediate repeat shorter than six words (a chant).
    "The crowd shouted Down with the general Down with the general until police arrived.",
    # A six-word repeat whose second copy goes on in lower case.
    "He said they will never give up they will never give up on the town.",
])
def test_nlp_heads_no_repeated_lede_no_mark(ctx, text):
    _same_as_plain_parse(ctx, text, None)


def test_nlp_heads_character_offsets_become_token_values(nlp):
    from eventwire.nlp.columns import TokenColumns
    from eventwire.nlp.heads import head_marks

    doc = nlp.make_doc(DATED)
    columns = TokenColumns(doc)
    values = head_marks(DATED, TITLE).token_values(columns.words, columns.spaces)
    assert [doc[i].text for i, value in sorted(values.items()) if value] == ["Coalition", "Air"]
    inside = [doc[i].text for i, value in sorted(values.items()) if not value]
    assert inside == TITLE.split()[1:]


def test_nlp_heads_numeral_title_stays_one_sentence(ctx):
    title = "135 Villagers Killed in Shelling of Hill Towns"
    text = ("Wednesday 07 March 2029 " + title + " Activists said government forces shelled "
            "the hill towns for three days.")
    doc = _parsed(ctx, text, title)
    assert _starts(doc, "135") == [True]
    assert _starts(doc, "Villagers") == [False]
    assert _starts(doc, "Activists") == [True]
