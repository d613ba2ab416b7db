"""A paragraph break starts a sentence after a headline or final punctuation, never in hard-wrapped text."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.nlp.columns import doc_text
from eventwire.nlp.select import parse_selected

#: Headline with no final period, then the story (the shape of the fakes_dev2 miss, our own words).
HEADLINE = (
    "Militia shelling kills nine villagers near Aleppo\n\n"
    "Artillery fire by the rebel militia killed nine villagers north of Aleppo on Friday, a rights group said.\n\n"
    "The group said the dead included two children."
)
#: A paragraph ending in a closing quote, then a new paragraph.
QUOTE = (
    'The minister told reporters in Lagos: "We will not negotiate with the kidnappers."\n\n'
    "A spokesman for the army said troops had surrounded the forest.\n\n"
    "Talks are expected next week."
)
#: Hard-wrapped wire text: blank lines inside sentences, most lines end mid-sentence.
WRAPPED = (
    "The company said it agreed to buy the privately-held\n\n"
    "Harwick Tool Co, based in Fort\n\n"
    "Worth, Texas, for about 12 mln dlrs in cash and\n\n"
    "stock, subject to approval by\n\n"
    "regulators."
)
#: Paragraphed text with a heading-like line followed by a lower-case continuation.
LOWER = (
    "Rebels attack convoy near Goma\n\n"
    "and the army said it repelled them, officials reported.\n\n"
    "Fighting continued overnight.\n\n"
    "Aid groups suspended work."
)


def _starts(doc) -> list[str]:
    return [sentence[0].text for sentence in doc.sents if not sentence[0].is_space]


def _first_of(doc, word: str) -> bool:
    token = next(t for t in doc if t.text == word)
    return token.is_sent_start


@pytest.mark.parametrize("select", [False, True])
def test_nlp_paragraphs_headline_is_its_own_sentence(nlp, select):
    doc = parse_selected([HEADLINE], nlp, lambda s: True)[0] if select else nlp(HEADLINE)
    assert _first_of(doc, "Artillery")
    aleppo = next(t for t in doc if t.text == "Aleppo")
    assert aleppo.head.sent == aleppo.sent and "Artillery" not in aleppo.sent.text


@pytest.mark.parametrize("select", [False, True])
def test_nlp_paragraphs_closing_quote_ends_the_sentence(nlp, select):
    doc = parse_selected([QUOTE], nlp, lambda s: True)[0] if select else nlp(QUOTE)
    assert _first_of(doc, "A")
    assert doc_text(doc) == QUOTE


def test_nlp_paragraphs_selected_runs_get_the_article_decision(nlp):
    # Only the story sentence is selected: its run alone is one paragraph, the article decides.
    [doc] = parse_selected([HEADLINE], nlp, lambda s: "Artillery" in s.text or "Aleppo" in s.text)
    assert doc_text(doc) == HEADLINE
    assert _first_of(doc, "Artillery")


@pytest.mark.parametrize("text", [WRAPPED, LOWER])
def test_nlp_paragraphs_wrapped_and_lower_case_left_alone(nlp, text):
    from eventwire.nlp.paragraphs import doc_starts

    doc = nlp.make_doc(text)
    marked = doc_starts(doc)
    if text is WRAPPED:
        assert marked == []
    else:  # "Fighting" / "Aid" after final periods are starts; "and" after the heading is not
        assert [doc[i].text for i in marked] == ["Fighting", "Aid"]


def test_nlp_paragraphs_all_capitals_text_left_alone(nlp):
    from eventwire.nlp.paragraphs import doc_starts

    text = "GUERRILLAS ATTACKED A POLICE POST IN THE\n\nCAPITAL. TWO AGENTS WERE WOUNDED.\n\nTHE ARMY RESPONDED."
    assert doc_starts(nlp.make_doc(text)) == []


def test_nlp_paragraphs_headline_strikes_get_the_coalition_source(ctx):
    from eventwire import actors, events

    text = ("Coalition jets hit IS positions in Raqqa province\n\n"
            "Air strikes by the US-led coalition killed 14 militants in Raqqa province on Sunday, "
            "a monitoring group said.")
    article = Article(id="para1", text=text, published="2017-03-05")
    actors.run([article], ctx)
    events.run([article], ctx)
    assert _starts(ctx.docs["para1"])[:2] == ["Coalition", "Air"]
    sources = {e.source.code for e in article.events if e.source}
    assert "SYR" not in sources
