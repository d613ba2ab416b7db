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


#: Given names and the short forms reporters use for them: "Joe Lieberman" is "Joseph I. Lieberman" in
#: another report. Short forms that begin the full name ("Dan", "Chris") need no entry (``_words_alike``).
SHORT_FORMS: dict[str, frozenset[str]] = {
    "joseph": frozenset({"joe", "joey"}), "william": frozenset({"bill", "billy", "will", "willy"}),
    "robert": frozenset({"bob", "bobby", "rob", "robby"}), "richard": frozenset({"dick", "rick", "rich"}),
    "james": frozenset({"jim", "jimmy", "jamie"}), "michael": frozenset({"mike", "mick"}),
    "thomas": frozenset({"tom", "tommy"}), "edward": frozenset({"ed", "eddie", "ted", "ned"}),
    "theodore": frozenset({"ted", "teddy"}), "charles": frozenset({"chuck", "charlie"}),
    "john": frozenset({"jack", "johnny"}), "anthony": frozenset({"tony"}), "stephen": frozenset({"steve"}),
    "steven": frozenset({"steve"}), "elizabeth": frozenset({"liz", "beth", "betty"}),
    "katherine": frozenset({"kate", "kathy", "katie"}), "catherine": frozenset({"kate", "cathy"}),
    "margaret": frozenset({"peggy", "maggie"}), "lawrence": frozenset({"larry"}), "henry": frozenset({"hank"}),
    "gerald": frozenset({"jerry"}), "andrew": frozenset({"andy", "drew"}), "alexander": frozenset({"alex", "sasha"}),
    "nicholas": frozenset({"nick"}), "benjamin": frozenset({"ben", "bibi"}), "samuel": frozenset({"sam"}),
    "patrick": frozenset({"pat"}), "patricia": frozenset({"pat", "patty"}), "david": frozenset({"dave"}),
    "ronald": frozenset({"ron"}), "donald": frozenset({"don"}), "kenneth": frozenset({"ken"}),
    "frederick": frozenset({"fred"}), "timothy": frozenset({"tim"}), "matthew": frozenset({"matt"}),
    "daniel": frozenset({"danny"}), "susan": frozenset({"sue"}), "deborah": frozenset({"debbie", "deb"}),
}


def spelled_alike(a: str, b: str) -> bool:
    """Two person ids of two words or more are one name spelt two ways: the last words alike, and each
    other word of the shorter name alike a word of the longer one, in order ("Tay yip Eroding" ~
    "Recep Tayyip Erdogan"). Words are alike when one begins the other (three letters or more) or
    they begin with the same letter and are spelt mostly alike (``NAME_WORD_MIN_LETTERS``); a given
    name (any word but the last) is also alike its initial and its short forms (``SHORT_FORMS``:
    "Joe Lieberman" ~ "Joseph I. Lieberman"). Asked only when one of the names is not listed
    (:func:`person_listed`): two listed ids are two people.
    """
    first, second = a.removeprefix("person:").split("_"), b.removeprefix("person:").split("_")
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    if len(short) < 2 or not _words_alike(short[-1], long[-1]):
        return False
    at = 0
    for word in short[:-1]:
        while at < len(long) - 1 and not _given_names_alike(word, long[at]):
            at += 1
        if at == len(long) - 1:
            return False
        at += 1
    return True


def _given_names_alike(a: str, b: str) -> bool:
    """Given names alike as words, or one the other's initial or short form ("Joe" / "Joseph")."""
    if _words_alike(a, b) or (min(len(a), len(b)) == 1 and a[0] == b[0]):
        return True
    return a in SHORT_FORMS.get(b, ()) or b in SHORT_FORMS.get(a, ())


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
