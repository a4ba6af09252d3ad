"""Map page: the polar map of the selected layers, its legend and the clicked feature's details."""

import streamlit as st

from dashboard.map.deck import build_deck
from dashboard.ui.events_controls import events_sidebar
from dashboard.ui.events_details import render_event_legend, render_events_panel
from dashboard.ui.feature_details import render_feature_details
from dashboard.ui.layer_controls import layer_toggles
from dashboard.ui.legend import render_legend

events = events_sidebar()  # first: reads a fresh visit's URL before layer_toggles writes to it
selected = layer_toggles()

st.title("Arctic Atlas")
st.caption(
    "North-polar stereographic (EPSG:3413): the North Pole at the centre, Greenland below it, "
    "Russia above, Alaska upper left. Drag to pan, scroll to zoom."
)

map_column, side_column = st.columns([4, 1])
with map_column:
    selection = st.pydeck_chart(
        build_deck(selected, extra_layers=events.layers),
        height=720,
        key="polar_map",
        on_select="rerun",
        selection_mode="single-object",
    )
    render_events_panel(selection, events)
with side_column:
    render_event_legend(events)
    render_legend(selected)
    st.divider()
    render_feature_details(selection, selected)
