"""One SQLite file used by several processes at once: connections, write transactions, upkeep.

Writes take the lock up front (``BEGIN IMMEDIATE``) so a transaction never fails half-way for
want of it. SQLite's busy handler waits up to ``busy_timeout_s`` per attempt; past that the
attempt is retried with jittered, doubling pauses until ``write_deadline_s``, so a write that
queues behind a long import waits its turn instead of being dropped. The file runs in WAL
mode: readers never block the writer nor each other.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .dialect import SqliteDialect, table_digests
from .errors import StoreError
from .retry import begin_with_retries

__all__ = ["SqliteFile", "is_busy", "not_a_database"]


def is_busy(exc: BaseException) -> bool:
    """True for SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock (worth retrying)."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    return getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or (
        "locked" in str(exc) or "busy" in str(exc)
    )


def not_a_database(path: Path, exc: sqlite3.Error) -> StoreError:
    """The one-line error for a file SQLite cannot read as a database."""
    return StoreError(f"{path} is not an Arctic Atlas event database ({exc}); check ATLAS_DB")


class SqliteFile:
    """A SQLite database file shared by threads and processes (WAL, queued writers).

    Parameters
    ----------
    path : Path
        The database file (its folder must exist).
    busy_timeout_s : float
        Seconds SQLite's busy handler waits for the write lock in one attempt.
    write_deadline_s : float
        Seconds a write keeps retrying for the lock before :class:`StoreBusyError`.
    """

    def __init__(self, path: Path, busy_timeout_s: float = 5.0, write_deadline_s: float = 120.0) -> None:
        self.path = path
        self.location = str(path)
        self.dialect = SqliteDialect()
        self.busy_timeout_s = busy_timeout_s
        self.write_deadline_s = write_deadline_s

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout_s, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _begin_write(self) -> sqlite3.Connection:
        """A connection holding the write lock (``BEGIN IMMEDIATE``), retried until the deadline."""

        def begin() -> sqlite3.Connection:
            conn = self._connect()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except BaseException:
                conn.close()
                raise
            return conn

        return begin_with_retries(begin, is_busy, self.write_deadline_s)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._begin_write()
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()

    def _ensure_wal(self) -> None:
        conn = self._connect()
        try:
            # Switching to WAL needs an exclusive moment; skip it when the file is already WAL.
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                deadline = time.monotonic() + self.write_deadline_s
                while True:
                    try:
                        conn.execute("PRAGMA journal_mode = WAL")
                        break
                    except sqlite3.OperationalError as exc:
                        if not is_busy(exc) or time.monotonic() >= deadline:
                            raise
                        time.sleep(random.uniform(0.01, 0.1))
        finally:
            conn.close()

    @property
    def schema_version(self) -> int:
        """The database's ``PRAGMA user_version``."""
        with self._read() as conn:
            return self.dialect.read_version(conn)

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

    def integrity_check(self) -> list[str]:
        """Problems SQLite finds in the file (``PRAGMA integrity_check``, foreign keys); empty when sound."""
        with self._read() as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
            problems += [
                f"{row[0]} row {row[1]}: broken reference to {row[2]}"
                for row in conn.execute("PRAGMA foreign_key_check")
            ]
        return problems

    def prepare(self) -> None:
        """Make the file ready for the store: its folder exists, and it runs in WAL mode."""
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not an event database; check ATLAS_DB")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._ensure_wal()
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise
            raise not_a_database(self.path, exc) from None

    def open_error(self, exc: BaseException) -> StoreError | None:
        """The one-line error for ``exc`` raised while opening the store, or None to let it through."""
        if isinstance(exc, sqlite3.DatabaseError) and not is_busy(exc):
            return not_a_database(self.path, exc)
        return None

    def change_stamp(self) -> tuple:
        """Something that changes whenever a write commits: modification time and size of the
        file and of its WAL (no query needed)."""
        stamp = []
        for candidate in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                info = candidate.stat()
                stamp.append((info.st_ino, info.st_mtime_ns, info.st_size))
            except OSError:
                stamp.append(None)
        return tuple(stamp)

    def table_digests(self) -> dict[str, str]:
        """SHA-256 of every table's rows (sorted), by table name: equal digests, equal contents."""
        with self._read() as conn:
            return table_digests(conn, self.dialect.tables(conn))

    def backup(self, destination: str | Path) -> Path:
        """Copy the database to a new file with SQLite's online backup API; return its path.

        Safe while the app is running: the copy is a consistent snapshot (writers wait only
        for each batch of pages). Raises :class:`StoreError` when ``destination`` exists.
        """
        target_path = Path(destination)
        if target_path.exists():
            raise StoreError(f"{target_path} already exists; back up to a new file")
        target_path.parent.mkdir(parents=True, exist_ok=True)
        with self._read() as source:
            target = sqlite3.connect(target_path)
            try:
                source.backup(target, pages=1024)
            finally:
                target.close()
        return target_path
