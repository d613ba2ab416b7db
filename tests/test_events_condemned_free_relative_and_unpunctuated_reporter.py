"""Two objects the parser hides: "condemned what it called an attack by X" condemns X, the doer of the named
attack; "According to the militia Hezbollah 30 fighters were killed by Y", written without a comma, kills the
fighters, not the reporting group."""

from __future__ import annotations

from actors_support import coded_article


def _dyads(article):
    return {(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in article.events}


def test_events_condemned_what_it_called_an_attack_targets_the_attacker(ctx):
    article = coded_article(ctx, "The minister condemned what he called a brutal attack by Syrian troops.",
                            "2017-04-15", "free-relative-1")
    assert any(code == "11" and target == "SYRMIL" for code, _, target in _dyads(article)), _dyads(article)


def test_events_condemned_what_it_said_was_an_attack_targets_the_attacker(ctx):
    article = coded_article(ctx, "The White House condemned what it said was a reprehensible attack carried out "
                                 "by Syrian troops.", "2017-04-15", "free-relative-2")
    assert any(code == "11" and target == "SYRMIL" for code, _, target in _dyads(article)), _dyads(article)


def test_events_reporter_before_an_unpunctuated_passive_is_not_its_target(ctx):
    article = coded_article(ctx, "According to the militia Hezbollah more than 30 Nusra Front fighters were killed "
                                 "by the Syrian army near the village.", "2017-10-29", "reporter-1")
    targets = {target for code, source, target in _dyads(article) if source == "SYRMIL"}
    assert targets and "LBNREBHEZ" not in targets, _dyads(article)
