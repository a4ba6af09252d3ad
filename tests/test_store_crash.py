"""A writer killed with SIGKILL in the middle of a large import leaves the store as it was
before the import or as it is after it: never half an import, never a damaged file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from dashboard.events import EventStore, events_to_frame, events_to_geojson
from dashboard.events.seed import seed_article_and_events
from tests.helpers import REPO_ROOT

N_EVENTS = 20_000


@pytest.fixture(scope="module")
def big_import(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A GeoJSON file of 20,000 valid events (the seed events under fresh ids)."""
    _, seed = seed_article_and_events()
    events = [replace(seed[i % len(seed)], event_id=f"crash-{i:05d}", verified=False) for i in range(N_EVENTS)]
    path = tmp_path_factory.mktemp("crash") / "events.geojson"
    path.write_text(json.dumps(events_to_geojson(events_to_frame(events))), encoding="utf-8")
    return path


def _wal_bytes(db: Path) -> int:
    """The size of ``db``'s write-ahead log in bytes, 0 when there is none. SQLite deletes the log when the
    last connection closes, so it can vanish between two looks: the import finishing while it is watched."""
    try:
        return db.with_name(db.name + "-wal").stat().st_size
    except FileNotFoundError:
        return 0


def _import_killed_after(path: Path, db: Path, seconds: float, wal_bytes: int = 0) -> int | None:
    """Start ``python -m dashboard.events import`` on ``db``; SIGKILL it after ``seconds``, or
    (with ``wal_bytes``) as soon as the import's transaction has written that much to the WAL,
    which is the middle of the write itself.

    Returns the exit code if it finished first, else None (it was killed)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.events", "import", str(path)],
        cwd=REPO_ROOT,
        env={**os.environ, "ATLAS_DB": str(db)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    start_wal = _wal_bytes(db)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return proc.returncode
        if wal_bytes and _wal_bytes(db) - start_wal >= wal_bytes:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return None


@pytest.mark.parametrize(
    ("kill_after_s", "wal_bytes"),
    [(1.5, 0), (4.0, 0), (120.0, 2_000_000)],
    ids=["while-reading", "a-few-seconds-in", "mid-write"],
)
def test_sigkill_during_a_large_import_leaves_all_or_nothing(big_import, isolated_event_db, kill_after_s, wal_bytes):
    store = EventStore()  # created, with the seed events, before the import starts
    before = len(store.query())
    digests_before = store.table_digests()
    finished = _import_killed_after(big_import, isolated_event_db, kill_after_s, wal_bytes)

    after = EventStore(isolated_event_db)
    assert after.integrity_check() == "ok"
    count = len(after.query())
    if wal_bytes:
        assert finished is None, "the import finished before its write could be interrupted"
    if finished is None:  # killed: the import happened whole or not at all
        assert count in (before, before + N_EVENTS), f"{count} events: half an import survived the kill"
        if count == before:
            assert after.table_digests() == digests_before
    else:  # it beat the kill on a fast machine: then all of it is there
        assert finished == 0 and count == before + N_EVENTS
