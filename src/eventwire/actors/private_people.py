"""A named private person: a name with an age written beside it and no role word.

News writes the age of people it does not otherwise present: "Police allege
John Miller, 58, opened fire at a Toronto office party". A person no
dictionary knows, with no title and nothing but an age (", 58," or "(58)")
beside the name, is a private person: sector ``CVL``, flagged
``private_person``. Which country is theirs is written less plainly, so it is
given only where it cannot be anyone else's:

1. a country the person already has (``authority.py``: "a Lisbon court
   sentenced X, 34,") keeps it and gains the sector;
2. the home the name's own phrase gives ("X, 29, from north London", "of
   Lyon"), if it is of one country (a home we cannot code gives none);
3. else every place and state named in the person's act is of one country:
   the verb the person is the subject or object of, with its own phrases
   ("opened fire at a Toronto party"), not its other clauses ("said the
   mugging occurred in Nairobi") nor what the person's own phrase tells of
   them ("Kenteris, 31, who won at the Sydney Games").
The article's countries are not used: on news the article's one country was
wrong for 6 of 15 such people (a company's, a contest host's, a co-star's).

Otherwise the person stays without a code (the sector alone codes no event).
The same person named again ("Miller said") takes the same code.
Refused, for every mention of the person: a role word before the name ("Bath
prop Duncan Bell"), an honour or title in it ("Sir John", "Dr"), an apposition
that names what the person is ("John Miller, 58, a police officer"; "Quentin
Davies, the MP for Grantham ... Mr Davies, 60,"), and a title or sector of
the mention itself (those have their own sector).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Words beside a name that still say "a private person" ("Nogar's son Stephen, 57"; "X, 31, a mother of two").
PRIVATE_WORDS = frozenset({"man", "woman", "boy", "girl", "resident", "father", "mother", "son", "daughter",
                           "husband", "wife", "grandmother", "grandfather", "neighbour", "neighbor", "friend",
                           "brother", "sister", "native", "local", "teenager", "pensioner", "widow", "mr", "mrs",
                           "ms", "miss", "mr.", "mrs.", "ms."})
#: Speech verbs the parser may read as a noun before the name ("Police allege John Miller, 58, opened fire").
SPEECH_WORDS = frozenset({"allege", "alleges", "say", "says", "claim", "claims", "report", "reports", "tell", "tells",
                          "believe", "believes", "suspect", "suspects", "charge", "charges"})
#: Honours and titles inside the name: a public figure, or a role ("Sir John, 54,"; "Dr X, 45,").
TITLED = frozenset({"sir", "dame", "lord", "lady", "baroness", "baron", "dr", "dr.", "prof", "prof.", "professor",
                    "rev", "rev.", "reverend", "judge", "justice", "sheikh", "imam", "rabbi", "father", "bishop"})
#: Parts of speech that may follow ", 58," when nothing says what the person is ("58, opened fire",
#: "58, who lived in the area", "58, of north London", "58, and his wife").
PLAIN_AFTER = frozenset({"VERB", "AUX", "ADV", "PRON", "SCONJ", "ADP", "CCONJ", "PART", "PUNCT"})
#: Verbs that give the person an office ("X was named chairman", "was made agriculture secretary"; "replacing X").
OFFICE_VERBS = frozenset({"make", "name", "appoint", "elect", "nominate", "become", "succeed", "replace", "promote",
                          "swear", "choose", "select", "tap", "hire", "resign", "retire", "head", "chair", "lead"})
#: Clauses beside the act that say where other things happened ("said the mugging occurred in Nairobi").
OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "appos"})


def private_people(mentions: list[Mention], doc: Doc) -> None:
    """Give unknown people written with an age and no role the civilian sector, and a country only where
    ``_country`` finds one (in place)."""
    if not doc.has_annotation("DEP"):
        return
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "person" and mention.entry is None and mention.entity_id:
            groups.setdefault(mention.entity_id, []).append(mention)
    for index, mention in enumerate(mentions):
        if mention.kind != "person" or mention.entry is not None or "private_person" in mention.flags or \
                _age_end(mention, doc) is None or not _plain(mention, doc):
            continue
        group = groups.get(mention.entity_id, [mention]) if mention.entity_id else [mention]
        if not all(_plain(other, doc) for other in group):
            continue  # "Quentin Davies, the MP for Grantham ... Mr Davies, 60,": said to be something else
        country = mention.country or _country(mentions, index, doc, dateline_country(mentions, doc))
        for other in group:
            _set(other, country if not other.country else other.country)


def _set(mention: Mention, country: str | None) -> None:
    mention.sector = "CVL"
    mention.flags.append("private_person")
    if country:
        if not mention.country:
            mention.flags.append("country_from_context")
        mention.country, mention.code = country, country + "CVL"


def introduced_with_age(mention: Mention, doc: Doc) -> bool:
    """ "John Smith, 34,": the way news introduces a private person, not an office holder."""
    return _age_end(mention, doc) is not None


def _age_end(mention: Mention, doc: Doc) -> int | None:
    """The index of the token closing ", 58," or "(58)" right after the name, or None."""
    end = mention.end
    if end + 2 >= len(doc) or doc[end].text not in (",", "("):
        return None
    age, close = doc[end + 1], doc[end + 2]
    if not (age.text.isdigit() and 1 <= int(age.text) <= 110):
        return None
    if close.text not in ((")",) if doc[end].text == "(" else (",", ".", ";", ":")):
        return None
    return close.i


def _plain(mention: Mention, doc: Doc) -> bool:
    """No title, sector or role word beside the name: none before it ("Bath prop Duncan Bell", "sprinters X"),
    no honour in it ("Sir John"), and after it (past an age) no apposition naming what the person is ("X, a
    police officer", "X, 64, Kenya's deputy environment minister")."""
    if mention.sector or mention.title or mention.head is not None:
        return False
    words = doc[mention.start : mention.end]
    if any(t.lower_ in TITLED for t in words) or words.root.head.lemma_.lower() in OFFICE_VERBS:
        return False
    before = doc[mention.start - 1] if mention.start > words.sent.start else None
    if before is not None and before.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and before.lower_ not in PRIVATE_WORDS \
            and (before.pos_ != "VERB" or before.dep_ in ("compound", "amod")) and before.lower_ not in SPEECH_WORDS:
        return False  # "Bath prop Duncan Bell"; but "Police allege John Miller" (a speech verb read as a noun)
    close = _age_end(mention, doc)
    comma = close if close is not None else mention.end
    if comma >= len(doc) - 1 or doc[comma].text != ",":
        return True
    after = doc[comma + 1]
    if after.lower_ in ("a", "an", "the"):
        head = None
        for token in doc[comma + 2 : comma + 8]:
            if token.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and token.text != "-":
                break
            head = token if token.pos_ == "NOUN" else head
        return head is not None and head.lower_ in PRIVATE_WORDS
    return after.pos_ in PLAIN_AFTER  # "Eduardo Lizano, president of …" / "X, 64, Kenya's deputy minister"


def _country(mentions: list[Mention], index: int, doc: Doc, dateline: str | None = None) -> str | None:
    """The person's home where the name's own phrase gives it ("X, 29, from north London", "of Monterey,
    Calif."), else the one country of the places and states in the person's act (the verb they are the
    subject or object of, with its own phrases, not its other clauses nor what the person's own phrase tells
    of them); else, when neither the act nor the rest of the sentence names a place of another country, the
    country of the article's dateline ("PORTLAND, Maine (AP) — Police say John Ellery, 52, opened fire at the
    warehouse party"); else none."""
    mention = mentions[index]
    root = doc[mention.start : mention.end].root
    own = {t.i for t in root.subtree}
    home = {t.i for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for t in c.subtree}
    act: set[int] = set()
    if root.dep_ in ("nsubj", "nsubjpass", "dobj"):
        todo = [root.head]
        while todo:
            token = todo.pop()
            act.add(token.i)
            todo.extend(c for c in token.children if c.i not in own and (c.dep_ not in OTHER_CLAUSES or (
                c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"))))  # "in Tel Aviv, Chicago and Athens"
    located = [m for m in mentions if m.country and m.kind in ("state", "place") and not _outlet(m)]
    homes = {m.country for m in located if m.start in home}
    if home and any(t.ent_type_ in ("GPE", "LOC") for t in doc[min(home) : max(home) + 1]):
        return homes.pop() if len(homes) == 1 else None  # a home we cannot code is still not the act's place
    places = {m.country for m in located if m.start in act}
    sentence = root.sent
    if not places and not any(m.country != dateline for m in located if sentence.start <= m.start < sentence.end):
        return dateline  # no place of another country in the sentence ("arrested in Paris")
    return places.pop() if len(places) == 1 else None


#: What ends a dateline: "PORTLAND, Maine (AP) — …", "LONDON (Reuters) - …".
DATELINE_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})


def dateline_country(mentions: list[Mention], doc: Doc) -> str | None:
    """The country of a dateline at the article's start: a place in capitals ("PORTLAND", "LIMA") whose
    mentions up to the dash that closes the dateline (within its first twelve words: "PORTLAND, Maine (AP)
    —") all name one country; None without one."""
    dash = next((t.i for t in doc[:12] if t.text in DATELINE_DASHES), None)
    if dash is None or not mentions:
        return None
    first = min(mentions, key=lambda m: m.start)
    words = doc[first.start : first.end]
    if first.start > 1 or not first.country or first.kind not in ("place", "state") or not words.text.isupper() \
            or not any(c.isalpha() for c in words.text):
        return None
    countries = {m.country for m in mentions if m.end <= dash}
    return first.country if countries == {first.country} else None


def _outlet(mention: Mention) -> bool:
    return (mention.code or "").endswith("MED")
