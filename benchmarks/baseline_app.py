"""The naive baseline of ``python -m dashboard.bench``: ``st.pydeck_chart`` re-sending the whole
deck on every rerun, with the same sidebar toggles and layers as the Map page (no caching in the
browser). Run by the benchmark only; not part of the app."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

import geodata
from benchmarks.pydeck_baseline import build_deck
from dashboard.map.selection import default_layers

chosen = set(default_layers())
selected = [
    spec.name
    for spec in geodata.layer_specs()
    if st.sidebar.checkbox(spec.title, value=spec.name in chosen, key=f"layer_{spec.name}")
]
st.pydeck_chart(build_deck(selected), height=720, key="polar_map")
