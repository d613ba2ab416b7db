"""Load and validate the actor dictionaries (ours, curated, and the user's).

Three layers, later ones winning on the same ``id``:

0. generated JSONL files (``tools/build_actor_data.py`` from the codebooks);
1. ``curated.yaml`` (hand-checked facts: metonyms, groups, current leaders);
2. user files from ``Config.dictionaries`` (``--dictionary FILE``).

Why layers instead of one file: the generated data can be rebuilt at any time
without losing hand corrections, and a user can fix one person without
copying ours. Every problem raises :class:`DictionaryError` naming the file,
the line or entry, and what to change.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eventwire import strict_yaml
from eventwire.errors import DictionaryError

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
GENERATED = ("countries.jsonl", "people.jsonl", "orgs.jsonl", "agents.jsonl")
CURATED = "curated.yaml"
SUPPORTED_VERSIONS = {1}

#: CAMEO actor codes are built of 3-letter blocks: USA, USAGOV, IGOUNOHLHWHO.
CODE_RE = re.compile(r"^(?:[A-Z]{3}){1,5}$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
KINDS = ("person", "state", "organisation", "group")
#: YAML sections and the kind of entry each holds.
SECTIONS = {"metonyms": "organisation", "igos": "organisation", "groups": "group",
            "organisations": "organisation", "companies": "organisation", "people": "person", "countries": "state"}
#: CAMEO's business sector: a company is coded as its home country's business (``DEUBUS``), never the state.
BUSINESS = "BUS"


@dataclass(slots=True, frozen=True)
class Role:
    """A code held from ``start`` to ``end`` (ISO dates; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None
    title: str | None = None
    verified: bool = True  # False: open-ended role from a legacy (2014) file

    def active(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(slots=True)
class Entry:
    """One actor: a state, organisation, group or person."""

    id: str
    kind: str
    name: str
    code: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: tuple[Role, ...] = ()
    base: str | None = None  # code outside any role; default: country
    adjectives: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    layer: int = 0  # 0 generated, 1 curated, 2 user
    source: str = ""


@dataclass(slots=True)
class ActorDictionary:
    entries: dict[str, Entry] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)  # lower-case phrase -> sector code
    agent_layer: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def add(self, entry: Entry) -> None:
        """Add or override: a later layer replaces facts but keeps known aliases."""
        old = self.entries.get(entry.id)
        if old is not None and old.layer <= entry.layer:
            entry.aliases = _unique(entry.aliases + old.aliases)
            if not entry.roles and old.roles and entry.kind == "person" and entry.base is None:
                entry.roles = old.roles
        elif old is not None:
            return
        self.entries[entry.id] = entry

    def add_agent(self, phrase: str, code: str, layer: int) -> None:
        key = phrase.lower().strip()
        if key and self.agent_layer.get(key, -1) <= layer:
            self.agents[key] = code
            self.agent_layer[key] = layer


def load(user_files: list[Path] | None = None, data_dir: Path = DATA_DIR) -> ActorDictionary:
    """Load every layer in order; raise DictionaryError on the first bad entry."""
    dictionary = ActorDictionary()
    for name in GENERATED:
        _load_jsonl(data_dir / name, dictionary, layer=0)
    _load_yaml(data_dir / CURATED, dictionary, layer=1)
    _drop_shadowed_orgs(dictionary)
    for path in user_files or []:
        path = Path(path)
        if not path.exists():
            raise DictionaryError(f"Dictionary file '{path}' does not exist. Check the --dictionary path.")
        if path.suffix in (".jsonl", ".json"):
            _load_jsonl(path, dictionary, layer=2)
        else:
            _load_yaml(path, dictionary, layer=2)
    _drop_unknown_countries(dictionary)
    return dictionary


def _drop_shadowed_orgs(dictionary: ActorDictionary) -> None:
    """Legacy files list some people without dates as if organisations
    ("Assad" -> SYRGOV); where we curate that person, the legacy org goes."""
    for entry_id in [i for i, e in dictionary.entries.items() if e.layer == 0 and i.startswith("org:")]:
        person = dictionary.entries.get("person:" + entry_id[4:])
        if person is not None and person.layer > 0:
            person.aliases = _unique(person.aliases + [a for a in dictionary.entries[entry_id].aliases
                                                       if len(a.split()) == 1])
            del dictionary.entries[entry_id]


def _drop_unknown_countries(dictionary: ActorDictionary) -> None:
    """Legacy codes start with regions too ("EAF" East Africa): not a state, so no country."""
    states = {e.country for e in dictionary.entries.values() if e.kind == "state"}
    for entry in dictionary.entries.values():
        if entry.country is not None and entry.country not in states:
            entry.country = None


def _fail(where: str, problem: str, fix: str) -> DictionaryError:
    return DictionaryError(f"{where}: {problem}. {fix}")


def _load_jsonl(path: Path, dictionary: ActorDictionary, layer: int) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise _fail(str(path), "empty file", 'Start it with a header line {"version": 1, "kind": "people"}.')
    header = _json_line(path, 1, lines[0])
    _check_version(header.get("version"), f"{path}:1")
    kind = header.get("kind")
    dictionary.files.append(str(path))
    for lineno, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        record = _json_line(path, lineno, line)
        where = f"{path}:{lineno}"
        if kind == "agents":
            _add_agent_record(record, where, dictionary, layer)
        elif kind == "countries":
            dictionary.add(_country(record, where, layer))
        elif kind in ("people", "organisations"):
            record.setdefault("kind", "person" if kind == "people" else "organisation")
            dictionary.add(_entry(record, where, layer))
        else:
            raise _fail(f"{path}:1", f"unknown kind {kind!r}", "Use agents, countries, people or organisations.")


def _json_line(path: Path, lineno: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _fail(f"{path}:{lineno}", f"not valid JSON ({exc.msg})", "Write one JSON object per line.") from exc
    if not isinstance(record, dict):
        raise _fail(f"{path}:{lineno}", "not a JSON object", "Write one JSON object per line.")
    return record


def _check_version(version: Any, where: str) -> None:
    if version not in SUPPORTED_VERSIONS:
        raise _fail(where, f"unsupported or missing version {version!r}",
                    f"Add 'version: 1' at the top (supported: {sorted(SUPPORTED_VERSIONS)}).")


def _load_yaml(path: Path, dictionary: ActorDictionary, layer: int) -> None:
    try:
        # libyaml's loader when installed: same objects, about 6x faster at start-up (every worker pays it)
        data = strict_yaml.load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise _fail(where, f"not valid YAML ({getattr(exc, 'problem', exc)})", "Fix the YAML syntax.") from exc
    except ValueError as exc:  # YAML's own date parsing: 2001-13-01
        raise _fail(str(path), f"bad value ({exc})", "Write dates as YYYY-MM-DD with a real month and day.") from exc
    if not isinstance(data, dict):
        raise _fail(str(path), "not a YAML mapping", "Start the file with 'version: 1' and sections such as 'people:'.")
    _check_version(data.get("version"), str(path))
    dictionary.files.append(str(path))
    unknown = set(data) - set(SECTIONS) - {"version", "agents"}
    if unknown:
        raise _fail(str(path), f"unknown section(s) {sorted(unknown)}",
                    f"Use only: version, agents, {', '.join(SECTIONS)}.")
    for section, kind in SECTIONS.items():
        for index, record in enumerate(data.get(section) or []):
            where = f"{path}: {section}[{index}]"
            if not isinstance(record, dict):
                raise _fail(where, "entry is not a mapping", "Write each entry as {name: ..., code: ...}.")
            where += f" ({record.get('name', '?')})"
            if kind == "state":
                dictionary.add(_country(record, where, layer))
            else:
                record.setdefault("kind", kind)
                entry = _entry(record, where, layer)
                if section == "companies":
                    _check_company(entry, where)
                dictionary.add(entry)
    for sector, words in (data.get("agents") or {}).items():
        for word in words or []:
            _add_agent_record({"phrase": word, "code": sector}, f"{path}: agents.{sector}", dictionary, layer)


def _check_company(entry: Entry, where: str) -> None:
    """A company needs its home country, and its code is that country's business sector: a firm coded as a
    state or another state's business would turn its deals into the state's acts."""
    if entry.country is None or entry.code != entry.country + BUSINESS:
        raise _fail(where, f"company coded {entry.code!r} with country {entry.country!r}",
                    f"Give the home country and its business code, e.g. country: DEU, code: DEU{BUSINESS}.")


def _add_agent_record(record: dict, where: str, dictionary: ActorDictionary, layer: int) -> None:
    phrase, code = record.get("phrase"), record.get("code")
    if not isinstance(phrase, str) or not phrase.strip():
        raise _fail(where, "agent without a phrase", "Give each agent word as a non-empty string.")
    if not isinstance(code, str) or not CODE_RE.match(code):
        raise _fail(where, f"bad agent code {code!r} for {phrase!r}", "Use a CAMEO sector code such as GOV, MIL, REB.")
    dictionary.add_agent(phrase, code, layer)


def _code(value: Any, where: str, what: str) -> str:
    if not isinstance(value, str) or not CODE_RE.match(value):
        raise _fail(where, f"bad {what} {value!r}",
                    "A CAMEO code is upper-case 3-letter blocks, e.g. USA, USAGOV, IGOUNO.")
    return value


def _names(record: dict, key: str, where: str) -> list[str]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, f"'{key}' must be a list of non-empty strings", f"Write {key}: [First, Second].")
    return [v.strip() for v in value]


def _country(record: dict, where: str, layer: int) -> Entry:
    iso3 = record.get("iso3")
    if not isinstance(iso3, str) or not COUNTRY_RE.match(iso3):
        raise _fail(where, f"bad iso3 {iso3!r}", "Give the ISO 3166-1 alpha-3 code, e.g. iso3: SYR.")
    name = record.get("name") or iso3
    return Entry(id=f"state:{iso3}", kind="state", name=name, code=_code(record.get("code", iso3), where, "code"),
                 country=iso3, aliases=_names(record, "names", where), adjectives=_names(record, "adjectives", where),
                 capitals=_names(record, "capitals", where), cities=_names(record, "cities", where),
                 layer=layer, source=where)


def _entry(record: dict, where: str, layer: int) -> Entry:
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(where, "entry without a name", "Give every entry a 'name'.")
    kind = record.get("kind")
    if kind not in KINDS:
        raise _fail(where, f"unknown kind {kind!r}", f"Use one of {', '.join(KINDS)}.")
    country = record.get("country")
    if country is not None and (not isinstance(country, str) or not COUNTRY_RE.match(country)):
        raise _fail(where, f"bad country {country!r}", "Give an ISO3 code such as RUS, or leave it out.")
    roles = tuple(_role(r, where, layer) for r in record.get("roles") or [])
    code = record.get("code")
    if kind != "person" and code is None:
        raise _fail(where, "organisation or group without a code", "Add code: e.g. RUSGOV or IGOUNO.")
    if code is not None:
        code = _code(code, where, "code")
    base = _code(record["base"], where, "base code") if record.get("base") else None
    entry_id = record.get("id") or f"{'person' if kind == 'person' else 'org'}:{slugify(name)}"
    if kind in ("organisation", "group") and country is None and code and code[:3] not in ("IGO", "NGO", "IMG", "MNC"):
        country = code[:3]  # checked against the known states once everything is loaded
    return Entry(id=entry_id, kind=kind, name=name.strip(), code=code, country=country,
                 aliases=_names(record, "aliases", where), roles=roles, base=base, layer=layer,
                 source=record.get("src") or record.get("source") or where)


def _role(value: Any, where: str, layer: int) -> Role:
    """``[code, from, to, title?]`` or ``{code, from, to, title}``."""
    if isinstance(value, dict):
        value = [value.get("code"), value.get("from"), value.get("to"), value.get("title")]
    if not isinstance(value, list) or not 1 <= len(value) <= 4:
        raise _fail(where, f"bad role {value!r}",
                    "Write a role as [CODE, YYYY-MM-DD or null, YYYY-MM-DD or null, title].")
    code, start, end, title = ([*list(value), None, None, None])[:4]
    start, end = _date(start, where), _date(end, where)
    if start and end and end < start:
        raise _fail(where, f"role {code} ends ({end}) before it starts ({start})", "Swap or correct the dates.")
    verified = layer > 0 or end is not None
    return Role(_code(code, where, "role code"), start, end, title, verified)


def _date(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise _fail(where, f"bad date {value!r}", "Write dates as YYYY-MM-DD, or null for an open end.")


def slugify(name: str) -> str:
    """ASCII id part: ``Recep Tayyip Erdoğan`` -> ``recep_tayyip_erdogan``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.lower(), item)
    return list(seen.values())
