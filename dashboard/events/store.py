"""The event store: articles and the events read from them, in SQLite or PostgreSQL.

Which database, and how it is opened, migrated and kept, is :mod:`~dashboard.events.database`;
this module is what the store holds and how it is read and written. A new database receives
the seed article's reviewed events once, in the transaction that creates it, so an analyst
who deletes them does not see them come back.

Every write is one transaction holding the write lock (``BEGIN IMMEDIATE``, or a PostgreSQL
advisory lock): a bad event in a batch leaves the database unchanged. Writers from several
processes or servers queue for the lock: each attempt waits up to ``busy_timeout_s`` and the
store retries it (with jittered back-off) until ``write_deadline_s`` has passed, so a save is
never dropped because a long import held the lock for a while. Problems a user can cause or
fix (the file is not a database, no server, a newer schema, an article already stored, an
import that would overwrite verified events) raise
:class:`~dashboard.events.errors.StoreError` subclasses with a one-line message.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Literal

import pandas as pd

from .database import DEFAULT_DB_PATH, StoreDatabase, db_location, db_path, fetch_frame, open_database
from .errors import DuplicateArticleError, ImportConflictError, StoreError
from .model import Event, EventValidationError, make_event_id, utc_now_iso, validate_event
from .postgres_db import is_postgres_url
from .schema import EVENT_COLUMNS, EVENT_FIELDS, MIGRATIONS, SCHEMA_VERSION, text_fingerprint

__all__ = [
    "DEFAULT_DB_PATH",
    "EVENT_COLUMNS",
    "EventStore",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "db_location",
    "db_path",
    "is_postgres_url",
    "open_database",
]

_SELECT_EVENTS = (
    "SELECT e.event_id, e.event_date, e.date_precision, e.summary, e.category, e.actors, e.place, "
    "e.lat, e.lon, e.geo_precision, e.evidence, e.confidence, e.verified, e.extractor_version, "
    "e.created_at, e.article_id, a.title AS source_title, a.outlet AS source_outlet, "
    "a.url AS source_url, a.published AS source_published, e.places, e.trigger_word, e.place_mention, "
    "e.actor_mentions FROM events e JOIN articles a USING (article_id) "
)

_EVENT_COLUMNS_STORED = (
    "event_id", "article_id", "event_date", "date_precision", "summary", "category", "actors", "place", "lat",
    "lon", "geo_precision", "evidence", "confidence", "verified", "extractor_version", "created_at", "updated_at",
    "places", "trigger_word", "place_mention", "actor_mentions",
)  # fmt: skip
# An event with a stored id replaces it (the same statement on both backends).
_UPSERT_EVENT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS_STORED)}) VALUES ({', '.join('?' * len(_EVENT_COLUMNS_STORED))}) "
    "ON CONFLICT (event_id) DO UPDATE SET "
    + ", ".join(f"{column} = excluded.{column}" for column in _EVENT_COLUMNS_STORED[1:])
)


def _stored_content(event: Event) -> dict[str, Any]:
    """What the store keeps of an event, for comparing a file's version with the stored one
    (its columns and source; not ``created_at`` or the extractor's review hints)."""
    data = event.to_dict()
    return {key: data[key] for key in ("event_id", "source", *EVENT_FIELDS) if key != "created_at"}


class EventStore(StoreDatabase):
    """Articles and their events in one database (a SQLite file or a PostgreSQL server).

    Parameters
    ----------
    location : str or Path, optional
        A SQLite file (parent folders are created) or a ``postgresql://`` URL;
        :func:`db_location` when omitted.
    seed : bool
        Load the shipped seed events when this call creates the database (default True).
    busy_timeout_s : float
        Seconds one attempt waits for the write lock (SQLite's busy handler, PostgreSQL's
        ``lock_timeout``).
    write_deadline_s : float
        Seconds a write keeps retrying for the lock before :class:`StoreBusyError`.

    Raises
    ------
    StoreError
        The file is not a SQLite database, the server cannot be reached, or the schema is
        newer than this code.
    """

    def _seed(self, conn: Any) -> None:
        from .seed import seed_article_and_events

        article, events = seed_article_and_events()
        article_id = self._insert_article(conn, **article)
        self._insert_events(conn, events, article_id)

    # -- articles --------------------------------------------------------------
    @staticmethod
    def _insert_article(
        conn: Any,
        title: str = "",
        outlet: str = "",
        url: str = "",
        published: date | str | None = None,
        text: str | None = None,
    ) -> int:
        published_text = published.isoformat() if isinstance(published, date) else (published or None)
        row = conn.execute(
            "INSERT INTO articles (title, outlet, url, published, text, text_sha256, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING article_id",
            (title or "", outlet or "", url or "", published_text, text, text_fingerprint(text), utc_now_iso()),
        ).fetchone()
        return int(row[0])

    @staticmethod
    def _find_article(conn: Any, url: str, text: str | None) -> tuple[int, str] | None:
        if url:
            row = conn.execute("SELECT article_id FROM articles WHERE url = ? ORDER BY article_id", (url,)).fetchone()
            if row:
                return row[0], "same URL"
        fingerprint = text_fingerprint(text)
        if fingerprint:
            row = conn.execute(
                "SELECT article_id FROM articles WHERE text_sha256 = ? ORDER BY article_id", (fingerprint,)
            ).fetchone()
            if row:
                return row[0], "same text"
        return None

    def find_article(self, url: str = "", text: str | None = None) -> int | None:
        """The id of a stored article with this URL (if given) or this text (whitespace aside), or None."""
        with self._read() as conn:
            found = self._find_article(conn, (url or "").strip(), text)
        return found[0] if found else None

    def add_article(
        self, title: str = "", outlet: str = "", url: str = "", published: date | None = None, text: str | None = None
    ) -> int:
        """Store an article (``text`` only for articles an analyst ingested) and return its id."""
        with self._transaction() as conn:
            return self._insert_article(conn, title, outlet, url, published, text)

    def add_article_with_events(
        self,
        events: Sequence[Event],
        title: str = "",
        outlet: str = "",
        url: str = "",
        published: date | None = None,
        text: str | None = None,
        *,
        on_duplicate: Literal["refuse", "merge"] = "refuse",
    ) -> tuple[int, list[str]]:
        """Store an article and its reviewed ``events`` in one transaction; return (article id, event ids).

        The Ingest page's "Save". When the article is already stored (same URL, or the same
        text whitespace aside), ``on_duplicate="refuse"`` raises :class:`DuplicateArticleError`
        and saves nothing; ``"merge"`` adds the events to the stored article instead, keeping
        any stored event that is verified. Any invalid event raises
        :class:`~dashboard.events.model.EventValidationError` and nothing is saved.
        """
        for event in events:
            validate_event(event)
        with self._transaction() as conn:
            found = self._find_article(conn, (url or "").strip(), text)
            if found is None:
                article_id = self._insert_article(conn, title, outlet, url, published, text)
                return article_id, self._insert_events(conn, events, article_id)
            if on_duplicate != "merge":
                raise DuplicateArticleError(*found)
            article_id = found[0]
            verified = {
                row[0]
                for row in conn.execute(
                    "SELECT event_id FROM events WHERE verified = 1 AND article_id = ?", (article_id,)
                )
            }
            fresh = [e for e in events if (e.event_id or make_event_id(e)) not in verified]
            return article_id, self._insert_events(conn, fresh, article_id)

    def article(self, article_id: int) -> dict[str, Any] | None:
        """The article row as a dict (title, outlet, url, published, text, added_at), or None."""
        with self._read() as conn:
            row = conn.execute("SELECT * FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return dict(row) if row else None

    def articles(self) -> pd.DataFrame:
        """Every article (without its text) with its number of events."""
        with self._read() as conn:
            return fetch_frame(
                conn,
                "SELECT a.article_id, a.title, a.outlet, a.url, a.published, a.added_at, "
                "COUNT(e.event_id) AS n_events FROM articles a LEFT JOIN events e USING (article_id) "
                "GROUP BY a.article_id ORDER BY a.article_id",
            )

    # -- events ----------------------------------------------------------------
    @staticmethod
    def _insert_events(conn: Any, events: Iterable[Event], article_id: int) -> list[str]:
        ids = []
        for event in events:
            validate_event(event)
            event_id = event.event_id or make_event_id(event)
            conn.execute(
                _UPSERT_EVENT,
                (
                    event_id,
                    article_id,
                    event.event_date.isoformat(),
                    event.date_precision,
                    event.summary,
                    event.category,
                    json.dumps(list(event.actors)),
                    event.place,
                    event.lat,
                    event.lon,
                    event.geo_precision,
                    event.evidence,
                    event.confidence,
                    int(event.verified),
                    event.extractor_version,
                    event.created_at or utc_now_iso(),
                    utc_now_iso(),
                    json.dumps([list(p) for p in event.places]),
                    event.trigger,
                    event.place_mention,
                    event.actor_mentions,
                ),
            )
            ids.append(event_id)
        return ids

    def save_events(self, events: Sequence[Event], article_id: int) -> list[str]:
        """Validate and store ``events`` under ``article_id`` in one transaction; return their ids.

        An event with an existing id replaces it. Any invalid event raises
        :class:`~dashboard.events.model.EventValidationError` and nothing is saved.
        """
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,)).fetchone() is None:
                raise KeyError(f"no article with id {article_id}")
            return self._insert_events(conn, events, article_id)

    def import_events(self, events: Sequence[Event], *, replace_verified: bool = False) -> list[str]:
        """Store events that carry their own source (an imported file), all or nothing.

        Events citing the same source share one article row (reused if already stored). An
        event whose id matches a stored **verified** event with different content raises
        :class:`ImportConflictError` (nothing is imported) unless ``replace_verified``; an
        identical re-import (the store's own export) is accepted.
        """
        with self._transaction() as conn:
            return self.import_events_in(conn, events, replace_verified=replace_verified)

    def import_events_in(self, conn: Any, events: Sequence[Event], *, replace_verified: bool = False) -> list[str]:
        """:meth:`import_events` inside the caller's write transaction ``conn`` (see :meth:`writing`),
        for an import that also writes other tables all or nothing."""
        ids_in_file: dict[str, int] = {}
        for number, event in enumerate(events, start=1):
            validate_event(event)
            if event.event_id in ids_in_file:
                raise StoreError(
                    f"event id {event.event_id} appears twice (events {ids_in_file[event.event_id]} and {number})"
                )
            ids_in_file[event.event_id] = number
        if not replace_verified:
            conflicts = [
                e.event_id
                for e in events
                if (stored := self._stored_event(conn, e.event_id)) is not None
                and stored.verified
                and _stored_content(stored) != _stored_content(e)
            ]
            if conflicts:
                raise ImportConflictError(conflicts)
        ids: list[str] = []
        for event in events:
            src = event.source
            published = src.published.isoformat() if src.published else None
            row = conn.execute(
                "SELECT article_id FROM articles WHERE title = ? AND outlet = ? AND url = ? AND published IS ? "
                "ORDER BY article_id",
                (src.title, src.outlet, src.url, published),
            ).fetchone()
            article_id = row[0] if row else self._insert_article(conn, src.title, src.outlet, src.url, published)
            ids += self._insert_events(conn, [event], article_id)
        return ids

    @staticmethod
    def _row_event(row: dict[str, Any]) -> Event:
        return Event.from_dict(
            row
            | {"actors": json.loads(row["actors"]), "verified": bool(row["verified"]), "trigger": row["trigger_word"]}
        )

    def _stored_event(self, conn: Any, event_id: str) -> Event | None:
        row = conn.execute(_SELECT_EVENTS + "WHERE e.event_id = ?", (event_id,)).fetchone()
        return self._row_event(dict(row)) if row else None

    def all_events(self) -> list[Event]:
        """Every stored event with its source and the extractor's reasons, in ``event_id`` order."""
        with self._read() as conn:
            rows = conn.execute(_SELECT_EVENTS + "ORDER BY e.event_id").fetchall()
        return [self._row_event(dict(row)) for row in rows]

    def get_event(self, event_id: str) -> Event | None:
        """One event with its source, or None."""
        with self._read() as conn:
            return self._stored_event(conn, event_id)

    def update_event(self, event_id: str, **changes: Any) -> Event:
        """Change fields of a stored event (e.g. ``verified=True``, ``place=..., lat=..., lon=...``).

        The result is validated before it is written; returns the updated event.
        """
        unknown = set(changes) - set(EVENT_FIELDS)
        if unknown:
            raise EventValidationError(sorted(unknown)[0], f"is not an editable field; editable: {EVENT_FIELDS}")
        with self._transaction() as conn:
            current = self._stored_event(conn, event_id)
            if current is None:
                raise KeyError(f"no event with id {event_id!r}")
            updated = Event.from_dict(current.to_dict() | changes | {"event_id": event_id})
            article_id = conn.execute("SELECT article_id FROM events WHERE event_id = ?", (event_id,)).fetchone()[0]
            self._insert_events(conn, [updated], article_id)
        return updated

    def delete_event(self, event_id: str) -> bool:
        """Delete one event; True if it existed."""
        with self._transaction() as conn:
            return conn.execute("DELETE FROM events WHERE event_id = ?", (event_id,)).rowcount > 0

    def _frame(self, where: str = "", params: Sequence[Any] = ()) -> pd.DataFrame:
        with self._read() as conn:
            frame = fetch_frame(conn, _SELECT_EVENTS + f"{where} ORDER BY e.event_date, e.event_id", params)
        frame["event_date"] = pd.to_datetime(frame["event_date"], format="%Y-%m-%d")
        frame["actors"] = [json.loads(a) for a in frame["actors"]]
        frame["verified"] = frame["verified"].astype(bool)
        frame["source_published"] = (
            frame["source_published"].astype(object).where(frame["source_published"].notna(), None)
        )
        return frame[list(EVENT_COLUMNS)]

    def query(
        self,
        start: date | None = None,
        end: date | None = None,
        categories: Iterable[str] | None = None,
        actors: Iterable[str] | None = None,
        verified: bool | None = None,
    ) -> pd.DataFrame:
        """Events as a DataFrame, one row per event with its source columns (:data:`EVENT_COLUMNS`).

        Parameters
        ----------
        start, end : datetime.date, optional
            Inclusive bounds on ``event_date``.
        categories : iterable of str, optional
            Keep these categories only (an empty iterable keeps none).
        actors : iterable of str, optional
            Keep events naming at least one of these actor codes.
        verified : bool, optional
            Keep only reviewed (True) or unreviewed (False) events.

        ``event_date`` is a pandas datetime column; ``actors`` holds lists of codes;
        ``lat``/``lon`` are degrees (EPSG:4326).
        """
        clauses, params = [], []
        if start is not None:
            clauses.append("e.event_date >= ?")
            params.append(start.isoformat())
        if end is not None:
            clauses.append("e.event_date <= ?")
            params.append(end.isoformat())
        if categories is not None:
            wanted = list(categories)
            clauses.append(f"e.category IN ({','.join('?' * len(wanted))})" if wanted else "1 = 0")
            params += wanted
        if verified is not None:
            clauses.append("e.verified = ?")
            params.append(int(verified))
        frame = self._frame("WHERE " + " AND ".join(clauses) if clauses else "", params)
        if actors is not None:
            wanted_actors = set(actors)
            frame = frame[[bool(wanted_actors & set(a)) for a in frame["actors"]]].reset_index(drop=True)
        return frame

    def __len__(self) -> int:
        with self._read() as conn:
            return conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
