"""Who is one person across reports: person ids, listed or read from one article, and names spelt two ways.

Apart from the incident criteria (:mod:`eventwire.link.incidents`) because the question is about names,
not events: an actor id says a person only for ``person:`` ids, a name the actor dictionaries do not
list is scoped to its article, and wire copy misspells leaders ("Tay yip Eroding" for Recep Tayyip
Erdogan). The dyad test and the one-sided-talk test ask it.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher


def person_listed(entity_id: str | None) -> bool:
    """Is the id one the actor dictionaries give (``person:recep_tayyip_erdogan``), not a name read
    from one article only (``<article id>#person:…``)? A listed id is the person's one spelling."""
    return not entity_id or "#" not in entity_id


#: How alike two name words must be to be one word spelt two ways: the same first letter, most of their
#: letters shared (``NAME_WORD_MIN_LETTERS``, Dice over the letters as a multiset) and mostly in order
#: (``NAME_WORD_MIN_RATIO``, difflib's ratio). "Eroding" / "Erdogan" (0.86, 0.57), "Preibus" / "Priebus",
#: "Michele" / "Michelle" pass; "Kelly" / "Kerry" (0.60), "Clark" / "Clapper" (0.67), "Gates" /
#: "Gladstone" (0.71), "Papadopoulos" / "Papandreou" (0.64) do not.
NAME_WORD_MIN_LETTERS = 0.8
NAME_WORD_MIN_RATIO = 0.55


def spelled_alike(a: str, b: str) -> bool:
    """Two person ids of two words or more are one name spelt two ways: the last words alike, and each
    other word of the shorter name alike a word of the longer one, in order ("Tay yip Eroding" ~
    "Recep Tayyip Erdogan"). Words are alike when one begins the other (three letters or more) or
    they begin with the same letter and are spelt mostly alike (``NAME_WORD_MIN_LETTERS``). Asked only
    when one of the names is not listed (:func:`person_listed`): two listed ids are two people.
    """
    first, second = a.removeprefix("person:").split("_"), b.removeprefix("person:").split("_")
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    if len(short) < 2 or not _words_alike(short[-1], long[-1]):
        return False
    at = 0
    for word in short[:-1]:
        while at < len(long) - 1 and not _words_alike(word, long[at]):
            at += 1
        if at == len(long) - 1:
            return False
        at += 1
    return True


def _words_alike(a: str, b: str) -> bool:
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    shared = sum((Counter(a) & Counter(b)).values())
    return 2 * shared / (len(a) + len(b)) >= NAME_WORD_MIN_LETTERS and \
        SequenceMatcher(None, a, b).ratio() >= NAME_WORD_MIN_RATIO


def same_person(a: str, b: str) -> bool:
    """Two person ids name one individual: the same name, or a bare surname and a full name ending in it."""
    if a == b:
        return True
    first, second = a.removeprefix("person:").split("_"), b.removeprefix("person:").split("_")
    return (len(first) == 1 or len(second) == 1) and first[-1] == second[-1]
