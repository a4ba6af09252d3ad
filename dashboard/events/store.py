"""The event store: a SQLite database of articles and the events read from them.

The database lives at ``$ATLAS_DB`` or, by default, ``<project root>/.atlas/events.sqlite``
(gitignored). It is created on first use, runs in WAL mode (readers do not block the
writer: the Streamlit pages read while an analyst saves) and carries its schema version in
``PRAGMA user_version``; :data:`MIGRATIONS` brings an older file up to date. A new
database receives the seed article's reviewed events once, in the transaction that
creates it, so an analyst who deletes them does not see them come back.

Every write is one transaction: a bad event in a batch leaves the database unchanged.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from .model import Event, EventValidationError, make_event_id, utc_now_iso, validate_event

__all__ = ["DEFAULT_DB_PATH", "EVENT_COLUMNS", "EventStore", "MIGRATIONS", "SCHEMA_VERSION", "db_path"]

#: Default database file, under the project root (``.atlas/`` is gitignored).
DEFAULT_DB_PATH = Path(__file__).resolve().parents[2] / ".atlas" / "events.sqlite"

#: Ordered schema migrations: ``MIGRATIONS[n]`` takes a database from version n to n+1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        article_id INTEGER PRIMARY KEY,
        title      TEXT NOT NULL DEFAULT '',
        outlet     TEXT NOT NULL DEFAULT '',
        url        TEXT NOT NULL DEFAULT '',
        published  TEXT,
        text       TEXT,
        added_at   TEXT NOT NULL
    );
    CREATE TABLE events (
        event_id          TEXT PRIMARY KEY,
        article_id        INTEGER NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        event_date        TEXT NOT NULL,
        date_precision    TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
        summary           TEXT NOT NULL,
        category          TEXT NOT NULL,
        actors            TEXT NOT NULL DEFAULT '[]',
        place             TEXT NOT NULL,
        lat               REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon               REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
        geo_precision     TEXT NOT NULL,
        evidence          TEXT NOT NULL DEFAULT '',
        confidence        REAL NOT NULL DEFAULT 0.5,
        verified          INTEGER NOT NULL DEFAULT 0,
        extractor_version TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        updated_at        TEXT
    );
    CREATE INDEX events_date ON events(event_date);
    CREATE INDEX events_article ON events(article_id);
    """,
)

#: The schema version this code writes.
SCHEMA_VERSION = len(MIGRATIONS)

#: Columns of :meth:`EventStore.query`, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "date_precision",
    "summary",
    "category",
    "actors",
    "place",
    "lat",
    "lon",
    "geo_precision",
    "evidence",
    "confidence",
    "verified",
    "extractor_version",
    "created_at",
    "article_id",
    "source_title",
    "source_outlet",
    "source_url",
    "source_published",
)
#: Fields an edit may change: the event's own columns, between its id and its source.
_EVENT_FIELDS = EVENT_COLUMNS[EVENT_COLUMNS.index("event_date") : EVENT_COLUMNS.index("article_id")]


def db_path() -> Path:
    """The database path: ``$ATLAS_DB`` if set, else :data:`DEFAULT_DB_PATH`."""
    value = os.environ.get("ATLAS_DB", "").strip()
    return Path(value).expanduser() if value else DEFAULT_DB_PATH


class EventStore:
    """Articles and their events in one SQLite file.

    Parameters
    ----------
    path : str or Path, optional
        Database file; :func:`db_path` when omitted. Parent folders are created.
    seed : bool
        Load the shipped seed events when this call creates the database (default True).
    """

    def __init__(self, path: str | Path | None = None, *, seed: bool = True) -> None:
        self.path = Path(path) if path is not None else db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate(seed)

    # -- connection and schema -------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()

    def _migrate(self, seed: bool) -> None:
        conn = self._connect()
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        with self._transaction() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path} has schema version {version}, newer than this code ({SCHEMA_VERSION}); "
                    "update Arctic Atlas"
                )
            for step in range(version, SCHEMA_VERSION):
                # executescript() would COMMIT mid-transaction, so run the statements one by one.
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if version == 0 and seed:
                from .seed import seed_article_and_events

                article, events = seed_article_and_events()
                article_id = self._insert_article(conn, **article)
                self._insert_events(conn, events, article_id)

    @property
    def schema_version(self) -> int:
        """The database's ``PRAGMA user_version``."""
        with self._read() as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]

    @property
    def journal_mode(self) -> str:
        """The database's journal mode (``"wal"``)."""
        with self._read() as conn:
            return conn.execute("PRAGMA journal_mode").fetchone()[0]

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            yield conn
        finally:
            conn.close()

    # -- articles --------------------------------------------------------------
    @staticmethod
    def _insert_article(
        conn: sqlite3.Connection,
        title: str = "",
        outlet: str = "",
        url: str = "",
        published: date | str | None = None,
        text: str | None = None,
    ) -> int:
        published_text = published.isoformat() if isinstance(published, date) else (published or None)
        cursor = conn.execute(
            "INSERT INTO articles (title, outlet, url, published, text, added_at) VALUES (?, ?, ?, ?, ?, ?)",
            (title or "", outlet or "", url or "", published_text, text, utc_now_iso()),
        )
        return int(cursor.lastrowid)

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
    ) -> tuple[int, list[str]]:
        """Store an article and its reviewed ``events`` in one transaction; return (article id, event ids).

        Any invalid event raises :class:`~dashboard.events.model.EventValidationError` and
        neither the article nor any event is saved (the Ingest page's "Save").
        """
        with self._transaction() as conn:
            article_id = self._insert_article(conn, title, outlet, url, published, text)
            return article_id, self._insert_events(conn, events, article_id)

    def article(self, article_id: int) -> dict[str, Any] | None:
        """The article row as a dict (title, outlet, url, published, text, added_at), or None."""
        with self._read() as conn:
            row = conn.execute("SELECT * FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return dict(row) if row else None

    def articles(self) -> pd.DataFrame:
        """Every article (without its text) with its number of events."""
        with self._read() as conn:
            return pd.read_sql_query(
                "SELECT a.article_id, a.title, a.outlet, a.url, a.published, a.added_at, "
                "COUNT(e.event_id) AS n_events FROM articles a LEFT JOIN events e USING (article_id) "
                "GROUP BY a.article_id ORDER BY a.article_id",
                conn,
            )

    # -- events ----------------------------------------------------------------
    @staticmethod
    def _insert_events(conn: sqlite3.Connection, events: Iterable[Event], article_id: int) -> list[str]:
        ids = []
        for event in events:
            validate_event(event)
            event_id = event.event_id or make_event_id(event)
            conn.execute(
                "INSERT OR REPLACE INTO events (event_id, article_id, event_date, date_precision, summary, "
                "category, actors, place, lat, lon, geo_precision, evidence, confidence, verified, "
                "extractor_version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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

    def import_events(self, events: Sequence[Event]) -> list[str]:
        """Store events that carry their own source (an imported file), in one transaction.

        Events citing the same source share one article row (reused if already stored).
        """
        with self._transaction() as conn:
            ids: list[str] = []
            for event in events:
                validate_event(event)
                src = event.source
                published = src.published.isoformat() if src.published else None
                row = conn.execute(
                    "SELECT article_id FROM articles WHERE title = ? AND outlet = ? AND url = ? AND published IS ?",
                    (src.title, src.outlet, src.url, published),
                ).fetchone()
                article_id = row[0] if row else self._insert_article(conn, src.title, src.outlet, src.url, published)
                ids += self._insert_events(conn, [event], article_id)
            return ids

    def get_event(self, event_id: str) -> Event | None:
        """One event with its source, or None."""
        frame = self._frame("WHERE e.event_id = ?", [event_id])
        if frame.empty:
            return None
        row = frame.iloc[0].to_dict()
        row["event_date"] = row["event_date"].date()
        return Event.from_dict(row)

    def update_event(self, event_id: str, **changes: Any) -> Event:
        """Change fields of a stored event (e.g. ``verified=True``, ``place=..., lat=..., lon=...``).

        The result is validated before it is written; returns the updated event.
        """
        unknown = set(changes) - set(_EVENT_FIELDS)
        if unknown:
            raise EventValidationError(sorted(unknown)[0], f"is not an editable field; editable: {_EVENT_FIELDS}")
        current = self.get_event(event_id)
        if current is None:
            raise KeyError(f"no event with id {event_id!r}")
        data = current.to_dict() | changes
        data["event_id"] = event_id
        updated = Event.from_dict(data)
        with self._transaction() as conn:
            article_id = conn.execute("SELECT article_id FROM events WHERE event_id = ?", (event_id,)).fetchone()[0]
            self._insert_events(conn, [updated], article_id)
        return updated

    def delete_event(self, event_id: str) -> bool:
        """Delete one event; True if it existed."""
        with self._transaction() as conn:
            return conn.execute("DELETE FROM events WHERE event_id = ?", (event_id,)).rowcount > 0

    def _frame(self, where: str = "", params: Sequence[Any] = ()) -> pd.DataFrame:
        sql = (
            "SELECT e.event_id, e.event_date, e.date_precision, e.summary, e.category, e.actors, e.place, "
            "e.lat, e.lon, e.geo_precision, e.evidence, e.confidence, e.verified, e.extractor_version, "
            "e.created_at, e.article_id, a.title AS source_title, a.outlet AS source_outlet, "
            "a.url AS source_url, a.published AS source_published "
            f"FROM events e JOIN articles a USING (article_id) {where} ORDER BY e.event_date, e.event_id"
        )
        with self._read() as conn:
            frame = pd.read_sql_query(sql, conn, params=list(params))
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
            clauses.append(f"e.category IN ({','.join('?' * len(wanted))})" if wanted else "0")
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
