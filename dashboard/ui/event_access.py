"""Cached access to the event store for the pages.

The database (a SQLite path or a PostgreSQL URL) is read from ``ATLAS_DB`` at every call
(tests and servers point it at their own), and every cache is keyed on it: one database's
events are never served for another. Stored events are cached per (database, change stamp):
a save in another session, by the command line or on another app server sharing the
PostgreSQL database changes the stamp, and writes made here clear the cache at once.

Pages read through :func:`stored_events` and write only through the functions below
(:func:`save_article_events`, :func:`verify_event`, :func:`delete_event`), each of which
checks the editor role at the moment of writing (:func:`dashboard.ui.roles.editor_only`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Literal

import pandas as pd
import streamlit as st

from dashboard.events import Event, EventStore, StoreError, db_location
from dashboard.safe_text import escape_markdown
from dashboard.ui.roles import editor_only

__all__ = [
    "clear_event_cache",
    "delete_event",
    "event_store",
    "save_article_events",
    "stored_events",
    "verify_event",
]


@st.cache_resource(show_spinner=False, max_entries=8)
def _store_for(location: str, inode: int) -> EventStore:
    # inode: a deleted and recreated SQLite file gets a fresh store (and the seed events).
    return EventStore(location)


def _inode(location: str | Path) -> int:
    if isinstance(location, str):  # a PostgreSQL URL: the server keeps the data
        return 0
    try:
        return location.stat().st_ino
    except OSError:
        return 0


def event_store() -> EventStore:
    """The :class:`EventStore` at ``$ATLAS_DB`` (created, with the seed events, on first use).

    A store that cannot be opened (not a database, a newer schema, no server) is reported on
    the page in one line and the page stops there.
    """
    try:
        return _open_store()
    except StoreError as exc:
        st.error(f"The event store cannot be opened: {escape_markdown(exc)}")
        st.stop()


def _open_store() -> EventStore:
    location = db_location()
    store = _store_for(str(location), _inode(location))
    if isinstance(location, Path) and not location.exists():  # removed since it was cached
        _store_for.clear()
        store = _store_for(str(location), _inode(location))
    return store


@st.cache_data(show_spinner=False, max_entries=16)
def _events_frame(location: str, inode: int, stamp: object) -> pd.DataFrame:
    return _store_for(location, inode).query()


def stored_events() -> pd.DataFrame:
    """Every stored event (the columns of ``EventStore.query()``); treat it as read-only."""
    store = event_store()
    location = db_location()
    try:
        stamp = store.change_stamp()
    except StoreError as exc:  # the server went away since the store was opened
        st.error(f"The event store cannot be read: {escape_markdown(exc)}")
        st.stop()
    return _events_frame(str(location), _inode(location), stamp)


def clear_event_cache() -> None:
    """Forget cached event frames (after a write in this process)."""
    _events_frame.clear()


@editor_only("save events")
def save_article_events(
    events: Sequence[Event],
    *,
    title: str,
    outlet: str,
    url: str,
    published: date,
    text: str,
    on_duplicate: Literal["refuse", "merge"] = "refuse",
) -> tuple[int, list[str]]:
    """Save an ingested article with its text and its reviewed events in one transaction.

    Raises ``DuplicateArticleError`` when the article is already stored, unless
    ``on_duplicate="merge"``; ``EditorRequired`` for a viewer's session.
    """
    result = event_store().add_article_with_events(
        events, title=title, outlet=outlet, url=url, published=published, text=text, on_duplicate=on_duplicate
    )
    clear_event_cache()
    return result


@editor_only("verify events")
def verify_event(event_id: str) -> None:
    """Mark a stored event verified (editors only)."""
    event_store().update_event(event_id, verified=True)
    clear_event_cache()


@editor_only("delete events")
def delete_event(event_id: str) -> bool:
    """Delete a stored event (editors only); True if it existed."""
    deleted = event_store().delete_event(event_id)
    clear_event_cache()
    return deleted
