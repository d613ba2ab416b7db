"""One person named with a short given name, an initial or a middle initial in different reports.

"Senator Joe Roe" in one report is "Joseph T. Roe" in another; a name the actor dictionaries do not
list is matched by spelling (``spelled_alike``), which now knows common short forms of given names.
"""

from __future__ import annotations

import pytest

from eventwire.link.people import spelled_alike


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("person:joe_roe", "person:joseph_t_roe"),
        ("person:bill_doe", "person:william_doe"),
        ("person:j_roe", "person:joseph_roe"),
        ("person:tom_smithers", "person:thomas_a_smithers"),
    ],
)
def test_link_given_name_short_forms_match(a, b):
    assert spelled_alike(a, b) and spelled_alike(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("person:bill_roe", "person:hillary_roe"),  # another given name
        ("person:joe_roe", "person:jill_roe"),
        ("person:tom_smithers", "person:tim_smithers"),
        ("person:joe_roe", "person:joseph_doe"),  # another surname
    ],
)
def test_link_given_name_short_forms_others_stay_apart(a, b):
    assert not spelled_alike(a, b)
