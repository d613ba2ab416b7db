"""Contrasts: one source pointedly silent on what another source said.

The quotes stage records silences ("It made no mention of safe zones") in
``article.metadata["omissions"]``. Here each silence is matched against the
quotes of the same story — the article itself, the batch, and the store —
from a *different* speaker whose words contain the topic. A match is stored
as ``article.metadata["contrasts"]`` so the store keeps it with the article
and can roll it up to the story or incident.
"""

from __future__ import annotations

from typing import Any

from eventwire.link.trigger_words import stems
from eventwire.model import Article


def link_contrasts(articles: list[Article], con=None) -> None:
    """Fill ``metadata["contrasts"]`` for articles that carry silences."""
    by_story: dict[str | None, list[Article]] = {}
    for article in articles:
        by_story.setdefault(article.story_id, []).append(article)
    batch_ids = [a.id for a in articles]
    for article in articles:
        omissions = article.metadata.get("omissions") or []
        if not omissions:
            continue
        pool = _batch_quotes(by_story.get(article.story_id, [article]) if article.story_id else [article])
        pool += _stored_quotes(con, article.story_id, batch_ids)
        contrasts = [c for omission in omissions for c in _contrasts(article, omission, pool)]
        if contrasts:
            article.metadata["contrasts"] = contrasts


def _batch_quotes(articles: list[Article]) -> list[dict[str, Any]]:
    return [
        {"article_id": a.id, "span": q.span.to_list(), "text": q.text,
         "code": q.speaker.code if q.speaker else None,
         "entity_id": q.speaker.entity_id if q.speaker else None,
         "speaker": (q.speaker.name or q.speaker.text) if q.speaker else None}
        for a in articles for q in a.quotes
    ]


def _stored_quotes(con, story_id: str | None, exclude: list[str]) -> list[dict[str, Any]]:
    if con is None or story_id is None:
        return []
    rows = con.execute(
        'SELECT q.article_id, q.start, q."end", q.text, q.speaker_code, q.speaker_entity_id, q.speaker_text '
        "FROM quotes q JOIN articles a USING (article_id) "
        "WHERE a.story_id = ? AND NOT list_contains(?, q.article_id)",
        [story_id, exclude],
    ).fetchall()
    return [{"article_id": r[0], "span": [r[1], r[2]], "text": r[3] or "", "code": r[4], "entity_id": r[5],
             "speaker": r[6]} for r in rows]


def _contrasts(article: Article, omission: dict, pool: list[dict[str, Any]]) -> list[dict[str, Any]]:
    topic = stems(omission.get("topic") or "")
    silent = omission.get("speaker") or {}
    if not topic or not silent:
        return []
    out = []
    for quote in pool:
        if not topic <= stems(quote["text"]) or _same_speaker(silent, quote):
            continue
        out.append({
            "topic": omission["topic"], "story_id": article.story_id,
            "silent": {"code": silent.get("code"), "name": silent.get("name") or silent.get("text"),
                       "span": omission["span"]},
            "stated_by": {"code": quote["code"], "name": quote["speaker"], "article_id": quote["article_id"],
                          "quote_span": quote["span"]},
        })
    return out


def _same_speaker(silent: dict, quote: dict[str, Any]) -> bool:
    """Same actor if the entity ids agree, else if the codes do (unknown: not the same)."""
    if silent.get("entity_id") and quote["entity_id"]:
        return silent["entity_id"] == quote["entity_id"]
    if silent.get("code") and quote["code"]:
        return silent["code"] == quote["code"]
    return False
