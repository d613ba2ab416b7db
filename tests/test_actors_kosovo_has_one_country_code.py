"""Kosovo's people, institutions and the country itself share one country code.

The legacy dictionaries file Kosovo as KSV; the country records (and so every actor composed from a Kosovo
place, adjective or title) use XKX. With two codes "President Jahjaga" and "the president of Kosovo" were two
actors; the builder maps the legacy code (``tools/build_actor_data.LEGACY_COUNTRY_CODES``).
"""

from __future__ import annotations

from importlib import resources

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("sentence", "published", "person"), [
    ("President Jahjaga of Kosovo spoke to reporters.", "2012-06-01", "President Jahjaga"),
    ("Hashim Thaci said Kosovo would not talk.", "2009-01-01", "Hashim Thaci"),
])
def test_actors_kosovo_leader_and_country_share_the_code(ctx, sentence, published, person):
    codes = codes_by_text(ctx, sentence, published)
    assert codes["Kosovo"] == "XKX"
    assert codes[person] == "XKXGOV"


@pytest.mark.parametrize("name", ["people.jsonl", "orgs.jsonl"])
def test_actors_no_dictionary_record_keeps_the_legacy_kosovo_code(name):
    text = resources.files("eventwire.data.actors").joinpath(name).read_text(encoding="utf-8")
    assert '"KSV' not in text
