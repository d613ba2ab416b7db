"""Context country: which state a bare role word ("officials", "the regime") belongs to.

A role word written without its country ("troops", "the government",
"Sen. Joe Lieberman") takes one from its surroundings, flagged
``country_from_context``. That guess is the main source of wrong countries,
so the sources are ranked and several are refused (see ``context_countries``);
the refusals that read how the parse links two mentions are in ``refusals.py``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from eventwire.actors.companies import known_company, lends_no_country
from eventwire.actors.compose import FILLERS, unknown_company
from eventwire.actors.match import GENERIC_BODIES
from eventwire.actors.mention import Mention, Resources
from eventwire.actors.named_again import alliance_named_before, coalition_aircraft, led_coalition, named_before
from eventwire.actors.refusals import (
    GATHERING_NOUNS,
    PLACE_LABELS,
    STATE_SECTORS,
    SUBJECT_DEPS,
    _backer,
    _harmer,
    _inquiry_subject,
    _phrase_tokens,
    _refused_source,
    _unknown_place_of_harm,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: "the leaders agreed": several parties, no one country.
VAGUE_PLURALS = {"leaders", "countries", "nations", "world leaders", "powers", "sides", "parties"}
#: Sectors whose bare mentions usually continue an earlier country ("Syrian troops ... the troops").
POLITICAL_SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "SPY", "INS"}
INSTITUTION_WORDS = {"regime", "government", "authorities", "administration", "junta", "military", "army",
                     "cabinet", "leadership"}
#: Buildings of another state by definition: "an embassy in Kabul" is not Afghan, and
#: "the German embassy" says nothing of who attacked it. (Envoys are people: the sentence's
#: country is as often theirs as their host's, so they keep the usual rules.)
DIPLOMATIC_POSTS = {"embassy", "embassies", "consulate", "consulates", "legation", "legations"}
#: Abbreviated titles of American news usage ("Sen. Joe Lieberman (I-Conn.)", "Rep. X"):
#: with no country written beside them they are US legislators.
TITLE_HOME = {"sen.": "USA", "sens.": "USA", "rep.": "USA", "reps.": "USA"}


def context_countries(mentions: list[Mention], doc: Doc, res: Resources) -> None:
    """Bare role words, in order of trust: (1) a country inside the phrase the
    word heads ("workers at a mine in Peru"); (2) the home of an abbreviated
    title ("Sen."); (2b) for an armed or outlaw group named again, the country
    an earlier mention had written beside it ("Somali pirates ... the
    pirates"), and for a named alliance named again the one written before
    with its sector ("the Syrian Coalition, an opposition group ... the
    Coalition"); (3) the nearest country in the sentence, refusing diplomatic
    posts, news outlets of another country than the article's own (and their
    reporters), groups coded by (2b), speakers of a report and what the actor
    acts upon; but rebels, insurgents and gunmen first take the place their
    act names (``_place_of_act``), or no country when no mention codes it;
    (4) for state and armed sectors, the two sentences before
    ("Syrian troops ... the troops"), refusing also the venue of a gathering
    ("peace talks in Geneva");
    (5) for a definite institution ("the regime", "government forces") the article's most mentioned
    country; else it stays uncoded (agents are then dropped). Words marked by an
    ethnic or religious adjective ("Kurdish fighters") or a backer
    ("Russian-backed forces") take only (1): the sentence's states are as
    often their enemies or sponsors as their home."""
    _foreign_outlets(mentions)
    counts = Counter(m.country for m in mentions if m.country and m.kind != "agent" and not _news_outlet(m)
                     and not known_company(m))
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    starts = [s.start for s in sentences]
    _generic_bodies(mentions, doc, sentences, starts)
    for index, mention in enumerate(mentions):
        titled_unknown = mention.kind == "person" and mention.entry is None and mention.sector is not None
        if (mention.kind != "agent" and not titled_unknown) or mention.country or mention.code:
            continue
        if (mention.name or "") in VAGUE_PLURALS or (mention.sector or "").startswith("REF") or \
                _diplomatic(mention) or "office_of_organisation" in mention.flags:
            continue  # refugees are rarely of the country the sentence names (it hosts them)
        if _company_speaker(mentions, index, doc, starts):
            continue  # "Honda ..., but the spokesman declined": the company's, no state's (or its code)
        country = _attached_country(mentions, index, doc) or TITLE_HOME.get(mention.title or "")
        backed = any(_backer(other, mention, doc) for other in mentions[max(0, index - 2) : index])
        if country is None and not backed and not _ethnic_modifier(mention, doc, res):
            if owner := _possessive_owner(mentions, index, doc):
                country = owner  # "Russia claimed that its jets …": Russia's jets
                mention.flags.append("country_from_earlier_mention")
            elif earlier := alliance_named_before(mentions, index, doc) or led_coalition(mentions, index, doc, res) \
                    or coalition_aircraft(mentions, index, doc, res):
                country, mention.sector = earlier
                mention.flags.append("country_from_earlier_mention")
            elif country := named_before(mentions, index, doc) or _dateline_service(mentions, index, doc):
                mention.flags.append("country_from_earlier_mention")
            elif (place := _place_of_act(mentions, index, doc)) is not None:
                country = place or None  # "" : a place no mention codes; the sentence's states are not theirs
            else:
                country = _from_surroundings(mentions, index, doc, sentences, starts, counts)
        shared = _shared_nationality(mention, doc)
        if shared is not None and country not in shared:
            # "the Korean government" beside Sri Lanka is no Sri Lankan government; it is the South's
            country = _shared_default(mention, doc)
        if country:
            mention.country = country
            mention.code = country + (mention.sector or "")
            mention.flags.append("country_from_context")
        elif shared is None and not backed and not _ethnic_modifier(mention, doc, res):
            mention.flags.append(NO_COUNTRY_FOUND)  # may get a bare sector code (``bare_sectors``)
    for mention in mentions:  # working marks of this step only, not properties of the records
        for mark in ("foreign_outlet", "of_organisation"):
            if mark in mention.flags:
                mention.flags.remove(mark)


#: Working mark of ``context_countries``: a role word whose country none of its sources gives.
NO_COUNTRY_FOUND = "no_country_found"
#: The flag of a role word coded by its sector alone ("GOV"), as GDELT codes an actor of unknown country.
SECTOR_ONLY = "sector_without_country"
#: Sectors a role word is coded by alone: the police and unidentified armed men ("gunmen", "terrorists"). On
#: news the other sectors coded alone were wrong more often than right: a party's "leader" or "congress" read
#: as GOV or LEG, a guerrilla army's "troops" as MIL, "judges" asked for, firms in another's act, civilians as
#: bystanders of a misread act.
BARE_SECTORS = frozenset({"COP", "UAF"})


def bare_sectors(mentions: list[Mention]) -> None:
    """Role words whose country nothing gives (not the phrase, the sentence, the sentences before, the
    article's most named state, an earlier mention of the same body, nor the later steps that code people by
    an authority or as private persons) are coded by their sector alone, flagged ``sector_without_country``:
    "The government rejected the plan" in a text that names no state is ``GOV``, as GDELT writes an actor of
    unknown country (an empty country code and a type code). Not for words whose country was refused rather
    than missing (an ethnic or religious adjective, a backer, a shared nationality adjective such as
    "Korean"), nor for those ``context_countries`` passes over (vague plurals, refugees, embassies, a
    company's spokesman)."""
    for mention in mentions:
        if NO_COUNTRY_FOUND not in mention.flags:
            continue
        mention.flags.remove(NO_COUNTRY_FOUND)
        if mention.code or mention.country or mention.kind != "agent" or mention.sector not in BARE_SECTORS:
            continue
        mention.code = mention.sector
        mention.flags.append(SECTOR_ONLY)


def _possessive_owner(mentions: list[Mention], index: int, doc: Doc) -> str | None:
    """"Russia claimed that its jets had struck …": a role word owned by "its" belongs to the subject of the
    nearest verb above it whose subject is a coded state or state organ (not a place, outlet or company):
    the one the pronoun stands for, not the sentence's nearest country ("… rebel camps in Syria")."""
    mention = mentions[index]
    if not doc.has_annotation("DEP"):
        return None
    own = doc[mention.start : mention.end].root
    if not any(child.dep_ == "poss" and child.lower_ == "its" for child in own.children):
        return None
    subjects = {}
    for other in mentions:
        if other is mention or not other.country or _news_outlet(other) or _diplomatic(other):
            continue
        if other.kind == "state" or (other.sector or "")[:3] in STATE_SECTORS:
            subjects[doc[other.start : other.end].root.i] = other.country
    sentence_start = own.sent.start
    nearest = max((m for m in mentions if m is not mention and m.country and sentence_start <= m.start
                   and m.end <= mention.start), key=lambda m: m.start, default=None)
    for verb in own.ancestors:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i != own.i and child.i < own.i:
                # the nearest subject decides, coded or not; and only if no other country is written between
                # ("the Russian government and its spy agency", the subject being someone else)
                if nearest is None or doc[nearest.start : nearest.end].root.i != child.i:
                    return None
                return subjects.get(child.i)
    return None


def _visitor(other: Mention, doc: Doc) -> bool:
    """"visiting West German President Richard von Weizsaecker": a visitor's country is not the hosts' (the
    minister and the congress the visitor meets), so it is lent to no other role word of the sentence."""
    if other.kind in ("state", "place"):
        return False  # "when visiting the UK": the place visited
    before = [t.lower_ for t in doc[max(0, other.start - 3) : other.start]]
    return "visiting" in before or "visiting" in {t.lower_ for t in doc[other.start : other.end]}


#: A service's proper name written bare and capitalised mid-sentence: "four Army generals".
SERVICE_NAMES = {"Army", "Navy", "Marines", "Marine", "Air"}


def _dateline_service(mentions: list[Mention], index: int, doc: Doc) -> str | None:
    """"WASHINGTON - The Abu Ghraib prisoner abuse scandal could end the careers of four Army generals": a
    capitalised bare service name ("Army", "Navy", "Air Force") is the army of the article's dateline
    capital (a paper writes its own country's "Army" bare), not of a city the sentence names for an event.
    Only for a dateline in capitals at the article's start ("WASHINGTON -", "PARIS (Reuters) -")."""
    mention = mentions[index]
    words = [t for t in doc[mention.start : mention.end] if t.dep_ != "det" and not t.like_num]
    if not words or words[0].text not in SERVICE_NAMES or words[0].is_sent_start or (mention.sector or "") != "MIL":
        return None
    first = mentions[0] if mentions else None
    if first is None or first is mention or "capital" not in first.flags or first.start > 1 or not first.country:
        return None
    name = doc[first.start : first.end]
    if not name.text.isupper() or first.end >= len(doc) or doc[first.end].text not in ("-", "(", ",", "\u2014", "--"):
        return None
    return first.country


#: Bare words for one who speaks for a body: whose body is the nearest one named before.
SPEAKER_WORDS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}


def _company_speaker(mentions: list[Mention], index: int, doc: Doc, starts: list[int]) -> bool:
    """A bare spokesman whose nearest body named before (in its sentence or the one before) is a company
    speaks for the company: "Honda is considering U.S. firms as suppliers, but the spokesman declined" is
    no government's. A company with a code (``JPNBUS``) lends it; an unknown one leaves the speaker
    uncoded. True when the speaker was settled so."""
    mention = mentions[index]
    words = (mention.name or "").split()
    if mention.sector != "GOV" or not words or words[-1] not in SPEAKER_WORDS or mention.modifier:
        return False
    position = max(0, bisect_right(starts, mention.start) - 1)
    window_start = starts[max(0, position - 1)]
    body = next((m for m in reversed(mentions[:index]) if m.start >= window_start and m.kind != "place"
                 and "city" not in m.flags), None)
    if body is None or not (unknown_company(doc, body) or (body.code or "").endswith("BUS")
                            or body.sector == "BUS"):
        return False
    if body.kind == "organisation" and (body.code or "").endswith("BUS"):
        mention.code, mention.country, mention.sector = body.code, body.country, "BUS"
        mention.flags.append("country_from_context")
    return True


def _generic_bodies(mentions: list[Mention], doc: Doc, sentences: list, starts: list[int]) -> None:
    """"the Senate" is filed under the U.S. Senate; in an article that never
    names the USA but names Nigeria in the same sentence it is Nigeria's."""
    for index, mention in enumerate(mentions):
        words = [t.lower_ for t in doc[mention.start : mention.end] if t.lower_ != "the"]
        if mention.entry is None or len(words) != 1 or words[0] not in GENERIC_BODIES or not mention.country:
            continue
        if any(m.country == mention.country for m in mentions if m is not mention):
            continue
        sentence = sentences[max(0, bisect_right(starts, mention.start) - 1)]
        country = _nearest_in_sentence(mentions, index, sentence.start, sentence.end, doc)
        if country and country != mention.country:
            mention.code = country + (mention.code or "")[3:]
            mention.country = country
            mention.entity_id = f"agent:{mention.code}"  # no longer the U.S. Senate's id
            mention.flags.append("country_from_context")


#: Sectors of irregular armed groups: they fight where they live, so the place of their act tells their country.
LOCAL_ARMED_SECTORS = {"REB", "INS", "UAF"}
#: Prepositions that say where an act happens or whose people and places it befalls.
ACT_PLACE_PREPS = {"of", "in", "at", "near", "around", "outside", "inside"}
RELATIVE_WORDS = {"who", "that", "which", "whom"}


def _place_of_act(mentions: list[Mention], index: int, doc: Doc) -> str | None:
    """Rebels, insurgents and gunmen who act upon a place or its people ("the residents of two towns who
    were besieged by rebels", "rebels shelled villages near Aleppo") are that place's: its country if a
    mention codes it, else "" (a named place of unknown country), not a state of another clause ("Iran
    raised concerns for the residents ..."). None when the act names no place."""
    mention = mentions[index]
    if (mention.sector or "")[:3] not in LOCAL_ARMED_SECTORS or not doc.has_annotation("DEP"):
        return None
    own = doc[mention.start : mention.end].root
    if own.dep_ == "nsubj":
        verb = own.head
    elif own.dep_ == "pobj" and own.head.dep_ == "agent":
        verb = own.head.head
    else:
        return None
    clause = verb
    while clause.dep_ == "conj":  # "residents ... who are Shiites and [were besieged] by rebels"
        clause = clause.head
    upon = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if clause.dep_ == "relcl" and ((clause is not verb and not upon)
                                   or any(t.lower_ in RELATIVE_WORDS for t in upon)):
        upon = [t for t in upon if t.lower_ not in RELATIVE_WORDS] + [clause.head]
    # where the act happens ("shelled villages [near Aleppo]"), then whose people or places it befalls ("the
    # residents [of two towns]", leaving out the relative clause the rebels sit in)
    tokens = {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ in ACT_PLACE_PREPS - {"of"}
              for t in p.subtree}
    clause_tokens = {t.i for t in clause.subtree} if clause.dep_ == "relcl" else set()
    tokens |= {t.i for u in upon for p in u.children if p.dep_ == "prep" and p.lower_ in ACT_PLACE_PREPS
               for t in p.subtree} - clause_tokens
    tokens -= set(range(own.left_edge.i, own.right_edge.i + 1))
    places = [m for m in mentions if m.start in tokens and m.kind in ("place", "state")]
    coded = [m for m in places if m.country]
    if coded:
        return min(coded, key=lambda m: abs(m.start - mention.start)).country
    if places or any(doc[i].ent_type_ in PLACE_LABELS for i in tokens):
        return ""
    return None


def _from_surroundings(mentions: list[Mention], index: int, doc: Doc, sentences: list, starts: list[int],
                       counts: Counter) -> str | None:
    """Steps (3) to (5) of ``context_countries``."""
    mention = mentions[index]
    position = max(0, bisect_right(starts, mention.start) - 1)
    reach = 2 if (mention.sector or "")[:3] in POLITICAL_SECTORS else 0
    window_start = starts[max(0, position - reach)]
    sentence = sentences[position]
    country = _nearest_in_sentence(mentions, index, sentence.start, sentence.end, doc)
    institution = country is None and bool(counts) and _definite_institution(mention, doc)
    if institution:
        country = _article_state(counts)  # "the government": the article's state, not the last one named
    elif country is None and _government_forces(mention, doc):  # the story's state, by the places it names
        country = _article_state(Counter(m.country for m in mentions if m.country and m.kind != "agent"
                                         and not _news_outlet(m) and not known_company(m)
                                         and not _base_of_a_body(m) and not _venue(m, doc)))
    if country is None and _unknown_place_of_harm(mention, mentions, doc):
        return None  # "a coalition strike killed 14 people in … Raqqa" (a place no mention codes)
    if country is None:  # "Syrian troops ... The troops": earlier sentences
        country = next((m.country for m in reversed(mentions[:index]) if m.country and m.start >= window_start
                        and not _diplomatic(m) and not _news_outlet(m) and not _second_hand(m)
                        and not _base_of_a_body(m) and not _venue(m, doc) and not lends_no_country(m, mention)
                        and not _counterpart(mention, m, mentions, doc)),
                       None)
    if country is None and institution:  # two states named equally often: the first of them
        country = counts.most_common(1)[0][0]
    return country


#: Nationality adjectives two states share (the dictionary files them under neither): the
#: role word they modify belongs to one of these states or stays uncoded.
SHARED_NATIONALITIES = {"korean": {"KOR", "PRK"}, "congolese": {"COD", "COG"},
                        "guinean": {"GIN", "GNB", "GNQ"}}


def _shared_nationality(mention: Mention, doc: Doc) -> set[str] | None:
    """The states a shared nationality adjective before the role word may mean, or None."""
    j = mention.start - 1
    while j >= 0 and doc[j].lower_ in FILLERS:
        j -= 1
    return SHARED_NATIONALITIES.get(doc[j].lower_) if j >= 0 else None


#: The state a shared adjective names when nothing else decides: English writes the
#: North's officials "North Korean" and the Republic of Korea's plain "Korean".
SHARED_DEFAULTS = {"korean": "KOR"}


def _shared_default(mention: Mention, doc: Doc) -> str | None:
    """The default state of a shared adjective written alone before the role word, or None."""
    j = mention.start - 1
    while j >= 0 and doc[j].lower_ in FILLERS:
        j -= 1
    if j < 0 or (j > 0 and doc[j - 1].lower_ in ("north", "south")):
        return None
    return SHARED_DEFAULTS.get(doc[j].lower_)


def _diplomatic(mention: Mention) -> bool:
    words = (mention.title or mention.name or "").lower().split()
    return bool(words) and (words[-1] in DIPLOMATIC_POSTS or " ".join(words[-2:]) in DIPLOMATIC_POSTS)


def _second_hand(mention: Mention) -> bool:
    """A group's country taken from an earlier mention of it ("Somali pirates ... the pirates") says who the
    group is, not where the sentence is: "The navy said the pirates surrendered" keeps the navy its own."""
    return "country_from_earlier_mention" in mention.flags


def _foreign_outlets(mentions: list[Mention]) -> None:
    """Flag the named news outlets ("she told Reuters", "AP reported") whose home is not the article's own
    country: such an outlet is where the story was told, not where it happened, so a wire agency's home gives
    no one a country. An outlet of the country the article is mostly about ("told the BBC" in a story on
    British ministers, Tass on Soviet elections) is as good a witness as any other mention of it. The
    article's own country is the one written most often outside outlets (places, people, states, role
    words with their country written), before any country is guessed from context; an article that names
    no country besides its outlets, or two as often, has none. (A state's own media, "Syrian state TV", is
    an agent word with its country written beside it, and stays usable.)"""
    outlets = [m for m in mentions if (m.kind == "organisation" or "of_organisation" in m.flags)
               and (m.code or "").endswith("MED") and m.country]  # "the AFP correspondent" is the outlet's
    if not outlets:
        return
    outlet_ids = {id(m) for m in outlets}
    written = Counter(m.country for m in mentions if m.country and id(m) not in outlet_ids
                      and "country_from_context" not in m.flags)
    ranked = written.most_common(2)
    own = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    for outlet in outlets:
        if outlet.country != own and "foreign_outlet" not in outlet.flags:
            outlet.flags.append("foreign_outlet")


def _news_outlet(mention: Mention) -> bool:
    """A named news outlet of another country than the article's own (``_foreign_outlets``)."""
    return "foreign_outlet" in mention.flags


def _ethnic_modifier(mention: Mention, doc: Doc, res: Resources) -> bool:
    """"Kurdish fighters", "Shiite militias": a capitalised people's adjective
    that is no state's right before a role word for people (not an institution:
    "the Gujarat government" is India's, as the sentence says)."""
    if mention.start == 0 or (mention.sector or "")[:3] in INSTITUTION_SECTORS:
        return False
    before = doc[mention.start - 1]
    if not before.text[:1].isupper() or not before.is_alpha or before.i == before.sent.start or \
            before.lower_ in res.index.adjectives or before.lower_ in FILLERS:
        return False
    return before.ent_type_ == "NORP" or before.pos_ == "ADJ"


#: Sectors of bodies a region or city may own: their sentence's state is theirs.
INSTITUTION_SECTORS = {"GOV", "LEG", "JUD", "COP", "BUS", "EDU", "MED", "HLH"}


def _attached_country(mentions: list[Mention], index: int, doc: Doc) -> str | None:
    """Country of a mention inside the phrase the role word heads ("a military
    camp of forces ... in southern Libya" -> Libya, though "Chadian" is closer); not one inside what an
    inquiry is into ("the [police] investigation into the Nigerian army" is no Nigerian police's)."""
    mention = mentions[index]
    if not doc.has_annotation("DEP"):
        return None
    anchor = doc[mention.start : mention.end].root
    if anchor.dep_ in ("amod", "compound", "nmod") and anchor.head.i >= mention.end:
        anchor = anchor.head  # "military" in "military camp": the phrase is the camp's
    phrase = _phrase_tokens(anchor)
    inside = [m for m in mentions if m is not mention and m.country and m.start in phrase
              and not (mention.start <= m.start < mention.end) and not _diplomatic(m) and not _backer(m, mention, doc)
              and not _another_persons(mention, m, mentions, doc) and not _counterpart(mention, m, mentions, doc)
              and not _inquiry_subject(doc[mention.start : mention.end].root, doc[m.start : m.end].root)]
    if not inside:
        return None
    return min(inside, key=lambda m: abs(m.start - mention.start)).country


def _nearest_in_sentence(mentions: list[Mention], index: int, start: int, end: int, doc: Doc) -> str | None:
    """Country of the nearest usable mention in the sentence, before or after it
    ("attacked a military base in Lamu county in Kenya" -> Kenya, not the
    subject's Somalia; "The Prime Minister said Ethiopian government" -> ETH)."""
    mention = mentions[index]
    for skip_harmers in (True, False):  # the harmer's country only where no other one is named
        if not skip_harmers and _unknown_place_of_harm(mention, mentions, doc):
            return None  # "killed 14 people in … Raqqa" (a place no mention codes): not the striker's people
        best, best_distance = None, None
        for other in mentions:
            if other is mention or not other.country or not (start <= other.start < end) or _diplomatic(other) \
                    or _news_outlet(other) or _second_hand(other) or _refused_source(mention, other, doc) \
                    or _base_of_a_body(other) or _visitor(other, doc) or lends_no_country(other, mention) \
                    or (skip_harmers and _harmer(mention, other, doc)) \
                    or _another_persons(mention, other, mentions, doc) or _counterpart(mention, other, mentions, doc):
                continue
            distance = mention.start - other.end if other.end <= mention.start else other.start - mention.end
            if best_distance is None or distance < best_distance:
                best, best_distance = other.country, distance
        if best is not None:
            return best
    return None


def _another_persons(mention: Mention, other: Mention, mentions: list[Mention], doc: Doc) -> bool:
    """"between President Ames and Prime Minister Dubois of Canada": a country in the "of"/"from" phrase of a
    person coordinated with a titled person ("of Canada", hung on Dubois), or of the person a titled subject's
    verb acts upon ("President Ames met Prime Minister Dubois of Canada"), is that other person's, and says
    nothing of the first one's."""
    if mention.kind != "person" or not doc.has_annotation("DEP"):
        return False
    own = doc[mention.start : mention.end].root
    conjuncts = [t for t in own.children if t.dep_ == "conj"]
    if own.dep_ == "conj":
        conjuncts += [own.head, *(t for t in own.head.children if t.dep_ == "conj" and t.i != own.i)]
    if own.dep_ in ("nsubj", "nsubjpass"):  # "President Ames met [Prime Minister Dubois] of Canada": whom he met
        conjuncts += [t for t in own.head.children if t.dep_ in ("dobj", "dative")]
    where = doc[other.start : other.end].root.i
    for conjunct in conjuncts:
        person = next((m for m in mentions if m is not mention and m is not other and m.kind == "person"
                       and m.start <= conjunct.i < m.end), None)
        if person is None:
            continue
        phrase = {t.i for child in conjunct.children if child.dep_ == "prep" and child.lower_ in ("of", "from")
                  for t in child.subtree}  # its own "of Canada", not an apposition ("X, a Senator from Colorado")
        if where in phrase - set(range(person.start, person.end)):
            return True
    return False


def _venue(other: Mention, doc: Doc) -> bool:
    """"peace talks in Geneva": where a gathering is held, which gives a role word of a later sentence no
    country (the talks' parties come from elsewhere)."""
    if not doc.has_annotation("DEP"):
        return False
    root = doc[other.start : other.end].root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and root.head.head.lower_ in GATHERING_NOUNS


def _dateline_country(mentions: list[Mention], doc: Doc) -> str | None:
    """The country of a capitals dateline at the article's start ("WASHINGTON (AP) —", "PARIS -"), or None."""
    first = mentions[0] if mentions else None
    if first is None or "capital" not in first.flags or first.start > 1 or not first.country:
        return None
    if not doc[first.start : first.end].text.isupper() or first.end >= len(doc) or \
            doc[first.end].text not in ("-", "(", ",", "\u2014", "--"):
        return None
    return first.country


#: Nouns of a journey: the place it goes to is where one went, not whose one is.
VISIT_NOUNS = {"visit", "visits", "trip", "trips", "journey", "journeys", "tour", "voyage"}


def _counterpart(mention: Mention, other: Mention, mentions: list[Mention], doc: Doc) -> bool:
    """Under a capitals dateline of another country ("WASHINGTON (AP) —"), the other party of a meeting or
    the end of a journey lends a role word no country: "days before the planned summit with Putin" (the
    summit's other side), "a meeting between campaign officials and Russians" (two sides of "between"),
    "during a 2013 visit to Moscow" (where one went). Without such a dateline the host is as often the role
    word's country ("during his visit to Colombia, Defense Minister Jorge Uribe said"), so nothing is refused."""
    home = _dateline_country(mentions, doc)
    if home is None or home == other.country or not doc.has_annotation("DEP"):
        return False
    own, root = doc[mention.start : mention.end].root, doc[other.start : other.end].root
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "with Putin and Xi": the first conjunct carries the preposition
    if head.dep_ != "pobj":
        return False
    prep, noun = head.head, head.head.head
    if own.i in {t.i for t in head.subtree}:
        if prep.lower_ != "between":
            return False  # "talks with officials in Moscow": the phrase's own country
        sides = [head, *(t for t in head.subtree if t.dep_ == "conj")]
        mine = next((s for s in sides if own.i == s.i or own.i in {t.i for t in s.subtree if t.dep_ != "conj"}),
                    None)
        theirs = next((s for s in sides if root.i == s.i), None)
        return mine is not None and theirs is not None and mine.i != theirs.i
    return (prep.lower_ == "with" and noun.lower_ in GATHERING_NOUNS | {"call", "calls"}) or \
        (prep.lower_ == "to" and noun.lower_ in VISIT_NOUNS)


def _base_of_a_body(other: Mention) -> bool:
    """"a UK-based group": where one body sits, not the country of the sentence's other actors (flagged
    ``based_in`` by ``resolve._where_a_body_is_based``)."""
    return "based_in" in other.flags


def _article_state(counts: Counter) -> str | None:
    """The country named most often, if more often than any other."""
    ranked = counts.most_common(2)
    if not ranked:
        return None
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


#: Armed role words a "government"/"regime" modifier makes a state's own ("government forces", "regime troops").
GOVERNMENT_MODIFIERS = {"government", "regime"}


def _government_forces(mention: Mention, doc: Doc) -> bool:
    """"government forces used chemical weapons": the forces of the government the report is about, like "the
    regime"; a state named a sentence or two before (a "US-led military intervention" threatened once) is
    no better a guide than the article's own state. Not "pro-government forces" (militias)."""
    words = (mention.name or "").lower().split()
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return len(words) >= 2 and words[0] in GOVERNMENT_MODIFIERS and (mention.sector or "")[:3] == "MIL" \
        and before not in ("pro", "-", "anti")


def _definite_institution(mention: Mention, doc: Doc) -> bool:
    words = (mention.name or "").split()
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return bool(words) and words[-1] in INSTITUTION_WORDS and (before == "the" or " of the " in f" {mention.name} ")
