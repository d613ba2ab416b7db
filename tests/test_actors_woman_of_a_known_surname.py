"""A woman's honorific with a man's surname names another person where the story writes both.

"Michael Howard ... Mr Howard ... Mrs Howard": the dictionary holds no one's sex, but the article's own
honorifics tell the two apart, so Mrs Howard is not the party leader. Without a "Mr" of that surname in the
story, a "Ms"/"Mrs" surname is read as before.
"""

from __future__ import annotations

from actors_support import actors_by_text

STORY = ("Michael Howard will tour the marginal seats. Mr Howard said the campaign was going well. "
         "Mrs Howard will make solo visits to schools.")


def test_actors_mrs_is_not_the_mr_of_the_story(ctx):
    found = actors_by_text(ctx, STORY, "2005-03-01", "woman-of-a-surname")
    assert found["Mr Howard"].entity_id == "person:michael_howard"
    assert found["Mrs Howard"].entity_id != "person:michael_howard"
    assert found["Mrs Howard"].code is None
