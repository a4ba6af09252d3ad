"""The briefing being worked on, kept in the session (shared by the Briefing and Present pages).

Briefings are not yet stored in the database: the event store is being reworked, so for now a
briefing lives in the browser session and travels as a JSON file (export, import).
"""

from __future__ import annotations

import streamlit as st

from dashboard.briefing import Briefing

__all__ = ["current_briefing", "set_current_briefing"]

_KEY = "briefing_current"


def current_briefing() -> Briefing | None:
    """The session's briefing, or None before one is created or imported."""
    value = st.session_state.get(_KEY)
    return value if isinstance(value, Briefing) else None


def set_current_briefing(briefing: Briefing | None) -> None:
    """Make ``briefing`` the session's briefing (None forgets it)."""
    st.session_state[_KEY] = briefing
