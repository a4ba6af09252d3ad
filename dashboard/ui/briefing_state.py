"""The briefing being worked on, kept in the session (shared by the Briefing and Present pages).

The open briefing lives in the browser session while it is edited; editors save it to the store
(:mod:`dashboard.ui.saved_access`) and anyone can export it as a JSON file. A stored briefing is
also reached by its link (``present?briefing=NAME``, :func:`linked_briefing`).
"""

from __future__ import annotations

import streamlit as st

from dashboard.briefing import Briefing, BriefingError
from dashboard.events import StoreError
from dashboard.safe_text import escape_markdown
from dashboard.ui import saved_access

__all__ = ["current_briefing", "linked_briefing", "set_current_briefing"]

#: Characters of a link's briefing name quoted back in a message.
_SHOWN_CHARS = 80

_KEY = "briefing_current"


def current_briefing() -> Briefing | None:
    """The session's briefing, or None before one is created or imported."""
    value = st.session_state.get(_KEY)
    return value if isinstance(value, Briefing) else None


def set_current_briefing(briefing: Briefing | None) -> None:
    """Make ``briefing`` the session's briefing (None forgets it)."""
    st.session_state[_KEY] = briefing


def linked_briefing(name: str) -> Briefing:
    """The stored briefing a link names (``?briefing=NAME``). When there is none of that name, or
    it no longer reads, say so (the name shown as text) with a way back, and stop the page."""
    try:
        found = saved_access.saved_briefing(name)
        problem = None if found is not None else "there is no stored briefing of that name"
    except (BriefingError, StoreError) as exc:
        found, problem = None, f"it cannot be shown: {exc}"
    if found is not None:
        return found
    shown = name[:_SHOWN_CHARS] + ("…" if len(name) > _SHOWN_CHARS else "")
    st.error(escape_markdown(f"This link names the briefing “{shown}”, but {problem}."))
    st.page_link("app_pages/briefing.py", label="Open the Briefing page to pick a stored briefing")
    st.stop()
