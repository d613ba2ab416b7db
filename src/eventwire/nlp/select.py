"""Selective parsing: run the full pipeline only on sentences that can hold an event.

An event needs a trigger (a verb or noun from the event patterns) and a coded
actor in its sentence. Most news sentences have neither, and the full spaCy
pipeline (tagger, parser, NER) costs about a hundred times what the
tokenizer does. So:

1. Tokenize the article and cut it into sentences with a rule-based splitter
   (punctuation and line breaks): cheap, no model.
2. Ask a predicate of each sentence; the default one (:class:`EventCandidate`)
   wants one trigger word form *and* one actor phrase from the dictionaries.
3. Runs of consecutive selected sentences become one chunk for ``nlp.pipe``
   (the parser keeps their context); unselected runs stay tokenized only.
4. ``Doc.from_docs`` joins the chunks back into one Doc whose text is exactly
   ``article.text``, so every token offset still points into the article.

No sentence is parsed twice, and nothing is parsed that the pre-pass dropped.
Unselected sentences keep their tokens and sentence boundaries but have no
tags, parse or entities.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.config import Context
from eventwire.nlp.columns import TokenColumns, doc_text, join_docs, span_doc
from eventwire.nlp.heads import HeadMarks, mark_values
from eventwire.nlp.paragraphs import NAME as PARAGRAPHS
from eventwire.nlp.paragraphs import paragraph_starts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: A sentence predicate: True when the sentence must get the full pipeline.
Predicate = Callable[["Span"], bool]

#: Dependency label of tokens the pre-pass left unparsed.
UNPARSED = "unparsed"

#: Regular endings a trigger lemma may carry in text ("meet" -> "meets", "meeting").
SUFFIXES = ("s", "es", "ed", "d", "ing")


@dataclass(slots=True)
class EventCandidate:
    """Default predicate: a trigger word form and a dictionary actor in the sentence.

    Mode ``events+quotes`` (the run default) keeps more, so that events and
    quotes come out as with a full parse:

    * ``speech``: a sentence with a quote mark, a speech verb, an attribution
      cue ("according to") or a silence cue ("made no mention of"), so the
      quotes stage finds it;
    * ``pronouns``: when such a sentence names its speaker by a pronoun ("he
      added"), :meth:`context` asks for the sentence before it as well, where
      the quotes stage looks for the antecedent;
    * ``dated``: a sentence with a time expression ("during last year's
      election"): unparsed, it still anchors the dates of later events, but
      without its syntax the time stage reads it differently (measured: one
      seed event dated 2016 instead of 2017-05-02).
    """

    triggers: frozenset[str]
    actor_index: object  # eventwire.actors.match.PhraseIndex
    speech: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    dated: bool = False

    def __call__(self, sentence: Span) -> bool:
        from eventwire.actors.match import find_matches, norm

        words = [norm(token.text) for token in sentence]
        if self.speech and self._speech(sentence, words):
            return True
        # A trigger and an actor first: most news sentences that pass at all pass here, and the
        # time-expression scan below costs more. Each test is pure, so the order changes no answer.
        if any(word in self.triggers for word in words) and find_matches(sentence, self.actor_index):
            return True
        return self.dated and self._dated(sentence)

    def decide(self, doc: Doc, start: int, end: int, tokens: TokenColumns) -> bool:
        """``self(doc[start:end])``, reading the words from columns computed once per Doc.

        Why: the pre-pass asks every sentence of every article; building each
        token's key and quote flag from spaCy Token objects, once here and
        again in :meth:`context`, was most of its cost. Same tests, same order.
        """
        from eventwire.actors.match import find_matches

        words = tokens.norms[start:end]
        if self.speech and self._speech_words(words, tokens.is_quote[start:end]):
            return True
        if any(word in self.triggers for word in words) and find_matches(doc[start:end], self.actor_index):
            return True
        return self.dated and self._dated(doc[start:end])

    @staticmethod
    def _dated(sentence: Span) -> bool:
        from eventwire.time.expressions import find_mentions

        return bool(find_mentions(sentence.text))

    def _speech(self, sentence: Span, words: list[str]) -> bool:
        return any(w in self.speech or t.is_quote for w, t in zip(words, sentence, strict=True))

    def _speech_words(self, words: list[str], quotes: list[bool]) -> bool:
        return any(w in self.speech or quote for w, quote in zip(words, quotes, strict=True))

    def context(self, sentence: Span) -> int:
        """How many sentences before a selected one must be parsed with it (0 or 1)."""
        if not self.pronouns:
            return 0
        from eventwire.actors.match import norm

        words = [norm(token.text) for token in sentence]
        if any(w in self.pronouns for w in words) and self._speech(sentence, words):
            return 1
        return 0

    def context_at(self, start: int, end: int, tokens: TokenColumns) -> int:
        """``self.context(doc[start:end])`` from the Doc's columns (see :meth:`decide`)."""
        if not self.pronouns:
            return 0
        words = tokens.norms[start:end]
        if any(w in self.pronouns for w in words) and self._speech_words(words, tokens.is_quote[start:end]):
            return 1
        return 0


def trigger_forms(lemmas: Iterable[str], irregular: dict[str, list[str]]) -> frozenset[str]:
    """Lower-case word forms a lemma may take: regular endings, doubled consonants, irregulars.

    Generous on purpose: a form too many costs one parsed sentence, a form
    too few loses its events.
    """
    forms: set[str] = set()
    for lemma in lemmas:
        for word in lemma.lower().split():
            stems = {word}
            if word.endswith("e"):
                stems.add(word[:-1])  # "cease" -> "ceasing"
            if word.endswith("y"):
                stems.add(word[:-1] + "i")  # "deny" -> "denied", "denies"
            if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou":
                stems.add(word + word[-1])  # "ship" -> "shipped"
            forms.update(stem + suffix for stem in stems for suffix in ("", *SUFFIXES))
            forms.update(irregular.get(word, []))
    return frozenset(forms)


def irregular_forms(nlp: Language) -> dict[str, list[str]]:
    """Lemma -> irregular forms, inverted from the lemmatizer's exception tables."""
    out: dict[str, list[str]] = {}
    try:
        tables = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    except (KeyError, ValueError):
        return out
    for pos in ("verb", "noun"):
        for form, lemmas in (tables.get(pos) or {}).items():
            for lemma in lemmas:
                out.setdefault(lemma, []).append(form)
    return out


#: Values of the ``nlp.select`` option and what they keep.
MODES = ("events", "events+quotes")


def default_predicate(ctx: Context, mode: str = "events") -> Predicate:
    """Built once per process from the event patterns and the actor dictionaries."""
    if mode not in MODES:
        raise ValueError(f"nlp.select must be one of {', '.join(MODES)} (or true/false), not {mode!r}")

    def build(context: Context) -> Predicate:
        from eventwire.actors import resources
        from eventwire.events.patterns import pattern_index

        irregular = irregular_forms(context.nlp)
        lemmas = [lemma for pattern in pattern_index(context).patterns for lemma in pattern.lemmas]
        speech: frozenset[str] = frozenset()
        pronouns: frozenset[str] = frozenset()
        if mode == "events+quotes":
            from eventwire.quotes.lexicon import speech_lexicon
            from eventwire.quotes.omissions import SILENCE_CUES
            from eventwire.quotes.speakers import GROUP_PRONOUNS, PERSON_PRONOUNS

            lexicon = speech_lexicon(context)
            cues = {word for phrase in lexicon.phrases for word in phrase[:1]}  # "according (to)", "point (out)"
            # "It made no mention of safe zones": the quotes stage reads silences from the parse.
            speech = trigger_forms(lexicon.direct | lexicon.indirect | cues | SILENCE_CUES, irregular)
            pronouns = frozenset(PERSON_PRONOUNS | GROUP_PRONOUNS)
        return EventCandidate(trigger_forms(lemmas, irregular), resources(context).index, speech, pronouns,
                              dated=mode == "events+quotes")

    return ctx.resource(f"nlp.select.predicate.{mode}", build)


def split_sentences(doc: Doc, columns: TokenColumns | None = None) -> list[tuple[int, int]]:
    """Token ranges of sentences, cut generously wide.

    A cut goes after . ! ? (and a closing quote or bracket) or at a line
    break, and only before a capital, a digit or an opening quote: initials
    ("k.r. narayanan" in lower-cased text) and hard-wrapped wire lines would
    otherwise cut a sentence in two, and a half could lose its actor, its
    trigger or the name NER needs whole. Too wide a sentence only costs a
    little parsing. (Reads the tokens from ``columns``: see :mod:`eventwire.nlp.columns`.)
    """
    columns = columns or TokenColumns(doc)
    spaces, is_space, is_quote = columns.spaces, columns.is_space, columns.is_quote
    starts, pending, line_break = [0], False, False
    for i, text in enumerate(columns.words):
        opening = is_quote[i] and i > 0 and (is_space[i - 1] or spaces[i - 1])
        if not is_space[i]:
            capital = text[:1].isupper() or text[:1].isdigit() or opening
            if (pending or line_break) and capital:
                starts.append(i)
            pending = pending and (is_quote[i] or text in (")", "]")) and not opening
            line_break = False
        if is_space[i]:
            line_break = line_break or "\n" in text
        elif text in (".", "!", "?", "..."):
            pending = True
    bounds = sorted(set(starts))
    return [(s, e) for s, e in zip(bounds, [*bounds[1:], len(doc)], strict=True) if e > s]


def chunks(
    doc: Doc, predicate: Predicate, columns: TokenColumns | None = None
) -> list[tuple[int, int, bool, list[int]]]:
    """Runs of sentences with the same decision: (start, end, selected, sentence starts).

    A predicate with a ``context(sentence) -> int`` method may ask for that
    many sentences before a selected one to be parsed too. The default
    predicate (:class:`EventCandidate`) is asked through its column-reading
    twins, :meth:`~EventCandidate.decide` and :meth:`~EventCandidate.context_at`.
    """
    columns = columns or TokenColumns(doc)
    sentences = split_sentences(doc, columns)
    decisions = _decisions(doc, predicate, sentences, columns)
    out: list[tuple[int, int, bool, list[int]]] = []
    for (start, end), selected in zip(sentences, decisions, strict=True):
        if out and out[-1][2] == selected:
            out[-1] = (out[-1][0], end, selected, [*out[-1][3], start])
        else:
            out.append((start, end, selected, [start]))
    return out


def _decisions(doc: Doc, predicate: Predicate, sentences: list[tuple[int, int]], columns: TokenColumns) -> list[bool]:
    """The predicate's answer for each sentence, then the sentences its ``context`` asks for too."""
    if isinstance(predicate, EventCandidate):
        decisions = [predicate.decide(doc, start, end, columns) for start, end in sentences]

        def context(start: int, end: int) -> int:
            return predicate.context_at(start, end, columns)
    else:
        decisions = [predicate(doc[start:end]) for start, end in sentences]
        ask = getattr(predicate, "context", None)
        context = None if ask is None else lambda start, end: ask(doc[start:end])
    if context is not None:
        for i, (start, end) in enumerate(sentences):
            if decisions[i]:
                for j in range(max(0, i - context(start, end)), i):
                    decisions[j] = True
    return decisions


def parse_selected(
    texts: list[str], nlp: Language, predicate: Predicate, batch_size: int = 32, heads: list[HeadMarks] | None = None
) -> list[Doc]:
    """One Doc per text, fully analysed only where ``predicate`` selected sentences.

    ``heads`` holds, per text, the sentence starts that only the article's head shows (a title run
    into the text, a repeated lede: :mod:`eventwire.nlp.heads`); they are marked with the paragraph starts.
    """
    plans = []
    selected: list[Doc] = []
    paragraphs_on = PARAGRAPHS in getattr(nlp, "pipe_names", ())
    for number, text in enumerate(texts):
        doc = nlp.make_doc(text)
        columns = TokenColumns(doc)
        plan = chunks(doc, predicate, columns)
        plans.append((doc, plan, columns))
        # The pre-pass tokens go to the pipeline as they are (a Doc skips the tokenizer):
        # the whole Doc when every sentence is selected, else each selected run as its own Doc.
        whole = len(plan) == 1 and plan[0][2]
        # Paragraph starts are decided on the whole article (a run alone may be too short to tell a
        # paragraphed text from a hard-wrapped one) and marked on the runs; the component stays off.
        breaks = paragraph_starts(columns.words, columns.is_space) if paragraphs_on else []
        values = heads[number].token_values(columns.words, columns.spaces) if heads and heads[number] else {}
        values.update(dict.fromkeys(breaks, True))
        selected.extend([mark_values(doc, values)] if whole else
                        [mark_values(span_doc(doc, s, e, columns), values, s) for s, e, chosen, _ in plan if chosen])
    parsed = iter(pipe_by_length(nlp, selected, batch_size, disable=[PARAGRAPHS] if paragraphs_on else []))
    out = []
    for (doc, plan, columns), text in zip(plans, texts, strict=True):
        parts = [next(parsed) if chosen else _tokens_only(doc, s, e, starts, columns)
                 for s, e, chosen, starts in plan]
        # One run, parsed or not: nothing to join (no run at all: an empty text).
        merged = parts[0] if len(parts) == 1 else join_docs(parts) if parts else doc
        if doc_text(merged) != text:  # never hand on a Doc whose offsets do not match the article
            raise ValueError("selective parsing changed the text; offsets would be wrong")
        out.append(merged)
    return out


#: Most texts in one ``nlp.pipe`` batch (see :func:`pipe_by_length`): bounds its memory.
PIPE_BATCH = 256


def pipe_by_length(nlp: Language, items: list, batch_size: int = 32, disable: list[str] | None = None) -> list[Doc]:
    """``nlp.pipe`` over texts or Docs, shortest first in batches of up to :data:`PIPE_BATCH`; input order kept.

    Why: the parser and NER advance all the texts of a batch together, one
    token per step, and their per-step costs are shared by the batch; with a
    whole stage call in one batch of similar lengths, the parse of 64 FA-KES
    articles took 20-28 % less CPU than in batches of 32 in input order
    (measured with numpy's BLAS, :mod:`eventwire.nlp.matmul`). Each text is
    still parsed on its own: the annotations do not depend on the batch.
    """
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    off = {"disable": disable} if disable else {}  # (test doubles' ``pipe`` takes no ``disable``)
    size = max(batch_size, min(len(items), PIPE_BATCH))
    docs: list = [None] * len(items)
    for index, doc in zip(order, nlp.pipe([items[i] for i in order], batch_size=size, **off), strict=True):
        docs[index] = doc
    return docs


def _tokens_only(
    doc: Doc, start: int, end: int, sentence_starts: list[int], columns: TokenColumns | None = None
) -> Doc:
    """An unparsed run as its own Doc, its sentences marked by a flat tree.

    Why a tree: once any part is parsed, ``Doc.from_docs`` takes sentence
    boundaries from the heads, so each unparsed sentence hangs from its first
    token. That token is labelled ``ROOT`` (stages rely on every sentence
    root being one), every other token :data:`UNPARSED`, which no stage reads
    as a syntactic relation; none has a POS, lemma or entity.
    """
    import numpy as np
    from spacy.attrs import DEP, HEAD

    part = span_doc(doc, start, end, columns)
    bounds = [s - start for s in sentence_starts] + [end - start]
    values = np.zeros((len(part), 2), dtype="int64")
    values[:, 1] = part.vocab.strings.add(UNPARSED)
    for first, stop in itertools.pairwise(bounds):
        values[first:stop, 0] = first - np.arange(first, stop)  # relative offset to the sentence's first token
        values[first, 1] = part.vocab.strings.add("ROOT")
    part.from_array([HEAD, DEP], values.view("uint64"))
    return part


def stats(docs: Iterable[Doc]) -> tuple[int, int]:
    """(parsed tokens, all tokens): how much of the text got the full pipeline."""
    parsed = total = 0
    for doc in docs:
        total += len(doc)
        parsed += sum(1 for token in doc if token.pos_)
    return parsed, total
