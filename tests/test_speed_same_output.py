"""Performance edits that must give exactly the former output.

Each test compares a fast path with the plain computation it replaced, on our
own sentences (no corpus text): a cut from a phrase's tokens with a cut from
``doc.text``, the article's text passed in with ``doc.text`` read, the memoised
pattern words with fresh ones, the binary-search quote mask with a scan of the
segments, the per-run key cache with keys built afresh, the speech-verb test with
its former order, the quotation scan that visits only the marks with the scan of every
character, and two actor helpers that now test the cheap condition first.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from eventwire.actors.compose import SUPPORT_WORDS
from eventwire.actors.mention import Mention
from eventwire.actors.refusals import _backer
from eventwire.actors.unmatched_names import HONORIFICS, _honorific_names
from eventwire.events import matching
from eventwire.events.arguments import ActorIndex
from eventwire.events.attribution import _phrase, attribution
from eventwire.events.patterns import pattern_index
from eventwire.link import store_io
from eventwire.places.gazetteer import load as load_gazetteer
from eventwire.places.mentions import find_places
from eventwire.quotes.direct import QuoteMask
from eventwire.quotes.lexicon import load_speech_lexicon
from eventwire.quotes.marks import CLOSERS, OPENERS, STRAIGHT, Segment, _is_straight_opener, _scan_paragraph
from eventwire.quotes.speakers import NON_SPEECH_PARTICLES, is_speech_verb
from eventwire.time.timeline import Timeline

TEXTS = [
    "WASHINGTON — The foreign minister of France said on Tuesday that talks with Iran would resume.\n\n"
    "According to the senior officials of the Syrian army, rebels attacked a Syrian air base near Homs.",
    "Russian warplanes struck a Turkish army post in Idlib, the ministry said. Turkey condemned the attack "
    "three days later and recalled its ambassador from Moscow.",
    "Police arrested two protesters in Paris on Friday, witnesses told reporters. The mayor made no mention "
    "of the arrests when she addressed the council last week.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in TEXTS]


def test_speed_same_output_phrase_text_is_the_doc_text_cut(docs):
    for doc in docs:
        for token in doc:
            if token.dep_ in ("nsubj", "pobj"):
                phrase = _phrase(token)
                assert phrase.text == doc.text[phrase.start_char : phrase.end_char]
                assert phrase.start_char == phrase[0].idx
                assert phrase.end_char == phrase[-1].idx + len(phrase[-1])


def test_speed_same_output_attribution_found_on_our_sentences(docs):
    """The two speaker shapes read their text from the phrase (not ``doc.text``)."""
    found = set()
    for doc in docs:
        for sentence in doc.sents:
            for token in sentence:
                got = attribution(token, sentence, ActorIndex([]))
                if got is not None:
                    assert got.text == doc.text[got.start : got.end]
                    found.add(got.text)
    assert {"The foreign minister of France", "the senior officials of the Syrian army"} <= found


def test_speed_same_output_places_with_text_equal_places_from_the_doc(docs):
    gazetteer = load_gazetteer()
    seen = 0
    for doc, text in zip(docs, TEXTS, strict=True):
        fast = find_places(doc, gazetteer, set(), text)
        plain = find_places(doc, gazetteer, set())
        assert [(m.text, m.start_char, m.end_char, m.dateline, m.entry) for m in fast] == [
            (m.text, m.start_char, m.end_char, m.dateline, m.entry) for m in plain
        ]
        seen += len(fast)
        for mention in fast:
            assert mention.text == text[mention.start_char : mention.end_char]
    assert seen >= 4


def test_speed_same_output_timeline_with_text_equals_timeline_from_the_doc(docs):
    for doc, text in zip(docs, TEXTS, strict=True):
        fast = Timeline(doc, dt.date(2020, 3, 6), text)
        plain = Timeline(doc, dt.date(2020, 3, 6))
        assert fast.text == plain.text == text
        assert [repr(p) for p in fast.placed] == [repr(p) for p in plain.placed]
        assert fast.placed


class _Fresh(matching.SentenceWords):
    """The former behaviour: every question computed afresh."""

    def variants(self, token):
        return matching.variants(token)

    def near(self, token):
        return matching.context_words(token), matching.particles(token)


def _described(matches):
    return [(m.pattern.cameo, m.trigger.i, getattr(m.object, "i", None), [t.i for t in m.evidence],
             [t.i for t in m.consumed], [t.i for t in m.complement]) for m in matches]


def test_speed_same_output_memoised_pattern_words_match_fresh_ones(ctx, docs, monkeypatch):
    index = pattern_index(ctx)
    memoised = [_described(matching.sentence_matches(s, index)) for doc in docs for s in doc.sents]
    monkeypatch.setattr(matching, "SentenceWords", _Fresh)
    fresh = [_described(matching.sentence_matches(s, index)) for doc in docs for s in doc.sents]
    assert memoised == fresh
    assert sum(map(len, memoised)) >= 5


@pytest.mark.parametrize("seed", range(40))
def test_speed_same_output_quote_mask_equals_a_scan_of_the_segments(seed):
    """Overlapping, nested, adjacent and empty segments included."""
    rng = random.Random(seed)
    starts = [rng.randrange(0, 60) for _ in range(rng.randrange(0, 8))]
    segments = [Segment(start, start + rng.randrange(-2, 15)) for start in starts]
    mask = QuoteMask(segments)
    for char in range(-2, 80):
        assert mask(char) == any(s.start <= char < s.end for s in segments), (segments, char)


def _row(i: int, incident: str | None = "inc1") -> tuple:
    return (f"ev{i}", f"art{i % 3}", "190", "19", "SYRMIL", "SYR", "TURMIL", "TUR", f"2020-03-{i % 27 + 1:02d}",
            "day", "text", "SYR", "struck", incident, dt.date(2020, 3, 6), None, "person:x", "asserted", False,
            "Syrian troops struck Turkish posts with rockets.")


def test_speed_same_output_event_keys_equal_fresh_keys_and_follow_row_changes():
    keys = store_io.EventKeys(size=5)
    rows = [_row(i) for i in range(8)]
    for row in rows + rows[::-1] + rows:
        assert keys.of(row) == store_io._row_key(row)
    assert keys.of(rows[7]) is keys.of(rows[7])  # cached
    assert len(keys._keys) == 5  # bounded
    changed = _row(7, incident="inc2")
    assert keys.of(changed) == store_io._row_key(changed) != keys.of(rows[7])


def _former_is_speech_verb(token, verbs, lexicon) -> bool:
    """``quotes.speakers.is_speech_verb`` before the early lemma test (the reference)."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return ("according", "to") in lexicon.phrases
    if token.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in token.children):
        return False
    if token.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in token.children):
        return False
    if token.lemma_.lower() == "call" and any(
        c.dep_ in ("prt", "prep") and c.lower_ in NON_SPEECH_PARTICLES and c.i == token.i + 1
        for c in token.children
    ):
        return False
    return token.lemma_.lower() in verbs


SPEECH_TEXTS = [
    "The minister said talks would resume, according to officials. She did not say when.",
    "The rebels called off the attack. He was told to leave, and they called for calm.",
    "According to the report, the army denied the claims and accused the rebels, the spokesman told reporters.",
]


def test_speed_same_output_speech_verbs_as_before(nlp):
    lexicon = load_speech_lexicon()
    said = 0
    for doc in map(nlp, SPEECH_TEXTS + TEXTS):
        for token in doc:
            for verbs in (lexicon.direct, lexicon.indirect, lexicon.direct | lexicon.indirect):
                expected = _former_is_speech_verb(token, verbs, lexicon)
                assert is_speech_verb(token, verbs, lexicon) == expected, token.text
                said += expected
    assert said >= 8


def _former_scan_paragraph(text: str, start: int, end: int):
    """``quotes.marks._scan_paragraph`` as it was: one Python step per character (the reference)."""
    closed, open_at = [], None
    for i in range(start, end):
        char = text[i]
        if char in OPENERS and not (char == "„" and open_at is not None):
            open_at = i
        elif char in CLOSERS or (char == "“" and open_at is not None and text[open_at] == "„"):
            if open_at is not None:
                closed.append((open_at, i + 1))
                open_at = None
        elif char == STRAIGHT:
            if open_at is None and _is_straight_opener(text, i):
                open_at = i
            elif open_at is not None:
                closed.append((open_at, i + 1))
                open_at = None
    return closed, open_at


@pytest.mark.parametrize("seed", range(30))
def test_speed_same_output_quote_scan_visits_only_the_marks(seed):
    rng = random.Random(seed)
    alphabet = ["“", "”", "«", "»", "„", '"', "'", " ", "a", "B", "(", "—", "\n", "said"]
    text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 120)))
    for start in range(0, len(text) + 1, 7):
        for end in (start, start + 1, start + 30, len(text)):
            end = min(end, len(text))
            assert _scan_paragraph(text, start, end) == _former_scan_paragraph(text, start, end), (text, start, end)


ACTOR_TEXTS = [
    "U.S.-backed Kurdish fighters and Iran - backed militia groups clashed, Mr. Flynn said. Dr. Ayman al-Zawahiri "
    "and Sheikh Hassan Nasrallah spoke; mr. smith did not.",
    "Russian-trained troops met Turkish-funded rebels and Syrian government forces near Aleppo, Ms. Haley told Sir "
    "John Sawers.",
]


def _former_backer(other, mention, doc) -> bool:
    """``actors.refusals._backer`` as it was: the gap read before its length is tested (the reference)."""
    gap = [t.lower_ for t in doc[other.end : mention.start]]
    if other.end > mention.start or len(gap) > 4:
        return False
    word = gap[1] if gap[:1] == ["-"] and len(gap) > 1 else (gap[0] if gap else "")
    return word in SUPPORT_WORDS


def _former_honorific_names(doc, covered):
    """``actors.unmatched_names._honorific_names`` as it was: the next token built for every token (the reference)."""
    out = []
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if token.lower_ in HONORIFICS and not covered[i + 1] and nxt.text[:1].isupper() and nxt.is_alpha:
            end = i + 2
            while end < len(doc) and not covered[end] and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            out.append((i, end, doc[i + 1 : end].text))
    return out


def test_speed_same_output_backer_as_before_on_every_pair_of_short_spans(nlp):
    backed = 0
    for doc in map(nlp, ACTOR_TEXTS):
        spans = [(s, e) for s in range(len(doc)) for e in range(s + 1, min(s + 3, len(doc)) + 1)]
        for s1, e1 in spans:
            for s2, e2 in spans[::3]:
                other, mention = Mention(s1, e1, "state"), Mention(s2, e2, "agent")
                expected = _former_backer(other, mention, doc)
                assert _backer(other, mention, doc) == expected
                backed += expected
    assert backed >= 4


@pytest.mark.parametrize("seed", range(6))
def test_speed_same_output_honorific_names_as_before(nlp, seed):
    rng = random.Random(seed)
    found = 0
    for doc in map(nlp, [*ACTOR_TEXTS, ""]):
        covered = [rng.random() < 0.2 * (seed % 3) for _ in range(len(doc))]
        got = [(m.start, m.end, m.name) for m in _honorific_names(doc, covered)]
        assert got == _former_honorific_names(doc, covered)
        found += len(got)
    assert found >= (4 if seed % 3 == 0 else 0)


# -- token columns and trie roots -----------------------------------------------------------------


def _former_find_matches(doc, index):
    """``actors.match.find_matches`` before it tested the trie roots first."""
    from eventwire.actors.match import Match, _longest, _names_a_sea, _names_a_thing, norm

    keys = [norm(t.text) for t in doc]
    candidates = []
    for start in range(len(keys)):
        entity = _longest(index.entities, keys, start, doc)
        if entity and not _names_a_thing(doc, start, entity, index, keys) and not _names_a_sea(doc, start):
            candidates.append(Match(start, entity[0], entity[1]))
        agent = _longest(index.agents, keys, start, doc)
        if agent:
            candidates.append(Match(start, agent[0], agent[1], agent=True))
    candidates.sort(key=lambda m: (-(m.end - m.start), m.agent, m.start))
    taken = [False] * len(keys)
    chosen = []
    for match in candidates:
        if not any(taken[match.start : match.end]):
            chosen.append(match)
            for i in range(match.start, match.end):
                taken[i] = True
    return sorted(chosen, key=lambda m: m.start)


def test_speed_same_output_find_matches_as_before(ctx, nlp):
    from eventwire.actors import resources
    from eventwire.actors.match import find_matches

    index = resources(ctx).index
    found = 0
    for doc in map(nlp, [*TEXTS, *ACTOR_TEXTS, "the Gulf of Aden pirates met U.S officials in the White House"]):
        for part in [doc, *doc.sents]:
            got = find_matches(part, index)
            assert repr(got) == repr(_former_find_matches(part, index))
            found += len(got)
    assert found >= 20



# The quote and silence finders read two columns to pick the tokens they ask
# about; the cleaner's content words search for unspaced scripts once per text and memoise stems.


def test_speed_same_output_tokens_with_equals_asking_every_token(nlp):
    from eventwire.nlp.columns import tokens_with
    from eventwire.quotes.omissions import SILENCE_CUES, _silenced_topic

    lexicon = load_speech_lexicon()
    docs = [*map(nlp, SPEECH_TEXTS + TEXTS), nlp(""), nlp("   "), nlp.make_doc("ACCORDING to Said, he SAID.")]
    kept = 0
    for doc in docs:
        for lemmas, lowers in ((lexicon.indirect, ("according",)), (SILENCE_CUES, ()), (lexicon.direct, ())):
            expected = [t.i for t in doc if t.lemma_.lower() in lemmas or t.lower_ in lowers]
            assert [t.i for t in tokens_with(doc, lemmas, lowers)] == expected, doc.text
            kept += len(expected)
        # what the finders keep is always among the tokens asked about
        speech = {t.i for t in tokens_with(doc, lexicon.indirect, ("according",))}
        assert {t.i for t in doc if is_speech_verb(t, lexicon.indirect, lexicon)} <= speech
        silences = {t.i for t in tokens_with(doc, SILENCE_CUES)}
        assert {t.i for t in doc if _silenced_topic(t) is not None} <= silences
    assert kept >= 10


def _former_content_tokens(text: str) -> set[str]:
    """``clean.topic.content_tokens`` as it was: a search per word, a fresh stem per word (the reference)."""
    from eventwire.clean.topic import _TOKEN_RE, _UNSPACED_RE, STOPWORDS, _stem

    tokens: set[str] = set()
    for match in _TOKEN_RE.finditer(text):
        word = match.group().lower().replace("’", "'").rstrip("'-")
        if _UNSPACED_RE.search(word):
            tokens.update(word[i : i + 2] for i in range(len(word) - 1))
            continue
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) < 3 or word in STOPWORDS:
            continue
        tokens.add(_stem(word))
    return tokens


@pytest.mark.parametrize("seed", range(20))
def test_speed_same_output_content_tokens_as_before(seed, monkeypatch):
    from eventwire.clean import topic

    monkeypatch.setattr(topic, "STEM_CACHE_LIMIT", 50)  # the memo restarts during the test too
    rng = random.Random(seed)
    pieces = ["Syrian", "talks", "Ministries", "attacked", "Putin’s", "rebels'", "co-operation-", "ÉTATS-UNIS",
              "İstanbul", "東京都", "서울시", "ひらがなカナ", "2017", "said", "the", "Iran's", "Kurdish-led", "x",
              "studies", "Indian", "voting", "¹²³", "½", "ﬁnance", "ẞTRASSE"]
    for _ in range(30):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        text = "".join(ch if rng.random() > 0.05 else rng.choice(".,;’'-\n") for ch in text)
        assert topic.content_tokens(text) == _former_content_tokens(text), text


def test_speed_same_output_place_finders_ask_the_same_tokens(ctx, nlp):
    from eventwire.nlp.columns import tokens_with
    from eventwire.places.mentions import _proper_nouns

    gazetteer = load_gazetteer(ctx)
    texts = [*TEXTS, *SPEECH_TEXTS, "Jets struck a Syrian air base and a Russian naval base in Tartus; Kiev's airport "
             "and the Turkish embassy in Aleppo were hit.", ""]
    sites = propn = 0
    for doc in map(nlp, texts):
        expected = [t.i for t in doc if t.lemma_.lower() in gazetteer.sites]
        assert [t.i for t in tokens_with(doc, gazetteer.sites)] == expected
        assert [t.i for t in _proper_nouns(doc)] == [t.i for t in doc if t.pos_ == "PROPN"]
        sites += len(expected)
        propn += len(_proper_nouns(doc))
    assert sites >= 2 and propn >= 10


@pytest.mark.parametrize("seed", range(10))
def test_speed_same_output_language_counts_as_before(seed):
    from eventwire import language

    rng = random.Random(seed)
    pieces = ["the", "and", "of", "said", "would", "²", "½", "١٢", "Москва", "und", "der", "été", "東京", "42", "x"]
    for _ in range(40):
        sample = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        words = language.WORD_RE.findall(sample.lower())
        assert sum(map(str.isalpha, sample)) == sum(ch.isalpha() for ch in sample)
        assert sum(map(language.ENGLISH_ONLY_WORDS.__contains__, words)) == sum(
            w in language.ENGLISH_ONLY_WORDS for w in words)
