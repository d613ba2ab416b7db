"""A dateline the parser hangs on the subject phrase names no actor (``arguments.actor_for``).

"OSLO, Norway - Dozens of Swedish students staged a protest": the parser may make "Norway" a compound of
"Dozens", the subject; the students are the ones protesting, and the place the story was filed from is
nobody's act.
"""

from __future__ import annotations

from actors_support import pipeline_dyads


def test_events_dateline_compound_of_the_subject_is_not_the_source(ctx):
    dyads = pipeline_dyads(ctx, "OSLO, Norway - Dozens of Swedish students staged a protest outside the embassy "
                                "on Monday.", "dateline-subject")
    sources = {source for source, _, root in dyads if root == "141"}
    assert sources == {"SWEEDU"}
