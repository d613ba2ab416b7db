"""A woman's honorific with a man's surname names another person where the story writes both.

"Michael Howard ... Mr Howard ... Mrs Howard": the dictionary holds no one's sex, but the article's own
honorifics tell the two apart, so Mrs Howard is not the party leader. Without a "Mr" of that surname in the
story, a "Ms"/"Mrs" surname is read as before.
"""

from __future__ import annotations

from eventwire import actors
from eventwire.model import Article

STORY = ("Michael Howard will tour the marginal seats. Mr Howard said the campaign was going well. "
         "Mrs Howard will make solo visits to schools.")


def _actors(ctx, text):
    article = Article(id="woman-of-a-surname", text=text, published="2005-03-01")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: a for a in article.actors}


def test_actors_mrs_is_not_the_mr_of_the_story(ctx):
    found = _actors(ctx, STORY)
    assert found["Mr Howard"].entity_id == "person:michael_howard"
    assert found["Mrs Howard"].entity_id != "person:michael_howard"
    assert found["Mrs Howard"].code is None
