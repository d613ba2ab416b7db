"""Guards of the context country: which mentions may not lend a bare role word their country.

The cascade in ``context.py`` takes a role word's country from the mentions
around it, and most of its wrong countries come from a mention that is near
but says nothing of the role word's home: an embassy, a foreign news outlet,
where a body is based, the venue of talks, a visitor, another person's
"of Canada", the other side of a meeting. Each such refusal is a predicate
here, so the cascade reads as ranked steps and a refusal can be tested and
changed in one place. The role word's own words that refuse or narrow every
context country ("Kurdish fighters", "the Korean government") are here too.
Refusals that read how the parse links the two mentions (a backer, a harmer,
what the doer acts upon) are in ``refusals.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.compose import FILLERS
from eventwire.actors.mention import Mention, Resources
from eventwire.actors.refusals import GATHERING_NOUNS, SPEECH_LEMMAS, SUBJECT_DEPS, VICTIM_SECTORS
from eventwire.actors.story_state import _dateline_country
from eventwire.events.topics import SPEECH_ONLY_VERBS, SPEECH_VERBS
from eventwire.words import HYPHENS, WAR_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Buildings of another state by definition: "an embassy in Kabul" is not Afghan, and
#: "the German embassy" says nothing of who attacked it. (Envoys are people: the sentence's
#: country is as often theirs as their host's, so they keep the usual rules.)
DIPLOMATIC_POSTS = {"embassy", "embassies", "consulate", "consulates", "legation", "legations"}


def _diplomatic(mention: Mention) -> bool:
    words = (mention.title or mention.name or "").lower().split()
    return bool(words) and (words[-1] in DIPLOMATIC_POSTS or " ".join(words[-2:]) in DIPLOMATIC_POSTS)


def _second_hand(mention: Mention) -> bool:
    """A group's country taken from an earlier mention of it ("Somali pirates ... the pirates") says who the
    group is, not where the sentence is: "The navy said the pirates surrendered" keeps the navy its own."""
    return "country_from_earlier_mention" in mention.flags


def _news_outlet(mention: Mention) -> bool:
    """A named news outlet of another country than the article's own (``story_state._foreign_outlets``)."""
    return "foreign_outlet" in mention.flags


def _base_of_a_body(other: Mention) -> bool:
    """"a UK-based group": where one body sits, not the country of the sentence's other actors (flagged
    ``based_in`` by ``resolve._where_a_body_is_based``); nor where a thing was made ("[Russian]-made
    missiles", flagged ``made_in``)."""
    return "based_in" in other.flags or "made_in" in other.flags


def _visitor(other: Mention, doc: Doc) -> bool:
    """"visiting West German President Richard von Weizsaecker": a visitor's country is not the hosts' (the
    minister and the congress the visitor meets), so it is lent to no other role word of the sentence."""
    if other.kind in ("state", "place"):
        return False  # "when visiting the UK": the place visited
    before = [t.lower_ for t in doc[max(0, other.start - 3) : other.start]]
    return "visiting" in before or "visiting" in {t.lower_ for t in doc[other.start : other.end]}


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


#: Sectors of bodies a region or city may own: their sentence's state is theirs.
INSTITUTION_SECTORS = {"GOV", "LEG", "JUD", "COP", "BUS", "EDU", "MED", "HLH"}


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


#: Prepositions whose object, on a verb of the role word's own infinitive, is whom that verb deals with.
DEALT_WITH_PREPS = {"with", "to", "against", "toward", "towards"}


def _acted_upon_through_infinitive(mention: Mention, other: Mention, doc: Doc) -> bool:
    """``other`` is whom the infinitive of the role word's own verb deals with: "President X refused [to meet
    with] the American envoy", "Minister Y agreed to receive the Iranian ambassador". The subject's verb acting
    on the other directly ("Sen. X criticized Kim") is refused in ``refusals``; one step of "to" further the
    other side is still not the subject's home. A place stays usable ("agreed to travel to Paris")."""
    if other.kind == "place" or "capital" in other.flags or not doc.has_annotation("DEP"):
        return False
    own, source = doc[mention.start : mention.end].root, doc[other.start : other.end].root
    if own.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if source.dep_ == "pobj" and source.head.lower_ in DEALT_WITH_PREPS:
        verb = source.head.head
    elif source.dep_ in ("dobj", "dative"):
        verb = source.head
    else:
        return False
    steps = 0
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and steps < 3:
        verb, steps = verb.head, steps + 1
    return steps > 0 and verb.i == own.head.i


def state_word(mention: Mention) -> bool:
    """Does the mention name a state itself, by its name or by its capital ("Russia", "Moscow"): a state that
    acts or is spoken of, not its people or its organs?"""
    return mention.kind == "state" or "capital" in mention.flags


def _actor_of_another_clause(mention: Mention, other: Mention, doc: Doc) -> bool:
    """``other`` is a state named as the subject of the second of two coordinated clauses, after the role
    word's own ("the army attacked the town, and [Moscow] condemned the attack"): a state acting in a
    clause of its own is another actor beside the role word, most often its critic or its other side, not
    its home. A place is never refused ("... and the rebels fled to Aleppo"), nor a state in the role word's
    own clause or in a clause the role word's own is coordinated after ("Israel struck Gaza, and the army
    said ..." keeps the army Israel's)."""
    if not state_word(other) or not doc.has_annotation("DEP"):
        return False
    own, source = doc[mention.start : mention.end].root, doc[other.start : other.end].root
    if source.dep_ not in SUBJECT_DEPS or source.head.pos_ not in ("VERB", "AUX"):
        return False
    verb, above = source.head, {t.i for t in own.ancestors}
    return verb.i not in above and verb.dep_ == "conj" and verb.head.i in above


#: Verbs whose subject reports or judges what its clausal complement says.
REPORTING_VERBS = SPEECH_LEMMAS | SPEECH_VERBS | SPEECH_ONLY_VERBS


def _state_in_what_one_reports(mention: Mention, other: Mention, doc: Doc, home: str | None) -> bool:
    """``mention`` is the subject of a verb of saying and ``other`` a state, or a body or person whose own
    words give its country, of another country than the story's own (``home``) named inside what it says
    ("Opposition forces say [Russia] has failed to ...", "the government thought [Iraq] was a threat", "the
    spokesman said: 'we have offered [the Indonesian government] help'"): who is spoken about is not the
    speaker's home (the
    converse of ``refusals.foreign_speaker``). A state of the story's own is left alone ("the opposition
    says Damascus aims to ...", "Minister X told MPs the UK would ..."): there the speaker is mostly of
    that state, and with no story state known nothing is refused."""
    if home is None or other.country == home or not doc.has_annotation("DEP"):
        return False
    if not state_word(other) and "country_from_context" in other.flags:
        return False  # a body or person spoken about counts only with a country of its own words
    own, source = doc[mention.start : mention.end].root, doc[other.start : other.end].root
    if own.dep_ not in SUBJECT_DEPS or own.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    return any(child.dep_ == "ccomp" and child.left_edge.i <= source.i <= child.right_edge.i
               for child in own.head.children)


#: Prepositions that hang a state on a war noun as the place it is fought: "the wars [in] Afghanistan and Iraq".
WAR_PLACE_PREPS = frozenset({"in", "of", "over"})


def _war_abroad(other: Mention, doc: Doc, home: str | None) -> bool:
    """``other`` is a state of another country than the story's own named only as where a war or crisis is
    ("the legality of the [Iraq] war", "criticised the wars in [Afghanistan] and Iraq", "[Syria's] conflict"):
    it names the war, not anyone's home, so the role words of a story told elsewhere (a minister, an attorney
    general, a party leader at home) do not take it. A war of the story's own state is left alone ("the
    government ... the Syrian war" in a Syrian story), and with no story state known nothing is refused."""
    if home is None or other.country == home or not state_word(other) or not doc.has_annotation("DEP"):
        return False
    token = doc[other.start : other.end].root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("compound", "amod", "poss", "nmod"):
        heads = [token.head]
    elif token.dep_ == "pobj" and token.head.lower_ in WAR_PLACE_PREPS and token.head.i > 0:
        # the parser hangs "in" on the verb as often as on the noun: "criticised the wars / in Iraq"
        heads = [token.head.head, doc[token.head.i - 1]]
    else:
        return False
    return any(head.lemma_.lower() in WAR_NOUNS or head.lower_ in WAR_NOUNS for head in heads)



#: Words of people who fled their state: the state named as theirs is where they came from, not where they are.
REFUGEE_WORDS = frozenset({"refugee", "refugees"})


def _homeland_of_refugees(mention: Mention, other: Mention, doc: Doc) -> bool:
    """``other`` is refugees ("the Yarmouk [Palestinian refugee] camp") or the state they or their camp are
    from ("[Syrian] refugees in Lebanon"): refugees live in another state, so those fighting or ruling around
    them are not of theirs (rebels repelling an assault near a Palestinian camp in Damascus were PSEREB).
    Civilians beside them may well be their compatriots ("protecting civilians and dissuading Syrian refugees
    from coming"), so victims' words still take it."""
    if (mention.sector or "")[:3] in VICTIM_SECTORS:
        return False
    if (other.sector or "").startswith("REF"):
        return True
    if not state_word(other) or not doc.has_annotation("DEP"):
        return False
    token = doc[other.start : other.end].root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = token.head
    return head.lower_ in REFUGEE_WORDS or any(
        c.dep_ == "compound" and c.lower_ in REFUGEE_WORDS for c in head.children)


#: Nouns of a border: the state "with" which one shares it is the neighbour.
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})


def _neighbour_across_a_border(other: Mention, doc: Doc) -> bool:
    """``other`` is the state on the far side of a border ("secure the border [with Mexico]", "the frontier
    [with Syria]", "the strategic region along the [Lebanese] border"): a neighbour, named because it is not
    home (an Arizona sheriff was MEXCOP; Syrian troops seizing a town near Lebanon were LBNMIL)."""
    if not state_word(other) or not doc.has_annotation("DEP"):
        return False
    token = doc[other.start : other.end].root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("amod", "compound") and token.head.lower_ in BORDER_NOUNS:
        # one state's border; "the Turkish-Syria border" names both sides, and neither is across it
        words = [t for left in token.head.lefts for t in left.subtree if t.dep_ != "det"]
        return not any(t.text in HYPHENS for t in words) and sum(t.text[:1].isupper() for t in words) == 1
    return (token.dep_ == "pobj" and token.head.lower_ == "with"
            and token.head.head.lower_ in BORDER_NOUNS)
