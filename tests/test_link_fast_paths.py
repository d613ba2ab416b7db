"""The writer's fast paths in linking give the answers of the plain pairwise computations.

Incident grouping finds date-overlapping pairs with numpy and tests the clash
veto only when a merge is considered; story assignment computes only the new
documents' rows of the similarity matrix. Each is checked here against the
straightforward version on random inputs (issue 9: performance only).
"""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from eventwire.link import grouping
from eventwire.link.grouping import group_incidents, overlapping_pairs
from eventwire.link.incidents import dates_overlap, root_family, same_incident
from eventwire.link.keys import EventKey
from eventwire.link.sides import states_clash
from eventwire.link.stories import StoryDoc, assign_stories, similarity_matrix

DAY = dt.date(2017, 4, 1)
STATES = [None, "USA", "SYR", "RUS", "TUR"]
CODES = ["190", "193", "195", "180", "042", "043", "036", "057", "111", "112"]
STEMS = ["strike", "missil", "attack", "meet", "talk", "bomb", "visit", "accus"]


def _key(rng: random.Random, number: int, incident_id: str | None = None) -> EventKey:
    cameo = rng.choice(CODES)
    start = None if rng.random() < 0.1 else DAY + dt.timedelta(days=rng.randrange(40))
    end = None if start is None else start + dt.timedelta(days=rng.choice([0, 0, 1, 6, 30]))
    source, target = rng.choice(STATES), rng.choice(STATES)
    return EventKey(
        event_id=f"e{number:03d}", article_id=f"a{number // 3}", cameo=cameo, root=cameo[:2],
        source=source, target=target, start=start, end=end,
        place_country=rng.choice([None, "SYR", "IRQ"]), trigger=frozenset(rng.sample(STEMS, rng.randrange(3))),
        incident_id=incident_id, source_code=(source + rng.choice(["GOV", "MIL", "CVL"])) if source else None,
        target_code=(target + rng.choice(["GOV", "MIL"])) if target else None,
        publication_dated=rng.random() < 0.3,
    )


def _keys(seed: int) -> tuple[list[EventKey], list[EventKey]]:
    """New keys (a few re-read with a stored incident id) and stored ones in a few incidents."""
    rng = random.Random(seed)
    known = [_key(rng, 100 + i, f"inc_s{rng.randrange(4)}") for i in range(rng.randrange(12))]
    new = [_key(rng, i, f"inc_s{rng.randrange(4)}" if rng.random() < 0.1 else None)
           for i in range(rng.randrange(5, 45))]
    return new, known


class PairwiseLinkage(grouping._Linkage):
    """The former computation: every pair of a family counted as a match or a clash up front."""

    def _count_pairs(self) -> None:
        self.clash_counts: dict[int, dict[int, int]] = {index: {} for index in self.groups}
        owner = {id(key): index for index, keys in self.groups.items() for key in keys}
        blocks: dict[str | None, tuple[list[EventKey], list[EventKey]]] = {}
        for index, keys in self.groups.items():
            for key in keys:
                blocks.setdefault(root_family(key), ([], []))[index in self.fixed].append(key)
        for family, (free, stored) in blocks.items():
            if family is None:
                continue
            candidates = [(owner[id(key)], key) for key in (*free, *stored)]
            counted: set = set()  # act pairs, as in grouping (each counted once)
            for i in range(len(free)):
                x, a = candidates[i]
                for y, b in candidates[i + 1 :]:
                    if x == y:
                        continue
                    table = self.clash_counts if states_clash(a, b) else self.links if same_incident(a, b) \
                        and grouping._first_of_acts(a, b, counted) else None
                    if table is not None:
                        table[x][y] = table[y][x] = table[x].get(y, 0) + 1

    def _clash(self, x: int, y: int) -> bool:
        return bool(self.clash_counts[x].get(y))

    def _merge(self, x: int, y: int) -> int:
        kept = super()._merge(x, y)
        gone = y if kept == x else x
        for other, count in self.clash_counts.pop(gone).items():
            del self.clash_counts[other][gone]
            if other != kept:
                self.clash_counts[kept][other] = self.clash_counts[other][kept] = (
                    self.clash_counts[kept].get(other, 0) + count)
        return kept


@pytest.mark.parametrize("seed", range(60))
def test_link_group_incidents_equal_pairwise_counting(seed, monkeypatch):
    new, known = _keys(seed)
    fast = group_incidents(new, known)
    monkeypatch.setattr(grouping, "_Linkage", PairwiseLinkage)
    assert fast == group_incidents(new, known)


def test_link_group_incidents_random_keys_exercise_merges_and_the_veto(monkeypatch):
    """The random keys above merge, join stored incidents and meet the veto (else the check says little)."""
    results = [group_incidents(*_keys(seed)) for seed in range(60)]
    merged = sum(len(set(result.values())) < len(result) for result in results)
    stored = sum(any(v.startswith("inc_s") for v in result.values()) for result in results)
    monkeypatch.setattr(grouping._Linkage, "_clash", lambda self, x, y: False)
    unvetoed = sum(group_incidents(*_keys(seed)) != results[seed] for seed in range(60))
    assert merged > 20 and stored > 20 and unvetoed > 0


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("first", [0, 1, 5, 40])
def test_link_overlapping_pairs_follow_dates_overlap(seed, first, monkeypatch):
    keys = [_key(random.Random(seed * 100 + i), i) for i in range(30)]
    monkeypatch.setattr(grouping, "PAIR_BLOCK", 50)  # several numpy steps
    expected = [(i, j) for i in range(min(first, len(keys))) for j in range(i + 1, len(keys))
                if dates_overlap(keys[i], keys[j])]
    assert list(overlapping_pairs(keys, min(first, len(keys)))) == expected


WORDS = ["army", "rebels", "strike", "town", "talks", "ceasefire", "envoy", "aid", "convoy", "city",
         "border", "vote", "bill", "protest"]


def _docs(seed: int, count: int) -> list[StoryDoc]:
    rng = random.Random(seed)
    docs = []
    for number in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 30)))
        published = None if rng.random() < 0.1 else DAY + dt.timedelta(days=rng.randrange(30))
        names = frozenset(rng.sample(["assad", "putin", "erdogan", "idlib", "aleppo"], rng.randrange(3)))
        docs.append(StoryDoc(f"d{number:02d}", text, published, names, f"sty_s{rng.randrange(5)}"))
    return docs


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("first", [0, 1, 7, 24, 25])
def test_link_similarity_rows_equal_rows_of_whole_matrix(seed, first):
    docs = _docs(seed, 25)
    assert np.array_equal(similarity_matrix(docs, first), similarity_matrix(docs)[first:])


def _assign_with_whole_matrix(new, known, threshold=0.14):
    """The former assignment loop: the whole matrix, np.mean for every story."""
    order = sorted(range(len(new)), key=lambda i: (new[i].published or dt.date.max, new[i].id))
    pool = list(known) + [new[i] for i in order]
    sim = similarity_matrix(pool) if len(pool) > 1 else np.zeros((len(pool), len(pool)))
    members: dict[str, list[int]] = {}
    for index, doc in enumerate(known):
        members.setdefault(doc.story_id, []).append(index)
    result = {}
    for offset, doc in enumerate(new[i] for i in order):
        row = len(known) + offset
        best_id, best = None, 0.0
        for story_id, indices in members.items():
            score = float(np.mean(sim[row, indices]))
            if score > best:
                best_id, best = story_id, score
        if best_id is not None and best >= threshold:
            members[best_id].append(row)
            result[doc.id] = (best_id, best)
        else:
            members[f"sty_{doc.id}"] = [row]
            result[doc.id] = (f"sty_{doc.id}", 1.0)
    return result


@pytest.mark.parametrize("seed", range(15))
@pytest.mark.parametrize(("known", "new"), [(0, 1), (1, 1), (0, 12), (15, 10)])
def test_link_assign_stories_equal_whole_matrix_loop(seed, known, new):
    docs = _docs(seed, known + new)
    stored = docs[:known]
    fresh = [StoryDoc(d.id, d.text, d.published, d.entities) for d in docs[known:]]
    got = {doc_id: (a.story_id, a.score) for doc_id, a in assign_stories(fresh, stored).items()}
    assert got == _assign_with_whole_matrix(fresh, stored)
