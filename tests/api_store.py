"""Hand-built stores for the API and browser tests (no spaCy, no ../shared).

``small_store`` holds a few articles whose numbers the tests check by hand;
``synthetic_store`` writes many events fast, for paging and first-paint tests.
"""

from __future__ import annotations

import random
from pathlib import Path

from eventwire.model import Actor, Article, Event, Removed, Span
from eventwire.store import Store

QUADS = {"03": (1, 4.0), "04": (1, 1.0), "05": (1, 3.5), "06": (2, 6.0), "11": (3, -2.0), "12": (3, -4.0),
         "17": (4, -7.0), "19": (4, -10.0)}


def actor(text: str, code: str, article_text: str) -> Actor:
    """An actor mention at the first occurrence of ``text``."""
    at = article_text.index(text)
    return Actor(Span(at, at + len(text)), text, code, code[:3], f"{code}-{text}")


def event(article: Article, eid: str, cameo: str, source: Actor, target: Actor, trigger: str, **extra) -> Event:
    """An event whose trigger, arguments and sentence are located in the article text."""
    text = article.text
    start = text.index(trigger)
    sentence_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    sentence_end = text.find(".", start) + 1
    quad, goldstein = QUADS[cameo[:2]]
    return Event(
        id=eid, article_id=article.id, cameo=cameo, root=cameo[:2], quad_class=quad, goldstein=goldstein,
        trigger=Span(start, start + len(trigger)), trigger_text=trigger,
        span=Span(min(source.span.start, start), max(target.span.end, start + len(trigger))),
        sentence=text[sentence_start:sentence_end], sentence_span=Span(sentence_start, sentence_end),
        source=source, target=target, **extra)


def _article(aid: str, text: str, published: str | None, **extra) -> Article:
    return Article(id=aid, text=text, raw=text + "\nSubscribe to our newsletter!", source_sha=aid + text,
                   published=published, **extra)


def small_articles() -> list[Article]:
    """Three dated articles on USA–RUS (one negated event), one on the Syria strike, one story."""
    a1 = _article("a1.txt", "Trump spoke with Putin by phone on Tuesday. Russia condemned the new sanctions.",
                  "2017-05-02", title="Phone call", outlet="Wire", story_id="s1")
    trump, putin = actor("Trump", "USAGOV", a1.text), actor("Putin", "RUSGOV", a1.text)
    russia = actor("Russia", "RUS", a1.text)
    usa_in_a1 = actor("new sanctions", "USA", a1.text)
    a1.actors = [trump, putin, russia]
    a1.events = [
        event(a1, "a1#e1", "040", trump, putin, "spoke", date="2017-05-02", date_precision="day",
              date_basis="expression", plover="CONSULT"),
        event(a1, "a1#e2", "111", russia, usa_in_a1, "condemned"),  # no date: placed at publication
    ]
    a1.removed = [Removed(Span(len(a1.text) + 1, len(a1.text) + 29), "newsletter", "Subscribe to our newsletter!")]
    a2 = _article("a2.txt", "The US military struck Syria. Washington did not meet Moscow.", "2017-04-07",
                  title="Strike", outlet="Daily", story_id="s1")
    usmil, syria = actor("US military", "USAMIL", a2.text), actor("Syria", "SYR", a2.text)
    wash, moscow = actor("Washington", "USAGOV", a2.text), actor("Moscow", "RUSGOV", a2.text)
    a2.actors = [usmil, syria, wash, moscow]
    a2.events = [
        event(a2, "a2#e1", "190", usmil, syria, "struck", date="2017-04-07", date_precision="day",
              date_basis="expression", incident_id="inc-strike"),
        event(a2, "a2#e2", "036", wash, moscow, "meet", date="2017-04-20", date_precision="day", negated=True,
              modality="negated"),
    ]
    a3 = _article("a3.txt", "In June the United States offered aid to Russia.", "2017-06-15", title="Aid",
                  outlet="Daily")
    us, rus = actor("United States", "USA", a3.text), actor("Russia", "RUS", a3.text)
    a3.actors = [us, rus]
    a3.events = [event(a3, "a3#e1", "057", us, rus, "offered", date="2017-06", date_precision="month",
                       date_basis="expression")]
    a3.events[0].goldstein = 8.0
    a4 = _article("a4.txt", "Syrian forces struck the town again.", "2017-04-08", title="Strike again",
                  outlet="Other")
    forces, town = actor("Syrian forces", "SYRMIL", a4.text), actor("town", "SYR", a4.text)
    a4.events = [event(a4, "a4#e1", "190", forces, town, "struck",
                       date="2017-04-07", date_precision="day", incident_id="inc-strike")]
    a4.actors = [forces]
    return [a1, a2, a3, a4]


def build(path: Path, articles: list[Article]) -> Path:
    with Store(path) as store:
        store.write(articles, [], store.start_run([]))
        store.refresh_aggregates()
    return path


def synthetic_articles(n_events: int, *, per_article: int = 10, seed: int = 7) -> list[Article]:
    """``n_events`` events over 2015–2019 among a few states, fast to write."""
    rng = random.Random(seed)
    codes = ["USA", "RUS", "SYR", "TUR", "IRN", "ISR", "FRA", "GBR", "CHN", "DEU", "USAGOV", "RUSGOV"]
    roots = list(QUADS)
    out = []
    for i in range(0, n_events, per_article):
        sentences = []
        events = []
        aid = f"syn{i // per_article:05d}"
        for j in range(min(per_article, n_events - i)):
            src, tgt = rng.sample(codes, 2)
            sentences.append(f"{src} acted on {tgt} in case {i + j}.")
        text = " ".join(sentences)
        day = f"{rng.randint(2015, 2019)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        article = Article(id=aid, text=text, raw=text, source_sha=aid, published=day, title=f"Synthetic {aid}",
                          outlet=rng.choice(["Wire", "Daily", "Other"]))
        at = 0
        for j, sentence in enumerate(sentences):
            src, _, _, tgt = sentence.split(" ")[:4]
            root = rng.choice(roots)
            source = Actor(Span(at, at + len(src)), src, src, src[:3])
            target = Actor(Span(at + len(src) + 10, at + len(src) + 10 + len(tgt)), tgt, tgt, tgt[:3])
            quad, goldstein = QUADS[root]
            events.append(Event(id=f"{aid}#e{j}", article_id=aid, cameo=root + "0", root=root, quad_class=quad,
                                goldstein=goldstein, trigger=Span(at + len(src) + 1, at + len(src) + 6),
                                trigger_text="acted", span=Span(at, target.span.end), sentence=sentence,
                                sentence_span=Span(at, at + len(sentence)), source=source, target=target,
                                date=day, date_precision="day", date_basis="publication"))
            at += len(sentence) + 1
        article.events = events
        article.actors = [a for e in events for a in (e.source, e.target)]
        out.append(article)
    return out
