"""No lost work: many processes saving at once through the Ingest page's code path.

Each worker is a separate Python process (as separate Streamlit servers or CLI runs would
be) holding an editor session and calling ``save_article_events``, the function the Ingest
page's Save button calls. A ninth process holds the write lock for longer than one attempt's
wait (SQLite's busy timeout, PostgreSQL's lock timeout), as a long import does: before the
store retried, every save queued behind it failed. The test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from datetime import date

from dashboard.events import EventStore

WORKERS, SAVES = 8, 100
LOCK_HOLD_S = 7.0  # longer than the store's 5 s busy timeout per attempt


def _save_many(db: str, worker: int, start_at: float) -> int:
    """One worker process: an editor session saving SAVES one-event articles; returns failures."""
    os.environ["ATLAS_DB"] = db
    os.environ["ATLAS_EDITOR_PASSWORD"] = "concurrency"
    import streamlit as st

    from dashboard.events import Event
    from dashboard.roles import EditorGrant
    from dashboard.ui.event_access import save_article_events
    from dashboard.ui.roles import configured_passcode

    st.session_state["_atlas_editor_grant"] = EditorGrant(configured_passcode().fingerprint)
    time.sleep(max(0.0, start_at - time.time()))
    failures = 0
    for n in range(SAVES):
        event = Event(
            event_id=f"ev-w{worker}-{n}",
            event_date=date(2024, 3, 1),
            date_precision="day",
            summary=f"Worker {worker} event {n}",
            category="shipping",
            actors=("NOR",),
            place="Tromsø",
            lat=69.65,
            lon=18.96,
            geo_precision="city",
            evidence=f"Sentence {n}.",
        )
        try:
            save_article_events(
                [event],
                title=f"Article {worker}-{n}",
                outlet="Test",
                url=f"https://example.org/{worker}/{n}",
                published=date(2024, 3, 1),
                text=f"Article {worker} {n}",
            )
        except Exception as exc:  # counted, and shown, rather than stopping the worker
            print(f"worker {worker} save {n}: {exc!r}", file=sys.stderr)
            failures += 1
    return failures


def _hold_write_lock(db: str, start_at: float) -> None:
    """Hold the store's write lock for LOCK_HOLD_S, as a long import does."""
    time.sleep(max(0.0, start_at - time.time()))
    with EventStore(db, seed=False)._transaction():
        time.sleep(LOCK_HOLD_S)


def test_eight_processes_saving_at_once_lose_nothing(store_url: str):
    db = store_url
    seeded = len(EventStore(db))
    context = multiprocessing.get_context("spawn")
    start_at = time.time() + 8  # every process imported and waiting before the first save
    holder = context.Process(target=_hold_write_lock, args=(db, start_at + 0.5))
    holder.start()
    started = time.perf_counter()
    with context.Pool(WORKERS) as pool:
        failures = pool.starmap(_save_many, [(db, w, start_at) for w in range(WORKERS)])
    holder.join()
    print(f"{WORKERS}x{SAVES} saves with a {LOCK_HOLD_S:.0f} s lock holder: {time.perf_counter() - started:.1f} s")
    store = EventStore(db)
    assert failures == [0] * WORKERS
    assert store.integrity_check() == "ok"
    with store._read() as conn:
        ids = [row[0] for row in conn.execute("SELECT event_id FROM events WHERE event_id LIKE 'ev-w%'")]
        articles = conn.execute("SELECT COUNT(*) FROM articles WHERE outlet = 'Test'").fetchone()[0]
    assert len(ids) == len(set(ids)) == WORKERS * SAVES
    assert articles == WORKERS * SAVES
    assert len(store) == seeded + WORKERS * SAVES
