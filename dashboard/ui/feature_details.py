"""The details panel: every attribute of a feature, with its layer's source.

A feature is chosen by clicking it on the map or from the "Feature details" list (clicks on
very large polygon layers are not always reported by the browser, and a list is also what a
keyboard user needs).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

import geodata
from dashboard.map.deck import format_value, project_for_display
from dashboard.map.published import feature_count, feature_names

__all__ = ["clicked_feature", "feature_choices", "render_feature_details"]


def clicked_feature(click: tuple[str, Any] | None) -> tuple[str, int] | None:
    """(layer name, row position) of a map click (layer id, feature id) on a registry feature.

    Feature ids of registry layers are row positions in :func:`project_for_display`; clicks on
    overlays (events, routes) or out-of-range ids give None.
    """
    if click is None:
        return None
    layer_id, feature = click
    try:
        position = int(feature)
    except (TypeError, ValueError):
        return None
    if layer_id in geodata.layer_names() and 0 <= position < feature_count(layer_id):
        return layer_id, position
    return None


def feature_choices(layer_names: list[str]) -> dict[str, tuple[str, int]]:
    """Label -> (layer, row) for every feature of the shown layers that has a tooltip.

    Labels read "Layer title: first tooltip value" (e.g. "Arctic states: Norway").
    """
    choices: dict[str, tuple[str, int]] = {}
    for name in layer_names:
        spec = geodata.layer_spec(name)
        if not spec.tooltip or spec.group == "Reference":
            continue
        for position, text in enumerate(feature_names(name)):
            choices.setdefault(f"{spec.title}: {text}", (name, position))
    return choices


def feature_attributes(name: str, position: int) -> pd.DataFrame:
    """Every attribute of one feature as an (attribute, value) table, drawing columns left out."""
    row = project_for_display(name).iloc[position].drop(labels=["geometry"], errors="ignore")
    attrs = {k: v for k, v in row.items() if not str(k).startswith("_")}
    return pd.DataFrame({"attribute": list(attrs), "value": [format_value(v) for v in attrs.values()]})


def render_feature_details(click: tuple[str, Any] | None, layer_names: list[str]) -> tuple[str, int] | None:
    """Show the chosen feature's attributes and provenance (clicked, else picked from the list);
    return (layer, row position) of the feature shown, or None."""
    st.markdown("**Feature details**")
    choices = feature_choices(layer_names)
    picked = clicked_feature(click)
    if picked is not None and picked[0] not in layer_names:
        picked = None  # its layer was hidden since the click
    chosen_label = st.selectbox(
        "Feature",
        options=list(choices),
        index=None,
        key="feature_pick",
        placeholder="Click the map or choose a feature",
        label_visibility="collapsed",
    )
    if picked is None and chosen_label is not None:
        picked = choices[chosen_label]
    if picked is None:
        return None
    name, position = picked
    spec = geodata.layer_spec(name)
    label = next((text for text, choice in choices.items() if choice == picked), spec.title)
    # A keyed container (class st-key-feature_details): the browser tests and the benchmark wait for it.
    with st.container(key="feature_details"):
        st.caption(label)
        st.dataframe(feature_attributes(name, position), hide_index=True, width="stretch", key="feature_table")
        st.caption(
            f"Source: {spec.source} ({spec.version}); licence: {spec.licence}. "
            f"Accuracy: {spec.accuracy} — {spec.accuracy_note}"
        )
    return picked
