"""A person the generated files hold twice, once only under an IGO office of a few months, is coded by the
curated record of their own state's offices: "Prime Minister George Papandreou" is Greece's government."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize("published", [None, "2010-05-06"])
def test_actors_greek_prime_minister_is_the_greek_government(ctx, published):
    codes = codes_by_text(ctx, "Prime Minister George Papandreou told parliament the cuts were needed.", published)
    assert codes["Prime Minister George Papandreou"] == "GRCGOV"
