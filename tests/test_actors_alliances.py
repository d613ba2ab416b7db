"""A capitalised "Coalition" is a name, not the armed alliance of war news (``compose._named_alliance``)."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text
from eventwire import actors
from eventwire.model import Article


def codes(ctx, text: str) -> dict[str, str | None]:
    """Each actor mention's text → its code."""
    return codes_by_text(ctx, text, "2016-05-02", "alliance-test")


@pytest.mark.parametrize(("text", "mention", "code"), [
    # an opposition word in the apposition or beside the name: an opposition body
    ("The Libyan Coalition, an opposition movement based in Tunis, urged the envoys to meet.",
     "Libyan Coalition", "LBYOPP"),
    ("Yemen's opposition Democratic Coalition asked the courts to annul the vote.", "Coalition", "YEMOPP"),
    ("The Sudanese Coalition, an anti-government alliance, called a strike.", "Sudanese Coalition", "SDNOPP"),
    # no such word: which kind of body a named coalition is cannot be told, and its country alone would make it
    # the state itself: it stays uncoded
    ("After the vote in Kenya the Coalition promised lower taxes.", "Coalition", None),
    ("The Turkish Coalition sent a letter to the ministry.", "Turkish Coalition", None),
    ("The Lebanese Coalition condemned the shelling of the camp.", "Lebanese Coalition", None),
])
def test_actors_named_coalition_is_not_military(ctx, text, mention, code):
    assert codes(ctx, text).get(mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    # lower case, a state that leads it, its forces or its strikes: the armed alliance (controls)
    ("In Yemen the Saudi-led coalition struck a market.", "Saudi-led coalition", "SAUMIL"),
    ("Officials said the Saudi-led Coalition struck a market in Yemen.", "Saudi-led Coalition", "SAUMIL"),
    ("In Mosul, coalition forces advanced on the old city.", "coalition forces", "IRQMIL"),
    ("Near Raqqa, the Coalition jets hit a bridge in Syria.", "Coalition jets", "SYRMIL"),
])
def test_actors_armed_coalition_stays_military(ctx, text, mention, code):
    assert codes(ctx, text)[mention] == code


def test_actors_named_coalition_spokesman_speaks_for_no_government(ctx):
    found = codes(ctx, "In Libya a Coalition spokesman denied the report.")
    assert found["Coalition spokesman"] == "LBY"


@pytest.mark.parametrize(("text", "code"), [
    ("The Libyan Coalition, an opposition movement based in Tunis, urged the envoys to meet. Rain fell all day. "
     "Later the Coalition said the talks had failed.", "LBYOPP"),
    # a first mention of unknown kind stays uncoded, and so does the name again
    ("The Libyan Coalition met in Tunis. Rain fell all day. Egypt's envoy said the Coalition had failed.", None),
])
def test_actors_named_coalition_named_again_is_the_one_before(ctx, text, code):
    assert codes(ctx, text).get("Coalition") == code


def test_actors_named_coalition_named_again_keeps_a_guessed_country(ctx):
    # the first mention's country comes from its sentence; the second's sentence names no state
    article = Article(id="alliance-test", published="2016-05-02",
                      text="In Libya the opposition Civic Coalition asked for a recount. Rain fell all day. "
                           "\"The Civic Coalition demands that the UN Security Council meet,\" it said.")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    assert [a.code for a in article.actors if a.text.endswith("Coalition")] == ["LBYOPP", "LBYOPP"]
