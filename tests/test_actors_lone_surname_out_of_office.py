"""A hand-checked person's bare surname, with no title, out of office then, needs the person's country named.

"the Power inquiry" in a story about British voters is no Samantha Power: the word alone, naming no one in
office and no American anything, is too weak to code a state. A person in office ("Trump and Putin agreed",
no date: their latest roles are open) or titled ("President Biden") is read as before.
"""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_common_word_surname_in_another_country_story(ctx):
    codes = codes_by_text(ctx, "Mr Abbott gave evidence to the Power inquiry into turnout, the BBC reported.", None)
    assert codes.get("Power") is None


def test_actors_surname_of_people_in_office_still_read(ctx):
    codes = codes_by_text(ctx, "Trump and Putin have agreed to share information.", None)
    assert codes["Trump"] == "USAGOV"
    assert codes["Putin"] == "RUSGOV"


def test_actors_surname_with_its_country_named_still_read(ctx):
    codes = codes_by_text(ctx, "The aid will continue, Power told American lawmakers.", "2019-03-01")
    assert codes["Power"] == "USAELI"  # out of office then: a former official
