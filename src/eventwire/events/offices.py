"""Two offices of one state named in one clause: when one sector code stands for two participants.

CAMEO codes no event between an actor and itself, and most same-code pairs in one clause are one body told
twice. A sector code such as NORGOV covers many offices, though: a president and a prime minister, a court and a
magistrate, a province's government and the national one. ``dyads`` asks these readings before dropping a
target as the source itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Actor

#: Sectors made of distinct offices of one state (a president and a prime minister, a court and a magistrate).
#: Not the forces, civilians, lawmakers or firms of one country: two such mentions in one clause are mostly one
#: group told twice or a misread ("government forces ... the Army of Conquest", "children ... five people";
#: measured on cached news).
OFFICE_SECTORS = frozenset({"GOV", "JUD"})


def two_offices(target: tuple[Token, Actor], source: tuple[Token, Actor]) -> bool:
    """Two offices of one state and sector named by role words, one acting on the other in the same clause:
    "[Norway's president] refused a request from [the prime minister]" (NORGOV, NORGOV), "[the High Court]
    demanded an explanation from [a magistrate]" (PAKJUD, PAKJUD).

    A sector code covers many offices, so the same code in a verb's two slots is no self-event when both are
    role words (kind "agent", whose entity id is only their code) described differently. Each must cover the
    head word of its own slot (not "challenged a [White House] plan"; an object word the pattern asks for,
    "attended [a cabinet meeting]", is no office either, see ``dyads._matched_thing``). Left out: the state itself,
    named organisations (a member and its body, "a White House official" and the White House, are one side),
    one description inside the other ("the minister" and "the Indian foreign minister"), and a named person
    with a role word, which may be one man (two named people are ``dyads._two_people``; a person titled with another
    single office than the role word is ``two_titles``).
    """
    a, b = target[1], source[1]
    if a.code != b.code or (a.code or "")[3:] not in OFFICE_SECTORS or a.kind != "agent" or b.kind != "agent":
        return False
    if a.span.start < b.span.end and b.span.start < a.span.end:
        return False
    if _local_and_national(target, source) or _local_and_national(source, target):
        return True
    heads = [token for token, actor in (target, source) if actor.span.start <= token.idx < actor.span.end]
    local = "local_organ" in a.flags or "local_organ" in b.flags
    words = [_described(token, actor, local) for token, actor in (target, source)]
    return len(heads) == 2 and not (words[0] <= words[1] or words[1] <= words[0])


#: Words that name a state's national office, as against a province's or a city's own ("the Kerala
#: government" is flagged ``local_organ`` by the actors stage). The dictionaries code "the [central]
#: government" as the state's GOV without the word.
NATIONAL_WORDS = frozenset({"central", "federal", "national", "union"})


#: Role words of a city's own office: a mayor is no office of the national government, as a province's
#: government (flagged ``local_organ`` by the actors stage) is not.
LOCAL_OFFICE_WORDS = frozenset({"mayor", "mayors"})


def _local_and_national(local: tuple[Token, Actor], national: tuple[Token, Actor]) -> bool:
    """A mayor (or another local organ) and an office written with a national word, in whichever slot the parser
    hung them: "[the mayor] demanded support from [the national government]" are two governments, even when the
    slot's word is the thing asked for ("support") rather than the office."""
    actor = local[1]
    if "local_organ" not in actor.flags and not LOCAL_OFFICE_WORDS & set(actor.text.lower().split()):
        return False
    other = national[1]
    phrase = national[0].doc.char_span(other.span.start, other.span.end, alignment_mode="expand")
    if phrase is None or not len(phrase):
        return False
    words = {t.lower_ for t in phrase} | {c.lower_ for c in phrase.root.lefts if c.dep_ in ("amod", "compound")}
    return bool(words & NATIONAL_WORDS) and not LOCAL_OFFICE_WORDS & words and "local_organ" not in other.flags


def _described(token: Token, actor: Actor, local: bool) -> set[str]:
    """The words an office is described by: its actor text and, facing a local organ, a national word
    before its head ("the Kerala government asked [the central government]": two governments)."""
    words = set(actor.text.lower().split()) - {"the", "a", "an"}
    if local:
        words |= {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound") and c.lower_ in NATIONAL_WORDS}
    return words


#: Titles of single offices: a role word and a named person titled with another are two people.
OFFICE_TITLES = ("vice president", "prime minister", "attorney general", "president", "premier", "chancellor",
                 "foreign minister", "defence minister", "defense minister", "interior minister", "finance minister",
                 "governor", "mayor", "speaker")


def _title(text: str) -> str | None:
    lowered = f" {text.lower()} "
    return next((t for t in OFFICE_TITLES if f" {t} " in lowered), None)


def two_titles(a: Actor, b: Actor) -> bool:
    """A role word and a named person of one code whose single-office titles differ: "[Israel's attorney
    general] rejected a request from [Prime Minister Benjamin Netanyahu]" (ISRGOV, ISRGOV) names two people.
    Only titles of one holder each (a president, a prime minister, an attorney general), written in both
    mentions: "the Israeli leader" and "Prime Minister X", or "the minister" and "Foreign Minister X", may be
    one man."""
    if a.code != b.code or {a.kind, b.kind} != {"agent", "person"} or (a.code or "")[3:] not in OFFICE_SECTORS:
        return False
    titles = (_title(a.text), _title(b.text))
    return None not in titles and titles[0] != titles[1] and titles[0] not in titles[1] and \
        titles[1] not in titles[0]
