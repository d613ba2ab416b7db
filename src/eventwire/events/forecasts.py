"""A warning of what may happen is a forecast, not a threat.

"warned" is a threat (CAMEO 130) when the warner holds harm over someone ("warned Iran against further
tests", "warned that Iran could face consequences"). A warning whose clause only foretells what may befall
its subject ("warned that the president could face protests", "warned MSPs that Scotland may have to accept
wind farms", "was warned that he should expect demonstrators") is a pessimistic comment (012), as PETRARCH's
dictionary codes warnings of risk, catastrophe or exodus; nobody is threatened.
"""

from __future__ import annotations

from spacy.tokens import Token

FORECAST_CODE = "012"
#: Verbs of warning.
WARNING_VERBS = frozenset({"warn", "caution"})
#: Modals of what may come: "could", "may", "might", "should"; not "would" / "will" ("warned it would retaliate").
FORECAST_MODALS = frozenset({"could", "may", "might", "should"})
#: Verbs of undergoing: the clause's subject receives what comes.
UNDERGOING_VERBS = frozenset({"face", "expect", "see", "have", "accept", "suffer", "lose", "need", "collapse",
                              "fail", "become", "be", "get", "run"})
#: Harm held over someone: "could face [consequences]", "may face military [action]" is a threat.
REPRISAL_WORDS = frozenset({
    "consequence", "reprisal", "retaliation", "response", "action", "sanction", "punishment", "price", "force",
    "attack", "strike", "war", "retribution", "revenge", "measure", "countermeasure", "penalty",
})


def forecast_warning(trigger: Token) -> bool:
    """True when ``trigger`` is a warning verb whose content clause foretells, with a modal of possibility,
    what may befall its subject, and names no harm held over anyone (see module docstring)."""
    if trigger.lemma_.lower() not in WARNING_VERBS:
        return False
    clause = next((c for c in trigger.children if c.dep_ == "ccomp"), None)
    if clause is None or not {c.lower_ for c in clause.children if c.dep_ == "aux"} & FORECAST_MODALS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    # only a verb of undergoing: "warned it could [strike]" tells the warner's own act, whoever "it" is
    undergoing = clause.lemma_.lower() in UNDERGOING_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in UNDERGOING_VERBS for c in clause.children)
    return undergoing and not any(t.lemma_.lower() in REPRISAL_WORDS for t in clause.subtree)
