"""Incident linking over hand-built events: the five criteria and grouping."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.link import link_incidents
from eventwire.link.grouping import group_incidents
from eventwire.link.incidents import same_incident
from eventwire.link.keys import actor_key, date_window, key_of
from eventwire.model import Actor, Article, Event, Place, Span


def _event(eid, cameo, source, target, date, precision="day", trigger="launched missiles",
           article="a1", place=None, basis="expression"):
    return Event(
        id=eid, article_id=article, cameo=cameo, root=cameo[:2], trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger,
        source=Actor(Span(0, 1), source, code=source) if source else None,
        target=Actor(Span(0, 1), target, code=target) if target else None,
        date=date, date_precision=precision, date_basis=basis,
        place=Place(place, country=place) if place else None,
    )


STRIKE = _event("e1", "195", "USAMIL", "SYRMIL", "2017-04-07", trigger="launched missiles")


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (_event("e2", "195", "USAGOV", "SYRGOV", "2017-04", "month", "missile attack"), True),
        (_event("e2", "190", "USA", "SYR", "2017-spring", "season", "strike"), True),  # same code family
        (_event("e2", "195", "USAMIL", "SYRMIL", "2017-04-08", trigger="missile strike"), True),  # 1 day slack
        (_event("e2", "195", "SYRMIL", "USAMIL", "2017-04-07"), False),  # force is not symmetric
        (_event("e2", "195", "RUSMIL", "SYRMIL", "2017-04-07"), False),  # other source
        (_event("e2", "195", "USAMIL", "SYRMIL", "2017-06-07"), False),  # other month
        (_event("e2", "042", "USAGOV", "SYRGOV", "2017-04-07", trigger="visited"), False),  # other root
        (_event("e2", "195", "USAMIL", "SYRMIL", "2017-04-07", place="IRQ"), True),  # place unknown on one side
        (_event("e2", "195", "USAMIL", None, "2017-04-07", trigger="air strikes"), True),  # target missing
        (_event("e2", "195", None, None, "2017-04-07"), False),  # nothing known of the dyad
        (_event("e2", "195", "USAMIL", "SYRMIL", None, None, basis=None), False),  # no date at all
    ],
)
def test_link_incidents_pair_criteria(other, same):
    assert same_incident(key_of(STRIKE), key_of(other)) is same


def test_link_incidents_symmetric_codes_match_either_way_round():
    call_a = _event("e1", "040", "USAGOV", "RUSGOV", "2017-05-02", trigger="phone discussion")
    call_b = _event("e2", "040", "RUSGOV", "USAGOV", "2017-05-02", trigger="phone call")
    assert same_incident(key_of(call_a), key_of(call_b))


def test_link_incidents_place_must_agree_when_both_known():
    a = _event("e1", "195", "USAMIL", "SYRMIL", "2017-04-07", place="SYR")
    b = _event("e2", "195", "USAMIL", "SYRMIL", "2017-04-07", place="IRQ")
    assert not same_incident(key_of(a), key_of(b))


@pytest.mark.parametrize(
    ("date", "precision", "basis", "published", "window"),
    [
        ("2017-04-07", "day", "expression", None, ("2017-04-07", "2017-04-07")),
        ("2017-04", "month", "expression", None, ("2017-04-01", "2017-04-30")),
        ("2017-spring", "season", "anchor", None, ("2017-03-01", "2017-05-31")),
        ("2016-winter", "season", "anchor", None, ("2016-12-01", "2017-02-28")),
        ("2017-W18", "week", "expression", None, ("2017-05-01", "2017-05-07")),
        ("2017", "year", "expression", None, ("2017-01-01", "2017-12-31")),
        ("2017-05-10", "day", "publication", "2017-05-10", ("2017-05-07", "2017-05-10")),
        (None, None, None, None, (None, None)),
    ],
)
def test_link_incidents_date_window(date, precision, basis, published, window):
    start, end = date_window(date, precision, basis, published)
    as_text = (start.isoformat() if start else None, end.isoformat() if end else None)
    assert as_text == window


@pytest.mark.parametrize(
    ("code", "country", "key"),
    [("USAGOV", None, "USA"), ("RUSMIL", None, "RUS"), ("IGOUNOKID", None, "IGOUNO"), ("GOV", None, None),
     ("REBSYR", "SYR", "SYR"), (None, None, None), ("NGOHRIAMN", None, "NGOHRI"), ("NGO", None, None),
     ("CRM", None, None), ("MED", None, None), ("COP", None, None), ("REF", None, None), ("MUS", None, "MUS")],
)
def test_link_incidents_actor_key(code, country, key):
    assert actor_key(code, country) == key


def test_link_incidents_grouping_is_stable_and_does_not_chain():
    keys = [key_of(e) for e in (
        _event("e1", "195", "USAMIL", "SYRMIL", "2017-04-07", article="a1"),
        _event("e2", "195", "USAGOV", "SYRGOV", "2017-04", "month", "missile attack", article="a2"),
        _event("e3", "180", "SYRMIL", "SYR", "2017-04-04", trigger="chemical weapons attack", article="a1"),
        _event("e4", "180", "SYRGOV", "SYR", "2017-04", "month", "chemical attack", article="a2"),
        _event("e5", "195", "USAMIL", "SYRMIL", "2018-04-14", article="a3"),
    )]
    groups = group_incidents(keys)
    assert groups["e1"] == groups["e2"] == "inc_e1"
    assert groups["e3"] == groups["e4"] == "inc_e3"
    assert groups["e5"] == "inc_e5"


def test_link_incidents_stage_links_across_articles_in_a_batch():
    first = Article(id="a1", text="x", published="2017-05-02",
                    events=[_event("a1:0", "195", "USA", "SYR", "2017-04", "month", "launched missiles")])
    second = Article(id="a2", text="y", published="2017-05-10",
                     events=[_event("a2:0", "195", "USA", "SYRMIL", "2017-spring", "season", "missile attack",
                                    article="a2")])
    link_incidents([first, second])
    assert first.events[0].incident_id == second.events[0].incident_id == "inc_a1:0"


def test_link_incidents_date_window_of_today_is_a_date():
    start, end = date_window("2017-04-07", "day")
    assert isinstance(start, dt.date) and start == end


def test_link_incidents_stage_links_against_the_store(tmp_path):
    store_module = pytest.importorskip("eventwire.store")
    store = store_module.Store(tmp_path / "i.duckdb")
    try:
        first = Article(id="a1", text="x", published="2017-05-02",
                        events=[_event("a1:0", "195", "USA", "SYR", "2017-04", "month", "launched missiles")])
        link_incidents([first], store.con)
        store.write([first], [], store.start_run(["test"]))
        second = Article(id="a2", text="y", published="2017-05-10",
                         events=[_event("a2:0", "195", "USAGOV", "SYRMIL", "2017-spring", "season",
                                        "missile attack", article="a2"),
                                 _event("a2:1", "042", "RUSGOV", "USAGOV", "2017-05-10", trigger="meeting",
                                        article="a2")])
        link_incidents([second], store.con)
        assert second.events[0].incident_id == first.events[0].incident_id == "inc_a1:0"
        assert second.events[1].incident_id == "inc_a2:1"
        reread = Article(id="a1", text="x", published="2017-05-02",
                         events=[_event("a1:0", "195", "USA", "SYR", "2017-04", "month", "launched missiles")])
        link_incidents([reread], store.con)
        assert reread.events[0].incident_id == "inc_a1:0"
    finally:
        store.close()


def _with(event, **changes):
    for name, value in changes.items():
        setattr(event, name, value)
    return event


def test_link_incidents_denied_mentions_join_the_happening():
    held = _event("e1", "040", "USAGOV", "PRKGOV", "2018-04-17", trigger="met")
    denied = _with(_event("e2", "040", "USAGOV", "PRKGOV", "2018-04-17", trigger="met"), negated=True)
    planned = _with(_event("e3", "040", "USAGOV", "PRKGOV", "2018-04-17", trigger="meeting"), modality="intended")
    assert same_incident(key_of(held), key_of(denied))  # "no meeting took place" is about that meeting
    assert same_incident(key_of(held), key_of(planned))


def test_link_incidents_different_people_on_one_side_are_different_incidents():
    envoy = _event("e1", "040", "USASPY", "PRKGOV", "2018-04-17", trigger="met")
    leader = _event("e2", "040", "USAGOV", "PRKGOV", "2018-04-17", trigger="met")
    envoy.source.entity_id, leader.source.entity_id = "person:envoy", "person:leader"
    assert not same_incident(key_of(envoy), key_of(leader))
    leader.source.entity_id = None  # unknown person: the states decide
    assert same_incident(key_of(envoy), key_of(leader))


@pytest.mark.parametrize(
    ("source_a", "target_a", "source_b", "target_b", "same"),
    [
        ("SYRMIL", "SYRCVL", "SYRGOV", "SYRCVL", True),  # army or government: the state acting
        ("SYRMIL", "SYRCVL", "SYRREB", "SYRCVL", False),  # rebels are not the state
        ("USAGOV", "USAOPP", "USAGOV", "USACVL", True),  # protesters or civilians: the public
        ("GRCCVL", "GRCLEG", "GRCOPP", "GRCLEG", True),  # "demonstrators" / "protesters" storm parliament
        ("GRCLAB", "GRCCOP", "GRCEDU", "GRCCOP", True),  # "strikers" / "students" clash with police
        ("USAGOV", "USABUS", "USAGOV", "USACVL", False),  # a firm is not the public
        ("SYR", "SYRCVL", "SYRMIL", "SYRCVL", True),  # no sector: compatible
    ],
)
def test_link_incidents_domestic_dyads_compare_sectors(source_a, target_a, source_b, target_b, same):
    a = _event("e1", "180", source_a, target_a, "2017-04-04", trigger="chemical attack")
    b = _event("e2", "180", source_b, target_b, "2017-04-04", trigger="chemical weapons attack")
    assert same_incident(key_of(a), key_of(b)) is same


def test_link_incidents_planned_event_dated_by_publication_looks_ahead():
    # A planned event lies after the report that tells it as planned, like one the time stage reads as ahead.
    start, end = date_window("2018-04-26", "day", "publication", "2018-04-26", claim="planned")
    assert start.isoformat() == "2018-04-27" and end > start


def test_link_incidents_done_by_a_report_is_not_what_it_tells_as_still_to_come():
    # Both dated only by the same publication day: one told as done, one as still to come.
    done = _event("e1", "040", "USASPY", "PRKGOV", "2018-04-17", trigger="met", basis="publication")
    ahead = _event("e2", "040", "USAGOV", "PRKGOV", "2018-04-17", trigger="summit", basis="after_publication",
                   article="a2")
    later_report = _event("e3", "040", "USAGOV", "PRKGOV", "2018-04-20", trigger="meeting",
                          basis="publication", article="a3")
    assert not same_incident(key_of(done, "2018-04-17"), key_of(ahead, "2018-04-17"))
    assert same_incident(key_of(ahead, "2018-04-17"), key_of(later_report, "2018-04-20"))
    # Dates read from the text keep their day of slack.
    assert same_incident(key_of(_event("e4", "195", "USAMIL", "SYRMIL", "2017-04-07")),
                         key_of(_event("e5", "195", "USAMIL", "SYRMIL", "2017-04-08")))


def test_link_incidents_after_publication_window_starts_the_next_day():
    start, end = date_window("2018-04-17", "day", "after_publication", "2018-04-17")
    assert start.isoformat() == "2018-04-18" and (end - start).days >= 60


def test_link_incidents_intent_to_meet_looks_ahead_like_the_meeting():
    intent = key_of(_event("e1", "036", "USAGOV", "PRKGOV", "2018-04-17", trigger="agreed to meet",
                           basis="publication"), "2018-04-17")
    assert intent.claim == "planned" and intent.end > dt.date(2018, 5, 1)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0), (0, 2, 1)])
def test_link_incidents_grouping_does_not_depend_on_order(order):
    # A month-dated mention bridges two day-dated mentions two days apart (which do not match each other).
    events = [
        _event("e1", "195", "USAMIL", "SYRMIL", "2017-04-07", article="a1"),
        _event("e2", "195", "USAMIL", "SYRMIL", "2017-04-09", article="a2"),
        _event("e3", "195", "USAMIL", "SYRMIL", "2017-04", "month", article="a3"),
    ]
    groups = group_incidents([key_of(events[i]) for i in order])
    partition = {frozenset(e for e in groups if groups[e] == g) for g in groups.values()}
    assert partition == {frozenset({"e1", "e2", "e3"})}


def test_link_incidents_grouping_never_joins_clashing_dyads():
    # e3 matches e1 (target unknown) but names another target than e2: it stays out of their incident.
    keys = [key_of(e) for e in (
        _event("e1", "195", "USAMIL", None, "2017-04-07", article="a1"),
        _event("e2", "195", "USAMIL", "SYRMIL", "2017-04-07", article="a2"),
        _event("e3", "195", "USAMIL", "IRQMIL", "2017-04-07", article="a3"),
    )]
    groups = group_incidents(keys)
    assert groups["e1"] == groups["e2"] != groups["e3"]


@pytest.mark.parametrize(("first", "second"), [("met", "visit"), ("met with", "talks"), ("trip", "visit"),
                                               ("travel", "meeting")])
def test_link_incidents_meeting_family_covers_irregular_and_travel_words(first, second):
    a = _event("e1", "040", "USASPY", "PRKGOV", "2018-04-01", trigger=first)
    b = _event("e2", "042", "USASPY", "PRKGOV", "2018-04-01", trigger=second, article="a2")
    assert same_incident(key_of(a), key_of(b))


def test_link_incidents_undated_event_does_not_borrow_the_publication_day():
    # Only the time stage dates events: one it left undated (an absence such as "no meeting has occurred
    # since 1948") links nothing, even though its article has a publication day.
    undated = _event("e2", "195", "USAMIL", "SYRMIL", None, None, basis=None)
    assert not same_incident(key_of(STRIKE, "2017-04-07"), key_of(undated, "2017-04-07"))


def test_link_incidents_planned_mention_is_not_what_the_report_tells_as_done():
    # One report, dated only by its day: "Pompeo met Kim" (done) and "a meeting" of Trump and Kim the
    # coder marks hypothetical (still to come). A later report's mention of the planned meeting joins it.
    done = _event("e1", "040", "USASPY", "PRKGOV", "2018-04-17", trigger="met", basis="publication")
    planned = _with(_event("e2", "040", "USAGOV", "PRKGOV", "2018-04-17", trigger="meeting",
                           basis="publication", article="a2"), modality="hypothetical")
    later = _with(_event("e3", "040", "USAGOV", "PRKGOV", "2018-04-20", trigger="summit", basis="publication",
                         article="a3"), modality="hypothetical")
    assert not same_incident(key_of(done, "2018-04-17"), key_of(planned, "2018-04-17"))
    assert same_incident(key_of(planned, "2018-04-17"), key_of(later, "2018-04-20"))


@pytest.mark.parametrize(
    ("date", "precision", "basis", "modality", "published"),
    [
        ("2016", "year", "expression", "asserted", "2018-04-30"),  # "the investigation" begun in 2016
        ("2018-04-30", "day", "publication", "hypothetical", "2018-04-30"),  # expected to go on
        ("2018-05-20", "day", "publication", "asserted", "2018-05-20"),  # under way a month later
    ],
)
def test_link_incidents_investigation_named_months_apart_is_one_happening(date, precision, basis, modality,
                                                                          published):
    under_way = _event("e1", "090", "USAJUD", "RUS", "2018-04-17", trigger="investigating", basis="publication")
    other = _with(_event("e2", "090", "USAJUD", "RUS", date, precision, trigger="investigation", basis=basis,
                         article="a2"), modality=modality)
    assert same_incident(key_of(under_way, "2018-04-17"), key_of(other, published))


def test_link_incidents_only_lasting_activities_stretch_to_the_report():
    # A meeting dated 2016 is not the meeting a 2018 report tells as just done.
    old = _event("e1", "040", "USAGOV", "RUSGOV", "2016", "year", trigger="meeting")
    recent = _event("e2", "040", "USAGOV", "RUSGOV", "2018-04-17", trigger="meeting", basis="publication",
                    article="a2")
    assert not same_incident(key_of(old, "2018-04-30"), key_of(recent, "2018-04-17"))


@pytest.mark.parametrize(
    ("intent", "act", "trigger"),
    [("032", "051", "supported"), ("031", "061", "cooperate"), ("033", "070", "aid")],
)
def test_link_incidents_intent_links_as_the_act_it_is_about(intent, act, trigger):
    # "will support X" (032) told on the 17th, "supported X" (051) reported on the 20th: one act.
    promise = _event("e1", intent, "USAGOV", "UKRGOV", "2018-04-17", trigger=trigger, basis="publication")
    done = _event("e2", act, "USAGOV", "UKRGOV", "2018-04-20", trigger=trigger, basis="publication",
                  article="a2")
    assert same_incident(key_of(promise, "2018-04-17"), key_of(done, "2018-04-20"))


@pytest.mark.parametrize(
    ("first", "cameo_first", "second", "cameo_second"),
    [
        ("negotiations", "046", "summit", "040"),
        ("negotiating", "046", "talks", "040"),
        ("disagreed", "110", "criticized", "111"),
        ("objected", "110", "condemned", "111"),
        ("rebuked", "111", "accused", "112"),
    ],
)
def test_link_incidents_trigger_families_cover_negotiation_and_disagreement(first, cameo_first, second,
                                                                          cameo_second):
    a = _event("e1", cameo_first, "USAGOV", "PRKGOV", "2018-04-17", trigger=first)
    b = _event("e2", cameo_second, "USAGOV", "PRKGOV", "2018-04-17", trigger=second, article="a2")
    assert same_incident(key_of(a), key_of(b))


@pytest.mark.parametrize(("first", "second"), [("shot", "killed"), ("gunned down", "shooting death"),
                                               ("opened fire", "killing"), ("gunfire", "slain")])
def test_link_incidents_kill_family_covers_fatal_shootings(first, second):
    # "police shot a teenager" (193) and "the teenager was killed by police" (190) report one shooting.
    a = _event("e1", "193", "USACOP", "USACVL", "2013-03-09", trigger=first)
    b = _event("e2", "190", "USACOP", "USACVL", "2013-03-09", trigger=second, article="a2")
    assert same_incident(key_of(a), key_of(b))


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("a1#person:carolos_papoulias", "person:george_papandreou", False),  # president ≠ prime minister
        ("a1#person:chuck_schumer", "a2#person:mitch_mcconnell", False),  # neither in the dictionaries
        ("a1#person:chuck_schumer", "a2#person:chuck_schumer", True),  # one man, named in two articles
        ("a1#person:bloomberg", "person:michael_bloomberg", True),  # "Mayor Bloomberg"
        ("a1#org:senate", "person:george_papandreou", True),  # not a person: the states decide
    ],
)
def test_link_incidents_people_unknown_to_the_dictionaries_are_still_people(first, second, same):
    a = _event("e1", "111", "GRCGOV", None, "2010-05-05", trigger="condemned")
    b = _event("e2", "111", "GRCGOV", None, "2010-05-05", trigger="condemned", article="a2")
    a.source.entity_id, b.source.entity_id = first, second
    assert same_incident(key_of(a), key_of(b)) is same


@pytest.mark.parametrize(("bare", "national"), [("REB", "SOMREB"), ("CRM", "SOMCRM"), ("REF", "SDNREF")])
def test_link_incidents_bare_type_code_is_an_unknown_side_not_a_state(bare, national):
    # "troops attacked militants" (REB: no country) and "… attacked Somali militants" (SOMREB) are one attack:
    # a bare type names no state, so it neither clashes with Somalia nor keeps the two reports apart.
    a = _event("e1", "190", "KENMIL", bare, "2011-10-16", trigger="attacked", article="a1")
    b = _event("e2", "190", "KENMIL", national, "2011-10-16", trigger="attack", article="a2")
    assert same_incident(key_of(a), key_of(b))
    groups = group_incidents([key_of(a), key_of(b)])
    assert groups["e1"] == groups["e2"]


def _at(event: Event, start: int, end: int) -> Event:
    event.trigger = Span(start, end)
    return event


@pytest.mark.parametrize(("second_target", "joined"), [("GRCBUS", True), ("TURCOP", False)])
def test_link_incidents_one_trigger_with_several_targets_is_one_act(second_target, joined):
    # "Youths attacked a police station and two banks" is coded once per target, in two reports; a third
    # names only the police station. Each report's attack is one act, so all five events are one attack.
    # Targets of two states ("struck Greece and Turkey") stay apart: such a group would clash.
    first = [_at(_event("a", "190", "GRCCVL", "GRCCOP", "2008-12-13", trigger="attacked"), 40, 48),
             _at(_event("b", "190", "GRCCVL", second_target, "2008-12-13", trigger="attacked"), 40, 48)]
    second = [_at(_event("c", "190", "GRCOPP", "GRCCOP", "2008-12-13", trigger="attacked", article="a2"), 9, 17),
              _at(_event("d", "190", "GRCOPP", second_target, "2008-12-13", trigger="attacked", article="a2"), 9, 17)]
    police = _event("e", "190", "GRCCVL", "GRCCOP", "2008-12-13", trigger="attacked", article="a3")
    groups = group_incidents([key_of(e) for e in (*first, *second, police)])
    assert groups["a"] == groups["c"] == groups["e"]
    assert (groups["a"] == groups["b"] == groups["d"]) is joined


def test_link_incidents_an_act_of_three_targets_meets_a_report_of_one_as_one_act():
    # "Rioters stormed a police station, a bank and a school" is coded once per target; another report names
    # only the police station. Shares count acts, not events: the one matching pair is the whole act
    # pair (1/1), not a third of the event pairs, so the two reports are one incident.
    act = [_at(_event(name, "190", "GRCCVL", target, "2008-12-13", trigger="stormed"), 30, 37)
           for name, target in (("a", "GRCCOP"), ("b", "GRCBUS"), ("c", "GRCEDU"))]
    police = _event("d", "190", "GRCCVL", "GRCCOP", "2008-12-13", trigger="stormed", article="a2")
    groups = group_incidents([key_of(e) for e in (*act, police)])
    assert groups["a"] == groups["b"] == groups["c"] == groups["d"]
    # two separate triggers in one article are two acts: a third of their pairs is still too few
    apart = [_at(_event(name, "190", "GRCCVL", target, "2008-12-13", trigger="stormed"), start, start + 7)
             for name, target, start in (("a", "GRCCOP", 30), ("b", "GRCBUS", 80), ("c", "GRCEDU", 130))]
    groups = group_incidents([key_of(e) for e in (*apart, police)])
    assert len({groups["a"], groups["b"], groups["c"]}) == 3 and groups["d"] != groups["b"]


@pytest.mark.parametrize("named", ["RUSMIL", "SYRMIL"])
def test_link_incidents_one_trigger_of_two_sources_is_one_joint_act(named):
    # "Syrian and Russian air strikes battered the town" is coded once per source (SYR→?, RUS→?); another
    # report names only one air force's strikes. The joint act is one act: both its events join that report,
    # not only the half whose state it names.
    joint = [_at(_event(name, "195", source, None, "2017-04-04", trigger="air strikes"), 20, 31)
             for name, source in (("a", "SYRMIL"), ("b", "RUSMIL"))]
    report = _event("c", "195", named, None, "2017-04-04", trigger="air strikes", article="a2")
    groups = group_incidents([key_of(e) for e in (*joint, report)])
    assert groups["a"] == groups["b"] == groups["c"]


def test_link_incidents_a_joint_act_is_not_made_of_clashing_states():
    # "Russian and Syrian jets struck rebels and Turkish troops": RUS→REB and SYR→TUR clash (different
    # states on both sides), so they stay two acts, and a report of Russia striking Turkey meets neither.
    first = [_at(_event(name, "195", source, target, "2017-04-04", trigger="struck"), 20, 26)
             for name, source, target in (("a", "RUSMIL", "SYRREB"), ("b", "SYRMIL", "TURMIL"))]
    groups = group_incidents([key_of(e) for e in first])
    assert groups["a"] != groups["b"]
