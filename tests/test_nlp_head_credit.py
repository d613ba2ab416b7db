"""A wire credit with no date between a run-in title and the story ("... Monitor AFP A barrage of ...").

Our own sentences, in the shape of the FA-KES one-line texts: the headline with
no stop, an agency's name, then the story's first sentence. The story starts
after the credit, so the credit does not become part of its subject.
"""

from __future__ import annotations

import pytest

from eventwire import nlp as nlp_stage
from eventwire.model import Article

TITLE = "Shelling kills nine villagers near Hama Monitor"
STORY = ("A barrage of rocket fire by the rebel militia killed nine villagers near Hama on Friday "
         "a monitoring group said.")


def _parsed(ctx, text: str, title: str | None):
    article = Article(id=f"credit-{hash((text, title))}", text=text, title=title)
    nlp_stage.run([article], ctx)
    return ctx.docs.pop(article.id)


def _story_start(text: str, title: str | None) -> list[str]:
    """The words at which the head marks put a sentence start."""
    from eventwire.nlp.heads import head_marks

    return [text[i:].split()[0] for i in head_marks(text, title).starts]


@pytest.mark.parametrize("credit", ["AFP", "AP", "Reuters", "SANA", "SANA News Agency", "Xinhua"])
def test_nlp_head_credit_story_starts_after_the_agency(credit):
    text = f"{TITLE} {credit} {STORY}"
    assert _story_start(text, TITLE) == [credit.split()[0], "A"]


def test_nlp_head_credit_is_not_the_story_subject(ctx):
    text = f"{TITLE} AFP {STORY}"
    doc = _parsed(ctx, text, TITLE)
    barrage = next(t for t in doc if t.text == "barrage")
    assert barrage.is_sent_start is not True  # "A" starts it
    assert next(t for t in doc if t.text == "A").is_sent_start
    assert "AFP" not in barrage.sent.text
    assert next(t for t in doc if t.text == "AFP").is_sent_start


# Guards: these hold with and without the rule (parsed, so that they run on a tree without the head marks).

@pytest.mark.parametrize(("text", "inside"), [
    # The agency is the story's subject.
    (f"{TITLE} AFP reported that rocket fire killed nine villagers near Hama on Friday.", ["reported"]),
    # A story that opens with an all-caps name that is no agency.
    (f"{TITLE} US-led air strikes killed nine fighters near Hama on Friday a monitoring group said.",
     ["led", "air", "strikes"]),
    (f"{TITLE} ISIL fighters killed nine villagers near Hama on Friday a monitoring group said.", ["fighters"]),
])
def test_nlp_head_credit_no_agency_no_start_inside_the_story(ctx, text, inside):
    doc = _parsed(ctx, text, TITLE)
    assert [t.text for t in doc if t.text in inside and t.is_sent_start] == []


def test_nlp_head_credit_without_title_is_the_plain_parse(ctx):
    text = f"{TITLE} AFP {STORY}"
    plain = [s.start_char for s in ctx.nlp(text).sents]
    assert [s.start_char for s in _parsed(ctx, text, None).sents] == plain
