"""Stories: articles on the same news story, from any outlet, in any words.

One similarity function and one threshold serve both uses: clustering a
corpus offline and assigning a newly stored article to a story (or starting
one). Offline clustering *is* incremental assignment, article by article in
order of publication, so the two can never disagree.

Signals (weights and threshold chosen on data, see ``bench/stories.py``):

* TF-IDF cosine of title + text, IDF fitted on the comparison pool (the
  batch plus the stored candidates), sublinear term frequency;
* overlap of named entities (actor names and codes when the actors stage ran,
  else capitalised name sequences), which survives different wording;
* date proximity: articles more than ``MAX_DAYS_APART`` apart are never the
  same story; within that, a mild decay.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix

#: Chosen on BASIL 2010–2014 (the dev half: best BCubed F1 over thresholds
#: 0.08–0.20 and weights 1/0, .85/.15, .7/.3, .5/.5), then measured on BASIL
#: 2015–2019, NewsWCL50 and ECB+ (see the issue 7 closing notes and bench/stories.py).
THRESHOLD = 0.14
TEXT_WEIGHT = 0.5
ENTITY_WEIGHT = 0.5
MAX_DAYS_APART = 14
#: Characters of text that go into the TF-IDF vector: the lead carries the story.
TEXT_CHARS = 4000

NAME_SEQUENCE = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+(?:of\s+|al-|bin\s+)?[A-Z][\w’'.-]*)*")
NOT_NAMES = {
    "the", "a", "an", "but", "and", "in", "on", "at", "it", "he", "she", "they", "we", "i", "this", "that",
    "mr", "mrs", "ms", "dr", "when", "while", "as", "after", "before", "if", "for", "his", "her", "their",
    "there", "its", "what", "some", "many", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "associated press", "reuters", "ap",
}


@dataclass(slots=True)
class StoryDoc:
    """What story linking needs of an article."""

    id: str
    text: str
    published: dt.date | None = None
    entities: frozenset[str] = frozenset()
    story_id: str | None = None
    outlet: str | None = None
    #: The TF-IDF terms of ``text`` (``text_terms``) when already known; None: computed when needed.
    terms: tuple[str, ...] | None = None


class StoryFeatures:
    """Per-run cache of what story linking reads from a stored article's text.

    Why: every batch is compared with up to ``MAX_STORY_CANDIDATES`` stored
    articles, and re-extracting their names and TF-IDF terms each time was
    most of the single writer's story-linking CPU (the same article is a
    candidate for many batches). Entries are keyed by article id and checked
    against the text, so a re-read article with new text is computed afresh.
    Bounded (least recently used out first) so memory stays flat on any run.
    """

    def __init__(self, size: int = 6000) -> None:
        self.size = size
        self._entries: OrderedDict[str, tuple[str, frozenset[str], tuple[str, ...]]] = OrderedDict()

    def of(self, article_id: str, text: str) -> tuple[frozenset[str], tuple[str, ...]]:
        """``(name_entities(text), text_terms(text))``, computed once per article text."""
        entry = self._entries.get(article_id)
        if entry is None or entry[0] != text:
            entry = (text, name_entities(text), text_terms(text))
            self._entries[article_id] = entry
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)
        else:
            self._entries.move_to_end(article_id)
        return entry[1], entry[2]


@dataclass(slots=True)
class Assignment:
    """The story chosen for an article, and how sure we were."""

    story_id: str
    score: float
    new: bool
    members: list[str] = field(default_factory=list)


def name_entities(text: str, actors: Iterable = ()) -> frozenset[str]:
    """Names in the text (lower case), plus actor names if the actors stage ran."""
    found = set()
    for match in NAME_SEQUENCE.finditer(text):
        words = [w for w in match.group(0).split() if w.lower().strip(".’'") not in NOT_NAMES]
        if words:
            found.add(" ".join(words).lower().rstrip(".’'s"))
            found.add(words[-1].lower().rstrip(".’'s"))  # "President Trump" and "Trump" meet
    for actor in actors:
        # Names only: codes such as USAGOV are shared by unrelated stories.
        if actor.name:
            found.add(actor.name.lower())
    return frozenset(x for x in found if len(x) > 2)


def parse_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@functools.cache
def _text_analyzer() -> Callable[[str], list[str]]:
    """scikit-learn's analyzer for the story vectors: lower case, word tokens, English stop words out.

    Built once per process (building it re-checks the stop-word list).
    """
    # Imported here: scikit-learn costs seconds to import, and every CLI command loads this package.
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words="english").build_analyzer()


def text_terms(text: str) -> tuple[str, ...]:
    """The terms of a story text's TF-IDF vector (its first ``TEXT_CHARS`` characters)."""
    return tuple(sys.intern(term) for term in _text_analyzer()(text[:TEXT_CHARS]))


def _given_terms(terms: tuple[str, ...]) -> tuple[str, ...]:
    return terms


def similarity_matrix(docs: Sequence[StoryDoc], first_row: int = 0) -> np.ndarray:
    """Pairwise story similarity in [0, 1] for a pool of documents.

    ``first_row``: only the rows of ``docs[first_row:]`` (against every
    document), the same values as those rows of the whole matrix. Why: a
    batch compares its new articles with up to ``MAX_STORY_CANDIDATES``
    stored ones; the stored ones' rows are never read, and they were most of
    the products (each row of a sparse product is computed on its own, so
    the values do not change).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not docs:
        return np.zeros((0, 0))
    # IDF is fitted on this pool every time; only the tokenizing is cached (StoryDoc.terms).
    vectorizer = TfidfVectorizer(analyzer=_given_terms, sublinear_tf=True, min_df=1, max_df=0.5
                                 if len(docs) > 20 else 1.0)
    try:
        matrix = vectorizer.fit_transform([d.terms if d.terms is not None else text_terms(d.text) for d in docs])
        text_sim = (matrix[first_row:] @ matrix.T).toarray()
    except ValueError:  # every text empty or stop words only
        text_sim = np.zeros((len(docs) - first_row, len(docs)))
    return (TEXT_WEIGHT * text_sim + ENTITY_WEIGHT * entity_jaccard(docs, first_row)) * date_factors(docs, first_row)


def entity_jaccard(docs: Sequence[StoryDoc], first_row: int = 0) -> np.ndarray:
    """Jaccard overlap of the entity sets, all pairs at once (sparse products); rows from ``first_row``."""
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, doc in enumerate(docs):
        for name in doc.entities:
            rows.append(row)
            cols.append(vocabulary.setdefault(name, len(vocabulary)))
    if not vocabulary:
        return np.zeros((len(docs) - first_row, len(docs)))
    marks = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(docs), len(vocabulary)))
    shared = (marks[first_row:] @ marks.T).toarray()
    sizes = np.asarray(marks.sum(axis=1)).ravel()
    union = sizes[first_row:, None] + sizes[None, :] - shared
    return np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)


def date_factors(docs: Sequence[StoryDoc], first_row: int = 0) -> np.ndarray:
    """1 within three days, falling linearly to 0.5 at ``MAX_DAYS_APART``, 0 beyond (rows from ``first_row``).

    An undated article is not penalised: missing dates are common and the
    text signals still have to carry the match on their own.
    """
    ordinals = np.array([d.published.toordinal() if d.published else np.nan for d in docs], dtype=float)
    days = np.abs(ordinals[first_row:, None] - ordinals[None, :])
    factor = 1.0 - 0.5 * np.clip(days - 3, 0, None) / (MAX_DAYS_APART - 3)
    factor[days > MAX_DAYS_APART] = 0.0
    factor[np.isnan(days)] = 1.0
    return factor


def assign_stories(
    new: Sequence[StoryDoc], known: Sequence[StoryDoc] = (), threshold: float = THRESHOLD
) -> dict[str, Assignment]:
    """Give each new document a story: the best existing one, or a new one.

    ``known`` documents already carry a ``story_id``. New documents are taken
    in order of publication; each joins the story with the highest average
    similarity to its members if that reaches ``threshold``, else starts a
    story named after itself (``sty_<article id>``). Average linkage, not
    single: one article that mentions two stories must not chain them.
    """
    order = sorted(range(len(new)), key=lambda i: (new[i].published or dt.date.max, new[i].id))
    pool = list(known) + [new[i] for i in order]
    # A lone document has nothing to be compared with: skip the matrix (and scikit-learn's import).
    sim = similarity_matrix(pool, len(known)) if len(pool) > 1 else np.zeros((len(new), len(pool)))
    members: dict[str, list[int]] = {}
    for index, doc in enumerate(known):
        if doc.story_id:
            members.setdefault(doc.story_id, []).append(index)
    result: dict[str, Assignment] = {}
    for offset, doc in enumerate(new[i] for i in order):
        row = len(known) + offset
        best_id, best = None, 0.0
        scores = sim[offset]  # the matrix holds the new documents' rows only
        for story_id, indices in members.items():
            # A one-member story's mean is its one value, exactly: most stories have one member, and
            # np.mean costs microseconds per call (a hundred thousand calls for 800 articles).
            score = float(scores[indices[0]]) if len(indices) == 1 else float(np.mean(scores[indices]))
            if score > best:
                best_id, best = story_id, score
        if best_id is not None and best >= threshold:
            members[best_id].append(row)
            result[doc.id] = Assignment(best_id, best, new=False)
        else:
            story_id = f"sty_{doc.id}"
            members[story_id] = [row]
            result[doc.id] = Assignment(story_id, 1.0, new=True)
    for assignment in result.values():
        assignment.members = [pool[i].id for i in members[assignment.story_id]]
    return result


def cluster(docs: Sequence[StoryDoc], threshold: float = THRESHOLD) -> dict[str, str]:
    """Offline clustering of a corpus: article id → story id."""
    return {doc_id: a.story_id for doc_id, a in assign_stories(docs, (), threshold).items()}
