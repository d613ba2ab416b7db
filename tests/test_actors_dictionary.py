"""The actor dictionaries: shipped data validates, bad entries fail clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.actors.dictionary import DATA_DIR, load
from eventwire.actors.roles import code_on
from eventwire.errors import DictionaryError


@pytest.fixture(scope="module")
def shipped(ctx):
    """The shipped dictionaries, as loaded once by the session's Context."""
    from eventwire import actors

    return actors.resources(ctx).dictionary


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory):
    """A data folder with empty generated files: user-file tests need not load 20k entries."""
    folder = tmp_path_factory.mktemp("actors_data")
    for name, kind in (("countries", "countries"), ("people", "people"), ("orgs", "organisations"),
                       ("agents", "agents")):
        (folder / f"{name}.jsonl").write_text(json.dumps({"version": 1, "kind": kind}) + "\n", encoding="utf-8")
    (folder / "curated.yaml").write_text("version: 1\n", encoding="utf-8")
    return folder


def test_actors_shipped_data_is_small():
    total = sum(p.stat().st_size for p in DATA_DIR.iterdir() if p.is_file())
    assert total < 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("entry_id", "code", "country"),
    [
        ("state:RUS", "RUS", "RUS"),
        ("state:PRK", "PRK", "PRK"),
        ("org:kremlin", "RUSGOV", "RUS"),
        ("org:pentagon", "USAMIL", "USA"),
        ("org:united_nations", "IGOUNO", None),
        ("org:nato", "IGOWSTNAT", None),
        ("org:hezbollah", "LBNREBHEZ", "LBN"),
        ("org:islamic_state", "IMGMUSISI", None),
    ],
)
def test_actors_shipped_entries(shipped, entry_id, code, country):
    entry = shipped.entries[entry_id]
    assert (entry.code, entry.country) == (code, country)


def test_actors_countries_have_forms(shipped):
    russia = shipped.entries["state:RUS"]
    assert "Russian" in russia.adjectives and "Russians" in russia.adjectives
    assert "Moscow" in russia.capitals
    assert "Damascus" in shipped.entries["state:SYR"].capitals
    states = [e for e in shipped.entries.values() if e.kind == "state"]
    assert len(states) > 190


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [("officials", "GOV"), ("forces", "MIL"), ("troops", "MIL"), ("police", "COP"), ("rebels", "REB"),
     ("opposition", "OPP"), ("civilians", "CVL"), ("refugees", "REF"), ("intelligence agencies", "SPY"),
     ("foreign minister", "GOV"), ("ambassador", "GOV"), ("chancellor", "GOV")],
)
def test_actors_agent_words(shipped, phrase, sector):
    assert shipped.agents[phrase] == sector


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("people:\n  - {name: A B, country: RUS}\n", "version"),
        ("version: 1\npeople:\n  - {name: A B, country: RUS, roles: [[RUSGUV1, 2001-01-01, null]]}\n",
         "bad role code"),
        ("version: 1\npeople:\n  - {name: A B, country: RUS, roles: [[RUSGOV, '2001-13-01', null]]}\n", "bad date"),
        ("version: 1\npeople:\n  - {name: A B, country: RUS, roles: [[RUSGOV, 2001-13-01, null]]}\n", "bad value"),
        ("version: 1\npeople:\n  - {name: A B, roles: [[RUSGOV, 2005-01-01, 2001-01-01]]}\n", "ends"),
        ("version: 1\npeople:\n  - {country: RUS}\n", "without a name"),
        ("version: 1\ngroups:\n  - {name: Some Front}\n", "without a code"),
        ("version: 1\npeople:\n  - {name: A B, country: Russia}\n", "bad country"),
        ("version: 1\nwizards:\n  - {name: A}\n", "unknown section"),
        ("version: 1\nagents:\n  GOVERNMENT: [officials]\n", "bad agent code"),
    ],
)
def test_actors_bad_user_entries_name_file_entry_and_fix(tmp_path, tiny_data, text, expected):
    path = _write(tmp_path, "mine.yaml", text)
    with pytest.raises(DictionaryError) as error:
        load([path], data_dir=tiny_data)
    message = str(error.value)
    assert message.startswith("E030") and "mine.yaml" in message and expected in message
    if "people:" in text and "version: 1" in text and "bad value" not in expected:
        assert "people[0]" in message


def test_actors_bad_jsonl_line_is_located(tmp_path, tiny_data):
    header = json.dumps({"version": 1, "kind": "people"})
    path = _write(tmp_path, "mine.jsonl", header + "\n" + '{"name": "X Y", "country": "RUS"}\n{broken\n')
    with pytest.raises(DictionaryError, match=r"mine\.jsonl:3: not valid JSON"):
        load([path], data_dir=tiny_data)


def test_actors_missing_user_file(tmp_path, tiny_data):
    with pytest.raises(DictionaryError, match="does not exist"):
        load([tmp_path / "nope.yaml"], data_dir=tiny_data)


def test_actors_user_entries_add_and_override(tmp_path):
    path = _write(tmp_path, "mine.yaml", (
        "version: 1\n"
        "people:\n"
        "  - {name: Ivana Testerova, country: RUS, roles: [[RUSGOV, 2019-01-01, null, foreign minister]]}\n"
        "  - {name: Donald Trump, country: USA, roles: [[USAGOV, 2017-01-20, 2021-01-20, president]]}\n"
        "metonyms:\n"
        "  - {id: 'org:kremlin', name: Kremlin, code: RUSMIL}\n"
    ))
    dictionary = load([path])
    assert code_on(dictionary.entries["person:ivana_testerova"], "2020-05-05").code == "RUSGOV"
    trump = dictionary.entries["person:donald_trump"]
    assert code_on(trump, "2025-06-01").code == "USAELI"  # the user's file ended his term: a former official
    assert dictionary.entries["org:kremlin"].code == "RUSMIL"
    assert "the Kremlin" in dictionary.entries["org:kremlin"].aliases  # our aliases are kept
