"""Events on the Map: the category legend, the lists of events not drawn (Arctic-wide and
country-level ones; those south of the map's edge) and one event's details.

Event text comes from articles, so it is untrusted: it is shown escaped (Markdown-inert) or in
data frames, never as HTML; the source link is offered only for an http(s) URL.

No table is drawn while the Map first paints: ``st.dataframe`` brings ~1.2 MB of JavaScript (its
grid) and ``st.table`` ~0.85 MB (Arrow formatting) that the browser loads and runs before it runs
the map's own code. The events south of the map's edge are an escaped Markdown list (a long one
scrolls); the other lists are data frames inside expanders, drawn only once an expander is opened.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard.events import GEO_PRECISION_LABELS
from dashboard.events.overlay import (
    clicked_event_id,
    event_label,
    format_event_date,
    unplaced_groups,
)
from dashboard.safe_text import escape_markdown, safe_url
from dashboard.ui.events_controls import EventsOverlay

#: How to read the event markers (the Map's legend shows it under the event categories).
EVENT_MARKER_NOTE = (
    "Larger marker: reported by more articles. Paler: not yet reviewed. Events sharing a place are drawn on a "
    "small ring around it."
)

__all__ = ["EVENT_MARKER_NOTE", "render_event_details", "render_events_panel", "render_unplaced_events"]


def _degrees(value: Any, positive: str, negative: str) -> str:
    number = float(value)
    return f"{abs(number):.2f}°{positive if number >= 0 else negative}"


def _outside_lines(frame: pd.DataFrame) -> list[str]:
    """One Markdown list item per event south of the map: date, place (latitude), summary; the
    article's text escaped (Markdown-inert)."""
    return [
        f"- {format_event_date(row['event_date'], row['date_precision'])} · "
        f"**{escape_markdown(row['place'])}** ({_degrees(row['lat'], 'N', 'S')}): {escape_markdown(row['summary'])}"
        for row in frame.to_dict("records")
    ]


def _unplaced_table(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": [format_event_date(d, p) for d, p in zip(frame["event_date"], frame["date_precision"])],
            "category": frame["category"],
            "summary": frame["summary"],
        }
    )


def render_unplaced_events(unplaced: pd.DataFrame) -> None:
    """The events that name no point (the Arctic as a whole, a whole country), one list per group."""
    groups = unplaced_groups(unplaced)
    if not groups:
        return
    counts = ", ".join(f"{escape_markdown(name)} {len(frame)}" for name, frame in groups.items())
    st.markdown(f"**Arctic-wide and country-level events** (not drawn at a point): {counts}")
    for i, (name, frame) in enumerate(groups.items()):
        label = f"{escape_markdown(name)} — {len(frame)} event{'s' if len(frame) != 1 else ''}"
        # Opening the expander reruns the page, which then draws its table (see the module's note).
        with st.expander(label, key=f"events_unplaced_open_{i}", on_change="rerun") as listed:
            if listed.open:
                st.dataframe(_unplaced_table(frame), hide_index=True, width="stretch", key=f"events_unplaced_{i}")


def render_events_panel(click: tuple[str, Any] | None, overlay: EventsOverlay) -> str | None:
    """Under the map: counts, the events south of the map's edge, and the chosen event's details.
    Returns the id of the event shown in detail, or None."""
    if not overlay.on:
        return None
    shown = overlay.shown
    st.caption(
        f"Events: {len(shown)} of {overlay.total} match the filters; {len(overlay.inside)} on the map, "
        f"{len(overlay.unplaced)} Arctic-wide or country-level (listed, not drawn), {len(overlay.outside)} outside it."
    )
    render_unplaced_events(overlay.unplaced)
    if not overlay.outside.empty:
        st.markdown("**Outside the map** (south of 40°N, listed here instead)")
        lines = _outside_lines(overlay.outside)
        # A list, not a table (see the module's note); a long one scrolls.
        with st.container(height="content" if len(lines) <= 8 else 320, key="events_outside"):
            st.markdown("\n".join(lines))
    labels = {row["event_id"]: event_label(row) for row in shown.to_dict("records")}
    clicked = clicked_event_id(click)
    picked = st.selectbox(
        "Event details",
        options=list(labels),
        format_func=labels.get,
        index=None,
        key="event_pick",
        placeholder="Click an event on the map or choose it here",
    )
    event_id = clicked if clicked in labels else picked
    if event_id is not None:
        render_event_details(shown[shown["event_id"] == event_id].iloc[0].to_dict())
    return event_id


def render_event_details(row: dict[str, Any]) -> None:
    """One event: summary, quoted evidence, when, where, who, confidence, review state and source."""
    with st.container(border=True, key="event_details"):
        st.markdown(f"**{escape_markdown(row['summary'])}**")
        if row.get("evidence"):
            st.markdown(f"> “{escape_markdown(row['evidence'])}”")
        precision = row.get("date_precision", "day")
        n_sources = int(row.get("n_sources", 1) or 1)
        lines = [
            f"Date: {format_event_date(row['event_date'], precision)} (known to the {precision})",
            f"Place: {row['place']} — {GEO_PRECISION_LABELS.get(row.get('geo_precision'), row.get('geo_precision'))}; "
            f"{_degrees(row['lat'], 'N', 'S')}, {_degrees(row['lon'], 'E', 'W')}",
            f"Actors: {', '.join(row.get('actors') or ()) or 'none named'}",
            f"Category: {row['category']}; confidence {float(row.get('confidence', 0)):.2f}; "
            f"{'verified by an analyst' if row.get('verified') else 'not yet reviewed'}",
            f"Source: {row.get('source_title') or 'untitled'}"
            + (f" — {row['source_outlet']}" if row.get("source_outlet") else "")
            + (f", published {row['source_published']}" if row.get("source_published") else "")
            + (f" (reported by {n_sources} articles)" if n_sources > 1 else ""),
        ]
        st.markdown("  \n".join(escape_markdown(line) for line in lines))
        url = safe_url(row.get("source_url"))
        if url:
            st.link_button("Open the source article", url)
        elif row.get("source_url"):
            st.caption("The source URL is not an http(s) link, so it is not offered as one.")
