"""Precision fixes for words read in a non-political sense, and a release target.

1. A sentence with a word only sports reports use (sprint, quarter-finals, "X coach", referee, …) tells of a
   contest: meeting, pressing or challenging an opponent there is play, not politics
   (``misreadings.tells_of_a_sport``; codes 036, 04, 10, 11 only — force in a sports sentence stays);
   "hit top form", "hit her stride" is no attack (``fight.attack_object`` ``not_object``).
2. Helping (070) needs a recipient other than the helper: "officials conspired … to help Trump", with one
   code on both sides, is no aid (``aid.help`` ``target: always``).
3. "let free X", parsed as a clause whose subject is X, frees X (``roles_verb._complement_targets``; the
   predicate "free" is no naming use), and a named person given a bare country by the state that holds or
   frees them (actors' ``country_from_authority``) is a participant apart from that state ("Yemen let free
   Abdo Haddad", YEM -> YEM; ``dyads._person_and_state``).
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads, marked_article
from eventwire.events import code_doc
from eventwire.events.ontology import cameo_table
from eventwire.events.patterns import pattern_index


@pytest.mark.parametrize(("example", "root"), [
    ("{The British sprint quartet:GBR} put pressure on {the Americans:USA} in the relay final.", "10"),
    ("{The American:USA} could meet {Rusedski:GBR} in the second round and {Henman:GBR} in the quarter-finals.",
     "04"),
    ("{England coach Andy Robinson:GBR} criticised {the French referee:FRA} after the match.", "11"),
    ("{Italy:ITA} will visit {Ireland:IRL} in August for a warm-up game before the World Cup qualifiers.", "04"),
])
def test_events_sport_contest_is_no_politics(ctx, example, root):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.cameo[:2] == root or e.cameo == "036"]


@pytest.mark.parametrize(("example", "expected"), [
    ("{The United States:USA} demanded that {China:CHN} release the activists.", ("USA", "CHN", "100")),
    ("{The Russian president:RUSGOV} met {the Chinese president:CHNGOV} in Beijing on Monday.",
     ("RUSGOV", "CHNGOV", "040")),
    ("{Police:GBRCOP} attacked {the fans:GBRCVL} outside the stadium after the semi-final.",
     ("GBRCOP", "GBRCVL", "190")),
])
def test_events_politics_and_force_beside_sport_stay(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert any(d[:2] == expected[:2] and d[2][:2] == expected[2][:2] for d in dyads(found))


@pytest.mark.parametrize("example", [
    "{Argentina's brightest new star:ARG} hit top form in August.",
    "{The young Kenyan runner:KEN} hit her stride on the last lap.",
])
def test_events_hitting_form_is_no_attack(ctx, example):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.cameo[:2] == "19"]


def test_events_help_needs_another_recipient(ctx):
    _, found = code_example(ctx, "{Campaign officials:USAGOV} conspired with {the Russian government:RUSGOV} to "
                                 "hurt {Clinton:USAGOV} and help {Trump:USAGOV}.")
    assert not [e for e in found if e.cameo == "070"]


def test_events_let_free_a_clause_subject(ctx):
    _, found = code_example(ctx, "{Yemen:YEM} let free {the activist Tawakkol Karman:YEMOPP}, who had led "
                                 "protests against {the government:YEMGOV}.")
    assert ("YEM", "YEMOPP", "0841") in dyads(found)


def _with_kinds(ctx, example: str, kinds: dict[str, tuple[str, str]], authority: str = ""):
    article = marked_article(example)
    for actor in article.actors:
        actor.kind, actor.entity_id = kinds.get(actor.text, (None, None))
        if actor.text == authority:  # the actors stage's mark: a country taken from the state holding them
            actor.flags += ["country_from_context", "country_from_authority"]
    return code_doc(article, ctx.nlp(article.text), pattern_index(ctx), cameo_table(ctx))


def test_events_state_frees_its_own_named_person(ctx):
    found = _with_kinds(ctx, "{Yemen:YEM} today let free {Abdo Haddad:YEM}, who had led protests last week.",
                        {"Yemen": ("state", "state:YEM"), "Abdo Haddad": ("person", "person:abdo_haddad")},
                        authority="Abdo Haddad")
    assert ("YEM", "YEM", "0841") in dyads(found)


def test_events_state_and_a_person_of_its_own_code_stay_one_side(ctx):
    found = _with_kinds(ctx, "{Saito:JPN} said {Japan:JPN} should open its markets.",
                        {"Japan": ("state", "state:JPN"), "Saito": ("person", "person:saito")})
    assert not [d for d in dyads(found) if d[:2] == ("JPN", "JPN")]


def test_events_state_and_its_unnamed_people_are_no_dyad(ctx):
    found = _with_kinds(ctx, "{Yemen:YEM} let free {the protesters:YEM} on Monday.",
                        {"Yemen": ("state", "state:YEM"), "the protesters": ("agent", "agent:YEM")})
    assert ("YEM", "YEM", "0841") not in dyads(found)
