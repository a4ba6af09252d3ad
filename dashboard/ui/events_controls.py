"""The Map's "Events" sidebar section: overlay toggle, timeline slider, category and actor filters.

The choice is kept in the URL (see :mod:`dashboard.events.filters`) and, across page switches,
in the session. Call :func:`events_sidebar` before ``layer_toggles()``: a fresh visit's URL must
be read before the layer toggles write ``layers`` into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import streamlit as st

from dashboard.events import CATEGORIES
from dashboard.events.filters import EVENT_PARAMS, EventsViewState
from dashboard.events.overlay import (
    EventFilter,
    actor_options,
    date_bounds,
    event_rows,
    filter_events,
    split_by_extent,
    split_unplaced,
    with_source_counts,
)
from dashboard.ui.event_access import stored_events
from dashboard.ui.url_state import keep_in_url

__all__ = ["EventsOverlay", "events_sidebar"]

_REMEMBERED = "map_events_view"  # survives page switches, when widget state is cleared
_KEYS = ("layer_events", "events_dates", "events_categories", "events_actors")


@dataclass(frozen=True)
class EventsOverlay:
    """The events the Map shows: filtered rows with ``n_sources``. ``unplaced`` are the Arctic-wide
    and country-level ones (listed, not drawn); the rest are split at the map's 40°N edge into
    ``inside`` (drawn) and ``outside`` (listed)."""

    on: bool
    shown: pd.DataFrame
    inside: pd.DataFrame
    outside: pd.DataFrame
    total: int
    unplaced: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def rows(self) -> list[dict]:
        """Map rows of the events on the map (:func:`~dashboard.events.overlay.event_rows`)."""
        return event_rows(self.inside) if self.on else []

    @property
    def drawn_categories(self) -> set[str]:
        """Categories of the events drawn on the map (what its legend needs)."""
        if not self.on or self.inside.empty or "category" not in self.inside.columns:
            return set()
        return set(self.inside["category"])


def _initial_state() -> EventsViewState:
    params = st.query_params.to_dict()
    if any(key in params for key in EVENT_PARAMS):
        return EventsViewState.from_query(params)
    remembered = st.session_state.get(_REMEMBERED)
    return remembered if isinstance(remembered, EventsViewState) else EventsViewState.from_query(params)


def _seed_widgets(state: EventsViewState, low: date, high: date, actors: list[str]) -> None:
    """Give each widget its starting value (first run of a visit) and keep values valid."""
    fresh = not any(key in st.session_state for key in _KEYS)
    if fresh:
        clamped = state.clamped(low, high)
        st.session_state["layer_events"] = state.on
        st.session_state["events_dates"] = (clamped.start, clamped.end)
        st.session_state["events_categories"] = list(CATEGORIES if state.categories is None else state.categories)
        st.session_state["events_actors"] = [a for a in state.actors if a in actors]
        return
    # New or deleted events move the slider's bounds: keep the chosen range inside them.
    start, end = st.session_state.get("events_dates", (low, high))
    clamped = EventsViewState(start=start, end=end).clamped(low, high)
    if (clamped.start, clamped.end) != (start, end):
        st.session_state["events_dates"] = (clamped.start, clamped.end)
    chosen = st.session_state.get("events_actors", [])
    if any(a not in actors for a in chosen):
        st.session_state["events_actors"] = [a for a in chosen if a in actors]
    # The filters' popover mounts its widgets only when opened, so the browser holds no value for
    # them: after any rerun before that (a camera report, a click, the Map's first-frame rerun) a
    # value set only on the first run did not reach them, and they opened empty while the filter
    # still held. Set again on every run, the value travels with each run's widgets.
    for key in ("events_dates", "events_categories", "events_actors"):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


_FILTERS_HELP = "Event dates, categories and actors (kept in the link)."


def _filters_label(low: date, high: date) -> str:
    """The filters button's label: what the filters hold now, as counts (no event text)."""
    start, end = st.session_state.get("events_dates", (low, high))
    dates = "all dates" if (start, end) == (low, high) else f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"
    chosen = st.session_state.get("events_categories", list(CATEGORIES))
    categories = (
        "all categories" if len(chosen) == len(CATEGORIES) else f"{len(chosen)} of {len(CATEGORIES)} categories"
    )
    n_actors = len(st.session_state.get("events_actors", []))
    actors = "any actor" if not n_actors else f"{n_actors} actor{'s' if n_actors > 1 else ''}"
    return f"Filters: {dates}, {categories}, {actors}"


def events_sidebar() -> EventsOverlay:
    """Draw the "Events" sidebar section and return what the map should show."""
    stored = with_source_counts(stored_events())
    low, high = date_bounds(stored)
    actors = actor_options(stored)
    _seed_widgets(_initial_state(), low, high, actors)
    sidebar = st.sidebar
    sidebar.header("Events")
    on = sidebar.toggle(
        "Events from articles",
        key="layer_events",
        help="Events extracted from news articles and reviewed on the Ingest page.",
    )
    # The filters open from a button: a closed popover's widgets are not drawn, so the page does
    # not load the slider's and multiselects' code before the map (their values still run here).
    filters = sidebar.popover(
        _filters_label(low, high), key="events_filters", width="stretch", disabled=not on, help=_FILTERS_HELP
    )
    filters.slider(
        "Event dates", min_value=low, max_value=high, key="events_dates", format="YYYY-MM-DD", disabled=not on
    )
    categories = filters.multiselect("Categories", options=list(CATEGORIES), key="events_categories", disabled=not on)
    chosen_actors = filters.multiselect(
        "Actors", options=actors, key="events_actors", disabled=not on, placeholder="Any actor"
    )
    start, end = st.session_state["events_dates"]
    state = EventsViewState(on=on, start=start, end=end, categories=tuple(categories), actors=tuple(chosen_actors))
    st.session_state[_REMEMBERED] = state
    keep_in_url(state.to_query(low, high))
    shown = filter_events(
        stored, EventFilter(start=start, end=end, categories=tuple(categories), actors=tuple(chosen_actors) or None)
    )
    placed, unplaced = split_unplaced(shown)
    inside, outside = split_by_extent(placed)
    return EventsOverlay(on=on, shown=shown, inside=inside, outside=outside, total=len(stored), unplaced=unplaced)
