"""Known companies are their home country's business sector (``companies`` in curated.yaml, ``actors/companies.py``).

CAMEO codes a firm as ``<ISO3>BUS``, never as the state. The firm's name before a common noun is a product or a
platform, not the firm acting, and a firm's home country lends nearby role words no country (multinationals are
written about everywhere); business words ("the company") still take it.
"""

from __future__ import annotations

import pytest

from actors_support import codes_by_text
from eventwire.actors.dictionary import load
from eventwire.errors import DictionaryError


def codes(ctx, text: str) -> dict[str, str | None]:
    return codes_by_text(ctx, text, "2019-03-04", "company-test")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A Bavarian court fined Siemens for bribes paid by a subsidiary.", "Siemens", "DEUBUS"),
    ("Samsung turned down a bid from a rival.", "Samsung", "KORBUS"),
    ("Regulators in Ohio questioned General Electric about the turbines.", "General Electric", "USABUS"),
    ("Reliance Jio will build a landing station near the coast.", "Reliance Jio", "INDBUS"),
    # a company's name that is also a town's is the company ("Toyota" in Aichi)
    ("Toyota said it would recall its trucks.", "Toyota", "JPNBUS"),
    # its own country's word before it is part of the firm's mention, never the state beside it
    ("Japan's Toshiba signed a supply deal with the city council.", "Japan's Toshiba", "JPNBUS"),
])
def test_actors_known_company_is_its_countrys_business(ctx, text, mention, code):
    assert codes(ctx, text).get(mention) == code


@pytest.mark.parametrize(("text", "absent"), [
    ("Her Facebook post mocking the senator was shared widely.", "Facebook"),
    ("The Boeing jets were grounded after the crash.", "Boeing"),
])
def test_actors_company_before_a_thing_is_no_actor(ctx, text, absent):
    assert absent not in codes(ctx, text)


def test_actors_company_lends_its_country_only_to_business_words(ctx):
    found = codes(ctx, "Local police said the stolen Volvo was found near the depot of the company.")
    assert found.get("police") != "SWECOP"
    assert found.get("company") == "SWEBUS"


def test_actors_company_entry_needs_home_country_business_code(tmp_path):
    path = tmp_path / "firms.yaml"
    path.write_text("version: 1\ncompanies:\n  - {name: Acme Widgets, country: SWE, code: SWE}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"companies\[0\] \(Acme Widgets\): company coded 'SWE'"):
        load([path])
    path.write_text("version: 1\ncompanies:\n  - {name: Acme Widgets, country: SWE, code: SWEBUS}\n",
                    encoding="utf-8")
    assert load([path]).entries["org:acme_widgets"].code == "SWEBUS"
