"""The Ingest page's review table settings and its Save / Merge / Cancel / Discard controls.

Saving goes through :func:`dashboard.ui.event_access.save_article_events`, which checks the
editor role itself: a viewer who presses Save gets a one-line refusal and nothing is written. An article that
is already stored (same URL or same text) is never stored twice: the analyst merges the
reviewed events into the stored article or cancels.
"""

from __future__ import annotations

from typing import Any, Literal

import pandas as pd
import streamlit as st

from dashboard.events import CATEGORIES, DATE_PRECISIONS, GEO_PRECISIONS, DuplicateArticleError, Source, StoreError
from dashboard.events.model import EARLIEST_EVENT_DATE, latest_allowed_date
from dashboard.events.review import RowErrors, rows_to_events
from dashboard.roles import EditorRequired
from dashboard.safe_text import escape_markdown
from dashboard.ui.event_access import save_article_events
from dashboard.ui.roles import is_editor

__all__ = ["DUPLICATE", "EDITED", "EDITOR_KEY", "PENDING", "REVIEW_COLUMNS", "SAVED", "forget_review", "save_controls"]

PENDING, EDITED, SAVED, DUPLICATE = "ingest_pending", "ingest_edited", "ingest_saved", "ingest_duplicate"
EDITOR_KEY = "events_editor"

_cfg = st.column_config
#: Column settings of the review table (``st.data_editor``), in display order.
REVIEW_COLUMNS = {
    "verified": _cfg.CheckboxColumn("Verified", help="Tick once you have checked the event against the article"),
    "event_date": _cfg.DateColumn(
        "Date", min_value=EARLIEST_EVENT_DATE, max_value=latest_allowed_date(), format="YYYY-MM-DD", required=True
    ),
    "date_precision": _cfg.SelectboxColumn("Known to", options=DATE_PRECISIONS, required=True, default="day"),
    "category": _cfg.SelectboxColumn("Category", options=CATEGORIES, required=True),
    "summary": _cfg.TextColumn("Summary", required=True, width="large"),
    "actors": _cfg.TextColumn("Actors", help="Codes separated by commas, e.g. USA, RUS, NATO"),
    "place": _cfg.TextColumn("Place", required=True),
    "lat": _cfg.NumberColumn("Lat °N", min_value=-90.0, max_value=90.0, format="%.4f", required=True),
    "lon": _cfg.NumberColumn("Lon °E", min_value=-180.0, max_value=180.0, format="%.4f", required=True),
    "geo_precision": _cfg.SelectboxColumn("Located to", options=GEO_PRECISIONS, default="point"),
    "confidence": _cfg.NumberColumn("Confidence", min_value=0.0, max_value=1.0, format="%.2f", default=0.5),
    "evidence": _cfg.TextColumn(
        "Evidence",
        width="large",
        help="The sentence the event came from, then any that told it again or commented on it",
    ),
    # Why the extractor proposed the row: read-only, for checking it fast.
    "trigger": _cfg.TextColumn("Trigger", disabled=True, help="The word that made the sentence an event"),
    "place_mention": _cfg.TextColumn(
        "Place words", disabled=True, help="Words naming the place; empty: fallback or carried from earlier"
    ),
    "actor_mentions": _cfg.TextColumn("Actor words", disabled=True, help="Words read as each actor, e.g. Joly = CAN"),
    "places": _cfg.TextColumn("Further places", disabled=True, help="Other places the event names (a route's ends)"),
}


def forget_review() -> None:
    """Drop the pending article, its edits and any duplicate question (Discard, or after a save)."""
    for key in (PENDING, EDITED, EDITOR_KEY, DUPLICATE):
        st.session_state.pop(key, None)


def _save(pending: dict[str, Any], edited: pd.DataFrame, source: Source, on_duplicate: Literal["refuse", "merge"]):
    try:
        reviewed = rows_to_events(edited, source)
        if not reviewed:
            raise RowErrors(["The table is empty: add at least one event, or Discard."])
    except RowErrors as exc:
        st.error("Nothing was saved. Fix these rows:\n\n" + "\n".join(f"- {escape_markdown(m)}" for m in exc.messages))
        return
    try:
        article_id, ids = save_article_events(
            reviewed,
            title=source.title,
            outlet=source.outlet,
            url=source.url,
            published=source.published,
            text=pending["text"],
            on_duplicate=on_duplicate,
        )
    except DuplicateArticleError as exc:
        st.session_state[DUPLICATE] = (exc.article_id, exc.reason)
        return
    except (EditorRequired, StoreError) as exc:
        st.error(escape_markdown(exc))
        return
    forget_review()
    verified = sum(e.verified for e in reviewed)
    merged = f" into the stored article {article_id}" if on_duplicate == "merge" else ""
    st.session_state[SAVED] = f"Saved {len(ids)} events ({verified} verified){merged}."
    st.rerun()


def save_controls(pending: dict[str, Any], edited: pd.DataFrame, source: Source) -> None:
    """Save and Discard under the review table, and the merge-or-cancel question for a stored article."""
    if not is_editor():
        st.caption("Viewing only: unlock editing in the sidebar to save events.")
    save_column, discard_column = st.columns([1, 5])
    if discard_column.button("Discard", key="discard_events"):
        forget_review()
        st.rerun()
    if save_column.button("Save", key="save_events", type="primary"):
        _save(pending, edited, source, "refuse")
    duplicate = st.session_state.get(DUPLICATE)
    if duplicate is None:
        return
    article_id, reason = duplicate
    st.warning(
        f"This article is already stored (article {article_id}, {reason}). Merge the reviewed events into it "
        "(verified events already there are kept), or cancel."
    )
    merge_column, cancel_column = st.columns([1, 5])
    if merge_column.button("Merge", key="merge_events", type="primary"):
        _save(pending, edited, source, "merge")
    if cancel_column.button("Cancel", key="cancel_save"):
        st.session_state.pop(DUPLICATE, None)
        st.rerun()
