"""The Map's layer choice: ticked in the map's own switcher, kept in the session and the URL."""

from __future__ import annotations

import streamlit as st

import geodata
from dashboard.map.selection import LAYERS_PARAM, default_layers, format_layer_param, layer_panel, parse_layer_param
from dashboard.map.view_param import PROJECTOR_TEXT, TEXT_PARAM
from dashboard.ui.polar_map import LayerSwitcher
from dashboard.ui.url_state import keep_in_url, seed_widget

__all__ = ["chosen_layers", "layer_switcher", "projector_text_toggle"]

_REMEMBERED = "map_layers"  # survives page switches, when the component's state is cleared
_SEQ = "map_layers_seq"  # the browser's latest tick taken in (its switcher numbers them)


def _take_tick(names: list[str], seq: int) -> None:
    if seq > st.session_state.get(_SEQ, 0):
        known = set(names)
        st.session_state[_REMEMBERED] = [name for name in geodata.layer_names() if name in known]
        st.session_state[_SEQ] = seq


def chosen_layers() -> list[str]:
    """The registry layers the Map shows, in registry order, and the same choice in ``?layers=``.

    The user's latest tick in the map's switcher wins; before any, the URL's ``?layers=``
    (a fresh visit's link), else this session's last choice, else the registry defaults.
    """
    if _REMEMBERED not in st.session_state or _SEQ not in st.session_state:
        from_url = parse_layer_param(st.query_params.get(LAYERS_PARAM))
        st.session_state[_REMEMBERED] = from_url if from_url is not None else default_layers()
        st.session_state.setdefault(_SEQ, 0)
    selected = list(st.session_state[_REMEMBERED])
    value = format_layer_param(selected)
    if st.query_params.get(LAYERS_PARAM) != value:
        st.query_params[LAYERS_PARAM] = value
    return selected


def layer_switcher() -> LayerSwitcher:
    """The switcher the Map's component draws: every registry layer by group, and the tick
    numbers that keep the browser's newest choice from being undone by an older rerun."""
    return LayerSwitcher(panel=layer_panel(), seq=int(st.session_state.get(_SEQ, 0)), on_layers=_take_tick)


def projector_text_toggle() -> bool:
    """The sidebar's "Projector text" switch: labels at the registry's projector size. A link
    with ``?text=projector`` (a briefing preset's) turns it on; the choice is kept in the URL."""
    seed_widget("map_projector_text", st.query_params.get(TEXT_PARAM) == PROJECTOR_TEXT)
    on = st.sidebar.toggle(
        "Projector text", key="map_projector_text", help="Larger labels, readable from the back of a room."
    )
    keep_in_url({TEXT_PARAM: PROJECTOR_TEXT if on else None})
    return on
