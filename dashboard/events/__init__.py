"""Article-derived events for Arctic Atlas: extraction, the event record, the store, files.

Typical use by a page::

    from dashboard.events import EventStore, extract_events, events_to_frame
    events = extract_events(text, published, title=..., outlet=..., url=...)  # review these
    store = EventStore()                      # $ATLAS_DB or .atlas/events.sqlite
    article_id = store.add_article(title, outlet, url, published, text)
    store.save_events(reviewed_events, article_id)
    frame = store.query(start=..., categories=[...], actors=[...])  # one row per event

Coordinates are EPSG:4326 degrees throughout.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import DuplicateArticleError, ImportConflictError, StoreBusyError, StoreError
from .io import (
    EXPORT_COLUMNS,
    MAX_ARTICLE_CHARS,
    MAX_FILE_BYTES,
    EventFileError,
    decode_article,
    events_to_csv,
    events_to_frame,
    events_to_geojson,
    read_events_file,
)
from .model import (
    CATEGORIES,
    CATEGORY_COLORS,
    DATE_PRECISIONS,
    GEO_PRECISION_LABELS,
    GEO_PRECISIONS,
    Event,
    EventValidationError,
    Source,
    validate_event,
)
from .store import EVENT_COLUMNS, EventStore, db_location, db_path, is_postgres_url

if TYPE_CHECKING:
    from .extraction.actor_names import ACTORS
    from .extraction.actors import find_actors
    from .extraction.dates import resolve_date
    from .extraction.extract import EXTRACTOR_VERSION, extract_events
    from .extraction.places import default_gazetteer
    from .extraction.text import clean_text, split_sentences

#: The extractor's names, imported on first use: its rules (word lists, patterns, the gazetteer's
#: loader) took 0.15 s of the 1.1 s the Map imports before a server's first run of it, and the
#: Map only reads stored events. ``from dashboard.events import extract_events`` works as before.
_EXTRACTION = {
    "ACTORS": "actor_names",
    "find_actors": "actors",
    "resolve_date": "dates",
    "EXTRACTOR_VERSION": "extract",
    "extract_events": "extract",
    "default_gazetteer": "places",
    "clean_text": "text",
    "split_sentences": "text",
}


def __getattr__(name: str) -> Any:
    if name in _EXTRACTION:
        return getattr(importlib.import_module(f"{__name__}.extraction.{_EXTRACTION[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ACTORS",
    "CATEGORIES",
    "CATEGORY_COLORS",
    "DATE_PRECISIONS",
    "EVENT_COLUMNS",
    "DuplicateArticleError",
    "EXPORT_COLUMNS",
    "ImportConflictError",
    "MAX_ARTICLE_CHARS",
    "MAX_FILE_BYTES",
    "StoreBusyError",
    "StoreError",
    "EXTRACTOR_VERSION",
    "Event",
    "EventFileError",
    "EventStore",
    "EventValidationError",
    "GEO_PRECISIONS",
    "GEO_PRECISION_LABELS",
    "Source",
    "clean_text",
    "db_location",
    "db_path",
    "is_postgres_url",
    "decode_article",
    "default_gazetteer",
    "events_to_csv",
    "events_to_frame",
    "events_to_geojson",
    "extract_events",
    "find_actors",
    "read_events_file",
    "resolve_date",
    "split_sentences",
    "validate_event",
]
