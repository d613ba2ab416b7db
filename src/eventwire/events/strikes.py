"""A strike from work is a protest, not a military strike.

"Strike" is both an attack (190, 195) and a stoppage of work (143). The
patterns of force take the bare noun and the verb ("launched a strike against X", "carried
out strikes"), and the general-strike patterns need "general", "nationwide"
or "went on strike". When the doer is a body of workers ("the unions",
"teachers", a labour-sector actor) or a crowd of protesters, the strike is a
stoppage: such doers launch no air raids. CAMEO 143: conduct strike or
boycott. The same doers threatening to strike threaten a stoppage, not force:
CAMEO 133 (threaten with political dissent) names strikes and boycotts.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Actor
from eventwire.roots import MATERIAL_CONFLICT_ROOTS

#: Nouns of a stoppage of work.
STRIKE_NOUNS = frozenset({"strike", "walkout", "stoppage"})
#: Actor sectors whose strikes are stoppages: labour, education, health, farming.
WORKER_SECTORS = frozenset({"LAB", "EDU", "MED", "AGR"})
#: Doer nouns of a stoppage, whatever sector the actors stage gave them.
WORKER_NOUNS = frozenset({
    "worker", "employee", "union", "unionist", "trade-unionist", "teacher", "nurse", "doctor", "miner", "docker",
    "driver", "trucker", "staff", "farmer", "student", "protester", "protestor", "demonstrator", "marcher",
})
#: The threat of force that a threatened strike is read as ("threatened to strike").
FORCE_THREAT = "138"
STOPPAGE_CODE = "143"
THREATENED_STOPPAGE_CODE = "133"


def labour_strike(cameo: str, words: list[Token], doer: Token, actor: Actor) -> bool:
    """True when a code of force rests on a strike noun (the trigger or its required object, in ``words``)
    whose doer is a body of workers or protesters: "[the unions] launched a [strike] against X", "[the unions]
    threatened to [strike]"."""
    if cameo[:2] not in MATERIAL_CONFLICT_ROOTS and not cameo.startswith(FORCE_THREAT):
        return False
    if not any((w.pos_ == "NOUN" and w.lemma_.lower() in STRIKE_NOUNS) or _struck_work(w) for w in words):
        return False
    return doer.lemma_.lower() in WORKER_NOUNS or actor.sector in WORKER_SECTORS


def stoppage_code(cameo: str) -> str:
    """The protest code a labour strike read as ``cameo`` takes: a threatened stoppage (133) for a threat of
    force, else the stoppage itself (143)."""
    return THREATENED_STOPPAGE_CODE if cameo.startswith(FORCE_THREAT) else STOPPAGE_CODE


def _struck_work(word: Token) -> bool:
    """ "[the unions] voted to [strike] on Monday", "... to strike over cuts": the verb with no one struck is
    the stoppage; "[nurses] struck [the guard]" is not ("over" read as a particle makes "cuts" an object)."""
    if word.pos_ != "VERB" or word.lemma_.lower() != "strike":
        return False
    children = list(word.children)
    return (not any(c.dep_ in ("dobj", "obj") for c in children)
            or any(c.dep_ == "prt" and c.lower_ in ("over", "for") for c in children))
