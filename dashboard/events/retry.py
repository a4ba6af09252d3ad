"""Starting a write transaction when other writers hold the lock: retried, with jitter, to a deadline.

Both backends queue writers the same way: an attempt to take the write lock waits up to the
backend's own timeout (SQLite's busy handler, PostgreSQL's ``lock_timeout``); a transient
failure (busy, lock timeout, serialization failure, deadlock) is retried after a jittered,
doubling pause until ``deadline_s`` has passed, then :class:`StoreBusyError` says nothing was
saved. Only the start of a transaction is retried: once the lock is held, the body runs once.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from .errors import StoreBusyError

__all__ = ["begin_with_retries"]

Connection = TypeVar("Connection")


def begin_with_retries(
    begin: Callable[[], Connection], is_transient: Callable[[BaseException], bool], deadline_s: float
) -> Connection:
    """Call ``begin`` (open a connection and take the write lock) until it succeeds.

    Parameters
    ----------
    begin : callable
        Returns a connection inside a transaction holding the write lock; closes its own
        connection before raising.
    is_transient : callable
        True for an exception worth retrying (another writer held the lock).
    deadline_s : float
        Seconds to keep retrying before :class:`StoreBusyError`.
    """
    deadline = time.monotonic() + deadline_s
    pause = 0.02
    while True:
        try:
            return begin()
        except Exception as exc:
            if not is_transient(exc):
                raise
            if time.monotonic() >= deadline:
                raise StoreBusyError(
                    f"the event database stayed busy for {deadline_s:.0f} s; nothing was saved, try again"
                ) from None
        # Jitter keeps queued writers from retrying in lock-step.
        time.sleep(pause * random.uniform(0.5, 1.5))
        pause = min(pause * 2, 1.0)
