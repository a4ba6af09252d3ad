"""The Events page's table, timeline and downloads.

Input frames have the columns of ``EventStore.query()`` (``event_date`` pandas datetime,
``actors`` lists of codes, ``lat``/``lon`` EPSG:4326 degrees).
"""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from dashboard.events import CATEGORIES, CATEGORY_COLORS, events_to_csv, events_to_geojson
from dashboard.safe_text import safe_url

__all__ = ["TABLE_COLUMNS", "downloads", "monthly_counts", "table_frame", "timeline_chart"]

#: Columns of the Events table, in display order.
TABLE_COLUMNS: tuple[str, ...] = (
    "event_date",
    "date_precision",
    "category",
    "summary",
    "actors",
    "place",
    "geo_precision",
    "lat",
    "lon",
    "confidence",
    "verified",
    "source_title",
    "source_outlet",
    "source_published",
    "source_url",
    "evidence",
    "event_id",
)


def table_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The stored events as the table shows them: actors joined, non-http(s) URLs blanked."""
    table = frame.loc[:, list(TABLE_COLUMNS)].copy()
    table["actors"] = [", ".join(a or ()) for a in table["actors"]]
    # Only http(s) links may become clickable; anything else (javascript:, data:) is dropped.
    table["source_url"] = [safe_url(u) for u in table["source_url"]]
    return table


def monthly_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Events per (month, category): columns ``month`` (first day, datetime), ``category``, ``events``.

    An event known only to its year is counted in that year's January (where its date is stored).
    """
    if frame.empty:
        return pd.DataFrame(
            {
                "month": pd.Series(dtype="datetime64[ns]"),
                "category": pd.Series(dtype=str),
                "events": pd.Series(dtype=int),
            }
        )
    months = pd.to_datetime(frame["event_date"]).dt.to_period("M").dt.to_timestamp()
    counts = (
        pd.DataFrame({"month": months, "category": frame["category"]})
        .groupby(["month", "category"])
        .size()
        .rename("events")
        .reset_index()
    )
    return counts.sort_values(["month", "category"], ignore_index=True)


def timeline_chart(frame: pd.DataFrame) -> alt.Chart:
    """Stacked bars of events per month, coloured by category with the map's colours."""
    counts = monthly_counts(frame)
    present = [c for c in CATEGORIES if c in set(counts["category"])] or list(CATEGORIES)
    colours = ["#{:02x}{:02x}{:02x}".format(*CATEGORY_COLORS[c]) for c in present]
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", title="Month"),
            y=alt.Y("sum(events):Q", title="Events", stack="zero", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("category:N", title="Category", scale=alt.Scale(domain=present, range=colours)),
            tooltip=[
                alt.Tooltip("yearmonth(month):T", title="Month"),
                alt.Tooltip("category:N"),
                alt.Tooltip("sum(events):Q", title="Events"),
            ],
        )
        .properties(height=260)
    )


def downloads(frame: pd.DataFrame) -> tuple[str, str]:
    """(CSV text, GeoJSON text) of the events in ``frame``, in the importable export format."""
    return events_to_csv(frame), json.dumps(events_to_geojson(frame), ensure_ascii=False, indent=1)
