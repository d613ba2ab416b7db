"""A Title-Case headline is parsed from a copy written in running-text case (``nlp/headlines.py``).

Our own headlines, each on its own line above a story that names the same
actors. Rule cases: the headline's verb is read as a verb and heads its
sentence, and the events stage finds the headline's act. Guards: the Doc's
text, tokens, offsets and entities stay exactly those of the article; a
headline in sentence case, a line of names only and running text keep the
plain parser's analysis; the selective parser's unparsed sentences stay
unparsed.
"""

from __future__ import annotations

import pytest

from eventwire import events as events_stage
from eventwire import nlp as nlp_stage
from eventwire.actors import run as actors_run
from eventwire.config import Config, Context
from eventwire.model import Article
from eventwire.nlp.columns import doc_text

#: (headline, story, the headline's verb)
HEADLINES = [
    ("Norway Condemns Danish Raid on Fishing Fleet",
     "Norway condemned a Danish navy raid on a fishing fleet on Tuesday, the foreign ministry in Oslo said.",
     "Condemns"),
    ("Peru Expels Bolivian Envoy Over Border Row",
     "Peru expelled the Bolivian ambassador on Friday after a row over the border, officials in Lima said.",
     "Expels"),
    ("Kenya Jails Three Smugglers After Port Raid",
     "Kenya jailed three smugglers on Monday after a police raid on the port of Mombasa.",
     "Jails"),
]


def _article(headline: str, story: str) -> Article:
    text = f"{headline}\n{story}"
    return Article(id=f"headline-{hash(text)}", text=text)


def _parse(ctx, article: Article):
    nlp_stage.run([article], ctx)
    return ctx.docs[article.id]


@pytest.mark.parametrize(("headline", "story", "verb"), HEADLINES)
def test_nlp_headlines_title_case_verb_heads_the_headline(ctx, headline, story, verb):
    article = _article(headline, story)
    doc = _parse(ctx, article)
    token = next(t for t in doc if t.text == verb)
    assert token.pos_ == "VERB"
    assert token.dep_ == "ROOT"
    ctx.docs.pop(article.id)


@pytest.mark.parametrize(("headline", "story", "verb"), HEADLINES)
def test_nlp_headlines_title_case_headline_gives_its_event(ctx, headline, story, verb):
    article = _article(headline, story)
    _parse(ctx, article)
    events_stage.run(actors_run([article], ctx), ctx)
    ctx.docs.pop(article.id)
    assert any(e.trigger.start < len(headline) and verb in e.trigger_text for e in article.events)


@pytest.mark.parametrize(("headline", "story", "verb"), HEADLINES)
def test_nlp_headlines_text_tokens_and_entities_stay_the_article(ctx, nlp, headline, story, verb):
    article = _article(headline, story)
    doc = _parse(ctx, article)
    plain = nlp(article.text)
    assert doc_text(doc) == article.text
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in plain]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in plain.ents]
    assert [s.start for s in doc.sents] == [s.start for s in plain.sents]
    ctx.docs.pop(article.id)


GUARDS = [
    # a headline in sentence case: the plain parse
    "Norway condemns Danish raid on fishing fleet\nNorway condemned the raid on Tuesday.",
    # a line of names only (every capitalised word is a place): nothing to rewrite
    "Oslo Bergen Trondheim Stavanger\nThe four cities signed a climate pact on Monday.",
    # running text with a few capitalised names
    "The Norwegian Fishing Association said the raid on the fleet was unlawful.",
    # a short capitalised line
    "Breaking News\nNorway condemned the raid on Tuesday.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_nlp_headlines_other_sentences_keep_the_plain_parse(ctx, nlp, text):
    article = Article(id=f"guard-{hash(text)}", text=text)
    doc = _parse(ctx, article)
    plain = nlp(text)
    assert [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc] == [
        (t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in plain]
    ctx.docs.pop(article.id)


def test_nlp_headlines_selective_parse_leaves_unparsed_sentences_alone(ctx):
    """With ``nlp.select`` a sentence with no trigger word is tokenized only; it stays so, Title Case or not."""
    selective = Context(Config(options={"nlp.select": "events"}))  # (shares the loaded model with ``ctx``)
    text = "Spring Colours Of The Harbour Gardens\nNorway condemned a Danish navy raid on Tuesday."
    article = Article(id="headline-selective", text=text)
    doc = _parse(selective, article)
    assert doc_text(doc) == text
    assert all(not t.pos_ for t in doc if t.idx < text.index("\n"))


def test_nlp_headlines_names_the_story_writes_capitalised_keep_their_case(ctx):
    """The copy keeps a name the story writes capitalised mid-sentence; the headline's other words go lower case."""
    from eventwire.nlp.headlines import case_counts, normalised_words, title_case_sentences

    text = ("Harwick Tool Recalls Faulty Drills\n"
            "Shares of Harwick Tool fell on Monday after the maker said it would recall faulty drills.")
    doc = ctx.nlp(text)
    sents = title_case_sentences(doc, text)
    assert [s.text.strip() for s in sents] == ["Harwick Tool Recalls Faulty Drills"]
    words = normalised_words(sents[0], *case_counts(text, sents))
    assert [w for w in words if not w.isspace()] == ["Harwick", "Tool", "recalls", "faulty", "drills"]


def test_nlp_headlines_selective_parse_reads_a_selected_headline_too():
    """``eventwire run`` parses selectively: a headline with a trigger word is parsed, and recased like the rest."""
    selective = Context(Config(options={"nlp.select": "events"}))  # (shares the loaded model)
    headline, story, verb = HEADLINES[0]
    article = _article(headline, story)
    doc = _parse(selective, article)
    assert doc_text(doc) == article.text
    assert next(t for t in doc if t.text == verb).pos_ == "VERB"
