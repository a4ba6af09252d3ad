"""Events page: every stored event in a sortable, filterable table, a timeline, downloads and review."""

import streamlit as st

from dashboard.events import CATEGORIES
from dashboard.events.filters import EventsViewState
from dashboard.events.overlay import EventFilter, actor_options, date_bounds, event_label, filter_events
from dashboard.events.table import downloads, table_frame, timeline_chart
from dashboard.roles import EditorRequired
from dashboard.ui.event_access import delete_event, stored_events, verify_event
from dashboard.ui.roles import is_editor
from dashboard.ui.url_state import keep_dates_within, keep_in_url, seed_widget

VERIFIED = {"All events": None, "Verified only": True, "Not yet reviewed": False}
REVIEW_PARAM = {"Verified only": "verified", "Not yet reviewed": "unreviewed"}  # ?review=
cfg = st.column_config

st.title("Events")
st.caption(
    "Events extracted from news articles and reviewed on the Ingest page. Click a column header to "
    "sort; the downloads hold the filtered events in the format `python -m dashboard.events import` reads."
)

stored = stored_events()
low, high = date_bounds(stored)
actor_choices = actor_options(stored)
# The link keeps the filters, in the Map's form (events_from, events_to, events_categories,
# events_actors) plus ?review=verified|unreviewed; a link made on the Map opens the same events.
linked = EventsViewState.from_query(st.query_params.to_dict())
linked_dates = linked.clamped(low, high)
seed_widget("events_filter_dates", (linked_dates.start, linked_dates.end))
seed_widget("events_filter_categories", list(linked.categories or ()))
seed_widget("events_filter_actors", [a for a in linked.actors if a in actor_choices])
review_link = {v: k for k, v in REVIEW_PARAM.items()}.get(st.query_params.get("review", ""), "All events")
seed_widget("events_filter_verified", review_link)
keep_dates_within("events_filter_dates", low, high)  # events stored or deleted since move the bounds
date_column, category_column, actor_column, verified_column = st.columns([2, 3, 2, 1.5])
dates = date_column.date_input("Dates", min_value=low, max_value=high, key="events_filter_dates", format="YYYY-MM-DD")
categories = category_column.multiselect(
    "Categories", CATEGORIES, key="events_filter_categories", placeholder="All categories"
)
actors = actor_column.multiselect("Actors", actor_choices, key="events_filter_actors", placeholder="Any actor")
verified = verified_column.selectbox("Review", list(VERIFIED), key="events_filter_verified")
start, end = (tuple(dates) + (None, None))[:2] if isinstance(dates, (tuple, list)) else (dates, dates)
chosen = EventsViewState(start=start, end=end or start, categories=tuple(categories) or None, actors=tuple(actors))
keep_in_url({**chosen.to_query(low, high, show_toggle=False), "review": REVIEW_PARAM.get(verified)})
shown = filter_events(
    stored,
    EventFilter(
        start=start,
        end=end,
        categories=tuple(categories) or None,
        actors=tuple(actors) or None,
        verified=VERIFIED[verified],
    ),
)

st.markdown(f"**{len(shown)} of {len(stored)} events**")
st.dataframe(
    table_frame(shown),
    key="events_table",
    hide_index=True,
    width="stretch",
    column_config={
        "event_date": cfg.DateColumn("Date", format="YYYY-MM-DD"),
        "date_precision": "Known to",
        "geo_precision": "Located to",
        "lat": cfg.NumberColumn("Lat °N", format="%.3f"),
        "lon": cfg.NumberColumn("Lon °E", format="%.3f"),
        "confidence": cfg.NumberColumn("Confidence", format="%.2f"),
        "source_url": cfg.LinkColumn("Source URL"),
    },
)

st.subheader("Timeline")
st.altair_chart(timeline_chart(shown), width="stretch", key="events_timeline")
st.caption("Events per month, stacked by category. An event known only to its year counts in January.")

csv_text, geojson_text = downloads(shown)
csv_column, geojson_column, _ = st.columns([1, 1, 4])
csv_column.download_button(
    "Download CSV", csv_text, file_name="arctic-atlas-events.csv", mime="text/csv", key="events_csv"
)
geojson_column.download_button(
    "Download GeoJSON",
    geojson_text,
    file_name="arctic-atlas-events.geojson",
    mime="application/geo+json",
    key="events_geojson",
)

st.subheader("Review")
labels = {row["event_id"]: event_label(row, width=90) for row in shown.to_dict("records")}
picked = st.selectbox(
    "Event",
    list(labels),
    format_func=labels.get,
    index=None,
    key="events_manage_pick",
    placeholder="Choose an event to mark verified or delete",
)
if picked is not None:
    if not is_editor():  # the buttons stay: pressing one explains; the write functions refuse
        st.caption("Viewing only: unlock editing in the sidebar to verify or delete events.")
    verify_column, confirm_column, delete_column = st.columns([1, 1, 1])
    verify = verify_column.button("Mark verified", key="events_verify")
    confirmed = confirm_column.checkbox("Yes, delete it", key="events_delete_confirm")
    delete = delete_column.button("Delete event", key="events_delete", disabled=not confirmed) and confirmed
    try:
        if verify:
            verify_event(picked)
            st.rerun()
        if delete:
            delete_event(picked)
            for key in ("events_manage_pick", "events_delete_confirm"):
                st.session_state.pop(key, None)
            st.rerun()
    except EditorRequired as exc:
        st.error(str(exc))
