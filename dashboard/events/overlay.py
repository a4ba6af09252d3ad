"""Events on the polar map: filtering, the map overlay rows, its tooltip and its legend (no Streamlit).

Input frames have the columns of :meth:`dashboard.events.EventStore.query` (``event_date`` a
pandas datetime, ``actors`` lists of codes, ``lat``/``lon`` EPSG:4326 degrees). The overlay
is drawn in the polar CRS (EPSG:3413 metres), like every other map layer.

Number of sources
    The same event reported by several articles counts once per article: two rows are "the
    same event" when they share category, place and event date at the coarser of their date
    precisions (2025-02-27 at day precision, 2025-02 at month, 2025 at year). ``n_sources`` is
    the number of distinct articles (``article_id``; the source URL or title for rows not yet
    stored) among them. The marker radius grows with it.

Events without a point
    An event located only as "the Arctic" (``geo_precision`` "arctic") or as a whole country
    ("country") names no place to draw: its stored coordinates are a convention (the pole, a
    capital or centre). :func:`split_unplaced` takes such events off the map, and
    :func:`unplaced_groups` lists them as "Arctic-wide" and per country beside it;
    :func:`event_rows` never makes map rows of them, whatever frame it is given.

Co-located events
    Several events may sit on one point ("Helsinki" at the city). So that each stays visible
    and clickable, markers sharing a position are drawn on a small ring around it; the tooltip
    and details always give the true place.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pandas as pd
from pyproj import Transformer

import geodata
from dashboard.events import CATEGORIES, CATEGORY_COLORS, GEO_PRECISION_LABELS
from dashboard.events.model import EVENT_MARKER
from dashboard.map.legend import legend_entries_html, map_legend

__all__ = [
    "EVENT_LAYER_ID",
    "EventFilter",
    "actor_options",
    "category_legend_html",
    "clicked_event_id",
    "date_bounds",
    "event_label",
    "EVENT_LAYER_PROPS",
    "event_rows",
    "filter_events",
    "format_event_date",
    "source_key",
    "split_by_extent",
    "split_unplaced",
    "ARCTIC_WIDE",
    "UNPLACED_PRECISIONS",
    "unplaced_groups",
    "with_source_counts",
]

#: Geo precisions that locate no point on the map (see the module doc): listed, never drawn.
UNPLACED_PRECISIONS: tuple[str, ...] = ("arctic", "country")

#: The heading of the events about the Arctic as a whole.
ARCTIC_WIDE = "Arctic-wide"

#: The deck layer id of the overlay (tests and selections look for it).
EVENT_LAYER_ID = "events"

_BASE_RADIUS_PX = 8
_RADIUS_STEP_PX = 3
_MAX_EXTRA_SOURCES = 4
# One marker is ~16 px apart on the ring; at the default zoom one pixel is ~12 km.
_RING_SPACING_M = 200_000.0
_RING_MIN_RADIUS_M = 90_000.0


@dataclass(frozen=True)
class EventFilter:
    """What the analyst chose to see. ``None`` means "no restriction" for each criterion.

    ``categories`` empty keeps no event; ``actors`` keeps events naming at least one of them.
    ``start``/``end`` are inclusive calendar dates.
    """

    start: date | None = None
    end: date | None = None
    categories: tuple[str, ...] | None = None
    actors: tuple[str, ...] | None = None
    verified: bool | None = None


def filter_events(frame: pd.DataFrame, flt: EventFilter) -> pd.DataFrame:
    """Rows of ``frame`` that pass ``flt`` (a copy with a fresh index)."""
    keep = pd.Series(True, index=frame.index)
    dates = pd.to_datetime(frame["event_date"])
    if flt.start is not None:
        keep &= dates >= pd.Timestamp(flt.start)
    if flt.end is not None:
        keep &= dates <= pd.Timestamp(flt.end)
    if flt.categories is not None:
        keep &= frame["category"].isin(list(flt.categories))
    if flt.actors:
        wanted = set(flt.actors)
        keep &= pd.Series([bool(wanted & set(a or ())) for a in frame["actors"]], index=frame.index, dtype=bool)
    if flt.verified is not None:
        keep &= frame["verified"].astype(bool) == flt.verified
    return frame[keep].reset_index(drop=True)


def date_bounds(frame: pd.DataFrame) -> tuple[date, date]:
    """(earliest, latest) event date of ``frame``; a one-day span is widened so a slider can move."""
    if frame.empty:
        today = date.today()
        return date(today.year - 1, 1, 1), today
    dates = pd.to_datetime(frame["event_date"])
    low, high = dates.min().date(), dates.max().date()
    if low == high:
        low = low - timedelta(days=31)
    return low, high


def actor_options(frame: pd.DataFrame) -> list[str]:
    """Every actor code named in ``frame``, sorted."""
    return sorted({code for actors in frame["actors"] for code in (actors or ())})


def source_key(row: dict[str, Any]) -> str:
    """What identifies an event's article: its store id, else its URL, else its title."""
    article_id = row.get("article_id")
    if article_id is not None and not (isinstance(article_id, float) and math.isnan(article_id)):
        return f"article:{int(article_id)}"
    return f"source:{row.get('source_url') or row.get('source_title') or ''}"


def _same_event_key(row: dict[str, Any]) -> tuple:
    stamp = pd.Timestamp(row["event_date"])
    precision = row.get("date_precision") or "day"
    when = stamp.year if precision == "year" else (stamp.year, stamp.month)
    return row.get("category"), str(row.get("place") or "").casefold(), when


def with_source_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with ``n_sources``: distinct articles reporting the same event (see module doc).

    Keys use month (or year) granularity so a day-precision and a month-precision report of one
    event meet; within a month two different events at one place in one category also meet,
    which errs towards "corroborated" — the details list every source so a briefer can check.
    """
    rows = frame.to_dict("records")
    sources: dict[tuple, set[str]] = {}
    for row in rows:
        sources.setdefault(_same_event_key(row), set()).add(source_key(row))
    return frame.assign(n_sources=[len(sources[_same_event_key(r)]) for r in rows])


def split_by_extent(
    frame: pd.DataFrame, min_lat: float = geodata.MAP_EXTENT_MIN_LAT
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events on the map, events south of its ``min_lat`` edge, e.g. Washington or Beijing)."""
    inside = frame["lat"].astype(float) >= min_lat
    return frame[inside].reset_index(drop=True), frame[~inside].reset_index(drop=True)


def split_unplaced(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events at a point, events located only as the Arctic or a whole country), each with a
    fresh index. Rows without a ``geo_precision`` column or value count as placed."""
    if "geo_precision" not in frame.columns:
        return frame.reset_index(drop=True), frame.iloc[0:0].reset_index(drop=True)
    unplaced = frame["geo_precision"].isin(UNPLACED_PRECISIONS)
    return frame[~unplaced].reset_index(drop=True), frame[unplaced].reset_index(drop=True)


def unplaced_groups(unplaced: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The events of ``unplaced`` (:func:`split_unplaced`) grouped for the list beside the map:
    :data:`ARCTIC_WIDE` first, then one group per country (the event's ``place``), by name."""
    if unplaced.empty:
        return {}
    arctic = unplaced["geo_precision"] == "arctic"
    groups = {ARCTIC_WIDE: unplaced[arctic].reset_index(drop=True)} if arctic.any() else {}
    countries = unplaced[~arctic]
    for place in sorted(countries["place"].astype(str).unique(), key=str.casefold):
        groups[place] = countries[countries["place"].astype(str) == place].reset_index(drop=True)
    return groups


def format_event_date(value: Any, precision: str) -> str:
    """The date as far as it is known: ``2025-02-27`` (day), ``July 2024`` (month), ``2018`` (year)."""
    stamp = pd.Timestamp(value)
    if precision == "year":
        return f"{stamp.year}"
    if precision == "month":
        return stamp.strftime("%B %Y")
    return stamp.date().isoformat()


def _place_text(row: dict[str, Any]) -> str:
    precision = row.get("geo_precision") or ""
    return f"{row.get('place')} ({GEO_PRECISION_LABELS.get(precision, precision)})"


def _tooltip(row: dict[str, Any]) -> str:
    # Plain text only: the map shows tooltips as text, never as HTML.
    lines = [
        f"{format_event_date(row['event_date'], row.get('date_precision', 'day'))} · {row.get('category')}",
        str(row.get("summary") or ""),
        f"Actors: {', '.join(row.get('actors') or ()) or '—'}",
        f"Place: {_place_text(row)}",
    ]
    n = int(row.get("n_sources", 1) or 1)
    lines.append(f"Sources: {n}" + ("" if row.get("verified") else " · not yet reviewed"))
    return "\n".join(lines)


def event_label(row: dict[str, Any], width: int = 70) -> str:
    """A one-line label for lists: ``2025-02-27 · Istanbul · summary…``."""
    summary = str(row.get("summary") or "")
    if len(summary) > width:
        summary = summary[: width - 1].rstrip() + "…"
    return f"{format_event_date(row['event_date'], row.get('date_precision', 'day'))} · {row.get('place')} · {summary}"


def _ring_offsets(frame: pd.DataFrame, xs: Sequence[float], ys: Sequence[float]) -> list[tuple[float, float]]:
    """Spread markers that share a position (to 1 km) on a ring around it, in event-id order."""
    groups: dict[tuple[int, int], list[int]] = {}
    for i, (x, y) in enumerate(zip(xs, ys)):
        groups.setdefault((round(x / 1000), round(y / 1000)), []).append(i)
    out = [(float(x), float(y)) for x, y in zip(xs, ys)]
    ids = list(frame["event_id"])
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: str(ids[i]))
        radius = max(_RING_MIN_RADIUS_M, len(members) * _RING_SPACING_M / (2 * math.pi))
        for k, i in enumerate(members):
            angle = 2 * math.pi * k / len(members)
            out[i] = (xs[i] + radius * math.cos(angle), ys[i] + radius * math.sin(angle))
    return out


def _rgba(category: str, verified: bool) -> list[int]:
    r, g, b = CATEGORY_COLORS.get(category, CATEGORY_COLORS["other"])
    return [r, g, b, 235 if verified else 170]


#: Style of the event markers (an atlas `icon` with ScatterplotLayer-style radius and rim props;
#: see `src/index.ts`); colour and radius are per event.
EVENT_LAYER_PROPS: dict[str, Any] = {
    "pickable": True,
    "icon": EVENT_MARKER,
    "radiusUnits": "pixels",
    "stroked": True,
    "getLineColor": [255, 255, 255, 255],
    "lineWidthUnits": "pixels",
    "getLineWidth": 2,
    "autoHighlight": True,
}


def event_rows(frame: pd.DataFrame, crs: str = geodata.POLAR_CRS) -> list[dict[str, Any]]:
    """Map rows for the events in ``frame``: ``position`` (``crs`` metres), ``fill`` RGBA,
    ``radius`` (pixels), plain-text ``tooltip`` and ``feature`` (the ``event_id`` a click reports).

    Colour by category (:data:`~dashboard.events.CATEGORY_COLORS`; unreviewed events a little
    paler), radius by ``n_sources`` (computed when absent). Arctic-wide and country-level events
    are left out (:func:`split_unplaced`): they have no point to draw.
    """
    if frame.empty:
        return []
    if "n_sources" not in frame.columns:
        frame = with_source_counts(frame)
    frame, _unplaced = split_unplaced(frame)
    if frame.empty:
        return []
    transformer = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    xs, ys = transformer.transform(frame["lon"].astype(float).to_numpy(), frame["lat"].astype(float).to_numpy())
    positions = _ring_offsets(frame, list(xs), list(ys))
    rows = []
    for row, (x, y) in zip(frame.to_dict("records"), positions):
        extra = min(int(row["n_sources"]) - 1, _MAX_EXTRA_SOURCES)
        rows.append(
            {
                "position": [round(x), round(y)],
                "feature": str(row["event_id"]),
                "fill": _rgba(row["category"], bool(row.get("verified"))),
                "radius": _BASE_RADIUS_PX + _RADIUS_STEP_PX * extra,
                "tooltip": _tooltip(row),
            }
        )
    return rows


def clicked_event_id(click: tuple[str, Any] | None, layer_id: str = EVENT_LAYER_ID) -> str | None:
    """The ``event_id`` of a map click (layer id, feature id) on the events layer, or None."""
    if click is None or click[0] != layer_id or not click[1]:
        return None
    return str(click[1])


def category_legend_html(categories: Iterable[str] = CATEGORIES) -> str:
    """HTML legend of event categories (our constant names, escaped) with their marker colours."""
    groups = map_legend((), categories)
    items = legend_entries_html(groups[0].entries if groups else ())
    return f'<div class="atlas-event-legend" style="font-size:0.9rem;line-height:1.3">{items}</div>'
