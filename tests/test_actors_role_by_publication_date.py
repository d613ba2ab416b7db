"""A named person's code is the role held on the article's publication date.

Why: people change jobs; a 2005 report on a property developer who later became president must not code
him as the government. The dictionary's dated roles decide, and the date of publication reaches the lookup.
"""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def person_codes(ctx, text: str, published: str | None) -> list[tuple[str, str | None]]:
    article = Article(id="role-date-test", text=text, published=published)
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.text, a.code) for a in article.actors if a.kind == "person"]


@pytest.mark.parametrize(("published", "code"), [("2005-03-14", "USABUS"), ("2016-11-20", "USA"),
                                                 ("2017-01-20", "USAGOV"), ("2019-05-02", "USAGOV")])
def test_actors_developer_is_business_candidate_his_country_and_government_in_office(ctx, published, code):
    text = "Donald Trump criticised the city council over the new tower on Monday."
    assert person_codes(ctx, text, published) == [("Donald Trump", code)]


def test_actors_surname_alone_takes_the_same_dated_role(ctx):
    text = "Donald Trump unveiled plans for a casino. Trump said the project would create jobs."
    assert [code for _, code in person_codes(ctx, text, "2005-03-14")] == ["USABUS", "USABUS"]


def test_actors_senator_before_vice_presidency_is_legislature(ctx):
    text = "Joe Biden questioned the nominee at a hearing on Tuesday."
    assert person_codes(ctx, text, "2005-03-14") == [("Joe Biden", "USALEG")]


def test_actors_undated_article_takes_the_latest_role(ctx):
    text = "Donald Trump criticised the city council over the new tower on Monday."
    assert person_codes(ctx, text, None) == [("Donald Trump", "USAGOV")]
