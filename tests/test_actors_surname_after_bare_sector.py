"""A bare surname joined to a titled full name whom only the title's sector codes ("Senator Jane Roe", no
state named anywhere: LEG) takes that sector code too (``coref.link``)."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_surname_takes_the_bare_sector_of_its_titled_full_name(ctx):
    text = "Senator Nella Quarrington criticised the plan on Monday. Ms Quarrington said the bill would fail."
    codes = codes_by_text(ctx, text, "2019-03-15")
    assert codes["Senator Nella Quarrington"] == "LEG"
    assert codes["Ms Quarrington"] == "LEG"
