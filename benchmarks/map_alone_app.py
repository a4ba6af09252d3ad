"""The "map alone" side of ``python -m dashboard.bench``: a Streamlit page with the app's page config
and nothing on it but the polar map component, drawing the Map page's default layers from the
default camera and filling the window as the Map page's map does. No title, sidebar, side column,
legend, events or layer switcher: what it takes to paint is Streamlit's and SwiftShader's share of
the Map page's first paint, the floor a Streamlit page with our map reaches on this machine. Run by
the benchmark only; not part of the app. ``tests/test_bench_sides.py`` fails if anything is added."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

import geodata
from dashboard.map.camera import arctic_view
from dashboard.map.selection import default_layers
from dashboard.ui.map_layout import MAP_PAGE_BOTTOM_PX
from dashboard.ui.polar_map import map_layers, polar_map

st.set_page_config(page_title="Arctic Atlas", layout="wide")  # app.py's, as a first visit gets it
# As on the Map page: every registry layer described, the defaults shown, the same key and camera token.
polar_map(
    map_layers(geodata.layer_names()),
    default_layers(),
    key="polar_map",
    camera=arctic_view(),
    camera_token="map",
    fill_window=MAP_PAGE_BOTTOM_PX,
)
