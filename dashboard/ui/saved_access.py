"""Saved views and briefings for the pages: reads for everyone, writes for editors only.

Every write function checks the editor role at the moment of writing
(:func:`dashboard.ui.roles.editor_only`), so a viewer's session that presses a hidden or
replayed button gets :class:`~dashboard.roles.EditorRequired` and the store is unchanged.
"""

from __future__ import annotations

from dashboard.briefing import Briefing, View
from dashboard.briefing.store import SavedEntry, SavedStore
from dashboard.ui.event_access import event_store
from dashboard.ui.roles import editor_only

__all__ = [
    "delete_briefing",
    "delete_view",
    "saved_briefing",
    "saved_briefings",
    "saved_view",
    "saved_views",
    "save_briefing",
    "save_view",
]


def _saved() -> SavedStore:
    return SavedStore(event_store())


def saved_views() -> list[SavedEntry]:
    """Every saved view, the most recently modified first."""
    return _saved().views()


def saved_view(name: str) -> View | None:
    """The saved view ``name``, or None."""
    return _saved().view(name)


def saved_briefings() -> list[SavedEntry]:
    """Every saved briefing, the most recently modified first."""
    return _saved().briefings()


def saved_briefing(name: str) -> Briefing | None:
    """The saved briefing ``name``, or None."""
    return _saved().briefing(name)


@editor_only("save views")
def save_view(name: str, view: View) -> None:
    """Store the map ``view`` as ``name`` (a taken name is refused)."""
    _saved().save_view(name, view)


@editor_only("delete saved views")
def delete_view(name: str) -> bool:
    """Delete the saved view ``name``; True if it existed."""
    return _saved().delete_view(name)


@editor_only("save briefings")
def save_briefing(briefing: Briefing) -> None:
    """Store ``briefing`` under its name, replacing the stored briefing of that name."""
    _saved().save_briefing(briefing, replace=True)


@editor_only("delete briefings")
def delete_briefing(name: str) -> bool:
    """Delete the saved briefing ``name``; True if it existed."""
    return _saved().delete_briefing(name)
