"""A listed person's bare surname is that person whatever the tagger calls it (``actors/unmatched_names.py``): the
small model tags a lone "Trump" as an organisation and a common noun (the English word "trump"), and then
"he" did not agree with it (``events/antecedents._agrees``), so the person stayed uncoded and the event was
lost. A common-noun tag is trusted only for a hand-checked person or one named in full in the article."""

from __future__ import annotations

import pytest

from actors_support import coded_article
from eventwire.model import Article


def _run(ctx, text: str) -> Article:
    article = coded_article(ctx, text, "2018-05-02", "surname-tag-test")
    return article


def _dyads(article: Article) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in article.events}


@pytest.mark.parametrize("text", [
    "Trump is planning to meet with Xi.",  # tagged NOUN and ORG
    "Donald Trump arrived in Hanoi. Trump repeated that he plans to meet with Kim.",  # NOUN, no entity label
])
def test_actors_bare_surname_tagged_noun_is_the_person(ctx, text):
    coded = {a.text: (a.code, a.kind) for a in _run(ctx, text).actors}
    assert coded["Trump"] == ("USAGOV", "person")


def test_events_he_agrees_with_a_surname_tagged_org(ctx):
    """"Trump repeated that [he] plans to meet": "he" is Trump though spaCy called the name an ORG."""
    article = _run(ctx, "Trump repeated that he plans to meet with Xi.")
    assert ("036", "USAGOV", "CHNGOV") in _dyads(article)


def test_events_they_does_not_stand_for_one_person_tagged_org(ctx):
    """A person found by the actors stage is one person: "Trump said that [they] would meet" is not Trump."""
    article = _run(ctx, "Trump said that they would meet with Xi.")
    assert not any(e.source is not None and e.source.code == "USAGOV" and e.cameo.startswith("03")
                   for e in article.events)


def test_actors_english_word_of_a_surname_is_no_person(ctx):
    """The common noun at a sentence's start, with no entity label and no full name in the text, stays a word."""
    article = _run(ctx, "Trump cards were played at the club last night.")
    assert not any(a.kind == "person" for a in article.actors)


def _mentions_with_label(ctx, text: str, start: int, end: int, label: str):
    from spacy.tokens import Span

    from eventwire.actors import resources
    from eventwire.actors.resolve import mentions_for

    doc = ctx.nlp(text)
    doc.ents = [Span(doc, start, end, label=label)]
    return doc, mentions_for(doc, "2018-05-02", resources(ctx))


@pytest.mark.parametrize("label", ["WORK_OF_ART", "PRODUCT"])
def test_actors_lone_surname_with_a_stray_label_is_the_person(ctx, label):
    """The small model labels a lone "Trump" a work of art or a product now and then: still the person."""
    doc, mentions = _mentions_with_label(ctx, "Reporters said Trump would hold talks.", 2, 3, label)
    assert any(m.kind == "person" and doc[m.start : m.end].text == "Trump" for m in mentions)


def test_actors_surname_inside_a_building_name_is_no_person(ctx):
    """"Trump Tower" labelled a facility is a building: its first word is not the man."""
    _, mentions = _mentions_with_label(ctx, "Reporters waited outside Trump Tower on Monday.", 3, 5, "FAC")
    assert not any(m.kind == "person" and m.start == 3 for m in mentions)
