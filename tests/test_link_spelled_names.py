"""A name the actor dictionaries do not know, spelt like a listed person's, is that person on a side.

Named people on one side must be one person for two events to be one incident ("the minister's
visit" is not "the premier's planned summit"). A listed person has one id (``person:…``); a name read
from one article only is scoped to it (``<article>#person:…``), and a misspelt or garbled leader's name
("Halvard Ostergard", "Ines Carvlaho") lands there. Such a name is the listed person when it is spelt
like that person's name word by word (:func:`spelled_alike`), so the two reports of one phone call
link, and so do an unlisted name with and without a middle initial. Guards (pass with and without the
rule): two listed ids are two people however alike; another unlisted person of the same state; a bare
surname misspelt; the same surname with another first name; a near surname of another family
("Ostergren").
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from eventwire.link import link_incidents
from eventwire.link.incidents import same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Article, Span
from link_support import linked_through_store, told_event

DAY = "2031-05-14"


def _person(text: str, code: str, entity_id: str) -> Actor:
    return Actor(Span(0, 1), text, code=code, entity_id=entity_id, kind="person")


PREMIER = _person("Prime Minister Halvard Ostergaard", "NORGOV", "person:halvard_ostergaard")
PRESIDENT = _person("President Maria Ines Carvalho", "PRTGOV", "person:maria_ines_carvalho")
_call = partial(told_event, cameo="040", trigger="discussed", date=DAY)
CALL = _call("e1", sentence="Prime Minister Halvard Ostergaard and President Maria Ines Carvalho discussed the "
             "ferry disaster by telephone.", article="a1", source=PREMIER, target=PRESIDENT)


def _misspelt_call(eid: str, article: str, *, source: Actor = PREMIER, target: Actor = PRESIDENT):
    return _call(eid, sentence=f"{source.text} and {target.text} discussed the ferry disaster, officials said.",
                 article=article, source=source, target=target)


def _linked(first, second) -> bool:
    return same_incident(key_of(first, DAY), key_of(second, DAY))


def test_link_spelled_names_misspelt_source_is_the_listed_premier():
    garbled = _person("Prime Minister Halvard Ostergard", "NORGOV", "a2#person:halvard_ostergard")
    assert _linked(CALL, _misspelt_call("e2", "a2", source=garbled))


def test_link_spelled_names_garbled_target_missing_a_name_is_the_listed_president():
    garbled = _person("President Ines Carvlaho", "PRTGOV", "a2#person:ines_carvlaho")
    assert _linked(CALL, _misspelt_call("e2", "a2", target=garbled))


def test_link_spelled_names_split_given_name_and_swapped_sides():
    # "Hal vard Ostergard" read as two words, and the call told the other way round (a meeting reads both ways).
    garbled = _person("Prime Minister Hal vard Ostergard", "NORGOV", "a2#person:hal_ostergard")
    assert _linked(CALL, _misspelt_call("e2", "a2", source=PRESIDENT, target=garbled))


def test_link_spelled_names_link_incidents_gives_one_incident():
    garbled = _person("Prime Minister Halvard Ostergard", "NORGOV", "a2#person:halvard_ostergard")
    other = _misspelt_call("e2", "a2", source=garbled)
    first = Article(id="a1", text=CALL.sentence, published=DAY, events=[CALL])
    second = Article(id="a2", text=other.sentence, published=DAY, events=[other])
    link_incidents([first, second])
    assert CALL.incident_id is not None and CALL.incident_id == other.incident_id


def test_link_spelled_names_store_keeps_which_name_is_listed(tmp_path):
    # The stored report has the misspelt name; the new one the listed id. The stored row must still say
    # that its name is not listed, or the two ids would read as two listed people.
    garbled = _person("Prime Minister Halvard Ostergard", "NORGOV", "a2#person:halvard_ostergard")
    stored_call = _misspelt_call("e2", "a2", source=garbled)
    new_call = replace(CALL)
    stored = Article(id="a2", text=stored_call.sentence, published=DAY, events=[stored_call])
    new = Article(id="a1", text=CALL.sentence, published=DAY, events=[new_call])
    linked_through_store(tmp_path, stored, new)
    assert stored_call.incident_id is not None and new_call.incident_id == stored_call.incident_id


# Guards: pass with and without the rule.
def test_link_spelled_names_two_listed_people_stay_apart():
    cousin = _person("Prime Minister Halvard Ostergard", "NORGOV", "person:halvard_ostergard")
    assert not _linked(CALL, _misspelt_call("e2", "a2", source=cousin))


def test_link_spelled_names_another_unlisted_minister_is_not_the_premier():
    minister = _person("Foreign Minister Jonas Berg", "NORGOV", "a2#person:jonas_berg")
    assert not _linked(CALL, _misspelt_call("e2", "a2", source=minister))


def test_link_spelled_names_a_bare_misspelt_surname_is_not_enough():
    bare = _person("Ostergard", "NORGOV", "a2#person:ostergard")
    assert not _linked(CALL, _misspelt_call("e2", "a2", source=bare))


def test_link_spelled_names_same_surname_other_first_name_stays_apart():
    sister = _person("Sigrid Ostergaard", "NORGOV", "a2#person:sigrid_ostergaard")
    assert not _linked(CALL, _misspelt_call("e2", "a2", source=sister))


def test_link_spelled_names_a_near_surname_of_another_family_stays_apart():
    # "Ostergren" shares most of its letters' order with "Ostergaard" but not its letters: another family.
    other = _person("Prime Minister Halvard Ostergren", "NORGOV", "a2#person:halvard_ostergren")
    assert not _linked(CALL, _misspelt_call("e2", "a2", source=other))


def test_link_spelled_names_middle_initial_of_an_unlisted_name():
    # Neither name is listed: "Tove M. Lind" and "Tove Lind" are one spokeswoman.
    lind = _person("Tove M. Lind", "NORGOV", "a1#person:tove_m_lind")
    first = _call("e1", sentence="Tove M. Lind and President Maria Ines Carvalho discussed the ferry disaster.",
                  article="a1", source=lind, target=PRESIDENT)
    second = _misspelt_call("e2", "a2", source=_person("Tove Lind", "NORGOV", "a2#person:tove_lind"))
    assert _linked(first, second)
