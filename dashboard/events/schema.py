"""The event store's schema: its migrations, version and column lists (SQL only, no connection).

The same migrations serve SQLite and PostgreSQL: they are written once in SQL both accept,
with ``?`` placeholders and SQLite's ``INTEGER PRIMARY KEY``/``REAL``, which the backend's
dialect (:mod:`dashboard.events.dialect`) rewrites where PostgreSQL spells them differently;
the dialect also keeps the version (``PRAGMA user_version`` / the ``atlas_schema`` table).
``MIGRATIONS[n]`` takes a database from version n to n+1: a tuple of SQL statements, or a
function of the open connection for a step SQL alone cannot do (hashing stored article
texts). Steps run inside the store's write transaction, so a failed migration leaves the
database as it was.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

__all__ = ["CONSISTENCY_CHECKS", "EVENT_COLUMNS", "EVENT_FIELDS", "MIGRATIONS", "SCHEMA_VERSION", "text_fingerprint"]

_V1 = (
    """CREATE TABLE articles (
        article_id INTEGER PRIMARY KEY,
        title      TEXT NOT NULL DEFAULT '',
        outlet     TEXT NOT NULL DEFAULT '',
        url        TEXT NOT NULL DEFAULT '',
        published  TEXT,
        text       TEXT,
        added_at   TEXT NOT NULL
    )""",
    """CREATE TABLE events (
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
    )""",
    "CREATE INDEX events_date ON events(event_date)",
    "CREATE INDEX events_article ON events(article_id)",
)

_WHITESPACE = re.compile(r"\s+")


def text_fingerprint(text: str | None) -> str | None:
    """SHA-256 (hex) of an article's text with runs of whitespace made one space; None without text.

    Two pastes of the same article that differ only in line breaks or indentation match.
    """
    if not text or not text.strip():
        return None
    return hashlib.sha256(_WHITESPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


def _v2_article_fingerprints(conn: Any) -> None:
    # Same article saved twice is found by its URL or by this fingerprint of its text.
    conn.execute("ALTER TABLE articles ADD COLUMN text_sha256 TEXT")
    rows = conn.execute("SELECT article_id, text FROM articles WHERE text IS NOT NULL").fetchall()
    for article_id, text in rows:
        conn.execute("UPDATE articles SET text_sha256 = ? WHERE article_id = ?", (text_fingerprint(text), article_id))
    conn.execute("CREATE INDEX articles_url ON articles(url)")
    conn.execute("CREATE INDEX articles_text_sha256 ON articles(text_sha256)")


# Version 3: saved map views and briefings (their JSON as dashboard/briefing/fileformat.py writes
# it; names unique), and the extractor's reasons on each event, so a saved event keeps why it was
# proposed and the further places it names. Plain CREATE TABLE / ADD COLUMN: PostgreSQL runs it as is.
_V3 = (
    """CREATE TABLE views (
        name        TEXT PRIMARY KEY,
        title       TEXT NOT NULL DEFAULT '',
        view_json   TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        modified_at TEXT NOT NULL
    )""",
    """CREATE TABLE briefings (
        name          TEXT PRIMARY KEY,
        briefing_json TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        modified_at   TEXT NOT NULL
    )""",
    "ALTER TABLE events ADD COLUMN places TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE events ADD COLUMN trigger_word TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN place_mention TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE events ADD COLUMN actor_mentions TEXT NOT NULL DEFAULT ''",
)

#: Ordered schema migrations: ``MIGRATIONS[n]`` takes a database from version n to n+1.
MIGRATIONS: tuple[tuple[str, ...] | Callable[[Any], None], ...] = (
    _V1,
    _v2_article_fingerprints,
    _V3,
)

#: What must never be true of the stored rows, as (problem, SQL counting the rows that show it);
#: the store's integrity check runs them on either backend, besides the database's own check.
CONSISTENCY_CHECKS: tuple[tuple[str, str], ...] = (
    (
        "events citing a missing article",
        "SELECT COUNT(*) FROM events e LEFT JOIN articles a USING (article_id) WHERE a.article_id IS NULL",
    ),
    (
        "events outside -90..90 / -180..180 degrees",
        "SELECT COUNT(*) FROM events WHERE NOT (lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180)",
    ),
    ("events with a verified flag other than 0 or 1", "SELECT COUNT(*) FROM events WHERE verified NOT IN (0, 1)"),
)

#: The schema version this code writes.
SCHEMA_VERSION = len(MIGRATIONS)

#: Columns of ``EventStore.query``, in order.
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

#: Event fields ``EventStore.update_event`` may change: the stored event's own columns, id and source excepted.
EVENT_FIELDS: tuple[str, ...] = EVENT_COLUMNS[1 : EVENT_COLUMNS.index("article_id")]
