"""The chosen feature in the URL: ``?feature=layer:id`` (no Streamlit here).

``layer`` is a map layer id (a registry layer or ``events``) and ``id`` what a click on it reports:
a row position for registry layers, an event id for events. A link holding it reopens the Map
with that feature highlighted and its details open. Malformed values are ignored.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FEATURE_PARAM", "format_feature_param", "parse_feature_param"]

#: Query-string key holding the chosen feature.
FEATURE_PARAM = "feature"
_MAX_CHARS = 200


def format_feature_param(layer: str, feature: Any) -> str:
    """``"layer:id"`` for the feature ``feature`` of map layer ``layer``."""
    return f"{layer}:{feature}"


def parse_feature_param(value: str | None) -> tuple[str, int | str] | None:
    """(layer id, feature id) in ``value``; the id is an int when it is all digits (a row position)."""
    if not value or len(value) > _MAX_CHARS:
        return None
    layer, sep, feature = value.partition(":")
    layer, feature = layer.strip(), feature.strip()
    if not sep or not layer or not feature or not all(c.isprintable() for c in value):
        return None
    return layer, int(feature) if feature.isdigit() else feature
