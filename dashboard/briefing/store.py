"""Saved map views and briefings, kept by name in the event store's database (no Streamlit).

Two tables of schema version 3 (:mod:`dashboard.events.schema`): ``views`` (a
:class:`~dashboard.briefing.model.View` as :func:`~dashboard.briefing.fileformat.view_to_dict`
writes it, plus its title) and ``briefings`` (the briefing file's JSON,
:func:`~dashboard.briefing.fileformat.briefing_to_json`), each row with its UTC ``created_at``
and ``modified_at`` (ISO 8601, seconds). Names are unique per table and follow
:func:`~dashboard.briefing.model.check_name`.

Every write is one transaction of the store's file. Bad input (an unusable name, something that
is not a view or briefing, a name already taken, a name not stored) raises
:class:`~dashboard.briefing.model.BriefingError` or :class:`SavedItemError` with a one-line
message before anything is written, so a refused write changes nothing. Who may write is
decided above this module: the pages call it through ``dashboard.ui.saved_access``, which checks
the editor role; the command line writes as the operator.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from dashboard.events import EventStore, StoreError
from dashboard.events.model import utc_now_iso

from .fileformat import briefing_from_dict, briefing_from_json, briefing_to_json, view_from_dict, view_to_dict
from .model import Briefing, BriefingError, View, check_name

__all__ = ["SavedEntry", "SavedItemError", "SavedStore"]


class SavedItemError(StoreError):
    """A saved view or briefing name is taken, or is not stored; nothing was changed."""


@dataclass(frozen=True)
class SavedEntry:
    """One stored view or briefing as a list shows it (times are UTC ISO 8601 strings)."""

    name: str
    title: str
    created_at: str
    modified_at: str


@dataclass(frozen=True)
class _Kind:
    what: str  # "view" or "briefing", for messages
    table: str
    body: str  # the JSON column


_VIEWS = _Kind("view", "views", "view_json")
_BRIEFINGS = _Kind("briefing", "briefings", "briefing_json")


def _view_json(view: View) -> str:
    return json.dumps(view_to_dict(view), ensure_ascii=False)


class SavedStore:
    """Saved views and briefings in the same SQLite file as the events.

    Parameters
    ----------
    events : EventStore, optional
        The store whose file holds them; ``EventStore()`` (``$ATLAS_DB``) when omitted. Opening
        it brings an older file up to schema version 3.
    """

    def __init__(self, events: EventStore | None = None) -> None:
        self.events = events if events is not None else EventStore()

    # -- shared by both kinds --------------------------------------------------------------
    def _exists(self, conn: sqlite3.Connection, kind: _Kind, name: str) -> bool:
        return conn.execute(f"SELECT 1 FROM {kind.table} WHERE name = ?", (name,)).fetchone() is not None

    def _entries(self, kind: _Kind) -> list[SavedEntry]:
        title = "title" if kind is _VIEWS else "''"
        with self.events.reading() as conn:
            rows = conn.execute(
                f"SELECT name, {title} AS title, created_at, modified_at FROM {kind.table} "
                "ORDER BY modified_at DESC, name"
            ).fetchall()
        return [SavedEntry(r["name"], r["title"], r["created_at"], r["modified_at"]) for r in rows]

    def _body(self, kind: _Kind, name: str) -> str | None:
        if not isinstance(name, str):
            return None
        with self.events.reading() as conn:
            row = conn.execute(f"SELECT {kind.body} FROM {kind.table} WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _put(self, conn: sqlite3.Connection, kind: _Kind, name: str, body: str, extra: dict[str, str]) -> None:
        now = utc_now_iso()
        columns = {"name": name, kind.body: body, **extra}
        if self._exists(conn, kind, name):
            sets = ", ".join(f"{c} = ?" for c in columns)
            conn.execute(
                f"UPDATE {kind.table} SET {sets}, modified_at = ? WHERE name = ?", (*columns.values(), now, name)
            )
        else:
            names = ", ".join([*columns, "created_at", "modified_at"])
            marks = ", ".join("?" * (len(columns) + 2))
            conn.execute(f"INSERT INTO {kind.table} ({names}) VALUES ({marks})", (*columns.values(), now, now))

    def _save(self, kind: _Kind, name: str, body: str, extra: dict[str, str], replace: bool) -> None:
        with self.events.writing() as conn:
            if not replace and self._exists(conn, kind, name):
                raise SavedItemError(f"a {kind.what} named {name!r} is already saved; choose another name")
            self._put(conn, kind, name, body, extra)

    def _rename(self, kind: _Kind, old: str, new: str, rewrite) -> None:
        check_name(new, kind.what)
        with self.events.writing() as conn:
            row = conn.execute(f"SELECT {kind.body} FROM {kind.table} WHERE name = ?", (old,)).fetchone()
            if row is None:
                raise SavedItemError(f"there is no saved {kind.what} named {str(old)[:MAX_SHOWN]!r}")
            if new != old and self._exists(conn, kind, new):
                raise SavedItemError(f"a {kind.what} named {new!r} is already saved; choose another name")
            conn.execute(
                f"UPDATE {kind.table} SET name = ?, {kind.body} = ?, modified_at = ? WHERE name = ?",
                (new, rewrite(row[0], new), utc_now_iso(), old),
            )

    def _delete(self, kind: _Kind, name: str) -> bool:
        with self.events.writing() as conn:
            return conn.execute(f"DELETE FROM {kind.table} WHERE name = ?", (name,)).rowcount > 0

    # -- views -----------------------------------------------------------------------------
    def save_view(self, name: str, view: View, *, replace: bool = False) -> None:
        """Store ``view`` as ``name``; with ``replace`` an existing view of that name is overwritten
        (its ``created_at`` kept), otherwise a taken name raises :class:`SavedItemError`."""
        check_name(name, "view")
        if not isinstance(view, View):
            raise BriefingError("only a map view can be saved as a view")
        self._save(_VIEWS, name, _view_json(view), {"title": view.title}, replace)

    def views(self) -> list[SavedEntry]:
        """Every saved view, the most recently modified first."""
        return self._entries(_VIEWS)

    def view(self, name: str) -> View | None:
        """The saved view ``name``, or None."""
        body = self._body(_VIEWS, name)
        return view_from_dict(json.loads(body)) if body is not None else None

    def rename_view(self, old: str, new: str) -> None:
        """Give the saved view ``old`` the name ``new`` (not already taken)."""
        self._rename(_VIEWS, old, new, lambda body, _new: body)

    def delete_view(self, name: str) -> bool:
        """Delete the saved view ``name``; True if it existed."""
        return self._delete(_VIEWS, name)

    # -- briefings -------------------------------------------------------------------------
    def save_briefing(self, briefing: Briefing, *, replace: bool = False) -> None:
        """Store ``briefing`` under its name; with ``replace`` a stored briefing of that name is
        overwritten (its ``created_at`` kept), otherwise a taken name raises :class:`SavedItemError`."""
        if not isinstance(briefing, Briefing):
            raise BriefingError("only a briefing can be saved as a briefing")
        self._save(_BRIEFINGS, briefing.name, briefing_to_json(briefing), {}, replace)

    def briefings(self) -> list[SavedEntry]:
        """Every saved briefing, the most recently modified first (``title`` is empty)."""
        return self._entries(_BRIEFINGS)

    def briefing(self, name: str) -> Briefing | None:
        """The saved briefing ``name``, or None."""
        body = self._body(_BRIEFINGS, name)
        return briefing_from_json(body) if body is not None else None

    def rename_briefing(self, old: str, new: str) -> None:
        """Give the saved briefing ``old`` the name ``new`` (not already taken); its file says so too."""

        def renamed(body: str, name: str) -> str:
            stored = briefing_from_json(body)
            return briefing_to_json(Briefing(name, stored.slides))

        self._rename(_BRIEFINGS, old, new, renamed)

    def delete_briefing(self, name: str) -> bool:
        """Delete the saved briefing ``name``; True if it existed."""
        return self._delete(_BRIEFINGS, name)

    # -- the whole lot, for the store archive ----------------------------------------------
    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every saved view and briefing with its times, JSON-ready, in name order."""
        result = {}
        with self.events.reading() as conn:
            for kind, key in ((_VIEWS, "view"), (_BRIEFINGS, "briefing")):
                rows = conn.execute(f"SELECT * FROM {kind.table} ORDER BY name").fetchall()
                result[kind.table] = [
                    {k: r[k] for k in ("name", "created_at", "modified_at")} | {key: json.loads(r[kind.body])}
                    for r in rows
                ]
        return result

    @staticmethod
    def check_dump(data: Any) -> tuple[list[tuple[str, View, str, str]], list[tuple[Briefing, str, str]]]:
        """The views and briefings of a :meth:`dump` (parsed JSON), every one checked; a
        :class:`BriefingError` naming the first bad item otherwise."""
        if not isinstance(data, dict):
            raise BriefingError("saved views and briefings must be a JSON object")
        views, briefings = data.get("views", []), data.get("briefings", [])
        if not isinstance(views, list) or not isinstance(briefings, list):
            raise BriefingError('"views" and "briefings" must be JSON lists')
        checked_views, checked_briefings = [], []
        for number, item in enumerate(views, start=1):
            try:
                if not isinstance(item, dict):
                    raise BriefingError("must be a JSON object")
                name = check_name(item.get("name"), "view")
                checked_views.append((name, view_from_dict(item.get("view")), *_times(item)))
            except BriefingError as exc:
                raise BriefingError(f"view {number}: {exc}") from None
        for number, item in enumerate(briefings, start=1):
            try:
                if not isinstance(item, dict):
                    raise BriefingError("must be a JSON object")
                checked_briefings.append((briefing_from_dict(item.get("briefing")), *_times(item)))
            except BriefingError as exc:
                raise BriefingError(f"briefing {number}: {exc}") from None
        _no_repeats([v[0] for v in checked_views], "view")
        _no_repeats([b[0].name for b in checked_briefings], "briefing")
        return checked_views, checked_briefings

    def load(self, conn: sqlite3.Connection, data: Any, *, replace: bool = False) -> tuple[int, int]:
        """Write a :meth:`dump` into the store inside the caller's transaction ``conn``; return the
        numbers of views and briefings written. A name already stored with different content
        raises :class:`SavedItemError` (unless ``replace``); an identical one is left as it is."""
        views, briefings = self.check_dump(data)
        rows = [(_VIEWS, n, _view_json(v), {"title": v.title}, c, m) for n, v, c, m in views]
        rows += [(_BRIEFINGS, b.name, briefing_to_json(b), {}, c, m) for b, c, m in briefings]
        written = {"views": 0, "briefings": 0}
        for kind, name, body, extra, created, modified in rows:
            stored = conn.execute(f"SELECT {kind.body} FROM {kind.table} WHERE name = ?", (name,)).fetchone()
            if stored is not None and stored[0] == body:
                continue
            if stored is not None and not replace:
                raise SavedItemError(
                    f"a different {kind.what} named {name!r} is already saved; nothing was imported "
                    "(pass --replace-saved to overwrite it)"
                )
            conn.execute(f"DELETE FROM {kind.table} WHERE name = ?", (name,))
            columns = {"name": name, kind.body: body, **extra, "created_at": created, "modified_at": modified}
            conn.execute(
                f"INSERT INTO {kind.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                tuple(columns.values()),
            )
            written[kind.table] += 1
        return written["views"], written["briefings"]


MAX_SHOWN = 80  # characters of a refused name quoted back in a message


def _times(item: dict[str, Any]) -> tuple[str, str]:
    created, modified = item.get("created_at"), item.get("modified_at")
    if not all(isinstance(t, str) and 0 < len(t) <= 40 for t in (created, modified)):
        raise BriefingError("created_at and modified_at must be ISO 8601 times")
    return created, modified


def _no_repeats(names: list[str], what: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise BriefingError(f"the {what} name {name!r} appears twice")
        seen.add(name)
