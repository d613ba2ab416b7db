"""CAMEO's conventions for announced and for refused acts.

CAMEO does not code "Israel announced it would free 150 prisoners" as a
release (0841): it codes the statement of intent (0353, express intent to
release); an announced coercive or violent act is coded as the matching
threat ("will extend the curfew" -> 1323, "will attack" -> 1384). So an event
whose modality is ``intended`` is recoded to the code for announcing it; the
modality stays ``intended`` so queries can still tell it from a done deed. A
plan of protest or coercion held over no one is not a threat and keeps its
own code (``threats.py``).
Verbal codes (01-03, 09-13) and posture (15) already describe statements or
displays and are kept.

Likewise a refused cooperative act is coded as the refusal (root 12):
"refused to lift sanctions" is 1244 (decline to ease economic sanctions),
"refused to meet" 125, asserted, not a negated 085 or 040.
"""

from __future__ import annotations

#: Longest prefix wins: material code prefix -> intent (or threat) code.
INTENT_CODES: dict[str, str] = {
    "04": "036",  # consult -> express intent to meet or negotiate
    "05": "032", "057": "030",
    "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
    "0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
    "14": "133",
    "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "17": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "175": "137",
    "18": "1383",
    "19": "1384", "191": "1381", "192": "1382",
    "20": "1385",
}
KEPT_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13", "15"})


def intent_code(cameo: str) -> str:
    """The code for announcing ``cameo`` as an intention; ``cameo`` itself for verbal codes."""
    if cameo[:2] in KEPT_ROOTS:
        return cameo
    for length in (4, 3, 2):
        mapped = INTENT_CODES.get(cameo[:length])
        if mapped:
            return mapped
    return cameo


#: Verbs whose complement names the act refused.
REFUSAL_VERBS = frozenset({"refuse", "decline", "reject", "rebuff", "spurn"})
REFUSAL_CODES: dict[str, str] = {
    "03": "120", "038": "126", "04": "125", "045": "126", "05": "120", "057": "127",
    "06": "121", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
    "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233",
    "0834": "1234", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}


def refusal_code(cameo: str) -> str | None:
    """The REJECT code for refusing ``cameo``; None where refusing it is no CAMEO event."""
    for length in (4, 3, 2):
        mapped = REFUSAL_CODES.get(cameo[:length])
        if mapped:
            return mapped
    return None
