"""Two readings of a name that is not the actor it names.

* "the Obama administration" is his government, a body (``USAGOV``, entity ``agent:USAGOV``), not Obama
  the person: coreference and the incident linker compare people by name (``resolve._from_match``).
* The state "with" which a border is shared is a neighbour: it lends no country to the role words around it
  ("Sheriff Joe Arpaio ... would secure the border with Mexico" was MEXCOP;
  ``context_guards._neighbour_across_a_border``).
"""

from __future__ import annotations

from actors_support import actors_by_text, codes_by_text


def test_actors_a_leaders_administration_is_his_government_not_him(ctx):
    found = actors_by_text(ctx, "The Obama administration said it would appeal. Obama said he was disappointed.",
                           "2015-03-01")
    administration, man = found["Obama administration"], found["Obama"]
    assert (administration.code, administration.kind, administration.entity_id) == ("USAGOV", "agent", "agent:USAGOV")
    assert man.kind == "person" and man.entity_id != administration.entity_id


def test_actors_neighbour_across_a_border_lends_no_country(ctx):
    text = "The sheriff endorsed the governor on Tuesday, saying he would secure the border with Mexico."
    assert codes_by_text(ctx, text, "2011-10-04")["sheriff"] != "MEXCOP"
