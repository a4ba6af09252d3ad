"""The map legend, built from the registry entries of the visible layers (:func:`dashboard.map.legend.map_legend`)."""

from __future__ import annotations

import html

import streamlit as st

from dashboard.map.legend import legend_entries_html, map_legend

__all__ = ["legend_html", "render_legend"]


def legend_html(layer_names: list[str]) -> str:
    """HTML for the legend of ``layer_names``; every label is escaped (registry text only)."""
    blocks = []
    for group in map_legend(layer_names):
        items = legend_entries_html(group.entries)
        note = f' <em style="color:#666">({html.escape(group.note)})</em>' if group.note else ""
        blocks.append(f'<div style="margin-bottom:8px"><strong>{html.escape(group.title)}</strong>{note}{items}</div>')
    return f'<div class="atlas-legend" style="font-size:0.9rem;line-height:1.3">{"".join(blocks)}</div>'


def render_legend(layer_names: list[str]) -> None:
    """Draw the legend of the visible layers."""
    st.markdown("**Legend**")
    if not layer_names:
        st.caption("No layer is shown. Tick layers in the sidebar.")
        return
    st.markdown(legend_html(layer_names), unsafe_allow_html=True)
