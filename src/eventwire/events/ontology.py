"""The CAMEO event-code table (``data/cameo.csv``), validated on load.

Every coded event takes its label, root, quad class, Goldstein value and
PLOVER category from this one table, so the numbers an analyst sees always
agree with the documented sources (see ``data/README.md``).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwire.config import Context
from eventwire.errors import DictionaryError

PLOVER_2021 = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "REQUEST",
    "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)
COLUMNS = ["code", "label", "goldstein", "quad_class", "root", "plover", "plover_mode"]


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of the CAMEO table."""

    code: str
    label: str
    goldstein: float
    quad_class: int
    root: str
    plover: str | None
    plover_mode: str | None


def quad_class_of(root: str) -> int:
    """Quad class by root: 01-05 verbal coop, 06-09 material coop, 10-14 verbal conflict, 15-20 material."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 9 else 3 if number <= 14 else 4


def default_path() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "cameo.csv"))


def load_cameo(path: Path | None = None) -> dict[str, CameoCode]:
    """Read and validate the table; raise :class:`DictionaryError` naming the bad row."""
    path = path or default_path()
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not re.match(r"#\s*version:\s*\d+", lines[0]):
        raise DictionaryError(f"{path.name}: first line must be '# version: N ...'. Restore the file.", code="E031")
    reader = csv.DictReader(lines[1:])
    if reader.fieldnames != COLUMNS:
        expected = ",".join(COLUMNS)
        raise DictionaryError(f"{path.name}: columns must be {expected}, got {reader.fieldnames}.", code="E031")
    table: dict[str, CameoCode] = {}
    for number, row in enumerate(reader, start=3):
        entry = _validated_row(row, f"{path.name} line {number}")
        if entry.code in table:
            raise DictionaryError(f"{path.name} line {number}: duplicate code {entry.code}.", code="E031")
        table[entry.code] = entry
    missing_roots = [f"{r:02d}" for r in range(1, 21) if f"{r:02d}" not in table]
    if missing_roots:
        raise DictionaryError(f"{path.name}: roots {missing_roots} are missing.", code="E031")
    return table


def _validated_row(row: dict[str, str], where: str) -> CameoCode:
    code = row["code"].strip()
    if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
        raise DictionaryError(f"{where}: '{code}' is not a CAMEO code (2-4 digits, root 01-20).", code="E031")
    try:
        goldstein = float(row["goldstein"])
        quad = int(row["quad_class"])
    except ValueError as exc:
        raise DictionaryError(f"{where}: goldstein/quad_class must be numbers ({exc}).", code="E031") from exc
    if not -10.0 <= goldstein <= 10.0:
        raise DictionaryError(f"{where}: Goldstein {goldstein} is outside [-10, 10].", code="E031")
    if row["root"] != code[:2] or quad != quad_class_of(code[:2]):
        raise DictionaryError(f"{where}: root/quad_class do not match code {code}.", code="E031")
    plover = row["plover"].strip() or None
    if plover is not None and plover not in PLOVER_2021:
        raise DictionaryError(f"{where}: '{plover}' is not a PLOVER 2021 category.", code="E031")
    return CameoCode(code, row["label"].strip(), goldstein, quad, code[:2], plover, row["plover_mode"].strip() or None)


def cameo_table(ctx: Context) -> dict[str, CameoCode]:
    """The table, loaded once per process through the Context."""
    return ctx.resource("events.cameo", lambda _ctx: load_cameo())
