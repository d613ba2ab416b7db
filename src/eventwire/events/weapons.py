"""The weapon an attack is told to use picks CAMEO's kind of fight: 193, 194 or 195 instead of 190.

A plain verb of force ("attacked", "targeted", "hit", "killed") is coded 190 (use conventional military
force, not specified below). CAMEO codes the fight by its weapons where the text names them: 193 small arms
and light weapons, 194 artillery and tanks, 195 aerial weapons. Reports name them in a "with" phrase ("targeted
the town [with mortar shells]", "targeted civilians [with sniper shots]") or as the "by" agent of a passive
("was targeted [by regime war planes]", "killed [by a police bullet]"). Left at 190, such reports lost the
detail the patterns of shelling and air strikes keep. Where several kinds are named the heaviest wins, as
CAMEO's note to 195 says for aerial and smaller weapons used together. Bombs are left out (a car bomb is
1832, a dropped bomb 195), and so are chemical agents (2041, ``chemical.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

GENERIC_FORCE = "190"
#: Weapon words and the code of fighting with them (CAMEO 1.1b3, 193-195); rockets and missiles follow the
#: air strike patterns (195), as "launched missiles" does.
WEAPON_CODES: dict[str, str] = {
    **dict.fromkeys(("bullet", "gunfire", "gun", "rifle", "sniper", "machine-gun", "machinegun", "pistol",
                     "kalashnikov"), "193"),
    **dict.fromkeys(("mortar", "artillery", "shell", "howitzer", "tank", "cannon", "shelling"), "194"),
    **dict.fromkeys(("airstrike", "warplane", "aircraft", "helicopter", "drone", "jet", "missile", "rocket",
                     "gunship"), "195"),  # not "bomber": a suicide bomber is a man
}
#: Nouns that name an air weapon only with "air" or "war" before them: "[air] strikes", "[war] planes".
AIR_HEADS = frozenset({"strike", "raid", "plane", "attack"})
AIR_WORDS = frozenset({"air", "aerial", "war"})
#: The heavier kind first: CAMEO 195 takes precedence over the smaller weapons used with it.
PRECEDENCE = ("195", "194", "193")


def generic_force_verb(cameo: str, trigger: Token) -> Token | None:
    """The verb of a generic 190 (the trigger, or the verb its noun hangs on), which the readings of its
    weapon and of a planted explosive (``explosives``) look around; None for any other code or no verb."""
    if cameo != GENERIC_FORCE:
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def weapon_code(cameo: str, trigger: Token) -> str | None:
    """The 193/194/195 code for a generic 190 whose verb names its weapon in a "with" or "by" phrase."""
    verb = generic_force_verb(cameo, trigger)
    if verb is None:
        return None
    codes = {code for word in instruments(verb) if (code := _kind(word))}
    return next((code for code in PRECEDENCE if code in codes), None)


def instruments(verb: Token) -> list[Token]:
    """The objects of the verb's "with" phrase and of its passive "by" agent, and their conjuncts. The parser
    often hangs the "with" phrase on the direct object ("targeted [civilians] with sniper shots"); only weapon
    words count there as anywhere, so "clashed with troops" names no weapon."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    found = [o for head in heads for p in head.children
             if (p.dep_ == "prep" and p.lower_ == "with") or (p.dep_ == "agent" and head is verb and verb.tag_ == "VBN")
             for o in p.children if o.dep_ == "pobj"]
    return [t for word in found for t in (word, *word.conjuncts)]


def _kind(word: Token) -> str | None:
    """The code of the weapon a noun names: itself ("shells", "rocket [shells]"), else a weapon modifier
    ("[sniper] shots", "[mortar] rounds"); "air strikes" and "war planes" by their modifier."""
    lemma = word.lemma_.lower()
    modifiers = {c.lemma_.lower() for c in word.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in AIR_HEADS and modifiers & AIR_WORDS:
        return "195"
    if lemma in WEAPON_CODES:
        return WEAPON_CODES[lemma]  # "rocket [shells]" are shells, fired as artillery
    codes = {WEAPON_CODES[w] for w in modifiers if w in WEAPON_CODES}
    return next((code for code in PRECEDENCE if code in codes), None)
