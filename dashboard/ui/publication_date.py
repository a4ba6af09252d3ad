"""The Ingest page's publication-date field, with the date the article states offered as a suggestion."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from dashboard.events.model import EARLIEST_EVENT_DATE
from dashboard.events.review import IngestError, article_text, suggested_published

__all__ = ["publication_date_input"]


@st.cache_data(show_spinner=False, max_entries=16)
def _suggestion(text: str, fmt: str) -> date | None:
    # Keyed on the article text: reruns while the analyst edits other fields read no HTML again.
    return suggested_published(text, fmt)


def _fill(key: str, day: date) -> None:
    st.session_state[key] = day


def publication_date_input(pasted: str | None, upload: Any, key: str) -> date | None:
    """Draw the publication date field and return its value (None until the analyst gives one).

    When the article (the upload if any, else the pasted text) states its publication date (an
    HTML page's metadata, or the byline among pasted text's first lines), a caption offers that
    date and a button fills the field with it: a suggestion the analyst confirms, never a value
    filled in behind their back.
    """
    try:
        text, fmt = article_text(pasted, upload.getvalue() if upload else None, upload.name if upload else "")
    except IngestError:
        text, fmt = "", "text"
    suggestion = _suggestion(text, fmt) if text else None
    day = st.date_input("Publication date", key=key, value=None, min_value=EARLIEST_EVENT_DATE, format="YYYY-MM-DD")
    if suggestion is not None and day != suggestion:
        where = "The page's metadata gives" if fmt == "html" else "The article's opening lines give"
        st.caption(f"{where} {suggestion.isoformat()} as its publication date.")
        st.button(f"Use {suggestion.isoformat()}", key=f"{key}_suggested", on_click=_fill, args=(key, suggestion))
    return day
