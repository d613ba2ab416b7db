"""The words a trigger counts as, for criterion 5 of incident linking (:mod:`eventwire.link.incidents`).

Two reports of one happening rarely use the same verb: "missiles", "struck",
"a gas attack", "targeted the town with gases", "airstrikes killed 20". So a
trigger is compared by crude stems of its words, by families of stems that
name one kind of happening (``data/trigger_families.yaml``, user-extendable),
and by words the sentence tells with it: the weapon it was done with and, for
a killing or an aimed act ("warplanes targeted"), the force that did it. Everything here reads the trigger and
sentence text only, so stored events (``store_io``) get the same words as
in-memory ones.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from eventwire import strict_yaml
from eventwire.errors import DictionaryError

FAMILIES_FILE = Path(__file__).resolve().parents[1] / "data" / "trigger_families.yaml"
#: A force act's weapon: "with"/"using" at most INSTRUMENT_REACH words after the trigger, and then up
#: to INSTRUMENT_WORDS words before any punctuation; only weapon stems count: the chemical family's and
#: these (not the strike family's "strik", which is also a labour strike: "battles with striking workers").
INSTRUMENT_MARKS = frozenset({"with", "using"})
INSTRUMENT_REACH = 3
INSTRUMENT_WORDS = 6
WEAPON_STEMS = frozenset({"bomb", "missil", "rocket"})
#: Aimed acts read their cause as a killing does: "Syrian warplanes targeted the group's strongholds",
#: "airstrikes hit the school" are the strike other reports tell as "air raids on the town".
AIMED_STEMS = frozenset({"target", "hit"})
#: A killing's cause: the force words told as doing it, before the trigger in its clause (at most
#: CAUSE_REACH words, up to punctuation or a word that opens the clause: "Regime airstrikes killed
#: 20") or after it behind "by"/"in" (at most CAUSE_WORDS words: "killed by Russian airstrikes").
#: Words after a subordinator are another clause's ("after the airstrike rebels killed"): none count.
CAUSE_REACH = 12
#: Aircraft told as doing an aimed act or a killing ("warplanes targeted", "jets killed") make it an air
#: strike: they count as the strike stem ``AIR_STRIKE``, only as a cause (a trigger "helicopter was hit"
#: names the aircraft as the target, and stays its own words).
AIRCRAFT_STEMS = frozenset({"warplan", "jet", "jets", "bomber", "aircraft", "helicopter", "gunship"})
AIR_STRIKE = frozenset({"airstrik"})
#: A passive trigger ("was hit", "were reportedly killed") has its target before it: the words there are
#: no cause. An auxiliary at most PASSIVE_REACH words before a trigger not in "-ing" makes it passive
#: ("jets are pounding" is active).
PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"})
PASSIVE_REACH = 2
CAUSE_WORDS = 4
CAUSE_MARKS = frozenset({"by", "in"})
CAUSE_STOPS = frozenset({"and", "or", "but", "that", "which", "who", "whom", "whose", "where", "than", "said",
                         "says", "say"})
CAUSE_SUBORDINATORS = frozenset({"when", "while", "after", "before", "since", "as", "because", "following",
                                 "despite", "amid", "during", "if", "once", "until"})
#: A relative pronoun right before a killing makes its antecedent the cause: "a gas attack by the army
#: that killed 1,400 people" is the attack other reports tell as "used chemical weapons".
RELATIVE_MARKS = frozenset({"that", "which"})
#: The antecedent is the noun phrase next to the pronoun: at most this many words before it ("a chemical
#: weapons attack by the government that killed"), not a place or date phrase further off.
RELATIVE_REACH = 6
CLAUSE_PUNCT = re.compile(r"[.,;:!?\"()\[\]]")
STOP = {"the", "a", "an", "of", "to", "with", "on", "in", "at", "against", "and", "for", "by", "its", "his", "her"}
WORD = re.compile(r"[a-z]+")
TOKEN = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]")


def stems(text: str) -> frozenset[str]:
    """Crude stems of the content words of a trigger ("missiles" → "missil")."""
    out = set()
    for word in WORD.findall(text.lower()):
        if word in STOP or len(word) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s", "e"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        out.add(word)
    return frozenset(out)


def instrument_stems(sentence: str | None, trigger: str | None) -> frozenset[str]:
    """Weapon words told right after a trigger: "targeted Khan Sheikhoun with gases believed to be sarin".

    Reporters name one attack by its act ("targeted the town", "pounded") or by its weapon ("a gas
    attack", "used chemical weapons"); the coder keeps only the act's words, so the weapon named
    with it is read back from the sentence. Only weapon stems are kept (the chemical family and
    ``WEAPON_STEMS``), so "met with the envoy" adds nothing, and only when the mark follows the
    trigger closely with no punctuation between. Read from the sentence text and
    the trigger text alone, so a stored event (``store_io``) gets the same stems.
    """
    if not sentence or not trigger:
        return frozenset()
    at = sentence.find(trigger)
    if at < 0:
        return frozenset()
    tokens = TOKEN.findall(sentence[at + len(trigger) :])
    for index, token in enumerate(tokens[: INSTRUMENT_REACH + 1]):
        if not token[0].isalnum():
            return frozenset()
        if token.lower() in INSTRUMENT_MARKS:
            words = []
            for word in tokens[index + 1 : index + 1 + INSTRUMENT_WORDS]:
                if not word[0].isalnum():
                    break
                words.append(word)
            return stems(" ".join(words)) & _weapon_stems()
    return frozenset()


def cause_stems(sentence: str | None, trigger: str | None) -> frozenset[str]:
    """Force words told as doing a killing: "Regime airstrikes killed 20 civilians", "killed by raids".

    One report names a strike by its act ("air raids on the city"), another by its toll ("airstrikes
    killed 20"); the coder codes the toll as a killing, whose words share nothing with the strike's.
    So do aimed acts (``AIMED_STEMS``): "warplanes targeted the strongholds" is the air raid another
    report names by its raids. Only a kill-family or aimed trigger reads its cause, and only
    strike-family and weapon stems count, and aircraft as an air strike (``AIRCRAFT_STEMS``), from the words of
    its own clause: before it up to punctuation or a clause word ("jets bombed the depot and gunmen
    killed" adds nothing; "after the airstrike rebels killed" neither, the strike being told in a
    subordinate clause; nor the subject of a passive, "the helicopter was hit", which is the target),
    or behind "by"/"in" right after it; a relative pronoun right before the trigger makes the phrase
    before it the cause ("a gas attack by the army that killed forty", ``RELATIVE_REACH``). Read from the
    sentence and trigger text alone, as
    :func:`instrument_stems` is.
    """
    if not sentence or not trigger or not stems(trigger) & (trigger_families().get("kill", frozenset()) | AIMED_STEMS):
        return frozenset()
    found = _whole_word(trigger, sentence)
    if found is None:
        return frozenset()
    words: list[str] = []
    before = sentence[: found.start()].split()[-CAUSE_REACH:]
    if not found.group().split()[0].lower().endswith("ing") \
            and any(word.lower() in PASSIVE_AUXILIARIES for word in before[-PASSIVE_REACH:]):
        before = []  # "a jet was shot down by rebels": the subject is what was hit, not what hit it
    if before and before[-1].lower() in RELATIVE_MARKS:
        before = before[-RELATIVE_REACH - 1 : -1]  # "an air strike that killed 20": the antecedent did it
    for word in reversed(before):
        if word.lower() in CAUSE_SUBORDINATORS:
            words = []
            break
        if CLAUSE_PUNCT.search(word) or word.lower() in CAUSE_STOPS:
            break
        words.append(word)
    after = sentence[found.end() :].split()
    for index, word in enumerate(after[: INSTRUMENT_REACH + 1]):
        if CLAUSE_PUNCT.search(word):
            break
        if word.lower() in CAUSE_MARKS:
            for told in after[index + 1 : index + 1 + CAUSE_WORDS]:
                words.append(CLAUSE_PUNCT.split(told)[0])
                if CLAUSE_PUNCT.search(told):
                    break
            break
    told = stems(" ".join(words))
    return (told & _force_stems()) | (AIR_STRIKE if told & AIRCRAFT_STEMS else frozenset())


#: Words of asking besides the demand family's: "asked for an inquiry", "sought a probe", "pressed for".
REQUEST_STEMS = frozenset({"ask", "asked", "seek", "sought", "press", "pressed"})
#: How many words before its trigger a request may stand, within its clause: "called upon the council to
#: hold an emergency session and conduct an immediate investigation".
REQUEST_REACH = 24
#: Prepositions that put the trigger in a phrase of another noun: what is asked for is then that noun,
#: not the trigger ("seek a swift end to the inquiry", "called for the release of the inquiry's report";
#: "to" only before a determiner: "called upon the council to open an inquiry" asks for the inquiry).
REQUEST_BARRIERS = frozenset({"of", "into", "on", "about", "over", "from", "in", "against"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"})


def called_for(sentence: str | None, trigger: str | None) -> bool:
    """Is the trigger what someone asks for: "demanded a UN investigation", "called for an inquiry"?

    A called-for act is still to come, and more: it has not begun when it is asked for (an inquiry
    "expected to go on" has). Read from the words of the trigger's clause just before it, as
    :func:`cause_stems` reads a killing's cause.
    """
    if not sentence or not trigger:
        return False
    found = _whole_word(trigger, sentence)
    if found is None:
        return False
    asking = trigger_families().get("demand", frozenset()) | REQUEST_STEMS
    following = ""  # the word after the one read (reading backwards)
    for word in reversed(sentence[: found.start()].split()[-REQUEST_REACH:]):
        lowered = word.lower()
        if CLAUSE_PUNCT.search(word) or lowered in REQUEST_BARRIERS \
                or (lowered == "to" and following in DETERMINERS):
            return False
        if stems(word) & asking:
            return True
        following = lowered
    return False


def _whole_word(trigger: str, sentence: str) -> re.Match[str] | None:
    """The trigger's first stand-alone occurrence in its sentence ("strike", not the "strike" of "strikes")."""
    return re.search(rf"(?<![A-Za-z]){re.escape(trigger)}(?![A-Za-z])", sentence)


@cache
def _force_stems() -> frozenset[str]:
    return trigger_families().get("strike", frozenset()) | _weapon_stems()


@cache
def _weapon_stems() -> frozenset[str]:
    return trigger_families().get("chemical", frozenset()) | WEAPON_STEMS


def trigger_stems(trigger: str | None, sentence: str | None) -> frozenset[str]:
    """A key's trigger words: the trigger's own stems, the weapon it is done with and a killing's cause."""
    return stems(trigger or "") | instrument_stems(sentence, trigger) | cause_stems(sentence, trigger)


@cache
def trigger_families(path: Path = FAMILIES_FILE) -> dict[str, frozenset[str]]:
    """Families of trigger stems that name the same kind of happening (read once; immutable)."""
    try:
        data = strict_yaml.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"Cannot read '{path.name}': {exc}. Restore the file from the package.") from exc
    families = data.get("families") if isinstance(data, dict) and data.get("version") == 1 else None
    if not isinstance(families, dict) or not all(isinstance(v, list) for v in families.values()):
        raise DictionaryError(f"'{path.name}' needs 'version: 1' and 'families' mapping names to lists of stems.")
    return {name: frozenset(str(w).lower() for w in words) for name, words in families.items()}
