"""A named person or organisation the dictionaries cannot code is kept, by its text, as the target of an
event that would otherwise have none (``events.uncoded_targets``); never a place, a document, a topic, an
act of force's object, or the source itself; a coded candidate always wins. Our own sentences; actors are
hand-built, uncoded names written ``{Name:PERSON}`` or ``{Name:ORGANISATION}``."""

from __future__ import annotations

import pytest

from events_support import code_with_uncoded as _code
from events_support import roles_as_text as _pairs
from eventwire.events.uncoded_targets import UNCODED


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a named person and a named organisation, as the object of a verb or of an inquiry's "into"
        ("{Police:USACOP} arrested {Tom Reed:PERSON} on Friday.", {("USACOP", "'Tom Reed'", "17")}),
        ("{The ministry:GBRGOV} will investigate {Acme Holdings:ORGANISATION} over its accounts.",
         {("GBRGOV", "'Acme Holdings'", "09")}),
        # the name that owns the thing an act is aimed at: an "of" owner, a possessor
        ("{The prosecutors:FRAJUD} opened an inquiry into the finances of {Orvane Hotels:ORGANISATION}.",
         {("FRAJUD", "'Orvane Hotels'", "09")}),
        ("{The opposition:GBROPP} called for {Ms Dunmore:PERSON}'s resignation.",
         {("GBROPP", "'Ms Dunmore'", "10")}),
        # the name of a body noun ("the X group"), and an object pronoun standing for a named person
        ("{The French president:FRAGOV} will join forces with the {Vantor:ORGANISATION} group.",
         {("FRAGOV", "'Vantor'", "03")}),
        ("{Tom Reed:PERSON} was released on Sunday after {the governor:USAGOV} pardoned him.",
         {("USAGOV", "'Tom Reed'", "08")}),
    ],
)
def test_uncoded_targets_name_the_person_or_body_acted_on(ctx, example, expected):
    assert _pairs(_code(ctx, example)) == expected


def test_uncoded_targets_are_flagged_and_keep_their_text_span_and_entity(ctx):
    (event,) = _code(ctx, "{Police:USACOP} arrested {Tom Reed:PERSON} on Friday.")
    assert event.target is not None and event.target.code is None and UNCODED in event.target.flags
    target = event.target
    assert (target.text, target.kind, target.entity_id) == ("Tom Reed", "person", "t1#person:tom_reed")


def test_uncoded_targets_one_event_per_coordinated_name(ctx):
    found = _code(ctx, "{Police:USACOP} arrested {Tom Reed:PERSON} and {Ann Cole:PERSON} on Friday.")
    assert _pairs(found) == {("USACOP", "'Tom Reed'", "17"), ("USACOP", "'Ann Cole'", "17")}


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a coded candidate always wins
        ("{Police:USACOP} arrested {the mayor:USAGOV} and {Tom Reed:PERSON} on Friday.",
         {("USACOP", "USAGOV", "17")}),
        # force: what an attack falls on under an unknown name was nearly always a town the tagger misread
        ("{Army troops:SYRMIL} shelled {Tarvan:PERSON} on Monday.", {("SYRMIL", None, "19")}),
        # a material act's "from" is a place left
        ("{The army:SYRMIL} withdrew from {Karmel:PERSON} on Monday.", {("SYRMIL", None, "08")}),
        # a document named after someone, and a name that is only a topic of the thing acted on
        ("{The minister:GBRGOV} rejected the {Hanley Act:ORGANISATION} on Monday.", {("GBRGOV", None, "12")}),
        ("{The senator:USALEG} criticized the {Garvey:PERSON} report on Monday.", {("USALEG", None, "11")}),
        # a name glued to the next words by the tagger is no clean name
        ("{The minister:GBRGOV} defended {Reed's Fair Deal:ORGANISATION} policy on Monday.",
         {("GBRGOV", None, "05")}),
        ("{The chancellor:GBRGOV} criticized the plan in a speech to the {Senate on Tuesday:ORGANISATION}.",
         {("GBRGOV", None, "11")}),
    ],
)
def test_uncoded_targets_leave_out_what_names_no_party(ctx, example, expected):
    assert _pairs(_code(ctx, example)) == expected


def test_uncoded_targets_leave_out_a_name_the_article_tells_as_a_place(ctx):
    found = _code(ctx, "Dozens were hurt in {Karmel:ORGANISATION} on Sunday. "
                       "{The minister:SYRGOV} praised {Karmel:ORGANISATION} on Monday.")
    assert _pairs(found) == {("SYRGOV", None, "05")}


def test_uncoded_targets_leave_out_a_name_the_actors_stage_found_to_be_a_town(ctx):
    found = _code(ctx, "{The minister:SYRGOV} praised {Karmel:ORGANISATION} on Monday.", {"Karmel": ["town_name"]})
    assert _pairs(found) == {("SYRGOV", None, "05")}


def test_uncoded_targets_never_pair_the_source_with_itself(ctx):
    # "Reed" is the source's own surname: one man, not a target
    found = _code(ctx, "{Senator Tom Reed:USALEG} said {Reed:PERSON} would not resign.")
    assert all(e.target is None for e in found)


def test_uncoded_targets_host_no_visit_and_give_no_guest_event(ctx):
    # a meeting placed in the source's country is hosting only when the guest's country is known; and a host's
    # welcome is not paired back as the guest's visit, which would need the uncoded guest as a source
    found = _code(ctx, "{The Irish minister:IRLGOV} met {Tom Reed:PERSON} in {Dublin:IRL} on Monday.")
    assert {(e.cameo, e.target.text if e.target else None) for e in found} == {("040", "Tom Reed")}
    hosted = _code(ctx, "{The Egyptian president:EGYGOV} hosted {Tom Reed:PERSON} on Monday.")
    assert all(e.source.code is not None for e in hosted)
    assert {e.target.text for e in hosted if e.target} == {"Tom Reed"}
