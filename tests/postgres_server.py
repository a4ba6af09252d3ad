"""A PostgreSQL server for the store's tests: the one ``$ATLAS_TEST_PG`` names, or a private one.

With ``ATLAS_TEST_PG`` set (a ``postgresql://`` URL of a role that may create databases) the
tests use that server and start nothing. Otherwise a private server is started from Debian's
binaries (``/usr/lib/postgresql/<version>/bin``; ``apt-get install postgresql``): ``initdb``
into a temporary folder and ``pg_ctl start`` listening on a free loopback port only, run as
the ``postgres`` user when the tests run as root (PostgreSQL refuses to run as root). Either
way the session works in one throwaway database, dropped at the end; each test gets a fresh
schema of it (through ``options=-csearch_path=…`` in the URL), which is a fresh store.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

__all__ = ["PostgresUnavailable", "fresh_schema_url", "postgres_for_tests", "with_database", "with_schema"]


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server can be had here; the message says why (shown as the skip reason)."""


def with_database(url: str, database: str) -> str:
    """``url`` pointing at another database of the same server."""
    return urlunsplit(urlsplit(url)._replace(path="/" + database))


def with_schema(url: str, schema: str) -> str:
    """``url`` whose connections work in ``schema`` (libpq ``options=-csearch_path=schema``)."""
    separator = "&" if urlsplit(url).query else "?"
    return f"{url}{separator}options={quote(f'-csearch_path={schema}')}"


_schemas_made = 0


def fresh_schema_url(database_url: str) -> str:
    """Create a new, empty schema in the test database; return a URL whose connections use it."""
    import psycopg

    global _schemas_made
    _schemas_made += 1
    schema = f"store_{os.getpid()}_{_schemas_made}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return with_schema(database_url, schema)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def _private_server() -> Iterator[str]:
    """Start a throwaway cluster from Debian's binaries; yield the superuser's URL; stop and remove it."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        raise PostgresUnavailable(
            "no PostgreSQL server binaries (apt-get install postgresql) and ATLAS_TEST_PG is unset"
        )
    bindir = Path(bins[-1]).parent
    run_as: list[str] = []
    owner = None
    if os.geteuid() == 0:  # PostgreSQL will not run as root
        for name in ("postgres", "nobody"):
            try:
                owner = pwd.getpwnam(name)
                break
            except KeyError:
                continue
        if owner is None or not shutil.which("runuser"):
            raise PostgresUnavailable("running as root without a 'postgres' or 'nobody' user and runuser")
        run_as = ["runuser", "-u", owner.pw_name, "--"]
    folder = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
    data, log = folder / "data", folder / "server.log"
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    port = _free_port()

    def run(*command: str) -> None:
        result = subprocess.run([*run_as, *command], capture_output=True, text=True, timeout=120)
        if result.returncode:
            raise PostgresUnavailable(
                f"{Path(command[0]).name} failed: {(result.stderr or result.stdout).strip()[-500:]}"
            )

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        # Loopback TCP only; the unix socket goes to the private folder, not /var/run/postgresql.
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c max_connections=200"
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start")
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                capture_output=True,
                timeout=60,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def postgres_for_tests() -> Iterator[str]:
    """The URL of a fresh, throwaway database for this test session (dropped afterwards).

    Raises :class:`PostgresUnavailable` when neither ``$ATLAS_TEST_PG`` nor a private server works.
    """
    try:
        import psycopg
    except ImportError:
        raise PostgresUnavailable("psycopg is not installed (pip install -r requirements.txt)") from None
    given = os.environ.get("ATLAS_TEST_PG", "").strip()
    with _given(given) if given else _private_server() as admin_url:
        database = f"atlas_test_{uuid.uuid4().hex[:12]}"
        try:
            with psycopg.connect(admin_url, autocommit=True, connect_timeout=10) as conn:
                conn.execute(f'CREATE DATABASE "{database}"')
        except psycopg.Error as exc:
            raise PostgresUnavailable(f"cannot create a test database on {admin_url}: {exc}") from None
        try:
            yield with_database(admin_url, database)
        finally:
            with psycopg.connect(admin_url, autocommit=True, connect_timeout=10) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url
