"""The events the dashboard ships with: the seed article's reviewed events.

``seed_events.json`` holds the article's citation (title, author, outlet, URL,
publication date) and the events derived from it, verified by a reviewer: summaries in
our own words, the evidence sentence each came from, coordinates in EPSG:4326 degrees.
The article's full text is not part of the project.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import Event, Source, parse_iso_date

__all__ = ["SEED_FILE", "seed_article_and_events"]

#: The shipped seed data.
SEED_FILE = Path(__file__).resolve().parent / "seed_events.json"


@lru_cache(maxsize=1)
def _load() -> dict[str, Any]:
    return json.loads(SEED_FILE.read_text(encoding="utf-8"))


def seed_article_and_events() -> tuple[dict[str, Any], list[Event]]:
    """The seed article (kwargs for ``EventStore.add_article``, no text) and its validated events."""
    doc = _load()
    meta = doc["article"]
    published: date = parse_iso_date(meta["published"], "article.published")
    source = Source(title=meta["title"], outlet=meta["outlet"], url=meta["url"], published=published)
    article = {"title": meta["title"], "outlet": meta["outlet"], "url": meta["url"], "published": published}
    events = [Event.from_dict(row | {"source": {**source.__dict__, "published": published}}) for row in doc["events"]]
    return article, events
