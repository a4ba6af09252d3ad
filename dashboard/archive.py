"""The whole store as one JSON file: every event with its source, every saved view and briefing.

``python -m dashboard.events export --format archive`` writes it and ``python -m dashboard.events
import FILE.json`` reads it back (the import recognises the ``format`` member). Layout (version 1)::

    {"format": "arctic-atlas-store", "version": 1,
     "events": [EVENT, ...],           # Event.to_dict(), in event_id order, source nested
     "views": [{"name", "created_at", "modified_at", "view": VIEW}, ...],          # name order
     "briefings": [{"name", "created_at", "modified_at", "briefing": FILE}, ...]}  # name order

VIEW and FILE are as :mod:`dashboard.briefing.fileformat` writes them. Events keep their
``created_at`` and the extractor's reasons; views and briefings keep their times; so importing
an archive into an empty store and exporting again gives the same bytes. Article texts are not
in it (the SQLite backup keeps them). An import is one transaction: any bad item, a verified
event or a saved name it would overwrite with different content, and nothing is imported.
"""

from __future__ import annotations

import json
from typing import Any

from dashboard.briefing.model import BriefingError
from dashboard.briefing.store import SavedStore
from dashboard.events import Event, EventStore, EventValidationError, StoreError

__all__ = ["ARCHIVE_FORMAT", "ARCHIVE_VERSION", "ArchiveError", "export_archive", "import_archive", "is_archive"]

ARCHIVE_FORMAT = "arctic-atlas-store"
ARCHIVE_VERSION = 1


class ArchiveError(StoreError):
    """A store archive that cannot be imported as it is; the message is one line."""


def export_archive(store: EventStore) -> str:
    """The archive text of ``store`` (UTF-8 JSON, fixed key order, one item per line group)."""
    document = {
        "format": ARCHIVE_FORMAT,
        "version": ARCHIVE_VERSION,
        "events": [event.to_dict() for event in store.all_events()],
        **SavedStore(store).dump(),
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def is_archive(document: Any) -> bool:
    """True if a parsed JSON document says it is a store archive."""
    return isinstance(document, dict) and document.get("format") == ARCHIVE_FORMAT


def import_archive(
    store: EventStore, document: Any, *, replace_verified: bool = False, replace_saved: bool = False
) -> tuple[int, int, int]:
    """Import a parsed archive into ``store`` in one transaction; return the numbers of events,
    views and briefings written.

    Raises :class:`ArchiveError` (or the store's ``ImportConflictError``, ``SavedItemError``)
    with one line, having written nothing.
    """
    if not is_archive(document):
        raise ArchiveError(f"not an Arctic Atlas store archive (format must be {ARCHIVE_FORMAT!r})")
    if document.get("version") != ARCHIVE_VERSION:
        raise ArchiveError(
            f"store archive version {document.get('version')!r} is not supported (this version reads {ARCHIVE_VERSION})"
        )
    rows = document.get("events", [])
    if not isinstance(rows, list):
        raise ArchiveError('"events" must be a JSON list')
    events = []
    for number, row in enumerate(rows, start=1):
        try:
            if not isinstance(row, dict):
                raise EventValidationError("event", "must be a JSON object")
            events.append(Event.from_dict(row))
        except EventValidationError as exc:
            raise ArchiveError(f"event {number}: {exc}") from None
    saved = SavedStore(store)
    try:
        saved.check_dump(document)  # every view and briefing checked before the write lock is taken
        with store.writing() as conn:
            ids = store.import_events_in(conn, events, replace_verified=replace_verified)
            views, briefings = saved.load(conn, document, replace=replace_saved)
    except BriefingError as exc:
        raise ArchiveError(str(exc)) from None
    return len(ids), views, briefings
