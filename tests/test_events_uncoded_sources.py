"""A named person or organisation the dictionaries cannot code is kept, by its text, as the source of an act on a
coded political actor (``events.uncoded_sources``): never when a coded doer is named, never towards business,
the public, a place or a country guessed from the article, never for force, and never for a place or town the
tagger called a person. Our own sentences; actors are hand-built, uncoded names written ``{Name:PERSON}`` or
``{Name:ORGANISATION}``."""

from __future__ import annotations

import pytest

from events_support import code_with_uncoded as _code
from events_support import roles_as_text as _pairs
from eventwire.events.uncoded_targets import UNCODED


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a named person or body acting on a government, an intergovernmental body, a state
        ("{Imam Tarek Osei:PERSON} demanded an apology from {the Ghanaian government:GHAGOV}.",
         {("'Imam Tarek Osei'", "GHAGOV", "10")}),
        ("{The Harlow Institute:ORGANISATION} urged {the European Union:IGOEUREEC} to act.",
         {("'The Harlow Institute'", "IGOEUREEC", "02")}),
        ("{Professor Ann Cole:PERSON} criticized {Russia:RUS} over the annexation.",
         {("'Professor Ann Cole'", "RUS", "11")}),
        # the target named by a possessor in the object phrase (the inquiry is the judge's own act)
        ("{Tom Reed:PERSON} agreed to help with {Judge Hale:USAJUD}'s inquiry.",
         {("'Tom Reed'", "USAJUD", "03"), ("USAJUD", None, "09")}),
    ],
)
def test_uncoded_sources_name_the_doer_of_an_act_on_a_coded_political_actor(ctx, example, expected):
    assert _pairs(_code(ctx, example)) == expected


def test_uncoded_sources_are_flagged_and_keep_their_text_and_entity(ctx):
    (event,) = _code(ctx, "{The Harlow Institute:ORGANISATION} urged {the European Union:IGOEUREEC} to act.")
    source = event.source
    assert source.code is None and UNCODED in source.flags
    assert (source.text, source.kind, source.entity_id) == ("The Harlow Institute", "organisation",
                                                            "t1#organisation:the_harlow_institute")


def test_uncoded_sources_one_event_per_coordinated_doer(ctx):
    found = _code(ctx, "{Tom Reed:PERSON} and {Ann Cole:PERSON} urged {the Kenyan government:KENGOV} to resign.")
    assert _pairs(found) == {("'Tom Reed'", "KENGOV", "10"), ("'Ann Cole'", "KENGOV", "10")}


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a coded doer always wins
        ("{Tom Reed:PERSON}, {the Kenyan foreign minister:KENGOV}, criticized {Russia:RUS} on Monday.",
         {("KENGOV", "RUS", "11")}),
        # business and private life: no coded target, or one that is no political actor
        ("{Acme Holdings:ORGANISATION} sued {Beta Mining:ORGANISATION} over the patent.", set()),
        ("{Acme Holdings:ORGANISATION} criticized {Beta Mining:USABUS} over the patent.", set()),
        ("{Tom Reed:PERSON} praised {the protesters:USACVL} on Monday.", set()),
        # force: an unknown name acting by force was mostly a town the tagger misread
        ("{Tarvan:PERSON} attacked {Syrian troops:SYRMIL} on Monday.", set()),
        # a target through a preposition of the object: the war is neither Iraq's act nor aimed at Iraq
        ("{The Peace Forum:ORGANISATION} opposed the war in {Iraq:IRQ}.", set()),
    ],
)
def test_uncoded_sources_leave_out_acts_with_no_political_target(ctx, example, expected):
    assert _pairs(_code(ctx, example)) == expected


def test_uncoded_sources_leave_out_a_country_guessed_from_the_article(ctx):
    # with the doer unknown, a target whose country is a guess makes both sides guesses
    found = _code(ctx, "{Lord Tarbet:PERSON} urged {the government:GBRGOV} to think again.",
                  {"the government": ["country_from_context"]})
    assert _pairs(found) == set()


def test_uncoded_sources_leave_out_a_city_standing_for_its_state(ctx):
    found = _code(ctx, "{Tom Reed:PERSON} criticized {Paris:FRA} on Monday.", {"Paris": ["capital"]})
    assert _pairs(found) == set()


def test_uncoded_sources_leave_out_a_name_the_actors_stage_found_to_be_a_town(ctx):
    found = _code(ctx, "{Karmel:PERSON} urged {the Syrian government:SYRGOV} to act.", {"Karmel": ["town_name"]})
    assert _pairs(found) == set()


def test_uncoded_sources_leave_out_a_name_the_article_tells_as_a_place(ctx):
    found = _code(ctx, "Dozens were hurt in {Karmel:ORGANISATION} on Sunday. "
                       "{Karmel:ORGANISATION} urged {the Syrian government:SYRGOV} to act.")
    assert _pairs(found) == set()


def test_uncoded_sources_pair_no_talks_back(ctx):
    # "X held talks with Y" is paired both ways for coded sides only: an unknown doer's partner gets no event
    found = _code(ctx, "{The Harlow Institute:ORGANISATION} held talks with {the Kenyan government:KENGOV}.")
    assert all(e.source.code is None for e in found)
