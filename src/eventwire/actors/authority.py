"""The country of an unknown person a state's authority acts upon.

A named person no dictionary knows has no country, so "A Lisbon court found
Marta Quintela guilty" or "Jonas Vilkas was arrested by Lithuanian police"
gives a one-sided event. Courts, police, prosecutors and governments arrest,
try, jail, investigate and pardon mostly people under their own jurisdiction,
so the person takes the acting body's country (flagged
``country_from_context`` and ``country_from_authority``), with no sector:
only the country is known. Steps, each with why it exists:

1. An unknown person (spaCy's PERSON, an honorific name) who is the object of
   an authority's act (``AUTHORITY_VERBS``; "found X guilty"; "opened an
   investigation into X") done by a state, a state organ (GOV, JUD, COP, SPY,
   LEG, MIL) or a titled office-holder ("President Gerald Ford pardoned X").
2. A two- or three-word capitalised name spaCy labelled an organisation
   ("found Britta Nielsen guilty"), only for acts done to people alone
   (``PEOPLE_ONLY_VERBS``): the act says it is a person.
3. A capitalised proper noun spaCy left unlabelled, likewise ("A court in
   Lyon found Barbarin guilty"): a new person mention.
4. The same unknown person named again in the article takes the same country.

Refused where the country is likely someone else's: the person's own phrase
(appositions included, relative clauses not) names another country or a
nationality ("Paul Whelan, a former U.S. Marine"), or says the person is
foreign ("a dual national"); acts done to foreigners by definition (deport,
expel, extradite) and employers' acts (fire, dismiss, suspend) are not in the
verb list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention
from eventwire.actors.org_country import CORPORATE, PUBLIC_BODY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Acts of a state's authority on a person (lemmas): arrest, trial, punishment, investigation, clemency.
AUTHORITY_VERBS = frozenset({
    "arrest", "detain", "jail", "imprison", "convict", "sentence", "charge", "indict", "prosecute",
    "investigate", "pardon", "release", "free", "acquit", "fine", "summon", "interrogate", "question",
    "execute", "hang", "try", "find", "punish",
})
#: Acts done to people only: an organisation's name as their object is a person misread ("find" = guilty).
PEOPLE_ONLY_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "pardon", "acquit", "execute",
                               "hang", "find", "interrogate"})
#: "find" names an authority's act only with a verdict: "found X guilty".
VERDICT_WORDS = frozenset({"guilty", "innocent", "liable"})
#: Nouns of proceedings against someone: "an investigation into X", "a warrant against X".
PROCEEDING_NOUNS = frozenset({
    "investigation", "probe", "inquiry", "case", "warrant", "charges", "charge", "proceedings", "indictment",
    "arrest", "trial", "sentence",
})
PROCEEDING_PREPS = frozenset({"into", "against", "on", "for"})
#: Codes' sectors of state organs that arrest, try, jail and pardon.
STATE_ORGANS = frozenset({"GOV", "JUD", "COP", "SPY", "LEG", "MIL"})
#: Titles of office-holders who act for their state whatever their code on the article's date.
OFFICE_TITLES = frozenset({"president", "prime minister", "premier", "king", "queen", "emir", "governor",
                           "chancellor", "judge", "prosecutor", "attorney general"})
#: Words of the person's own phrase that make them someone else's.
FOREIGN_WORDS = frozenset({"foreign", "foreigner", "national", "nationals", "citizen", "citizens", "passport",
                           "tourist", "visitor", "expatriate", "migrant", "refugee", "dual"})


def authority_countries(mentions: list[Mention], doc: Doc) -> None:
    """Give unknown people acted upon by a state organ that organ's country (in place)."""
    if not doc.has_annotation("DEP"):
        return
    settled: dict[str, str] = {}
    for mention in mentions:
        misread = mention.kind == "organisation" and _name_like(mention, doc)
        if (mention.kind != "person" and not misread) or mention.entry is not None or mention.code or \
                mention.country:
            continue
        doer, verb = _doer(doc[mention.start : mention.end].root, mentions, doc)
        if doer is None or _named_elsewhere(mention, mentions, doc, doer.country) or \
                (misread and verb not in PEOPLE_ONLY_VERBS):
            continue
        if misread:
            mention.kind = "person"  # "found Britta Nielsen guilty": spaCy's ORG is a person here
        _set(mention, doer.country)
        if mention.entity_id:
            settled[mention.entity_id] = doer.country
    mentions += _unlabelled_names(mentions, doc)
    for mention in mentions:  # "Marta Quintela ... Quintela": the same unknown person, named again
        if mention.kind == "person" and not mention.code and mention.entity_id in settled:
            _set(mention, settled[mention.entity_id])


def _set(mention: Mention, country: str) -> None:
    mention.code, mention.country = country, country
    mention.flags += ["country_from_context", "country_from_authority"]


def _doer(token: Token, mentions: list[Mention], doc: Doc) -> tuple[Mention | None, str]:
    """The state organ whose act the person undergoes: the subject of the verb the person is the object of
    ("arrested X", "found X guilty"), the "by" agent of a passive, or the subject of "opened an
    investigation into X" / "issued a warrant against X"; with the lemma of the verb ("" for proceedings)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "arrested X and Y", but not "dismissed its influence and Manhunt"
        if not any(m.kind == "person" and m.start <= token.i < m.end for m in mentions):
            return None, ""
    verb, proceeding = None, False
    if token.dep_ in ("dobj", "nsubjpass"):
        verb = token.head
    elif token.dep_ == "nsubj" and token.head.lower_ in VERDICT_WORDS | {"free"} and \
            token.head.dep_ in ("ccomp", "oprd"):
        verb = token.head.head  # "found [X guilty]", "let [free X]": X parsed as the adjective's subject
    elif token.dep_ == "pobj" and token.head.lower_ in PROCEEDING_PREPS:
        noun = token.head.head
        if noun.lemma_.lower() in PROCEEDING_NOUNS and noun.dep_ == "dobj":
            verb, proceeding = noun.head, True
    if verb is None or verb.pos_ != "VERB" or not (proceeding or _authority_verb(verb)):
        return None, ""
    if token.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        doer_token = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    else:
        doer_token = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer_token is None:
        return None, ""
    doer = next((m for m in mentions if m.start <= doer_token.i < m.end), None)
    lemma = "" if proceeding else verb.lemma_.lower()
    return (doer, lemma) if doer is not None and _state_organ(doer, doc) else (None, "")


def _unlabelled_names(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """A capitalised proper noun spaCy gave no entity label, as the one an authority arrests, sentences or
    finds guilty ("A court in Lyon found Barbarin guilty"): those acts are done to people only, so it is a
    person, of the authority's country."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not token.is_title or not token.is_alpha or \
                token.ent_type_ or token.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            continue
        words = [t for t in token.lefts if t.dep_ == "compound"]
        start = min([token.i, *(t.i for t in words)])
        if any(not (t.pos_ == "PROPN" and t.is_title and not t.ent_type_) or t.i in covered
               for t in doc[start : token.i]):
            continue
        doer, verb = _doer(token, mentions, doc)
        if doer is None or verb not in PEOPLE_ONLY_VERBS:
            continue
        mention = Mention(start, token.i + 1, "person", name=doc[start : token.i + 1].text, form="ent")
        _set(mention, doer.country)
        out.append(mention)
    return out


def _name_like(mention: Mention, doc: Doc) -> bool:
    """Two or three capitalised words with no word of a body or a company: a person's name that spaCy
    labelled an organisation ("Britta Nielsen")."""
    words = doc[mention.start : mention.end]
    return 2 <= len(words) <= 3 and all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in words) and \
        not {t.lower_ for t in words} & (PUBLIC_BODY_WORDS | CORPORATE)


def _authority_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "find":
        return any(c.lower_ in VERDICT_WORDS for c in verb.subtree)
    if lemma in ("let", "set"):  # "let free X", parsed with "free" on the verb or on its object
        return any(c.lower_ == "free" for t in (verb, *verb.children) for c in t.children)
    return lemma in AUTHORITY_VERBS


def _state_organ(doer: Mention, doc: Doc) -> bool:
    """A state, or a state organ (court, police, government, office-holder) whose country was written."""
    if not doer.country or not doer.code:
        return False
    if doer.kind == "state" and doer.code == doer.country:
        return True
    words = doc[doer.start : doer.end].text.lower()
    if doer.kind == "person" and ((doer.title or "") in OFFICE_TITLES or words.split()[0] in OFFICE_TITLES):
        return True  # "President Gerald Ford pardoned X": coded as a former office-holder on today's date
    return doer.code[3:6] in STATE_ORGANS


def _named_elsewhere(mention: Mention, mentions: list[Mention], doc: Doc, country: str | None) -> bool:
    """The person's own phrase (appositions included) names another country or a nationality, or calls
    them foreign: "Paul Whelan, a former U.S. Marine", "Tom Rigby, a Canadian", "a dual national"."""
    phrase = _own_phrase(doc[mention.start : mention.end].root)
    for other in mentions:
        if other is not mention and other.country and other.start in phrase and other.country != country:
            return True
    return any(doc[i].ent_type_ == "NORP" or doc[i].lower_ in FOREIGN_WORDS for i in phrase)


def _own_phrase(root: Token) -> set[int]:
    """The person's noun phrase with its appositions, without clauses hung on it: "X, who had led
    Tunisia-inspired protests" says what X did, not whose X is."""
    out, todo = set(), [root]
    while todo:
        token = todo.pop()
        out.add(token.i)
        todo.extend(c for c in token.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "conj"))
    return out
