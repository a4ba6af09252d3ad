"""The details panel: every attribute of the feature a user clicked, with its layer's source."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

import geodata
from dashboard.polar_map import project_for_display

__all__ = ["clicked_feature", "render_feature_details"]


def clicked_feature(selection: Any) -> tuple[str, dict] | None:
    """(layer name, attributes) of the clicked registry feature in a pydeck selection, or None.

    ``selection`` is what ``st.pydeck_chart(..., on_select="rerun")`` returns; its ``indices``
    map deck layer ids (registry names) to row positions in :func:`project_for_display`.
    """
    try:
        indices = selection["selection"]["indices"]
    except (KeyError, TypeError):
        return None
    for layer_id, rows in (indices or {}).items():
        if not rows or layer_id not in geodata.layer_names():
            continue
        gdf = project_for_display(layer_id)
        position = int(rows[0])
        if 0 <= position < len(gdf):
            row = gdf.iloc[position].drop(labels=["geometry"], errors="ignore")
            attrs = {k: v for k, v in row.items() if not str(k).startswith("_")}
            return layer_id, attrs
    return None


def render_feature_details(selection: Any) -> None:
    """Show the clicked feature's attributes and provenance, or a hint when nothing is selected."""
    picked = clicked_feature(selection)
    if picked is None:
        st.caption("Click a feature on the map to see all its attributes and where they come from.")
        return
    name, attrs = picked
    spec = geodata.layer_spec(name)
    st.markdown(f"**{spec.title}**")
    table = pd.DataFrame({"attribute": list(attrs), "value": [str(v) for v in attrs.values()]})
    st.dataframe(table, hide_index=True, width="stretch")
    st.caption(f"Source: {spec.source} ({spec.version}); licence: {spec.licence}. "
               f"Accuracy: {spec.accuracy} — {spec.accuracy_note}")
