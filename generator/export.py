"""The JSON form of an analysis, printed by ``explainers analyze``."""

from __future__ import annotations

from .models import Explainer


def as_json(explainer: Explainer) -> dict[str, object]:
    """A JSON-ready dict: metadata, then every sentence with its paragraph, role and page."""
    article = explainer.article
    return {
        "path": str(article.path),
        "slug": explainer.slug,
        "title": article.title,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "author": article.author,
        "captions": list(article.captions),
        "sections": [
            {"heading": s.heading, "paragraphs": [p.number for p in s.paragraphs]}
            for s in article.sections
        ],
        "sentences": [
            {
                "id": item.sentence.id,
                "paragraph": item.sentence.paragraph,
                "text": item.sentence.text,
                "role": item.role,
                "page": item.page,
            }
            for item in explainer.sentences
        ],
        "summary": list(explainer.summary),
        "players": [
            {
                "name": p.name,
                "kind": p.kind,
                "description": p.description,
                "mentions": p.mentions,
                "sentences": list(p.sentences),
                "aliases": list(p.aliases),
                "country": p.country,
            }
            for p in explainer.players
        ],
        "timeline": [
            {"date": d.date, "text": d.text, "sentence": d.sentence, "resolved": d.resolved}
            for d in explainer.timeline
        ],
        "issues": [
            {
                "title": issue.title,
                "sentences": list(issue.sentences),
                "sides": [{"player": side.player, "sentences": list(side.sentences)} for side in issue.sides],
            }
            for issue in explainer.issues
        ],
    }
