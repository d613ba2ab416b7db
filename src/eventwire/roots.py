"""CAMEO root and sector groups that more than one stage reads.

The coder, the time resolver and the incident linker all treat force (roots
18-20) as one kind of act. The group lives here, in a module free of spaCy,
so that the linker, which runs on stored events without a parse, can share
the one definition with the stages that parse.
"""

from __future__ import annotations

#: Material conflict by force (assault, fight, mass violence): the roots whose event nouns take victims ("children
#: killed in an attack"), whose alleged acts are accusations, whose plans are threats, whose strike nouns a body of
#: workers can only mean as a stoppage, whose codes the linker lets meet across roots, and whose ongoing or denied
#: tellings the time resolver keeps to the report's day.
MATERIAL_CONFLICT_ROOTS = frozenset({"18", "19", "20"})
#: Force on people or things (assault, fight), without mass violence (20): the roots whose acts the coder reads
#: again by who suffered them or by what was said of them (chemical arms, repression, verbal attacks).
FORCE_ROOTS = frozenset({"18", "19"})
#: Violent repression: force on a crowd (police firing on protesters), coded 175 by whom it falls on. The coder
#: covers one-sided force under it and the linker links it as the force it is, both under root 19.
REPRESSION_CODE = "175"
REPRESSION_FORCE_ROOT = "19"


#: A state's own organs, as CAMEO sector codes: its government, armed forces, police, intelligence services,
#: courts and legislature. The actors stage, the coder and the linker each ask whether an actor acts as its
#: state (a state's organs deal with other states; an allegation by them is the state's; they are one side of
#: a dyad), so the set is written once. Not a former official (ELI), an opposition or the public.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
