"""In-article coreference: one entity id per actor, stable across reruns."""

from __future__ import annotations

from eventwire import actors
from eventwire.model import Article

TEXT = (
    "President Donald Trump phoned Vladimir Putin on Friday. Mr. Trump said the call went well, and "
    "the Russian leader agreed to more talks. Later the president told aides that Trump Tower was safe. "
    "Local mayor Hanna Kettleborough praised the plan; Kettleborough said she would attend."
)


def run(ctx, text: str = TEXT, published: str = "2018-07-01") -> Article:
    article = Article(id="c1", text=text, published=published)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return article


def ids(article: Article) -> dict[str, str]:
    return {a.text: a.entity_id for a in article.actors}


def test_actors_coref_trump_mentions_share_id(ctx):
    found = ids(run(ctx))
    assert found["President Donald Trump"] == "person:donald_trump"
    assert found["Mr. Trump"] == "person:donald_trump"
    assert found["president"] == "person:donald_trump"


def test_actors_coref_russian_leader_is_putin(ctx):
    article = run(ctx)
    leader = next(a for a in article.actors if a.text == "Russian leader")
    assert leader.entity_id == "person:vladimir_putin" and leader.code == "RUSGOV"
    assert "coref_title" in leader.flags


def test_actors_coref_unknown_surname_joins_full_name(ctx):
    found = ids(run(ctx))
    full = next(v for k, v in found.items() if "Hanna Kettleborough" in k)
    assert full == "c1#person:hanna_kettleborough"
    assert found["Kettleborough"] == full


def test_actors_coref_ids_stable_across_reruns(ctx):
    first = [a.to_dict() for a in run(ctx).actors]
    second = [a.to_dict() for a in run(ctx).actors]
    assert first == second
