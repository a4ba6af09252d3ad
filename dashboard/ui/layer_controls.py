"""Sidebar layer toggles, grouped as the registry groups them, kept in sync with the URL."""

from __future__ import annotations

import streamlit as st

import geodata
from dashboard.map.selection import (
    LAYERS_PARAM,
    default_layers,
    format_layer_param,
    layers_in_group,
    parse_layer_param,
)

__all__ = ["layer_toggles", "toggle_key"]

_REMEMBERED = "map_layers"  # survives page switches, when widget state is cleared


def toggle_key(name: str) -> str:
    """Widget key of layer ``name``'s checkbox (tests find toggles by it)."""
    return f"layer_{name}"


def layer_toggles() -> list[str]:
    """Draw the grouped toggles in the sidebar and return the selected layer names.

    The starting selection comes from the URL (``?layers=``), else from this session, else the
    registry defaults. Every change is written back to the URL, so a copied link reopens it.
    """
    from_url = parse_layer_param(st.query_params.get(LAYERS_PARAM))
    initial = from_url if from_url is not None else st.session_state.get(_REMEMBERED, default_layers())
    sidebar = st.sidebar
    sidebar.header("Layers")
    for group in geodata.GROUPS:
        specs = [geodata.layer_spec(name) for name in layers_in_group(group)]
        if not specs:
            continue
        sidebar.caption(group.upper())
        for spec in specs:
            key = toggle_key(spec.name)
            if key not in st.session_state:
                st.session_state[key] = spec.name in initial
            label = spec.title if spec.accuracy == "exact" else f"{spec.title} ({spec.accuracy})"
            sidebar.checkbox(label, key=key, help=f"{spec.description}\n\nSource: {spec.source}")
    selected = [s.name for s in geodata.layer_specs() if st.session_state.get(toggle_key(s.name))]
    st.session_state[_REMEMBERED] = selected
    value = format_layer_param(selected)
    if st.query_params.get(LAYERS_PARAM) != value:
        st.query_params[LAYERS_PARAM] = value
    return selected
