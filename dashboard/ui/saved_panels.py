"""Widgets for saved views and stored briefings: the Map's "Save this view", and the Briefing
page's lists (open, add as slide, save, delete).

Reads are open to everyone; every write goes through :mod:`dashboard.ui.saved_access`, which
checks the editor role when it writes. A refused write shows its one-line reason and changes
nothing. Names and titles are shown escaped (they are typed by users).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from dashboard.briefing import Briefing, BriefingError, editing
from dashboard.briefing.capture import view_from_map
from dashboard.briefing.links import present_link, view_query
from dashboard.briefing.store import SavedEntry
from dashboard.events import StoreError
from dashboard.map.deck import PolarView
from dashboard.roles import EditorRequired
from dashboard.safe_text import escape_markdown
from dashboard.ui import saved_access
from dashboard.ui.briefing_editor import apply
from dashboard.ui.briefing_state import set_current_briefing
from dashboard.ui.roles import is_editor

__all__ = [
    "present_link_section",
    "save_briefing_button",
    "save_view_control",
    "saved_views_section",
    "stored_briefings_section",
]

_REFUSED = (BriefingError, StoreError, EditorRequired)
_NOTICE = "saved_items_notice"


def _attempt(write: Callable[..., Any], *args: Any, done: str) -> None:
    """Run a write; keep its outcome (done, or the one-line reason) to show after the rerun."""
    try:
        write(*args)
        st.session_state[_NOTICE] = ("success", done)
    except _REFUSED as exc:
        st.session_state[_NOTICE] = ("error", f"Not saved: {exc}")
    st.rerun()


def _show_notice() -> None:
    if notice := st.session_state.pop(_NOTICE, None):
        kind, message = notice
        (st.success if kind == "success" else st.error)(escape_markdown(message))


def _when(entry: SavedEntry) -> str:
    """``modified_at`` as a reader wants it: ``2025-03-01 09:30 UTC``."""
    return entry.modified_at[:16].replace("T", " ") + " UTC"


def save_view_control(camera: PolarView | None) -> None:
    """The Map's "Save view" popover: the layers, camera, event filters and feature in detail, named."""
    _show_notice()
    # A popover, not an expander: a closed popover's widgets are not drawn, so the first visit does
    # not load the text inputs' and button's code, nor lay them out, before the map mounts (Streamlit
    # mounts a component only once everything else on the page has been rendered).
    with st.popover(
        "Save view",
        icon=":material/bookmark_add:",
        help="Save the layers, camera, event filters and feature in detail, to reopen or add to a briefing.",
        key="map_save_view_open",
        width="stretch",
    ):
        if not is_editor():
            st.caption("Viewing: unlock editing in the sidebar to save views.")
        # A form: the name and title typed go to the server with the click, together. Outside a form each input
        # sends its text when it loses focus, and on a slow server a click right after typing the title could save
        # the view before the title arrived (seen in a browser test on a loaded host: the title saved empty).
        with st.form("map_save_view_form", border=False):
            name = st.text_input("View name", key="map_view_name", placeholder="e.g. Kola close-up")
            title = st.text_input("Title (optional)", key="map_view_title")
            save = st.form_submit_button("Save this view", key="map_save_view")
        if save:
            try:
                view = view_from_map(st.query_params.to_dict(), camera, title)
            except BriefingError as exc:
                st.session_state[_NOTICE] = ("error", f"Not saved: {exc}")
                st.rerun()
            _attempt(saved_access.save_view, name, view, done=f"Saved the view {name!r}; find it on the Briefing page.")


def saved_views_section(briefing: Briefing | None) -> None:
    """Saved views with their last-modified dates and links; add one as a slide; delete one."""
    entries = saved_access.saved_views()
    if not entries:
        st.caption("No saved views yet: save one from the Map.")
        return
    for entry in entries:
        view = saved_access.saved_view(entry.name)
        label = f"{entry.name}" + (f" — {entry.title}" if entry.title else "") + f" (modified {_when(entry)})"
        st.page_link("app_pages/map.py", label=escape_markdown(label), query_params=view_query(view))
    names = [e.name for e in entries]
    pick = st.selectbox("Saved view", names, key="saved_view_pick")
    add, delete = st.columns(2)
    if briefing is not None and add.button("Add as a slide", key="saved_view_add"):
        chosen = saved_access.saved_view(pick)
        if chosen is not None:
            apply(editing.add_slide, briefing, chosen)
    confirm = delete.checkbox("Yes, delete this view", key="saved_view_delete_confirm")
    if delete.button("Delete view", key="saved_view_delete", disabled=not confirm):
        _attempt(saved_access.delete_view, pick, done=f"Deleted the view {pick!r}.")


def stored_briefings_section() -> None:
    """Stored briefings with their last-modified dates: open one, or delete one (editors)."""
    _show_notice()
    entries = saved_access.saved_briefings()
    if not entries:
        st.caption("No stored briefings yet.")
        return
    st.dataframe(
        [{"Briefing": e.name, "Last modified": _when(e), "Created": e.created_at[:10]} for e in entries],
        hide_index=True,
        key="stored_briefings_table",
    )
    pick = st.selectbox("Stored briefing", [e.name for e in entries], key="stored_briefing_pick")
    open_col, delete_col = st.columns(2)
    if open_col.button("Open", key="stored_briefing_open"):
        stored = saved_access.saved_briefing(pick)
        if stored is not None:
            set_current_briefing(stored)
            st.session_state.pop("briefing_exports", None)
            st.rerun()
    confirm = delete_col.checkbox("Yes, delete this briefing", key="stored_briefing_delete_confirm")
    if delete_col.button("Delete briefing", key="stored_briefing_delete", disabled=not confirm):
        _attempt(saved_access.delete_briefing, pick, done=f"Deleted the briefing {pick!r}.")


def save_briefing_button(briefing: Briefing) -> None:
    """Store the open briefing under its name (editors; replaces the stored one of that name)."""
    if st.button("Save to the store", key="briefing_save_store", help="Editors only; replaces a stored namesake."):
        _attempt(saved_access.save_briefing, briefing, done=f"Saved the briefing {briefing.name!r}.")


def present_link_section(briefing: Briefing) -> None:
    """The link that presents the stored copy of the open briefing in any browser, from a chosen
    slide (copy button on the code block); until it is stored, a line saying how to get one."""
    stored = saved_access.saved_briefing(briefing.name)
    if stored is None:
        st.caption("Save this briefing to the store to get a link that presents it in any browser.")
        return
    number = st.number_input("Link opens slide", 1, len(stored.slides), 1, key="briefing_link_slide")
    st.code(present_link(briefing.name, int(number), st.context.url), language=None, wrap_lines=True)
    note = " It presents the stored copy: save to include your latest changes." if stored != briefing else ""
    st.caption("Opens present mode on this slide, in a fresh browser too." + note)
