"""A page's widget choices kept in its URL, so a copied link reopens the same page state.

Each page seeds its widgets from the query string on the first run of a visit (a widget key not
yet in the session) and writes the current choice back after drawing them. Values the page does
not accept are ignored: an old or hand-edited link opens with the defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import streamlit as st

__all__ = ["keep_dates_within", "keep_in_url", "seed_widget"]


def seed_widget(key: str, value: Any) -> None:
    """Give widget ``key`` its starting ``value`` (what the link asks for, else the page default).

    Does nothing once the widget has a value in this session, so a choice made on the page wins
    over the link. The widget itself is then created without a ``value``/``index`` argument."""
    if key not in st.session_state:
        st.session_state[key] = value


def keep_in_url(params: Mapping[str, str | None]) -> None:
    """Write ``params`` into the URL; a None value removes its key. Unchanged keys are left alone
    (every write to the URL is a message to the browser)."""
    for key, value in params.items():
        if value is None:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != value:
            st.query_params[key] = value


def keep_dates_within(key: str, low: date, high: date) -> None:
    """Keep date-range widget ``key``'s value inside ``low..high`` (stored events move the bounds)."""
    value = st.session_state.get(key)
    if not isinstance(value, (tuple, list)) or not value:
        return
    start = min(max(value[0], low), high)
    end = min(max(value[-1], start), high)
    if (start, end) != tuple(value):
        st.session_state[key] = (start, end)
