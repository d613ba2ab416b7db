"""Force used by a crowd is a riot (CAMEO 145), not an armed attack.

CAMEO 145 "protest violently, riot" covers civilian protests that turn
destructive; 18 and 19 are assaults and the use of conventional military
force. So "protesters torched the building" and "opposition supporters
stormed the assembly" are riots. The crowd is told by its head noun
(protesters, a mob) for any act of force, and by its actor's sector
(civilians, the opposition, students, workers) for storming a place only:
a civilian gunman's attack is still an assault, but unarmed people who
storm a building are a crowd (told in the plural) forcing its way in.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Actor

RIOT_CODE = "145"
#: Acts of force that a crowd doing them makes a riot: destroying property, assault, attack, storming.
RIOTING_CODES = frozenset({"1712", "180", "181", "182", "190"})
#: Head nouns of a crowd that protests or riots.
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher", "mob"})
#: Verbs of forcing one's way into a place: done by unarmed people, a crowd's act.
STORMING_VERBS = frozenset({"storm"})
#: Actor sectors of unarmed people: civilians, the opposition, students, workers, parties.
CROWD_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "PTY"})


def crowd_violence(cameo: str, trigger: Token, source_word: Token, source: Actor) -> bool:
    """ "[protesters] torched the building", "opposition [supporters] stormed the assembly": a riot (145)."""
    if cameo not in RIOTING_CODES:
        return False
    if source_word.lemma_.lower() in PROTESTER_NOUNS:
        return True
    # a crowd is many: "[a dismissed clerk] stormed the office" is one man's assault
    return (trigger.lemma_.lower() in STORMING_VERBS and source.sector in CROWD_SECTORS
            and source_word.tag_ in ("NNS", "NNPS"))

