"""Cached access to the event store for the pages.

The database path is read from ``ATLAS_DB`` at every call (tests and servers point it at
their own file), and every cache is keyed on that path: one path's events are never served
for another. Stored events are cached per (path, file stamp): a save in another session or
by the command line changes the stamp, and writes made here clear the cache at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.events import Event, EventStore, db_path

__all__ = ["clear_event_cache", "event_store", "save_article_events", "stored_events"]


@st.cache_resource(show_spinner=False, max_entries=8)
def _store_for(path: str, inode: int) -> EventStore:
    # inode: a deleted and recreated database file gets a fresh store (and the seed events).
    return EventStore(path)


def _inode(path: Path) -> int:
    try:
        return path.stat().st_ino
    except OSError:
        return 0


def event_store() -> EventStore:
    """The :class:`EventStore` at ``$ATLAS_DB`` (created, with the seed events, on first use)."""
    path = db_path()
    store = _store_for(str(path), _inode(path))
    if not path.exists():  # removed since it was cached
        _store_for.clear()
        store = _store_for(str(path), _inode(path))
    return store


def _stamp(path: Path) -> tuple:
    """Modification time and size of the database and its WAL file (changes on every write)."""
    stamp = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            info = candidate.stat()
            stamp.append((info.st_mtime_ns, info.st_size))
        except OSError:
            stamp.append(None)
    return tuple(stamp)


@st.cache_data(show_spinner=False, max_entries=16)
def _events_frame(path: str, stamp: tuple) -> pd.DataFrame:
    return _store_for(path, _inode(Path(path))).query()


def stored_events() -> pd.DataFrame:
    """Every stored event (the columns of ``EventStore.query()``); treat it as read-only."""
    store = event_store()
    return _events_frame(str(store.path), _stamp(store.path))


def clear_event_cache() -> None:
    """Forget cached event frames (after a write in this process)."""
    _events_frame.clear()


def save_article_events(
    events: Sequence[Event], *, title: str, outlet: str, url: str, published: date, text: str
) -> tuple[int, list[str]]:
    """Save an ingested article with its text and its reviewed events in one transaction."""
    result = event_store().add_article_with_events(
        events, title=title, outlet=outlet, url=url, published=published, text=text
    )
    clear_event_cache()
    return result
