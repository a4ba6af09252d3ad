"""The event store's database: which backend ``$ATLAS_DB`` selects, opening and migrating it, upkeep.

The database is ``$ATLAS_DB`` or, by default, ``<project root>/.atlas/events.sqlite``
(gitignored). A file path means SQLite (:mod:`~dashboard.events.sqlite_file`, the embedded
default: WAL mode, readers never block the writer); a ``postgresql://`` URL means a
PostgreSQL server that several app servers share (:mod:`~dashboard.events.postgres_db`).
The store's SQL is written once; the backend's dialect (:mod:`~dashboard.events.dialect`)
adapts the little that differs. The database is created or migrated on first use:
:data:`~dashboard.events.schema.MIGRATIONS` brings an older one up to date, in one write
transaction, and a new database receives the seed events in that same transaction.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import StoreError
from .postgres_db import PostgresDatabase, is_postgres_url
from .schema import CONSISTENCY_CHECKS, MIGRATIONS, SCHEMA_VERSION
from .sqlite_file import SqliteFile

__all__ = [
    "DEFAULT_DB_PATH",
    "StoreDatabase",
    "db_location",
    "db_path",
    "fetch_frame",
    "holds_a_store",
    "open_database",
]

#: Default database file, under the project root (``.atlas/`` is gitignored).
DEFAULT_DB_PATH = Path(__file__).resolve().parents[2] / ".atlas" / "events.sqlite"


def db_location() -> str | Path:
    """The database: ``$ATLAS_DB`` if set (a ``postgresql://`` URL as a str, else a file path),
    else :data:`DEFAULT_DB_PATH`."""
    value = os.environ.get("ATLAS_DB", "").strip()
    if is_postgres_url(value):
        return value
    return Path(value).expanduser() if value else DEFAULT_DB_PATH


def db_path() -> Path:
    """The SQLite file the store uses (:func:`db_location`); a :class:`StoreError` for a PostgreSQL URL."""
    location = db_location()
    if isinstance(location, str):
        raise StoreError("ATLAS_DB is a PostgreSQL URL, not a file")
    return location


def open_database(
    location: str | Path, busy_timeout_s: float = 5.0, write_deadline_s: float = 120.0
) -> SqliteFile | PostgresDatabase:
    """The backend for ``location`` (a ``postgresql://`` URL or a SQLite file), not yet opened or migrated."""
    if is_postgres_url(location):
        return PostgresDatabase(str(location), busy_timeout_s, write_deadline_s)
    return SqliteFile(Path(location), busy_timeout_s, write_deadline_s)


def holds_a_store(location: str | Path) -> bool:
    """True if the database at ``location`` already holds an event store (of any schema version).

    An unreachable server counts as holding one: opening it then reports the problem in one line.
    """
    database = open_database(location)
    if isinstance(database, SqliteFile):
        return database.path.exists()
    try:
        return database.schema_version > 0
    except Exception:
        return True


def fetch_frame(conn: Any, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
    """The result of ``sql`` as a DataFrame (either backend's connection; ``?`` placeholders)."""
    cursor = conn.execute(sql, tuple(params))
    columns = [column[0] for column in cursor.description]
    return pd.DataFrame.from_records([tuple(row) for row in cursor.fetchall()], columns=columns)


class StoreDatabase:
    """The database under the event store: opened (and migrated) on construction, with its upkeep.

    Subclasses add what is stored; :meth:`_seed` fills a database this call created.
    Parameters are those of :class:`~dashboard.events.store.EventStore`.
    """

    def __init__(
        self,
        location: str | Path | None = None,
        *,
        seed: bool = True,
        busy_timeout_s: float = 5.0,
        write_deadline_s: float = 120.0,
    ) -> None:
        self.db = open_database(db_location() if location is None else location, busy_timeout_s, write_deadline_s)
        try:
            self.db.prepare()
            self._migrate(seed)
        except Exception as exc:
            error = self.db.open_error(exc)
            if error is None:
                raise
            raise error from None

    @property
    def location(self) -> str:
        """The database: the SQLite file's path, or the PostgreSQL URL without its password."""
        return self.db.location

    @property
    def path(self) -> Path:
        """The SQLite file (a :class:`StoreError` for a PostgreSQL store)."""
        if not isinstance(self.db, SqliteFile):
            raise StoreError(f"the event database is PostgreSQL ({self.location}), not a file")
        return self.db.path

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.db.dialect.name

    def _read(self):
        return self.db._read()

    def _transaction(self):
        return self.db._transaction()

    def writing(self) -> AbstractContextManager[Any]:
        """A write transaction (queued and retried like the store's own), for modules that keep
        their own tables in this database (saved views and briefings). Its connection takes the
        store's portable SQL (``?`` placeholders) on either backend."""
        return self.db._transaction()

    def reading(self) -> AbstractContextManager[Any]:
        """A read connection, closed on exit."""
        return self.db._read()

    @property
    def schema_version(self) -> int:
        """The database's schema version (:data:`SCHEMA_VERSION` once opened)."""
        return self.db.schema_version

    @property
    def journal_mode(self) -> str:
        """``"wal"``: SQLite runs in WAL mode, PostgreSQL always writes ahead."""
        return self.db.journal_mode

    def change_stamp(self) -> Any:
        """A value that changes whenever a write commits (for caches of what the store holds).

        Raises :class:`StoreError` when the database can no longer be reached.
        """
        try:
            return self.db.change_stamp()
        except Exception as exc:
            error = self.db.open_error(exc)
            if error is None:
                raise
            raise error from None

    def integrity_check(self) -> str:
        """``"ok"``, or the problems found: the database's own check (SQLite's
        ``integrity_check`` and foreign keys; PostgreSQL's unvalidated constraints) and the
        consistency queries of :data:`~dashboard.events.schema.CONSISTENCY_CHECKS`."""
        problems = self.db.integrity_check()
        with self._read() as conn:
            for problem, sql in CONSISTENCY_CHECKS:
                count = conn.execute(sql).fetchone()[0]
                if count:
                    problems.append(f"{count} {problem}")
        return "; ".join(problems) or "ok"

    def table_digests(self) -> dict[str, str]:
        """SHA-256 of every table's rows (sorted), by table name: equal digests, equal contents."""
        return self.db.table_digests()

    def backup(self, destination: str | Path) -> Path:
        """Copy a SQLite store to a new file with the online backup API (PostgreSQL: use pg_dump)."""
        return self.db.backup(destination)

    def _migrate(self, seed: bool) -> None:
        dialect = self.db.dialect
        with self._read() as conn:
            if dialect.read_version(conn) == SCHEMA_VERSION:
                return  # the common case: no write lock needed to open the store
        with self._transaction() as conn:
            version = dialect.read_version(conn)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.location} has schema version {version}, newer than this code ({SCHEMA_VERSION}); "
                    "update Arctic Atlas"
                )
            for step in range(version, SCHEMA_VERSION):
                migration = MIGRATIONS[step]
                if callable(migration):
                    migration(conn)
                else:
                    # executescript() would COMMIT mid-transaction, so run the statements one by one.
                    for statement in migration:
                        conn.execute(statement)
            dialect.write_version(conn, SCHEMA_VERSION)
            if version == 0 and seed:
                self._seed(conn)

    def _seed(self, conn: Any) -> None:
        """Fill a database this call has just created (in the creating transaction)."""
