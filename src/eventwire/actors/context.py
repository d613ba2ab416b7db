"""Context country: which state a bare role word ("officials", "the regime") belongs to.

A role word written without its country ("troops", "the government",
"Sen. Joe Lieberman") takes one from its surroundings, flagged
``country_from_context``. That guess is the main source of wrong countries,
so the sources are ranked and several are refused (see ``context_countries``).
This module holds the ranked cascade itself; the predicates that say which
mentions may not lend their country are in ``context_guards.py``, the
article-level readings (the article's own state, its dateline) in
``story_state.py``, the refusals that read how the parse links two
mentions in ``refusals.py``, the words whose country only their own
phrase may give (weapons both sides field, delegations) in
``weapons_delegations.py``, a company's bare spokesman in
``company_speakers.py``, and the sector-only code of a word whose country
none of these sources gives in ``bare_sectors.py``. Victims whose country from
context is the state the story is set in are flagged ``story_country`` here,
for the events stage, which keeps only that guess for the victims of an attack.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from eventwire.actors.alternatives import UNDECIDED
from eventwire.actors.bare_sectors import NO_COUNTRY_FOUND, _office_title
from eventwire.actors.companies import known_company, lends_no_country
from eventwire.actors.company_speakers import _company_speaker
from eventwire.actors.context_guards import (
    _acted_upon_through_infinitive,
    _actor_of_another_clause,
    _another_persons,
    _base_of_a_body,
    _counterpart,
    _diplomatic,
    _ethnic_modifier,
    _homeland_of_refugees,
    _neighbour_across_a_border,
    _news_outlet,
    _second_hand,
    _shared_default,
    _shared_nationality,
    _state_in_what_one_reports,
    _venue,
    _visitor,
    _war_abroad,
    state_word,
)
from eventwire.actors.match import GENERIC_BODIES
from eventwire.actors.mention import Mention, Resources
from eventwire.actors.named_again import (
    alliance_named_before,
    armed_group_named_again,
    coalition_aircraft,
    led_coalition,
    named_before,
)
from eventwire.actors.own_reports import reported_own_force
from eventwire.actors.refusals import (
    PLACE_LABELS,
    STATE_SECTORS,
    SUBJECT_DEPS,
    VICTIM_SECTORS,
    _backer,
    _coordinated_modifier,
    _destination,
    _harmer,
    _inquiry_subject,
    _phrase_tokens,
    _refused_source,
    _sponsor_of_another,
    _unknown_place_of_harm,
    foreign_speaker,
    foreign_to_a_held_place,
)
from eventwire.actors.story_state import (
    _article_state,
    _dateline_service,
    _definite_institution,
    _foreign_outlets,
    _government_forces,
    _story_regime,
    foreign_dateline,
)
from eventwire.actors.unmarked_possessives import unmarked_owner
from eventwire.actors.weapons_delegations import (
    VISITING_BODIES,
    _head_word,
    _sender,
    _sender_country,
    _shared_weapon,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: "the leaders agreed": several parties, no one country.
VAGUE_PLURALS = {"leaders", "countries", "nations", "world leaders", "powers", "sides", "parties"}
#: Sectors whose bare mentions usually continue an earlier country ("Syrian troops ... the troops").
POLITICAL_SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "SPY", "INS"}
#: How often a state must be named to be the story's own for a titled office holder nothing else places.
STORY_STATE_MENTIONS = 2
#: Abbreviated titles of American news usage ("Sen. Joe Lieberman (I-Conn.)", "Rep. X"):
#: with no country written beside them they are US legislators.
TITLE_HOME = {"sen.": "USA", "sens.": "USA", "rep.": "USA", "reps.": "USA"}


def context_countries(mentions: list[Mention], doc: Doc, res: Resources) -> None:
    """Bare role words, in order of trust: (1) a country inside the phrase the
    word heads ("workers at a mine in Peru"); (2) the home of an abbreviated
    title ("Sen."); (2a) for a bare armed-forces speaker, the forces its report names as the doer
    ("Israeli jets struck Gaza, the military said", ``own_reports``); (2b) for an armed or outlaw group
    named again, the country
    an earlier mention had written beside it ("Somali pirates ... the
    pirates"), and for a named alliance named again the one written before
    with its sector ("the Syrian Coalition, an opposition group ... the
    Coalition"); (3) the nearest country in the sentence, refusing diplomatic
    posts, news outlets of another country than the article's own (and their
    reporters), groups coded by (2b), speakers of a report and what the actor
    acts upon; but rebels, insurgents and gunmen first take the place their
    act names (``_place_of_act``), or when no mention codes that place the state the story is set in
    (``_ground_of_the_story``), else no country;
    (4) for state and armed sectors, the two sentences before
    ("Syrian troops ... the troops"), refusing also the venue of a gathering
    ("peace talks in Geneva");
    (5) for a definite institution ("the government", "government forces") the article's most mentioned
    country, and for a person titled with a present state office ("Judge Amy Jones", "Minister X") that
    nothing above placed, the article's state if one is named more than any other and twice: a writer names the state
    of a foreign office holder ("Iranian Foreign Minister X") and leaves the story's own unsaid; for rebels,
    insurgents and gunmen, the state the story is set in (``_ground_of_the_story``), and for the police that
    state too (``_story_setting``: a state's police work only at home); else it
    stays uncoded (agents are then dropped). A bare "the regime" skips (3) and (4): it is
    the story's state (tied: the first named), since the state beside it is the one acting against it. A
    definite "the militant group" after exactly one named armed group is that group, before any step.
    The place forces are deployed to and a state written as the backer of another noun ("Iran-allied
    group") lend no country in (1), (3) or (4). Words marked by an
    ethnic or religious adjective ("Kurdish fighters") or a backer
    ("Russian-backed forces") take only (1): the sentence's states are as
    often their enemies or sponsors as their home. A weapon both sides field ("artillery") skips (3) to (5),
    and a delegation takes only its sender ("from Japan", "of the EU": a body gives its own code) or the same
    word named before with its country: the state beside either is as often the other side or the host."""
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
                _diplomatic(mention) or "office_of_organisation" in mention.flags or UNDECIDED in mention.flags:
            continue  # refugees are rarely of the country the sentence names (it hosts them)
        if _company_speaker(mentions, index, doc, starts):
            continue  # "Honda ..., but the spokesman declined": the company's, no state's (or its code)
        if (group := armed_group_named_again(mentions, index, doc)) is not None:
            mention.code, mention.country, mention.sector = group.code, group.country, None
            mention.entity_id = group.entity_id
            mention.flags.append("named_group_again")
            continue  # "an Islamic State target ... the militant group that seized X": Islamic State
        if (owner := unmarked_owner(mention, mentions, doc, res)) is not None:  # "Assads forces"
            mention.country, mention.code = owner, owner + (mention.sector or "")
            mention.flags.append("country_from_owner")
            continue
        visiting = _head_word(mention, doc) in VISITING_BODIES
        if visiting and (sender := _sender(mentions, index, doc)) is not None and sender.kind != "state":
            # "a delegation from the European Union", "of the party": the body that sent it
            mention.code, mention.country = sender.code, sender.country
            mention.flags.append("country_from_context")
            continue
        country = (_sender_country(mentions, index, doc) if visiting else _attached_country(mentions, index, doc)) \
            or TITLE_HOME.get(mention.title or "")
        backed = any(_backer(other, mention, doc) for other in mentions[max(0, index - 2) : index])
        if country is None and not backed and not _ethnic_modifier(mention, doc, res):
            if reporter := reported_own_force(mentions, index, doc):
                country = reporter  # "Israeli jets struck Gaza, the military said": Israel's, not the place struck
            elif owner := _possessive_owner(mentions, index, doc):
                country = owner  # "Russia claimed that its jets …": Russia's jets
                mention.flags.append("country_from_earlier_mention")
            elif earlier := alliance_named_before(mentions, index, doc) or led_coalition(mentions, index, doc, res) \
                    or coalition_aircraft(mentions, index, doc, res):
                country, mention.sector = earlier
                mention.flags.append("country_from_earlier_mention")
            elif country := named_before(mentions, index, doc) or _dateline_service(mentions, index, doc):
                mention.flags.append("country_from_earlier_mention")
            elif (place := _place_of_act(mentions, index, doc)) is not None:
                # "" : a place no mention codes; the sentence's states are not theirs, but a story set in one
                # state sets its unnamed streets and villages there ("terrorists fired a shell on X Street")
                country = place or _ground_of_the_story(mention, mentions, counts, doc)
            elif _shared_weapon(mention, doc) or visiting:
                # "artillery fire killed two people", "met a delegation in Cairo": whose, the text does not say
                country = None
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
    _story_country_victims(mentions, counts, doc)
    for mention in mentions:  # working marks of this step only, not properties of the records
        for mark in ("foreign_outlet", "of_organisation"):
            if mark in mention.flags:
                mention.flags.remove(mark)


#: Flag of victims (``VICTIM_SECTORS``) whose country from context is the state the story is set in.
STORY_COUNTRY = "story_country"
#: Prepositions that place what happens in a state: "fighting [in] Syria", "air strikes [across] the country".
SETTING_PREPS = {"in", "at", "near", "around", "across", "throughout", "inside", "outside", "within"}


def _story_country_victims(mentions: list[Mention], counts: Counter, doc: Doc) -> None:
    """Civilians, pupils or medical staff given by context the country the story is set in are flagged
    ``STORY_COUNTRY``: the events stage keeps that country for the victims of an attack (SYRCVL), where it
    drops other guesses from context (``events.nominal.own_country``). CAMEO codes victims by where they live,
    and people hurt in a story about one state's towns are that state's, whoever struck them.

    The story is set in its most named state (``_article_state``) only if that state is also where it places
    things most often: its towns and regions (not a body's base, "a Britain-based monitor") and the state
    itself written as a place ("in eastern Syria"). A state named most because it is the foreign power that
    strikes ("US air strikes on the ISIL stronghold ... Washington said") is where the strikes come from, not
    where their victims live: the story places its events in the struck country ("the war against ISIL in
    Syria"), not in its own."""
    home = _story_setting(mentions, counts, doc)
    if home is None:
        return
    for mention in mentions:
        if mention.country == home and "country_from_context" in mention.flags and \
                (mention.sector or "")[:3] in VICTIM_SECTORS:
            mention.flags.append(STORY_COUNTRY)


def _story_setting(mentions: list[Mention], counts: Counter, doc: Doc) -> str | None:
    """The state a story is set in: its most named state (``_article_state``), if that is also where it places
    things most often (``_setting``); else None. A state named most as the one that strikes abroad is not it."""
    home = _article_state(counts) if counts else None
    if home is None:
        return None
    places = Counter(m.country for m in mentions if m.country and _setting(m, doc))
    return home if places[home] and places[home] >= max(places.values()) else None


def _ground_of_the_story(mention: Mention, mentions: list[Mention], counts: Counter, doc: Doc) -> str | None:
    """The state a story is set in (``_story_setting``), for armed men who act in it: unnamed gunmen in a report
    from the ground are local ("terrorists fired rocket shells on two districts" in a report from Aleppo). Not
    for those who act upon that state itself ("the terrorists who threaten [Britain]", "might try to target
    [the UK]"): a threat to a state comes from anywhere, and its terrorists stay of no country."""
    home = _story_setting(mentions, counts, doc)
    if home is None or not doc.has_annotation("DEP"):
        return home
    own = doc[mention.start : mention.end].root
    if own.dep_ not in ("nsubj", "nsubjpass") and own.head.dep_ != "relcl":
        return home
    verb = own.head
    for other in mentions:
        if other.country == home and state_word(other):
            token = doc[other.start : other.end].root
            if token.dep_ in ("dobj", "pobj") and verb in token.ancestors:
                return None
    return home


def _setting(mention: Mention, doc: Doc) -> bool:
    """A place the story tells things in: a town or region, or a state or capital after "in", "across" ... (not
    "Syrian", nor "Washington said", which name a state's people or its government)."""
    if mention.kind == "place":
        return not _base_of_a_body(mention)
    if mention.kind != "state" or not doc.has_annotation("DEP"):
        return False
    root = doc[mention.start : mention.end].root
    return root.dep_ == "pobj" and root.head.lower_ in SETTING_PREPS and not _base_of_a_body(mention)


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
#: Sectors of forces that act only inside their own state: the police of a story set in one state are its own.
LOCAL_FORCES = {"COP"}
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
    places = [m for m in mentions if m.start in tokens and m.kind in ("place", "state") and not _base_of_a_body(m)]
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
    if _story_regime(mention, doc):  # the story's state (tied: the first named), never a neighbour in the sentence
        return (_article_state(counts) or counts.most_common(1)[0][0]) if counts else None
    position = max(0, bisect_right(starts, mention.start) - 1)
    reach = 2 if (mention.sector or "")[:3] in POLITICAL_SECTORS else 0
    window_start = starts[max(0, position - reach)]
    sentence = sentences[position]
    home = _article_state(counts) if counts else None
    country = _nearest_in_sentence(mentions, index, sentence.start, sentence.end, doc, home)
    institution = country is None and bool(counts) and _definite_institution(mention, doc)
    if institution:
        country = _article_state(counts)  # "the government": the article's state, not the last one named
    elif country is None and _government_forces(mention, doc):  # the story's state, by the places it names
        country = _article_state(Counter(m.country for m in mentions if m.country and m.kind != "agent"
                                         and not _news_outlet(m) and not known_company(m)
                                         and not _base_of_a_body(m) and not _venue(m, doc)))
    if country is None and _unknown_place_of_harm(mention, mentions, doc):
        return None  # "a coalition strike killed 14 people in … Raqqa" (a place no mention codes)
    if country is None and any(_striking_state(m, doc) and _harmer(mention, m, doc) for m in mentions
                               if m is not mention and m.country):
        return None  # "Washington killed 31 civilians": not the striker's people, nor an earlier one's
    armed = (mention.sector or "")[:3] in ("REB", "OPP")  # a government's foes: a foreign state is seldom theirs
    if country is None:  # "Syrian troops ... The troops": earlier sentences
        country = next((m.country for m in reversed(mentions[:index]) if m.country and m.start >= window_start
                        and not _diplomatic(m) and not _news_outlet(m) and not _second_hand(m)
                        and not _base_of_a_body(m) and not _venue(m, doc) and not lends_no_country(m, mention)
                        and not _counterpart(mention, m, mentions, doc) and not _destination(mention, m, doc)
                        and not _sponsor_of_another(m, mention, doc)
                        # for rebels, a foreign state of their own sentence refused in (3) stays refused
                        # ("Russia stressed that rebels ..." in a Syrian story; "Syria says rebels ..." keeps SYR)
                        and not (armed and m.start >= sentence.start and m.country != home
                                 and _refused_source(mention, m, doc))
                        # ... and a foreign power an earlier sentence names ("a siege ... accused by
                        # [Washington]. Opposition fighters unleashed ...") is not their home either
                        and not (armed and home and m.start < sentence.start and m.country != home
                                 and state_word(m))
                        and not (m.start >= sentence.start and foreign_to_a_held_place(mention, m, doc, home))
                        and not (m.start >= sentence.start and (_actor_of_another_clause(mention, m, doc)
                                                                or _state_in_what_one_reports(mention, m, doc, home)))
                        and not _war_abroad(m, doc, home) and not _neighbour_across_a_border(m, doc)
                        and not _homeland_of_refugees(mention, m, doc)
                        and not _coordinated_modifier(mention, doc[m.start : m.end].root, doc)),
                       None)
    if country is None and institution:  # two states named equally often: the first of them
        country = counts.most_common(1)[0][0]
    if country is None and counts and mention.kind == "person" and _office_title(mention, doc):
        # "Judge Amy Jones sentenced him" in a story of US courts: USAJUD. A state named once is no story's
        # setting ("talks between President X and Prime Minister Y of Peru": Y's, not X's)
        story = _article_state(counts)
        country = story if story and counts[story] >= STORY_STATE_MENTIONS else None
    if country is None and (mention.sector or "")[:3] in LOCAL_ARMED_SECTORS:
        # "terrorists fired a shell on al-Nour Street" in a story set in Syria: they fight where they live
        country = _ground_of_the_story(mention, mentions, counts, doc)
    if country is None and (mention.sector or "")[:3] in LOCAL_FORCES:
        # "Police have opened a criminal case" in a story set in Russia: a state's police work only at home
        country = _story_setting(mentions, counts, doc)
    return country


def _striking_state(harmer: Mention, doc: Doc) -> bool:
    """A state named as the one who struck ("Washington killed 31 civilians", "Russian air strikes killed 14
    people"): a state itself acts on others, so its victims are not its own people even where no other country
    is named. Its forces or police named by sector ("government forces killed protesters") may be fighting at
    home, so they still lend theirs when no other country is named; and a state word that only says where a
    place is ("attacks [Syrian] Deir ez-Zor, killing three") names the victims' home, not the striker."""
    if not state_word(harmer):
        return False
    token = doc[harmer.start : harmer.end].root
    while token.head.i != token.i and token.head.pos_ not in ("VERB", "AUX"):
        token = token.head
        if token.ent_type_ in ("GPE", "LOC", "FAC") or token.pos_ == "PROPN":
            return False  # a name the state word modifies is a place (or person) of that state
    return True


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
              and not _inquiry_subject(doc[mention.start : mention.end].root, doc[m.start : m.end].root)
              and not _destination(mention, m, doc) and not _sponsor_of_another(m, mention, doc)
              and not _coordinated_modifier(mention, doc[m.start : m.end].root, doc) and not _base_of_a_body(m)
              and not _struck_place(doc[m.start : m.end].root, anchor)]
    if not inside:
        return None
    return min(inside, key=lambda m: abs(m.start - mention.start)).country


#: Prepositions that name what an act or a weapon's fire is aimed at: "artillery fire on the town of Douma".
AIMED_AT_PREPS = {"on", "against", "upon"}


def _struck_place(token, anchor) -> bool:
    """``token`` sits in an "on/against" phrase of the role word's own phrase ("[artillery] fire on the town of
    Douma"): the place aimed at, which says nothing of whose the fire is."""
    while token.i != anchor.i and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ in AIMED_AT_PREPS:
            return True
        token = token.head
    return False


def _topic_of_its_own(mention: Mention, other: Mention, doc: Doc) -> bool:
    """ "the counsel's [Russia] probe", "the committee's [Iran] report": a state modifying a noun the role word
    owns is what that thing is about, not whose the role word is."""
    if other.end - other.start != 1:
        return False
    word = doc[other.start]
    return word.dep_ in ("compound", "amod", "nmod") and any(
        c.dep_ == "poss" and mention.start <= c.i < mention.end for c in word.head.children)


def _nearest_in_sentence(mentions: list[Mention], index: int, start: int, end: int, doc: Doc,
                         home: str | None = None) -> str | None:
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
                    or ((skip_harmers or _striking_state(other, doc)) and _harmer(mention, other, doc)) \
                    or _another_persons(mention, other, mentions, doc) or _counterpart(mention, other, mentions, doc) \
                    or _destination(mention, other, doc) or _sponsor_of_another(other, mention, doc) \
                    or _acted_upon_through_infinitive(mention, other, doc) or _topic_of_its_own(mention, other, doc) \
                    or _actor_of_another_clause(mention, other, doc) \
                    or _state_in_what_one_reports(mention, other, doc, home) or _war_abroad(other, doc, home) \
                    or _neighbour_across_a_border(other, doc) or _homeland_of_refugees(mention, other, doc) \
                    or foreign_to_a_held_place(mention, other, doc, home) \
                    or foreign_speaker(mention, other, doc, home) or foreign_dateline(other, doc, home):
                continue
            distance = mention.start - other.end if other.end <= mention.start else other.start - mention.end
            if best_distance is None or distance < best_distance:
                best, best_distance = other.country, distance
        if best is not None:
            return best
    return None
