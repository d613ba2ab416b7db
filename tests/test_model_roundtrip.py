"""Records survive to_dict/from_dict (and JSON) unchanged."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.model import Actor, Article, Event, Place, Quote, Reject, Removed, Span, TimeExpression

text = st.text(max_size=30)
opt_text = st.none() | text


@st.composite
def spans(draw):
    start = draw(st.integers(0, 10_000))
    return Span(start, start + draw(st.integers(0, 500)))


actors = st.builds(Actor, span=spans(), text=text, code=opt_text, country=opt_text, entity_id=opt_text,
                   kind=opt_text, name=opt_text, flags=st.lists(text, max_size=3),
                   confidence=st.floats(0, 1))
places = st.builds(Place, name=text, country=opt_text, lat=st.none() | st.floats(-90, 90),
                   lon=st.none() | st.floats(-180, 180), span=st.none() | spans(), kind=opt_text)
events = st.builds(
    Event, id=text, article_id=text, cameo=text, trigger=spans(), span=spans(), sentence=text,
    sentence_span=st.none() | spans(), trigger_text=text, root=opt_text, plover=opt_text,
    quad_class=st.none() | st.integers(1, 4), goldstein=st.none() | st.floats(-10, 10), source=st.none() | actors,
    target=st.none() | actors, date=opt_text, date_precision=opt_text, date_basis=opt_text,
    place=st.none() | places, negated=st.booleans(), modality=text, attribution=opt_text,
    confidence=st.floats(0, 1), incident_id=opt_text,
)
articles = st.builds(
    Article, id=text, text=text, raw=text, title=opt_text, outlets=st.lists(text, max_size=3),
    authors=st.lists(text, max_size=3), published=opt_text,
    metadata=st.dictionaries(text, st.none() | text | st.integers(), max_size=3),
    actors=st.lists(actors, max_size=3), events=st.lists(events, max_size=3),
    quotes=st.lists(st.builds(Quote, span=spans(), text=text, kind=text, speaker=st.none() | actors), max_size=2),
    removed=st.lists(st.builds(Removed, span=spans(), reason=text, text=text), max_size=2),
    times=st.lists(st.builds(TimeExpression, span=spans(), text=text, value=opt_text), max_size=2),
    places=st.lists(places, max_size=2),
)


@given(articles)
def test_model_article_roundtrips_through_dict_and_json(article):
    data = article.to_dict()
    assert Article.from_dict(data) == article
    assert Article.from_dict(json.loads(json.dumps(data))) == article


@given(events)
def test_model_event_roundtrips(event):
    assert Event.from_dict(event.to_dict()) == event


def test_model_reject_roundtrips():
    reject = Reject("a.txt", "read", "empty file", "dir/a.txt")
    assert Reject.from_dict(reject.to_dict()) == reject


def test_model_from_dict_ignores_unknown_fields():
    assert Span.from_dict({"start": 1, "end": 2, "extra": 3}) == Span(1, 2)


@pytest.mark.parametrize("start,end", [(-1, 2), (5, 4)])
def test_model_span_rejects_invalid_ranges(start, end):
    with pytest.raises(ValueError):
        Span(start, end)


def test_model_span_slices_text():
    assert Span(4, 11).slice("The Kremlin said") == "Kremlin"
