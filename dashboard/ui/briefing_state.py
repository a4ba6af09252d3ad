"""The briefing being worked on, kept in the session (shared by the Briefing and Present pages).

The open briefing lives in the browser session while it is edited; editors save it to the store
(:mod:`dashboard.ui.saved_access`) and anyone can export it as a JSON file.
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
