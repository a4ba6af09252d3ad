"""The map legend, built from the registry entries of the visible layers."""

from __future__ import annotations

import html

import streamlit as st

import geodata

__all__ = ["legend_html", "render_legend"]


def _swatch(color, kind: str) -> str:
    r, g, b, a = color
    css = f"rgba({r},{g},{b},{a / 255:.2f})"
    if kind == "line":
        # Lines sit on the ocean colour, so a white graticule stays visible in the legend.
        return (f'<span style="display:inline-block;width:24px;height:10px;background:#cde0ee;'
                f'vertical-align:middle;position:relative"><span style="position:absolute;left:2px;'
                f'right:2px;top:3px;border-top:3px solid {css}"></span></span>')
    radius = "50%" if kind == "point" else "2px"
    return (f'<span style="display:inline-block;width:14px;height:14px;background:{css};'
            f'border:1px solid #444;border-radius:{radius};vertical-align:middle"></span>')


def legend_html(layer_names: list[str]) -> str:
    """HTML for the legend of ``layer_names``; every label is escaped (registry text only)."""
    blocks = []
    for name in layer_names:
        spec = geodata.layer_spec(name)
        entries = spec.legend()
        items = "".join(
            f'<div style="margin:2px 0">{_swatch(e.color, spec.style.kind)}&nbsp;{html.escape(e.label)}</div>'
            for e in entries
        )
        note = "" if spec.accuracy == "exact" else f' <em style="color:#666">({html.escape(spec.accuracy)})</em>'
        blocks.append(f'<div style="margin-bottom:8px"><strong>{html.escape(spec.title)}</strong>{note}{items}</div>')
    return f'<div class="atlas-legend" style="font-size:0.9rem;line-height:1.3">{"".join(blocks)}</div>'


def render_legend(layer_names: list[str]) -> None:
    """Draw the legend of the visible layers."""
    st.markdown("**Legend**")
    if not layer_names:
        st.caption("No layer is shown. Tick layers in the sidebar.")
        return
    st.markdown(legend_html(layer_names), unsafe_allow_html=True)
