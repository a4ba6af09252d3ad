"""What a view shows besides the layers: its events, its notes and its sources (no Streamlit).

Event frames have the columns of :meth:`dashboard.events.EventStore.query` (``event_date`` a pandas
datetime, ``lat``/``lon`` EPSG:4326 degrees, ``source_*`` columns).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

import geodata
from dashboard.events.overlay import EventFilter, filter_events, split_by_extent, split_unplaced

from .model import View, view_notes

__all__ = ["EventSource", "LayerSource", "ViewContent", "event_sources", "layer_sources", "view_content"]


@dataclass(frozen=True)
class LayerSource:
    """Where a drawn layer came from, as its registry entry says."""

    title: str
    source: str
    version: str
    licence: str
    url: str


@dataclass(frozen=True)
class EventSource:
    """An article behind at least one drawn event."""

    outlet: str
    title: str
    url: str
    published: str


@dataclass(frozen=True)
class ViewContent:
    """A view resolved against the registry and the events: what gets drawn, and what is missing.

    ``events`` are on the map (north of its edge) with a boolean ``highlighted`` column;
    ``outside`` are chosen events south of the map's edge; ``unplaced`` the Arctic-wide and
    country-level ones (listed, not drawn at a point); ``notes`` are one line each.
    """

    view: View
    layers: list[str]
    events: pd.DataFrame
    outside: pd.DataFrame
    notes: list[str]
    unplaced: pd.DataFrame = field(default_factory=pd.DataFrame)

    def as_of(self) -> date | None:
        """The latest chosen event's date (None without events)."""
        frames = [f for f in (self.events, self.outside, self.unplaced) if not f.empty]
        return pd.Timestamp(pd.concat(frames)["event_date"].max()).date() if frames else None


def view_content(view: View, events: pd.DataFrame | None) -> ViewContent:
    """Resolve ``view``: its known layers, the events its filters pick plus its highlighted ones."""
    frame = events if events is not None else pd.DataFrame(columns=["event_id", "event_date", "lat", "lon", "category"])
    flt = view.events
    chosen = (
        filter_events(frame, EventFilter(flt.start, flt.end, flt.categories, flt.actors or None))
        if flt.on and not frame.empty
        else frame.iloc[0:0]
    )
    wanted = set(view.highlighted_events)
    extra = frame[frame["event_id"].isin(wanted) & ~frame["event_id"].isin(chosen["event_id"])]
    chosen = pd.concat([chosen, extra], ignore_index=True) if not extra.empty else chosen.reset_index(drop=True)
    chosen = chosen.assign(highlighted=chosen["event_id"].isin(wanted).astype(bool))
    placed, unplaced = split_unplaced(chosen)
    inside, outside = split_by_extent(placed) if not placed.empty else (placed, placed)
    notes = view_notes(view, frame["event_id"].astype(str) if events is not None else None)
    return ViewContent(
        view=view, layers=view.shown_layers(), events=inside, outside=outside, notes=notes, unplaced=unplaced
    )


def layer_sources(layer_names: Iterable[str]) -> list[LayerSource]:
    """The registry's provenance of ``layer_names`` (known names only, duplicates once, registry order)."""
    wanted = set(layer_names)
    return [
        LayerSource(spec.title, spec.source, spec.version, spec.licence, spec.source_url)
        for spec in geodata.layer_specs()
        if spec.name in wanted
    ]


def event_sources(frames: Iterable[pd.DataFrame]) -> list[EventSource]:
    """The distinct articles behind the events of ``frames``, by outlet then title."""
    seen: dict[tuple[str, str, str], EventSource] = {}
    columns = ["source_outlet", "source_title", "source_url", "source_published"]
    for frame in frames:
        # Only the source columns: a whole events row (with its geometry) is slow to turn into a dict.
        for row in frame[[c for c in columns if c in frame]].to_dict("records"):
            item = EventSource(
                outlet=_text(row.get("source_outlet")),
                title=_text(row.get("source_title")),
                url=_text(row.get("source_url")),
                published=_text(row.get("source_published")),
            )
            seen.setdefault((item.outlet, item.title, item.url), item)
    return sorted(seen.values(), key=lambda s: (s.outlet.casefold(), s.title.casefold()))


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)
