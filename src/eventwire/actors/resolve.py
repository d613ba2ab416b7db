"""Turn a parsed Doc into actor mentions: dictionary first, spaCy second.

The steps, in order, each with the reason it exists:

1. Dictionary phrase matches (entities and agent words). The small spaCy
   model mislabels names ("Trump" as ORG, "Minsk" as ORG) and merges
   neighbours ("the U.S. Sergey Kislyak"); the dictionary is right more often,
   so its matches win and split spaCy's entities.
2. spaCy entities the dictionary does not cover: unknown people stay as
   mentions without a code (the events stage still needs them), places are
   looked up in the gazetteer, organisations kept uncoded.
3. Honorific + capitalised word ("Mr. Flynn") that spaCy missed: a person.
4. Agent phrases (``compose.py``): a role word joins its country modifier and
   the person it titles into one mention ("Russian Foreign Minister Sergey
   Lavrov", "top U.S. officials", "forces of Syria").
5. Coreference (``coref.py``): surnames, "the president", entity ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.compose import compose_agents
from eventwire.actors.dictionary import Entry
from eventwire.actors.match import Match, Payload, find_matches
from eventwire.actors.mention import Mention, Resources
from eventwire.actors.roles import code_on

if TYPE_CHECKING:
    from spacy.tokens import Doc

HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "sheikh"}
LEFT_GRADES = {"top", "senior", "high-ranking", "former", "acting", "deputy", "junior", "retired"}
FORM_RANK = {"name": 0, "alias": 0, "adjective": 1, "capital": 1, "city": 3}
KIND_RANK = {"state": 0, "organisation": 1, "group": 1, "person": 2}


def mentions_for(doc: Doc, date: str | None, res: Resources) -> list[Mention]:
    """Steps 1-4 above; coreference is applied by the caller."""
    matches = find_matches(doc, res.index)
    mentions = [_from_match(m, doc, date, res) for m in matches]
    mentions = [m for m in mentions if m is not None]
    covered = _covered(mentions, len(doc))
    mentions += _from_entities(doc, covered, res)
    mentions += _honorific_names(doc, _covered(mentions, len(doc)))
    mentions += _known_surnames(doc, _covered(mentions, len(doc)), res)
    mentions.sort(key=lambda m: m.start)
    mentions = compose_agents(doc, mentions)
    for mention in mentions:
        _extend_left(doc, mention)
    return mentions


def _extend_left(doc: Doc, mention: Mention) -> None:
    """Take in an honorific before a person ("Mr. Trump") and grading words
    before a role phrase ("top U.S. officials")."""
    while mention.start > 0:
        before = doc[mention.start - 1].lower_
        if (mention.kind == "person" and before in HONORIFICS) or (mention.kind == "agent" and before in LEFT_GRADES):
            mention.start -= 1
        else:
            return


def _covered(mentions: list[Mention], length: int) -> list[bool]:
    covered = [False] * length
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    return covered


def choose_entry(payloads: list[Payload], date: str | None, res: Resources) -> tuple[Entry, str] | None:
    """Several entries share a name: prefer the user's and curated layers,
    then people in office on the date, then names over city names."""
    best, best_key = None, None
    for payload in payloads:
        entry = res.dictionary.entries.get(payload.entry_id)
        if entry is None:
            continue
        in_office = date is not None and any(r.active(date) for r in entry.roles)
        key = (-entry.layer, FORM_RANK.get(payload.form, 2), not in_office, KIND_RANK.get(entry.kind, 3))
        if best_key is None or key < best_key:
            best, best_key = (entry, payload.form), key
    return best


def _from_match(match: Match, doc: Doc, date: str | None, res: Resources) -> Mention | None:
    if match.agent:
        return Mention(match.start, match.end, "agent", form="agent", sector=match.payloads[0].code,
                       head=match.end - 1, name=doc[match.start : match.end].text.lower())
    chosen = choose_entry(match.payloads, date, res)
    if chosen is None:
        return None
    entry, form = chosen
    return entry_mention(entry, form, match.start, match.end, date)


def entry_mention(entry: Entry, form: str, start: int, end: int, date: str | None) -> Mention:
    coding = code_on(entry, date)
    kind = "place" if form == "city" else entry.kind
    mention = Mention(start, end, kind, entry=entry, code=coding.code, country=coding.country,
                      name=entry.name, form=form, flags=list(coding.flags))
    if form in ("capital", "city"):
        mention.flags.append(form)
    return mention


def _from_entities(doc: Doc, covered: list[bool], res: Resources) -> list[Mention]:
    out = []
    # surnames of people named in full here: a later lone "Kettleborough" tagged ORG is that person
    local_surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    for ent in doc.ents:
        if any(covered[ent.start : ent.end]):
            continue
        while len(ent) > 1 and (ent[-1].tag_ == "POS" or ent[-1].is_punct):
            ent = ent[:-1]  # "Trump's" tagged as one ORG
        if ent.label_ == "PERSON":
            out.append(Mention(ent.start, ent.end, "person", name=ent.text, form="ent"))
        elif ent.label_ in ("GPE", "LOC", "FAC", "ORG") and ent.text.lower().removeprefix("the ") in res.cities:
            # ORG too: the small model tags some cities as organisations ("the Quetta attack")
            iso3 = res.cities[ent.text.lower().removeprefix("the ")]
            out.append(Mention(ent.start, ent.end, "place", code=iso3, country=iso3, name=ent.text,
                               form="ent", flags=["city"]))
        elif ent.label_ in ("ORG", "GPE") and _is_single_name(ent) and \
                (ent.text.lower() in res.index.surnames or ent.text.lower() in local_surnames):
            out.append(Mention(ent.start, ent.end, "person", name=ent.text, form="surname"))
        elif ent.label_ == "ORG":
            start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            if start < ent.end:
                out.append(Mention(start, ent.end, "organisation", name=doc[start : ent.end].text, form="ent"))
    return out


def _is_single_name(ent) -> bool:
    """A lone capitalised PROPN tagged ORG is often a surname ("Trump" as ORG)."""
    return len(ent) == 1 and ent[0].pos_ == "PROPN" and ent[0].text[:1].isupper() and ent[0].text.isalpha() \
        and not ent[0].text.isupper()


def _honorific_names(doc: Doc, covered: list[bool]) -> list[Mention]:
    """"Mr. Flynn" where spaCy saw no entity: the honorific makes it a person."""
    out = []
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if token.lower_ in HONORIFICS and not covered[i + 1] and nxt.text[:1].isupper() and nxt.is_alpha:
            end = i + 2
            while end < len(doc) and not covered[end] and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            out.append(Mention(i, end, "person", name=doc[i + 1 : end].text, form="surname"))
    return out


NAME_LABELS = {"", "PERSON", "ORG", "GPE"}


def _known_surnames(doc: Doc, covered: list[bool], res: Resources) -> list[Mention]:
    """A capitalised proper noun that is the surname of a dictionary person
    ("Trump and Putin agreed"), whatever spaCy's label; coref decides who."""
    out = []
    for token in doc:
        if covered[token.i] or token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ not in \
                NAME_LABELS or token.text.isupper() or token.lower_ not in res.index.surnames:
            continue
        if not any(res.dictionary.entries[i].layer > 0 for i in res.index.surnames[token.lower_]
                   if i in res.dictionary.entries):
            continue  # legacy-only surnames need spaCy to call the word a PERSON first
        out.append(Mention(token.i, token.i + 1, "person", name=token.text, form="surname"))
    return out


