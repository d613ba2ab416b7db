"""The opposition's front bench of 2003-05 and its shadow offices.

* Named shadow ministers and Liberal Democrat leaders are the opposition (``curated.yaml``).
* "Shadow home secretary David Davis": the shadow word in the title before a name makes the office the
  opposition's (``names.shadow_office``), and a shadow office is not the office: "the chancellor" after
  "shadow chancellor Oliver Letwin" is not him (``coref._titles_of``).
* "attacked Mr Brown for failing to mention ..." is a verbal attack (111), not force
  (``events.verbal_attacks._speech_cue``).
"""

from __future__ import annotations

from actors_support import codes_by_text, pipeline_dyads


def test_front_bench_and_lib_dem_leaders_are_the_opposition(ctx):
    text = ("Shadow home secretary David Davis attacked the plans. Charles Kennedy and Sir Menzies Campbell "
            "criticised them. Lord Goldsmith advised Tony Blair.")
    codes = codes_by_text(ctx, text, "2005-02-01", "front-bench")
    assert (codes["David Davis"], codes["Charles Kennedy"], codes["Sir Menzies Campbell"]) == ("GBROPP",) * 3
    assert codes["Lord Goldsmith"] == "GBRGOV"


def test_the_chancellor_is_not_the_shadow_chancellor(ctx):
    text = ("Mr Brown accused shadow chancellor Oliver Letwin of plotting cuts. "
            "Later the chancellor promised stability.")
    codes = codes_by_text(ctx, text, None, "shadow-chancellor")
    assert codes["chancellor"] == "GBRGOV"


def test_attacking_a_rival_for_failing_to_mention_is_criticism(ctx):
    dyads = pipeline_dyads(ctx, "Liberal Democrat leader Charles Kennedy attacked Mr Brown for failing to "
                                "mention the environment.", "verbal-attack-for", "2005-03-20")
    assert ("GBROPP", "GBRGOV", "111") in dyads and not any(code.startswith("19") for _, _, code in dyads)
