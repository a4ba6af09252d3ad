"""The map legend, built from the registry entries of the visible layers (:func:`dashboard.map.legend.map_legend`)."""

from __future__ import annotations

import html
from collections.abc import Iterable

import streamlit as st

import geodata
from dashboard.map.legend import EVENTS_LEGEND_TITLE, LegendGroup, legend_entries_html, map_legend

__all__ = ["legend_html", "render_compact_legend", "render_legend"]

#: The expander of the Map's legend that starts open: the first group shown (the states, usually).
_OPEN_GROUPS = 1


def _groups_html(groups: Iterable[LegendGroup]) -> str:
    blocks = []
    for group in groups:
        items = legend_entries_html(group.entries)
        note = f' <em style="color:#666">({html.escape(group.note)})</em>' if group.note else ""
        blocks.append(f'<div style="margin-bottom:6px"><strong>{html.escape(group.title)}</strong>{note}{items}</div>')
    return "".join(blocks)


def legend_html(layer_names: list[str]) -> str:
    """HTML for the legend of ``layer_names``; every label is escaped (registry text only)."""
    body = _groups_html(map_legend(layer_names))
    return f'<div class="atlas-legend" style="font-size:0.9rem;line-height:1.3">{body}</div>'


def render_legend(layer_names: list[str]) -> None:
    """Draw the legend of the visible layers."""
    st.markdown("**Legend**")
    if not layer_names:
        st.caption("No layer is shown. Tick layers in the sidebar.")
        return
    st.html(legend_html(layer_names))


def render_compact_legend(layer_names: list[str], event_categories: Iterable[str] = (), event_note: str = "") -> None:
    """The Map's legend: only what the map shows (the visible layers, the categories of the
    events drawn), one collapsible block per sidebar group (Political, Maritime, ... then Events),
    the first open. ``event_note`` (plain text) says how to read the event markers."""
    groups = map_legend(layer_names, event_categories)
    if not groups:
        st.caption("Legend: nothing is shown. Tick layers in the sidebar.")
        return
    by_sidebar_group: dict[str, list[LegendGroup]] = {}
    for group in groups:
        heading = geodata.layer_spec(group.layer).group if group.layer else EVENTS_LEGEND_TITLE
        by_sidebar_group.setdefault(heading, []).append(group)
    with st.container(key="map_legend"):
        for index, (heading, members) in enumerate(by_sidebar_group.items()):
            count = sum(len(g.entries) for g in members)
            with st.expander(f"{heading} ({count})", expanded=index < _OPEN_GROUPS):
                body = _groups_html(members)  # registry and constant text, escaped
                # st.html, not Markdown with HTML allowed: that makes the browser load Streamlit's
                # raw-HTML Markdown plugin (~190 kB of JavaScript) before it runs the map's code.
                st.html(f'<div class="atlas-legend" style="font-size:0.8rem;line-height:1.2">{body}</div>')
                if heading == EVENTS_LEGEND_TITLE and event_note:
                    st.caption(event_note)
