"""Errors the event store raises, each with a one-line message fit to show a user.

The command line prints them as ``error: <message>`` with exit status 2; the pages show them
with ``st.error``. None of them leaves a half-written change behind: the store raises them
before or instead of committing.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DuplicateArticleError", "ImportConflictError", "StoreBusyError", "StoreError"]


class StoreError(RuntimeError):
    """The store cannot be opened or written (not a database, a newer schema, busy, refused)."""


class StoreBusyError(StoreError):
    """Other writers held the database for longer than the store is willing to wait."""


class DuplicateArticleError(StoreError):
    """The article is already stored (same URL or same text); ``article_id`` names the stored one.

    Saving again with ``on_duplicate="merge"`` adds the new events to that article instead.
    """

    def __init__(self, article_id: int, reason: str) -> None:
        super().__init__(
            f"this article is already stored as article {article_id} ({reason}); merge the events into it or cancel"
        )
        self.article_id = article_id
        self.reason = reason


class ImportConflictError(StoreError):
    """An import would overwrite verified events with different content; ``event_ids`` lists them."""

    def __init__(self, event_ids: Sequence[str]) -> None:
        shown = ", ".join(event_ids[:3]) + (f" and {len(event_ids) - 3} more" if len(event_ids) > 3 else "")
        super().__init__(
            f"the file would replace {len(event_ids)} verified event(s) with different content ({shown}); "
            "nothing was imported (pass --replace-verified to overwrite them)"
        )
        self.event_ids = list(event_ids)
