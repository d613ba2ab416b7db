"""Two named people of one code, bare counts of the killed, title-case datelines, name-calling
parsed as a predicate, and sector adjectives that describe things."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text
from events_support import code_example, dyads, marked_article
from eventwire.events import code_doc
from eventwire.events.dateline import in_dateline
from eventwire.events.ontology import cameo_table
from eventwire.events.patterns import pattern_index


def _people(ctx, example: str, people: dict[str, str]):
    """Code ``example`` with the named marks made people: mark text -> entity id."""
    article = marked_article(example)
    for actor in article.actors:
        if actor.text in people:
            actor.kind, actor.entity_id, actor.name = "person", people[actor.text], actor.text
        else:
            actor.kind, actor.entity_id = "agent", f"agent:{actor.code}"
    return code_doc(article, ctx.nlp(article.text), pattern_index(ctx), cameo_table(ctx))


@pytest.mark.parametrize(
    ("example", "people", "expected"),
    [
        # two named people with one code are two actors (ICEWS codes domestic events between people)
        ("{Prime Minister Avi Cohen:ISRGOV} criticized {Defense Minister Dan Levi:ISRGOV} on Sunday.",
         {"Prime Minister Avi Cohen": "person:avi_cohen", "Defense Minister Dan Levi": "person:dan_levi"},
         {("ISRGOV", "ISRGOV", "111")}),
        ("{Senator Ann Marsh:USALEG} accused {Senator Joe Brandt:USALEG} of lying.",
         {"Senator Ann Marsh": "t1#person:ann_marsh", "Senator Joe Brandt": "t1#person:joe_brandt"},
         {("USALEG", "USALEG", "112")}),
        # guard: a person and a role word of one code may be one actor (or member and body): no pair, unless
        # both carry different single-office titles (offices.two_titles: "the defense minister" is another man)
        ("{Prime Minister Avi Cohen:ISRGOV} criticized {the minister:ISRGOV} on Sunday.",
         {"Prime Minister Avi Cohen": "person:avi_cohen"}, {("ISRGOV", None, "111")}),
        ("{Prime Minister Avi Cohen:ISRGOV} criticized {the defense minister:ISRGOV} on Sunday.",
         {"Prime Minister Avi Cohen": "person:avi_cohen"}, {("ISRGOV", "ISRGOV", "111")}),
        # guard: two names with one surname are one man the actors stage kept apart
        ("{Avi Cohen:ISRGOV} criticized {Mr Cohen:ISRGOV} on Sunday.",
         {"Avi Cohen": "t1#person:avi_cohen", "Mr Cohen": "t1#person:mr_cohen"}, {("ISRGOV", None, "111")}),
    ],
)
def test_events_two_named_people_of_one_code_are_two_actors(ctx, example, people, expected):
    assert dyads(_people(ctx, example, people)) == expected


def test_events_coordinated_people_of_one_code_are_one_side(ctx):
    # guard: "X and his minister attended the meeting": co-delegates, not a meeting between them
    example = "The meeting was attended by {Prime Minister Avi Cohen:ISRGOV} and {Energy Minister Dan Levi:ISRGOV}."
    people = {"Prime Minister Avi Cohen": "person:avi_cohen", "Energy Minister Dan Levi": "person:dan_levi"}
    found = dyads(_people(ctx, example, people))
    assert not [d for d in found if d[0] == d[1] == "ISRGOV"]


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a bare number as the object of "killed" counts people: the attack is coded, at the place named
        ("{Gunmen:AFGREB} killed 12 in {Kabul:AFG} on Sunday.", {("AFGREB", "AFG", "190")}),
        ("{The rebels:SYRREB} killed at least 30 near {Aleppo:SYR}.", {("SYRREB", "SYR", "190")}),
        # guard: a counted thing the pattern already rules out stays out
        ("{The senators:USALEG} killed 12 of the amendments.", set()),
    ],
)
def test_events_killing_a_bare_number_is_an_attack(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


def test_events_number_before_a_participle_is_no_count_killed(ctx):
    # guard: a headline drops the comma in "one civilian killed, 3 injured": 3 starts the next clause
    _, events = code_example(ctx, "{One Syrian civilian:SYRCVL} killed 3 injured in attacks on {Aleppo:SYR}.")
    assert not [e for e in events if e.source.code == "SYRCVL"]


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a title-case dateline ("Paris - ...") is no participant, as "PARIS --" is not
        ("{Washington:USA} - {The French president:FRAGOV} on Monday called {Spain's envoy:ESPGOV} to "
         "{Italy:ITA} a complete idiot.", {("FRAGOV", "ESPGOV", "111")}),
        ("{Lagos:NGA}, {Nigeria:NGA} - {Gunmen:NGAREB} kidnapped {a Nigerian senator:NGALEG} on Sunday.",
         {("NGAREB", "NGALEG", "181")}),
    ],
)
def test_events_title_case_dateline_is_no_actor(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # the parser reads "called [X] a fool" as a predicate with the name as its apposition: X is named
        ("{The US president:USAGOV} on Tuesday called {Britain's ambassador:GBRGOV} to the {United States:USA} "
         "a very stupid guy as he again reacted to leaked cables.", {("USAGOV", "GBRGOV", "111")}),
        # guard: a kind name in the same parse is no event
        ("{The US president:USAGOV} on Tuesday called {Britain's ambassador:GBRGOV} to the {United States:USA} "
         "a very nice guy as he again reacted to leaked cables.", set()),
    ],
)
def test_events_name_calling_parsed_as_a_predicate(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


def _codes(ctx, text: str) -> dict[str, str | None]:
    return codes_by_text(ctx, text, "2016-06-01", "things-test")


@pytest.mark.parametrize(("text", "kept"), [
    # a sector adjective before a thing given or talked about describes it: no "military" actor
    ("Japan will provide military equipment to Egypt.", {"Japan", "Egypt"}),
    ("The government suspended military talks in Geneva.", {"government", "Geneva"}),
    ("Russia supplied military aid to Armenia.", {"Russia", "Armenia"}),
])
def test_actors_sector_adjective_before_a_thing_is_no_actor(ctx, text, kept):
    assert set(_codes(ctx, text)) == kept


@pytest.mark.parametrize(("text", "mention", "code"), [
    # guards: the sector of people, and of an act, still names the doer
    ("Chile sent military observers to Peru.", "military", "CHLMIL"),
    ("The Chilean military arrested ten students.", "Chilean military", "CHLMIL"),
    # ... and a capitalised name of a body is no description
    ("A bomb exploded outside the Joint Military Assistance Office in Accra.", "Military", "GHAMIL"),
])
def test_actors_sector_word_of_people_is_kept(ctx, text, mention, code):
    assert _codes(ctx, text).get(mention) == code


@pytest.mark.parametrize(("text", "expected"), [
    ("Nairobi - Kenya's president dismissed the interior minister.", True),
    ("Lisbon: The Portuguese foreign minister criticized the French envoy.", True),
    # guards: a person before a colon is a headline's speaker; a place followed by a verb is a subject
    ("Jacinda Harris: The French envoy will visit Moscow.", False),
    ("Nairobi said on Monday that the talks would go on.", False),
])
def test_events_title_case_dateline_needs_a_place_and_a_dash_or_colon(ctx, text, expected):
    doc = ctx.nlp(text)
    assert in_dateline(doc[0]) is expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a participle of harm or custody after its noun is a passive: the noun is the one harmed or held
        ("{The Kenyan protesters:KENOPP} killed by {police:KENCOP} were buried on Sunday.",
         {("KENCOP", "KENOPP", "175")}),  # police force on protesters: violent repression
        ("{Syrian police:SYRCOP} released the {students:SYREDU} jailed by {the regime:SYRGOV}.",
         {("SYRCOP", "SYREDU", "0841"), ("SYRGOV", "SYREDU", "173")}),
        # guards: a participle that describes a thing is no act; a participle's noun never does the act
        ("{The Swedish institute:SWEEDU} cited a report released by {the Norwegian government:NORGOV}.", set()),
        ("{The students:CHLEDU} jailed for criticizing {the Chilean president:CHLGOV} went on hunger strike.",
         {("CHLEDU", None, "142")}),
    ],
)
def test_events_participle_after_its_noun_is_a_passive(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a bare participle opening the sentence is a passive: the main subject is the one it acts upon
        ("Questioned about his plan to help poor countries, {the French president:FRAGOV} said he did not "
         "envisage debt write-offs.", set()),
        ("Backed by {Russian jets:RUSMIL}, {the Syrian army:SYRMIL} attacked {rebels:SYRREB} near Aleppo.",
         {("RUSMIL", "SYRMIL", "051"), ("SYRMIL", "SYRREB", "190")}),
        ("Accused of corruption, {the Kenyan minister:KENGOV} resigned on Monday.", {("KENGOV", None, "0831")}),
        # ... a pronoun opening the main clause is left unnamed: its antecedent is a guess
        ("{Senator Ann Fox of California:USALEG} spoke first. Pressed by {Vice President Tom Hale:USAGOV}, they "
         "refused to budge from their offer.", {("USAGOV", None, "100")}),
        # guard: a participle with its own auxiliary is active, done by the main subject
        ("Having met {Putin:RUSGOV}, {the French president:FRAGOV} criticized {Turkey:TUR}.",
         {("FRAGOV", "RUSGOV", "040"), ("FRAGOV", "TUR", "111")}),
    ],
)
def test_events_opening_participle_is_a_passive(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # an attack on someone's record or handling of a thing is words (111), as the verb already was
        ("{The senator's:USALEG} assault on {the governor's:USAGOV} record drew criticism.",
         {("USALEG", "USAGOV", "111")}),
        ("{The Greek minister's:GRCGOV} attack on {the German chancellor's:DEUGOV} handling of the crisis.",
         {("GRCGOV", "DEUGOV", "111")}),
        ("{The German chancellor:DEUGOV} attacked {the Greek minister's:GRCGOV} words on Monday.",
         {("DEUGOV", "GRCGOV", "111")}),
    ],
)
def test_events_attack_on_a_record_is_criticism(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


def test_events_state_and_its_own_minister_hold_no_meeting(ctx):
    # coordinated participants of a meeting: a state and its own minister are one side, not two
    _, events = code_example(ctx, "{The Egyptian foreign minister:EGYGOV} and his {Greek:GRC} and {French:FRA} "
                                  "counterparts, Nikos Papas and {Jean Lebrun:FRAGOV}, gathered in Cairo on "
                                  "Wednesday to discuss Libya.")
    found = dyads(events)
    assert ("EGYGOV", "FRAGOV", "040") in found
    assert not {("FRA", "FRAGOV", "040"), ("FRAGOV", "FRA", "040")} & found


def test_events_demanded_inquiry_does_not_make_its_subject_hypothetical(ctx):
    # the demand reaches the inquiry, not the attack inquired into (a past happening)
    _, events = code_example(ctx, "We demand a thorough investigation of the chemical attack by "
                                  "{Syrian aviation:SYRMIL} on the town, {the Turkish general:TURMIL} said.")
    attacks = [e for e in events if e.cameo.startswith("20")]
    assert attacks and all(e.modality == "asserted" for e in attacks)
