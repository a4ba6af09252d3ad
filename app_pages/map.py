"""Map page: the polar map of the selected layers filling the window, the clicked feature's
details and a compact legend beside it, the events that are not drawn below."""

import streamlit as st

import geodata
from dashboard.briefing.links import view_from_query
from dashboard.briefing.present import highlight_note, map_highlights
from dashboard.events.overlay import EVENT_LAYER_ID, EVENT_LAYER_PROPS
from dashboard.map.camera import arctic_view
from dashboard.ui.events_controls import events_sidebar
from dashboard.ui.events_details import EVENT_MARKER_NOTE, render_events_panel
from dashboard.ui.feature_details import clicked_feature, render_feature_details
from dashboard.ui.layer_controls import chosen_layers, layer_switcher, projector_text_toggle
from dashboard.ui.legend import render_compact_legend
from dashboard.ui.map_layout import MAP_PAGE_BOTTOM_PX, compact_map_header, map_first, rest_later
from dashboard.ui.polar_map import keep_feature_in_url, last_click, map_layers, overlay, polar_map, url_camera
from dashboard.ui.saved_panels import save_view_control

MAP_KEY = "polar_map"
# A first visit draws the header and the map, and the rest once the map's first frame is drawn.
deferred = map_first()

events = events_sidebar()  # first: reads a fresh visit's URL before chosen_layers writes to it
selected = chosen_layers()
projector_text = projector_text_toggle()

# A saved view's link also carries its highlights and title (dashboard.briefing.links reads them).
link_view = view_from_query(st.query_params)
# Every registry layer is described on every run (a few kB); the browser fetches a layer's data
# the first time it is shown and afterwards only flips its visibility.
layers = [*map_layers(geodata.layer_names()), overlay(EVENT_LAYER_ID, "point", events.rows, EVENT_LAYER_PROPS)]
visible = [*selected, *([EVENT_LAYER_ID] if events.on else [])]
click = last_click(MAP_KEY)
feature = clicked_feature(click)
if click is None:  # until the user clicks, the link's highlights are outlined
    highlights = map_highlights(link_view)
else:
    chosen = (feature is not None and feature[0] in selected) or click[0] == EVENT_LAYER_ID
    highlights = [click] if chosen else []
event_ids = {row["feature"] for row in events.rows}
outlined = [h for h in highlights if h[0] in visible and (h[0] != EVENT_LAYER_ID or h[1] in event_ids)]

compact_map_header(
    link_view.title or "Arctic Atlas",
    "Polar stereographic (EPSG:3413): Greenland below the Pole, Russia above. Drag to pan, scroll to zoom; "
    "the link keeps the view.",
    highlight_note(link_view, outlined=outlined) if click is None else "",
)

map_column, side_column = st.columns([4, 1])
with map_column:
    if "map_camera_start" not in st.session_state:
        # A link's camera keeps its zoom; without one the whole 40°N disc is fitted to the map.
        st.session_state["map_camera_start"] = url_camera(arctic_view())
    start = st.session_state.get("map_camera", st.session_state["map_camera_start"])
    reported = polar_map(
        layers,
        visible,
        key=MAP_KEY,
        camera=start,
        camera_token="map",
        highlights=highlights,
        camera_in_url=True,
        switcher=layer_switcher(),
        fill_window=MAP_PAGE_BOTTOM_PX,
        projector_text=projector_text,
        report_drawn=deferred,
    )
    if reported.camera is not None:
        st.session_state["map_camera"] = reported.camera  # reopens here after a page switch
    if deferred:
        rest_later()  # the link's ?feature= stays as it is: the next run reads it again
    event_shown = render_events_panel(click, events)
with side_column:
    feature_shown = render_feature_details(click, selected)
    render_compact_legend(selected, events.drawn_categories, EVENT_MARKER_NOTE)

# The feature in detail goes in the link (?feature=layer:id): a clicked event, else the clicked or
# listed registry feature, else an event chosen from the list.
event_choice = (EVENT_LAYER_ID, event_shown) if event_shown else None
keep_feature_in_url(event_choice if click and click[0] == EVENT_LAYER_ID else feature_shown or event_choice)

with side_column:
    save_view_control(st.session_state.get("map_camera"))  # the camera as last reported, else the link's
