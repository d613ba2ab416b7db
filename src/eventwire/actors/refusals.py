"""Refusals: which of a sentence's countries a bare role word may not borrow, by how the parse links them.

``context.py`` ranks where a role word's country comes from; these rules say which
candidates are not its home whatever their distance: a speaker reporting the clause
("..., British officials said"), what the role word's verb acts upon or deals with
("Sen. X criticized Kim"), the subject of an inquiry ("the Senate investigation into
Russian meddling"), a backer ("U.S.-backed fighters"), and the doer of what befalls
victims ("civilians killed in Russian raids"). They read only the parse and the
mentions, never the ranking, so they are kept apart; ``context.py`` imports them and
nothing here imports ``context.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.compose import SUPPORT_WORDS
from eventwire.events.voice import has_to_marker
from eventwire.places.area_words import area_named
from eventwire.roots import STATE_ORGANS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.actors.mention import Mention


#: A speaker's country is not the country of what they speak about
#: ("Dozens of children were killed, British officials said").
SPEECH_LEMMAS = {"say", "tell", "report", "announce", "state", "add", "claim", "confirm", "allege", "accuse",
                 "emphasize", "emphasise", "stress", "insist", "assert", "argue", "note"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: Direct objects only: "in Peru" after the verb is where, not whom.
OBJECT_DEPS = {"dobj", "dative"}
#: Nouns of a gathering: the place it is held in hosts others ("peace talks in Geneva"), and one asked to
#: hold or cancel it is asked about its other party ("urged Trump to cancel his summit with Putin").
GATHERING_NOUNS = {"talks", "summit", "summits", "conference", "conferences", "negotiations", "meeting",
                   "meetings", "forum", "session", "sessions", "congress", "convention"}
#: ...and the objects of these prepositions on the subject's own verb: whom it acts upon or deals with.
RECIPIENT_PREPS = {"to", "against", "with", "toward", "towards"}
#: A state's own organs deal with other states; its rebels, opposition and people mostly deal with their own.
STATE_SECTORS = STATE_ORGANS


CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "appos", "parataxis"}


def _phrase_tokens(anchor) -> set[int]:
    """Token indices of the noun phrase under ``anchor``, without clauses hung
    on it ("Province, where forces battle pro-Taliban militants")."""
    out, todo = set(), [anchor]
    while todo:
        token = todo.pop()
        out.add(token.i)
        todo.extend(child for child in token.children if child.dep_ not in CLAUSE_DEPS)
    return out


#: Sectors of those an act is done to rather than by: their country is where they are, not the doer's
#: (civilians, and the schools, students, hospitals and doctors an attack hits).
VICTIM_SECTORS = {"CVL", "EDU", "HLH"}
#: Where the doer of what befalls the victims is written: the subject, the passive agent, "killed in/by".
HARMER_DEPS = {"nsubj", "agent"}
HARMER_PREPS = {"by", "in", "from", "during"}
PLACE_PREPS = {"in", "at", "near", "inside", "across", "outside"}


def _harmer(mention: Mention, other: Mention, doc: Doc) -> bool:
    """"civilians hit by a Russian strike in Syria", "a Russian air strike killed civilians in Idlib",
    "civilians killed in Russian raids": the victims are not the striker's; the place, if named, tells theirs."""
    if (mention.sector or "") not in VICTIM_SECTORS or other.kind == "place" or not doc.has_annotation("DEP"):
        return False
    own, source = doc[mention.start : mention.end].root, doc[other.start : other.end].root
    if source.dep_ == "pobj" and source.head.lower_ in PLACE_PREPS:
        return False  # "a Russian strike [in Syria]": where it fell
    if _struck_place(source):
        return False  # "killed in Syrian air strikes [on a suburb town of Damascus]": where it fell
    if own.dep_ == "pobj" and own.head.lower_ == "of" and own.head.dep_ == "prep":
        own = own.head.head  # "[thousands] of civilians were hit"
    verbs = [own.head] if own.dep_ in ("dobj", "nsubjpass") else []
    verbs += [c for c in own.children if c.dep_ == "acl"]  # "civilians killed in ..."
    if source.i in _phrase_tokens(own):
        return False  # "civilians of a Russian town": their own
    parts = [part for verb in verbs for part in verb.children]
    # "[Russian jets] launched airstrikes on the town, killing eight people": the participle's doer is its host's
    parts += [part for verb in verbs if _hosted_participle(verb) for part in verb.head.children
              if part.dep_ in HARMER_DEPS]
    return any(
        (part.dep_ in HARMER_DEPS or (part.dep_ == "prep" and part.lower_ in HARMER_PREPS))
        and part.left_edge.i <= source.i <= part.right_edge.i
        for part in parts
    )


#: Prepositions on an attack noun that name what it struck or where it fell: "strikes [on] a suburb of X".
STRUCK_PREPS = PLACE_PREPS | {"on", "against"}


def _struck_place(source) -> bool:
    """A state word inside the phrase an attack noun aims "on/in/at" ("air strikes [on a suburb town of
    Damascus]") names the place struck, so the victims' home, not the striker: only a preposition hung on a
    noun counts, since one on the verb ("killed [in Syrian air strikes]") holds the striker itself."""
    token = source
    while token.head.i != token.i and token.head.pos_ not in ("VERB", "AUX"):
        token = token.head
        if token.dep_ == "prep" and token.lower_ in STRUCK_PREPS and token.head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _hosted_participle(verb) -> bool:
    """A participle with no subject of its own hung on the act it follows ("launched airstrikes on the town,
    [killing] eight people"): its doer and its place are its host's."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _named_place(token) -> bool:
    """The name in "the town of X", whatever label the tagger gives it (it may call an unfamiliar one a
    person): :func:`~eventwire.places.area_words.area_named`."""
    return token.pos_ == "PROPN" and area_named(token) is not None


#: Entity labels of places: a place the dictionary cannot code still says the victims are not the striker's.
PLACE_LABELS = {"GPE", "LOC"}


def _unknown_place_of_harm(mention: Mention, mentions: list[Mention], doc: Doc) -> bool:
    """Victims (``VICTIM_SECTORS``) harmed by a state or a state organ of their sentence (``_harmer``), whose
    act, or whose own phrase, is placed "in/at/near" a named place no mention codes, in a phrase naming no coded
    mention at all ("a coalition strike killed 14 people in a northern district of Raqqa"): the victims are
    that place's people, whose country is not known here, so the striker's is not lent to them, neither by
    ``context._nearest_in_sentence``'s second pass nor as the last country named before. Only called once no other
    country was found in the sentence. Other harmers (a civil defence group the parser takes for the subject)
    keep the old fallback."""
    if (mention.sector or "") not in VICTIM_SECTORS or not doc.has_annotation("DEP"):
        return False
    own = doc[mention.start : mention.end].root
    if own.dep_ == "pobj" and own.head.lower_ == "of" and own.head.dep_ == "prep":
        own = own.head.head
    anchors = [own] + ([own.head] if own.dep_ in ("dobj", "nsubjpass") else [])
    anchors += [c for c in own.children if c.dep_ == "acl"]
    hosts = [a.head for a in anchors[1:] if _hosted_participle(a)]  # "launched airstrikes [on X], killing eight"
    anchors += hosts + [c for h in hosts for c in h.children if c.dep_ == "dobj"]
    if not any(_harmer(mention, other, doc) for other in mentions if other is not mention and other.country
               and (other.kind == "state" or (other.sector or "")[:3] in STATE_SECTORS)):
        return False
    coded = {i for m in mentions if m.country for i in range(m.start, m.end)}
    uncoded = {i for m in mentions if not m.country and m.kind in ("place", "state") for i in range(m.start, m.end)}
    return any(part.dep_ == "prep" and part.lower_ in PLACE_PREPS | {"on"}  # also "airstrikes [on] the town of X"
               and any(t.ent_type_ in PLACE_LABELS or t.i in uncoded or _named_place(t) for t in part.subtree)
               and not any(t.i in coded for t in part.subtree)  # "on the Syrian town of Khan Sheikhun": Syria's
               for anchor in anchors for part in anchor.children)


def foreign_speaker(mention: Mention, other: Mention, doc: Doc, home: str | None) -> bool:
    """``other`` is a state word of another country than the story's own (``home``) modifying the subject of
    a speech verb that is no role word of its own ("[British] monitors said", "a [French] rights group
    reported"), and ``mention`` lies in what the speaker reports: it says whose the speaker is and lends
    that country to nobody there ("civilians were killed in Idlib, British monitors said" are not British).
    A speaker of the story's own state ("Syrian activist groups say ... killed 21 civilians") and any speaker
    where no story state is known are left alone: there the speaker is often of the victims' country."""
    if home is None or other.country == home or not doc.has_annotation("DEP"):
        return False
    own, source = doc[mention.start : mention.end].root, doc[other.start : other.end].root
    if source.dep_ not in ("amod", "compound", "nmod") or source.head.i <= source.i:
        return False
    speaker = source.head
    return speaker.dep_ in SUBJECT_DEPS and speaker.head.lemma_ in SPEECH_LEMMAS and own.head.i != speaker.head.i \
        and not (speaker.left_edge.i <= own.i <= speaker.right_edge.i)


def _refused_source(mention: Mention, other: Mention, doc: Doc) -> bool:
    """(a) ``other`` reports the clause ``mention`` sits in ("..., British officials
    said"), or sits in a clause describing ``mention`` ("the counsel
    investigating Russia's interference"); (b) ``mention`` is the subject and ``other`` an actor its verb acts
    upon ("Sen. X criticized Kim": the critic is not North Korean). Places
    and places stay usable: "gunmen attacked a hotel in Kabul"."""
    if _backer(other, mention, doc):
        return True
    if not doc.has_annotation("DEP"):
        return False
    own, source = doc[mention.start : mention.end].root, doc[other.start : other.end].root
    if _coordinated_modifier(mention, source, doc):
        return True  # "air strikes by [Russian] and regime warplanes": a second doer beside the regime's
    if any(child.dep_ in ("acl", "relcl") and child.left_edge.i <= source.i <= child.right_edge.i
           for child in own.children):
        return True  # "the special counsel investigating Russia's interference" is not Russia's
    if _inquiry_subject(own, source):
        return True  # "the Senate investigation into Russian meddling" is not Russia's
    if source.dep_ in SUBJECT_DEPS and source.head.lemma_ in SPEECH_LEMMAS and own.head.i != source.head.i:
        return True
    if _giver_of_a_noun(own, source):
        return True  # "more [U.S.] aid to the rebels": the giver's country is not the receiver's
    if own.dep_ == "pobj" and own.head.dep_ == "agent":
        own = own.head  # "pressured by congress": the passive's doer, as a subject
    if own.dep_ not in SUBJECT_DEPS | {"agent"} or other.kind == "place" or "capital" in other.flags:
        return False
    if _acted_upon(own, source):
        return True  # "pressured by congress to help Iran", "expressed appreciation for China's assistance"
    if _modifier_of_asked_object(own, source):
        return True  # "senators urged Trump to cancel the Putin summit": the summit's topic, not their state
    if source.dep_ == "pobj" and source.head.lower_ in RECIPIENT_PREPS and source.head.head.i == own.head.i \
            and (mention.sector or "") in STATE_SECTORS:
        return True  # "officials returned the artefacts [to Peru]" (but rebels surrender to their own army)
    return source.dep_ in OBJECT_DEPS and source.head.i == own.head.i


#: Verbs and participles of holding ground, in any form ("opposition-held", "rebel-controlled", "occupied"): the
#: actors stage reads the holder beside them (``events.recipients.HOLDING_PARTICIPLES`` are the events stage's
#: hyphenated forms).
HOLDING_FORMS_OF_GROUND = frozenset({"hold", "held", "control", "controlled", "run", "occupied", "occupy"})


def foreign_to_a_held_place(mention: Mention, other: Mention, doc: Doc, home: str | None) -> bool:
    """``mention`` is the holder written before a held place ("an [opposition]-held town") and ``other`` an
    actor of another country than the story's own (``home``) outside the place's phrase: the held place is
    usually what that outside side strikes or besieges ("Russian jets struck an opposition-held town"), and
    its holders are of the story's state, whose armed opponents hold ground at home ("Syrian regime strikes
    hit the rebel-held enclave" keeps the rebels Syrian). With no story state known, nothing is refused."""
    if not doc.has_annotation("DEP") or home is None or other.country == home:
        return False
    own, source = doc[mention.start : mention.end].root, doc[other.start : other.end].root
    holder = own.dep_ in ("npadvmod", "compound", "nmod") and own.head.dep_ == "amod" \
        and (own.head.lemma_.lower() in HOLDING_FORMS_OF_GROUND or own.head.lower_ in HOLDING_FORMS_OF_GROUND)
    return holder and source.i not in _phrase_tokens(own.head.head)


def _coordinated_modifier(mention: Mention, source, doc: Doc) -> bool:
    """``source`` is a modifier coordinated with a word of the mention before their shared noun: "strikes by
    [Russian] and regime warplanes" names two air forces of a joint raid, so the regime's are not Russian."""
    inside = range(mention.start, mention.end)
    for token in doc[mention.start : mention.end]:
        if token.dep_ == "conj" and token.head.i == source.i and source.i not in inside \
                and source.dep_ in ("amod", "compound", "nmod"):
            return True
        if source.dep_ == "conj" and source.head.i == token.i and token.dep_ in ("amod", "compound", "nmod"):
            return True
    return False


def _giver_of_a_noun(own, source) -> bool:
    """``own`` is whom a noun of giving or acting is aimed at ("aid [to] the rebels", "support [for] the
    opposition", "strikes [against] militants") and ``source`` the state written as the noun's own doer ("[U.S.]
    aid", "[Russia's] strikes"): one side's country is not the other's. The parser may hang the phrase on the
    verb whose object the noun is ("triggered more U.S. aid [to the rebels]")."""
    if own.dep_ != "pobj" or own.head.lower_ not in RECIPIENT_PREPS | {"for", "on"}:
        return False
    prep = own.head
    noun = prep.head
    if noun.pos_ == "VERB":
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i), noun)
    return noun.pos_ == "NOUN" and source.head.i == noun.i and source.dep_ in ("compound", "amod", "poss", "nmod")


def _modifier_of_asked_object(own, source) -> bool:
    """``source`` is a name written before the object of an infinitive the subject's verb asks for ("urged
    Trump [to cancel] the Putin summit"), or the other party of a gathering that object is ("to cancel his
    summit with Putin"): the name says what the thing is about, and the one asking is no more its country's
    than the one asked."""
    if source.dep_ == "pobj" and source.head.lower_ == "with" and source.head.head.lower_ in GATHERING_NOUNS:
        source = source.head  # "his summit [with Putin]": hung on the summit as the compound is
    elif source.dep_ != "compound":
        return False
    if source.head.dep_ not in OBJECT_DEPS:
        return False
    verb = source.head.head
    return verb.dep_ in ("xcomp", "advcl") and verb.head.i == own.head.i \
        and has_to_marker(verb)


def _acted_upon(own, source) -> bool:
    """``source`` is what the verb's own infinitive acts upon, the doer ``own`` being its passive agent
    ("pressured by congress [to help Iran]"), or owns what the verb acts upon through a preposition ("expressed
    appreciation for [China's] assistance"), reached through objects and prepositions only, none of them a
    place ("in", "at", …)."""
    verb = own.head
    if own.dep_ == "agent" and source.dep_ in OBJECT_DEPS and source.head.dep_ in ("xcomp", "advcl") \
            and source.head.head.i == verb.i \
            and has_to_marker(source.head):
        return True
    if source.dep_ != "poss":
        return False
    token, objects, preps = source.head, 0, 0
    while token.i != verb.i:
        if token.dep_ in OBJECT_DEPS:
            objects += 1
        elif (token.dep_ == "prep" and token.lower_ in PLACE_PREPS) or token.dep_ not in ("pobj", "prep"):
            return False
        preps += token.dep_ == "prep"
        if token.head.i == token.i:
            return False
        token = token.head
    return objects > 0 and preps > 0  # "the ministry estimates [West Germany's] self-sufficiency": its own


#: Nouns of an inquiry: what it is into or of is its subject, not its owner's country.
INQUIRY_NOUNS = {"investigation", "probe", "inquiry", "hearing", "review", "investigations", "probes", "inquiries",
                 "hearings"}


def _inquiry_subject(own, source) -> bool:
    """``own`` names whose inquiry it is ("the Senate investigation", "the Senate's probe"), or opens or
    announces it as the subject of its verb ("[the army] announced an investigation"), and ``source`` sits
    in what the inquiry is into, of or on ("into Russian meddling", "into the killing of Palestinian
    protesters"): the investigated party's country is not the investigator's."""
    if own.dep_ in ("compound", "poss", "nmod", "amod"):
        inquiries = [own.head]
    elif own.dep_ in SUBJECT_DEPS:
        inquiries = [c for c in own.head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return False
    return any(inquiry.lemma_.lower() in INQUIRY_NOUNS and child.dep_ == "prep"
               and child.lower_ in ("into", "of", "on") and child.left_edge.i <= source.i <= child.right_edge.i
               for inquiry in inquiries for child in inquiry.children)


def _backer(other: Mention, mention: Mention, doc: Doc) -> bool:
    """"U.S.-backed Kurdish fighters", "Iran-backed militia groups": the country
    written with a support word right before the role word backs it; it is not its home."""
    if other.end > mention.start or mention.start - other.end > 4:
        return False  # tested before the gap is read: it may span most of the article (issue 9)
    gap = [t.lower_ for t in doc[other.end : mention.start]]
    word = gap[1] if gap[:1] == ["-"] and len(gap) > 1 else (gap[0] if gap else "")
    return word in SUPPORT_WORDS


def _sponsor_of_another(other: Mention, mention: Mention, doc: Doc) -> bool:
    """"[Iran]-allied group announced it will return military bases it has seized": a state written as the
    backer of a noun says who backs that noun and lends its country to no other role word of the sentence
    (the backed word itself is refused by ``_backer``)."""
    if other.end + 1 >= len(doc) or other.end == mention.start:
        return False
    word = doc[other.end + 1] if doc[other.end].text in ("-", "\u2010", "\u2011") else doc[other.end]
    return word.lower_ in SUPPORT_WORDS


#: Nouns and verbs of sending forces somewhere or keeping them there.
DEPLOYMENT_WORDS = frozenset({
    "deployment", "redeployment", "deploy", "redeploy", "send", "dispatch", "station", "post", "presence",
    "buildup", "build-up", "surge", "mobilization", "mobilisation",
})
#: Prepositions of where forces are sent or kept.
DESTINATION_PREPS = frozenset({"in", "to", "into", "inside", "across"})


def _destination(mention: Mention, other: Mention, doc: Doc) -> bool:
    """The other mention names where the role word's forces are sent or kept: "approved [troop] deployments
    in Libya", "sent troops to Libya", "troops stationed in Germany". Forces are sent abroad as often as at
    home, so the place of a deployment lends them no country."""
    if (mention.sector or "")[:3] != "MIL" or not doc.has_annotation("DEP"):
        return False
    own = doc[mention.start : mention.end].root
    chain = [own, own.head] if own.dep_ in ("compound", "amod", "nmod") else [own]  # "[military] experts"
    chain += [chain[-1].head] if chain[-1].dep_ in ("dobj", "nsubjpass") else []  # "sent troops", "troops sent"
    words = [k for w in chain[:2] for k in w.children if k.dep_ in ("acl", "relcl")] + chain[1:]
    words = [w for w in words if w.lemma_.lower() in DEPLOYMENT_WORDS or w.lower_ in DEPLOYMENT_WORDS]
    # "approved troop deployments [in] Peru": the parser hangs the place on the verb of the deployment noun
    words += [w.head for w in words if w.pos_ == "NOUN" and w.dep_ in ("dobj", "nsubjpass")]
    place = doc[other.start : other.end].root
    while place.dep_ in ("conj", "appos") and place.head.i != place.i:
        place = place.head
    holders = {w.i for w in words} | {c.i for c in chain if c.head.i in {w.i for w in words}}  # "sent experts [to] X"
    return bool(words) and place.dep_ == "pobj" and place.head.lower_ in DESTINATION_PREPS \
        and place.head.head.i in holders
