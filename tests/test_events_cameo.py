"""The CAMEO table: complete, consistent, and validated on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DictionaryError
from eventwire.events.ontology import PLOVER_2021, default_path, load_cameo, quad_class_of

TABLE = load_cameo()


def test_events_cameo_has_all_roots_and_leaves():
    assert {c for c in TABLE if len(c) == 2} == {f"{r:02d}" for r in range(1, 21)}
    assert len(TABLE) > 300
    for code in TABLE:
        assert code[:2] in TABLE and (len(code) < 4 or code[:3] in TABLE), code
    assert not any(not code.isdigit() for code in TABLE)  # junk keys like 138i are gone


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover"),
    [
        ("041", 1.0, 1, "CONSULT"),
        ("036", 4.0, 1, "AGREE"),
        ("111", -2.0, 3, "ACCUSE"),
        ("016", -2.0, 1, "REJECT"),  # GDELT value; PLOVER per the manual's suggestion (data/README.md)
        ("163", -8.0, 4, "COERCE"),
        ("195", -10.0, 4, "ASSAULT"),
        ("0874", 10.0, 2, "RETREAT"),
        ("1056", -5.0, 3, "REQUEST"),
        ("124", -4.0, 3, "REJECT"),
        ("166", -7.0, 4, "SANCTION"),
    ],
)
def test_events_cameo_known_rows(code, goldstein, quad, plover):
    row = TABLE[code]
    assert (row.goldstein, row.quad_class, row.plover) == (goldstein, quad, plover)


def test_events_cameo_quad_classes_and_plover_names():
    assert [quad_class_of(r) for r in ("01", "05", "06", "09", "10", "14", "15", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]
    assert all(row.plover in PLOVER_2021 for row in TABLE.values() if row.plover)
    assert all(row.plover is None for code, row in TABLE.items() if code[:2] == "01" and code != "016")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda lines: ["code,label", *lines[1:]], "version"),
        (lambda lines: [*lines, "138i,Threaten,-7.0,3,13,THREATEN,"], "not a CAMEO code"),
        (lambda lines: [*lines, "041,Again,1.0,1,04,CONSULT,"], "duplicate"),
        (lambda lines: [*lines, "2043,Bad,-11.0,4,20,ASSAULT,"], "outside"),
        (lambda lines: [*lines, "2043,Bad,-9.0,3,20,ASSAULT,"], "quad_class"),
        (lambda lines: [*lines, "2043,Bad,-9.0,4,20,FIGHT,"], "PLOVER"),
    ],
)
def test_events_cameo_invalid_table_raises(tmp_path: Path, mutate, message):
    lines = default_path().read_text(encoding="utf-8").splitlines()
    path = tmp_path / "cameo.csv"
    path.write_text("\n".join(mutate(lines)) + "\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_cameo(path)


def test_events_cameo_intent_and_refusal_maps_point_into_the_table():
    from eventwire.events.intent import INTENT_CODES, REFUSAL_CODES

    assert set(INTENT_CODES.values()) <= set(TABLE)
    assert set(REFUSAL_CODES.values()) <= set(TABLE)
    assert all(code.startswith("03") or code.startswith("13") for code in INTENT_CODES.values())
    assert all(code.startswith("12") for code in REFUSAL_CODES.values())
