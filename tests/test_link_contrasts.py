"""Contrasts: a silence in one source against a quote on the same topic from another."""

from __future__ import annotations

from eventwire.link.contrasts import link_contrasts
from eventwire.model import Actor, Article, Quote, Span


def _speaker(code, entity):
    return Actor(Span(0, 1), entity, code=code, entity_id=entity, name=entity)


def _article(aid, quotes=(), omissions=None, story="sty_1"):
    article = Article(id=aid, text="x" * 200, story_id=story, quotes=list(quotes))
    if omissions:
        article.metadata["omissions"] = omissions
    return article


SILENCE = [{"span": [10, 40], "topic": "safe zones", "topic_span": [20, 30],
            "speaker": {"code": "RUSGOV", "entity_id": "org:kremlin", "name": "Kremlin", "text": "It"}}]


def test_link_contrasts_across_articles_of_a_story():
    stated = _article("a1", [Quote(Span(0, 50), "the call included the discussion of safe zones", "direct",
                                   _speaker("USAGOV", "org:white_house"))])
    silent = _article("a2", omissions=SILENCE)
    link_contrasts([stated, silent])
    (contrast,) = silent.metadata["contrasts"]
    assert contrast["silent"]["code"] == "RUSGOV" and contrast["stated_by"]["code"] == "USAGOV"
    assert contrast["stated_by"]["article_id"] == "a1"


def test_link_contrasts_need_another_speaker_and_the_topic():
    same_speaker = _article("a1", [Quote(Span(0, 50), "we discussed safe zones", "direct",
                                         _speaker("RUSGOV", "org:kremlin"))])
    other_topic = _article("a3", [Quote(Span(0, 50), "we discussed trade", "direct",
                                        _speaker("USAGOV", "org:white_house"))])
    other_story = _article("a4", [Quote(Span(0, 50), "safe zones were discussed", "direct",
                                        _speaker("USAGOV", "org:white_house"))], story="sty_2")
    silent = _article("a2", omissions=SILENCE)
    link_contrasts([same_speaker, other_topic, other_story, silent])
    assert "contrasts" not in silent.metadata
