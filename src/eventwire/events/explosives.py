"""Force told as a planted or carried explosive is a bombing (CAMEO 183), not a military strike (190).

CAMEO 1.1b3 codes "conduct suicide, car, or other non-military bombing" as 183, with 1831 suicide bombing,
1832 vehicular (car) bombing and 1833 roadside bombing below it. A generic verb of force or of destruction
("blew up", "killed", "attacked", "hit") is coded 190; where the clause says the force was an explosive set
off by hand, the bombing code keeps that detail:

* the thing blown up, detonated or set off: "terrorists [blew up a car] and a motorcycle", "detonated [an
  explosive vest] on a bus, killing 15" (the killing told as the detonation's result);
* what did it: "[a suicide car bomb] hit a convoy, killing 100", "[a suicide bomber] detonated ...";
* the means: "attacked government forces [with two suicide car bombs]".

A bare "bomb" used as a means is left alone: barrel bombs and a regime's bombs fall from aircraft (195), and
"bombs" alone do not say which; so are bombs named as aerial ("barrel", "cluster"). A military vehicle blown
up ("an army truck") stays force against troops.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.weapons import generic_force_verb, instruments

BOMBING_CODE = "183"
SUICIDE_BOMBING, CAR_BOMBING, ROADSIDE_BOMBING = "1831", "1832", "1833"
#: The more specific kind first, as CAMEO's leaves go: a suicide car bomb is a suicide bombing.
BOMBING_PRECEDENCE = (SUICIDE_BOMBING, CAR_BOMBING, ROADSIDE_BOMBING, BOMBING_CODE)
#: Modifiers that make a bomb a kind: suicide, vehicle, roadside.
KIND_MODIFIERS = {
    **dict.fromkeys(("suicide",), SUICIDE_BOMBING),
    **dict.fromkeys(("car", "vehicle", "truck", "lorry", "van"), CAR_BOMBING),
    **dict.fromkeys(("roadside", "improvised", "ied"), ROADSIDE_BOMBING),
}
#: Nouns of a planted or carried explosive; "device", "vest", "belt" and "charge" only with an explosive or
#: kind modifier ("an [explosive] device", "a [suicide] vest").
EXPLOSIVE_NOUNS = frozenset({"bomb", "explosive", "ied", "carbomb"})
DEVICE_NOUNS = frozenset({"device", "vest", "belt", "charge"})
EXPLOSIVE_MODIFIERS = frozenset({"explosive", "suicide", "improvised", "booby"})
#: Bombs dropped from the air: left to the aerial codes.
AERIAL_MODIFIERS = frozenset({"barrel", "cluster", "aerial", "air", "napalm", "phosphorus", "incendiary"})
#: Vehicles whose blowing up is a bombing; with a military modifier they are force against troops.
VEHICLES = frozenset({"car", "bus", "minibus", "motorcycle", "motorbike", "van", "taxi", "vehicle", "truck",
                      "lorry"})
MILITARY_MODIFIERS = frozenset({"army", "military", "police", "armoured", "armored", "tank", "troop"})
#: Verbs of setting an explosive off, with the particle they need: "blew [up]", "set [off]".
DETONATING_VERBS = {"blow": "up", "set": "off", "detonate": None, "explode": None, "plant": None}
#: Who carries a bomb: "a suicide bomber".
BOMBER_NOUNS = frozenset({"bomber"})


def explosive_code(cameo: str, trigger: Token) -> str | None:
    """The 183 code (or its leaf) for a generic 190 whose clause tells a planted or carried explosive."""
    verb = generic_force_verb(cameo, trigger)
    if verb is None:
        return None
    verbs = [verb] + ([verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ == "VERB" else [])
    codes = set()
    for v in verbs:
        codes |= {code for word in _detonated(v) if (code := _kind(word, vehicles=True))}
        codes |= {code for word in _doers(v) if (code := _kind(word, bombers=True))}
        codes |= {code for word in instruments(v) if (code := _kind(word, bare_bomb=False))}
    return next((code for code in BOMBING_PRECEDENCE if code in codes), None)


def _detonated(verb: Token) -> list[Token]:
    """What a verb of detonation sets off or blows up: "blew up [a car] and [a motorcycle]"."""
    lemma = verb.lemma_.lower()
    if lemma not in DETONATING_VERBS:
        return []
    particle = DETONATING_VERBS[lemma]
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [t for o in objects for t in (o, *o.conjuncts)]


def _doers(verb: Token) -> list[Token]:
    """The subject of the verb: "[a car bomb] hit the convoy", "[a suicide bomber] detonated"."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _kind(word: Token, vehicles: bool = False, bombers: bool = False, bare_bomb: bool = True) -> str | None:
    lemma = word.lemma_.lower()
    modifiers = {t.lemma_.lower() for t in word.subtree if t.i < word.i and t.dep_ in ("compound", "amod", "nmod")}
    if modifiers & AERIAL_MODIFIERS:
        return None
    kinds = {KIND_MODIFIERS[m] for m in modifiers if m in KIND_MODIFIERS}
    kind = next((code for code in BOMBING_PRECEDENCE if code in kinds), None)
    if bombers and lemma in BOMBER_NOUNS:
        return kind if kind == SUICIDE_BOMBING else None
    if lemma in EXPLOSIVE_NOUNS:
        return kind or (BOMBING_CODE if bare_bomb or lemma != "bomb" else None)
    if lemma in DEVICE_NOUNS and (kind or modifiers & EXPLOSIVE_MODIFIERS):
        return kind or BOMBING_CODE
    if vehicles and lemma in VEHICLES and not modifiers & MILITARY_MODIFIERS:
        return BOMBING_CODE
    return None
