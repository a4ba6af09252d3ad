"""A PostgreSQL database shared by several app servers: connections, write transactions, upkeep.

Selected by ``ATLAS_DB=postgresql://user:password@host:port/database`` and reached through
psycopg 3. Writers are queued the way SQLite queues them: a write transaction starts by
taking one transaction-scoped advisory lock (the counterpart of SQLite's ``BEGIN IMMEDIATE``),
waiting up to ``lock_timeout`` (``busy_timeout_s``) per attempt and retrying, with jitter, on
a lock timeout, serialization failure or deadlock until ``write_deadline_s``. Holding that
lock, a transaction at READ COMMITTED sees every earlier write, so the store's
read-then-write steps (is this article already stored? would this import overwrite a
verified event?) cannot race; readers never wait for it. Throughput is one writer at a time,
as with SQLite, which is far more than analysts saving articles need.

Each operation opens its own connection, as the SQLite backend does; a connection pooler
(PgBouncer) in front of the server is the remedy if that ever costs too much.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .dialect import PostgresDialect, table_digests
from .errors import StoreError
from .retry import begin_with_retries

__all__ = ["PostgresDatabase", "is_postgres_url"]

#: Key of the advisory lock every write transaction holds (any constant both sides agree on).
WRITE_LOCK_KEY = 0x41544C41  # "ATLA"
#: SQLSTATEs worth retrying: serialization failure, deadlock, lock timeout, too many connections, starting up.
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "55P03", "53300", "57P03"})


def is_postgres_url(location: str | Path) -> bool:
    """True for ``postgresql://…`` or ``postgres://…`` (the store then uses PostgreSQL)."""
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def redacted(url: str) -> str:
    """``url`` without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


class _Row(tuple):
    """A result row readable by position and by column name, like ``sqlite3.Row``."""

    names: tuple[str, ...] = ()

    def keys(self) -> tuple[str, ...]:
        return self.names

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names.index(key))
        return tuple.__getitem__(self, key)


def _row_factory(cursor) -> Any:
    names = tuple(column.name for column in cursor.description or ())
    row_type = type("Row", (_Row,), {"names": names})
    return row_type


class PortableConnection:
    """A psycopg connection that takes the store's portable SQL (``?`` placeholders)."""

    def __init__(self, raw: Any, dialect: PostgresDialect) -> None:
        self.raw = raw
        self.dialect = dialect

    def execute(self, sql: str, params: Any = ()) -> Any:
        # Always pass a tuple: psycopg then reads the statement's %s and the doubled %%.
        return self.raw.execute(self.dialect.sql(sql), tuple(params))


def _is_transient(exc: BaseException) -> bool:
    return getattr(exc, "sqlstate", None) in TRANSIENT_SQLSTATES


class PostgresDatabase:
    """A PostgreSQL database (or one schema of it, through ``options=-csearch_path=…``).

    Parameters
    ----------
    url : str
        ``postgresql://`` connection URL (libpq's syntax).
    busy_timeout_s : float
        Seconds one attempt waits for the write lock (``lock_timeout``) and for a connection.
    write_deadline_s : float
        Seconds a write keeps retrying before :class:`StoreBusyError`.
    """

    def __init__(self, url: str, busy_timeout_s: float = 5.0, write_deadline_s: float = 120.0) -> None:
        self.url = url
        self.location = redacted(url)
        self.dialect = PostgresDialect()
        self.busy_timeout_s = busy_timeout_s
        self.write_deadline_s = write_deadline_s

    def _connect(self) -> PortableConnection:
        import psycopg  # imported here: SQLite users need not have it installed

        raw = psycopg.connect(self.url, autocommit=True, connect_timeout=max(2, int(self.busy_timeout_s)))
        raw.row_factory = _row_factory
        return PortableConnection(raw, self.dialect)

    def _begin_write(self) -> PortableConnection:
        def begin() -> PortableConnection:
            conn = self._connect()
            try:
                conn.execute("BEGIN")
                conn.execute(f"SET LOCAL lock_timeout = '{int(self.busy_timeout_s * 1000)}ms'")
                conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))
            except BaseException:
                conn.raw.close()
                raise
            return conn

        return begin_with_retries(begin, _is_transient, self.write_deadline_s)

    @contextmanager
    def _transaction(self) -> Iterator[PortableConnection]:
        conn = self._begin_write()
        try:
            yield conn
            # The counter the pages' caches watch (see change_stamp); absent only mid-creation.
            if self.dialect.read_version(conn):
                conn.execute(f"UPDATE {self.dialect.VERSION_TABLE} SET writes = writes + 1")
            conn.execute("COMMIT")
        except BaseException:
            if not conn.raw.closed:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.raw.close()

    @contextmanager
    def _read(self) -> Iterator[PortableConnection]:
        conn = self._connect()
        try:
            yield conn
        finally:
            conn.raw.close()

    def prepare(self) -> None:
        """Nothing to prepare: the server holds the data (a failed connection is reported on use)."""

    def open_error(self, exc: BaseException) -> StoreError | None:
        """The one-line error for ``exc`` raised while opening the store, or None to let it through."""
        import psycopg

        if isinstance(exc, psycopg.Error) and not _is_transient(exc):
            first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            return StoreError(f"cannot use the PostgreSQL event database {self.location}: {first_line}; check ATLAS_DB")
        return None

    @property
    def schema_version(self) -> int:
        """The version recorded in the ``atlas_schema`` table (0 for an empty database)."""
        with self._read() as conn:
            return self.dialect.read_version(conn)

    @property
    def journal_mode(self) -> str:
        """PostgreSQL always writes ahead: ``"wal"``, as the SQLite store reports."""
        return "wal"

    def change_stamp(self) -> int:
        """The count of committed write transactions: changes whenever a write commits."""
        with self._read() as conn:
            row = conn.execute(f"SELECT writes FROM {self.dialect.VERSION_TABLE}").fetchone()
        return int(row[0]) if row else 0

    def integrity_check(self) -> list[str]:
        """Constraints PostgreSQL has not validated (``NOT VALID``) in the store's schema; empty when sound.

        PostgreSQL checks every constraint on every write and checksums its pages itself;
        what it can still hold is a constraint added ``NOT VALID`` and never validated.
        """
        with self._read() as conn:
            rows = conn.execute(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"
            ).fetchall()
        return [f"{table}: constraint {name} is not validated" for table, name in rows]

    def table_digests(self) -> dict[str, str]:
        """SHA-256 of every table's rows (sorted), by table name: equal digests, equal contents."""
        with self._read() as conn:
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")  # one snapshot for all tables
            digests = table_digests(conn, self.dialect.tables(conn))
            conn.execute("COMMIT")
        return digests

    def backup(self, destination: str | Path) -> Path:
        """Not done from here: a PostgreSQL store is backed up with ``pg_dump`` (see the README)."""
        raise StoreError(
            "the event database is PostgreSQL: back it up with pg_dump (see the README's Backups); nothing was written"
        )
