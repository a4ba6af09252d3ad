"""Marker shapes of point layers, defined once for every renderer.

Each shape is a closed outline in a unit box: x and y from -1 to 1, y up, centred on the
feature's point. :mod:`scripts.build_icon_atlas` draws them into the icon atlas the browser
map reads (deck.gl IconLayer ``iconAtlas`` + ``iconMapping``, drawn white with ``mask``
so each feature's colour comes from the data), and the static renderer
(:mod:`dashboard.briefing.map_drawing`) turns them into matplotlib markers. A layer names its
shape in :attr:`geodata.registry.LayerStyle.marker`.

Shapes are chosen to tell kinds apart at a glance and to survive 12-pixel sizes: a filled
circle (events), square (ports), triangle (military installations) and diamond (resource
projects). Their areas are within ~25% of each other, so no kind looks more important.

This module never imports streamlit or matplotlib: it is part of the data tier.
"""

from __future__ import annotations

import math
from typing import Literal

__all__ = ["MARKERS", "Marker", "marker_outline"]

Marker = Literal["circle", "square", "triangle", "diamond"]


def _circle(n: int = 48) -> tuple[tuple[float, float], ...]:
    return tuple((math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n))


#: Every marker shape: its outline, vertices in order (the last joins the first), unit box.
MARKERS: dict[str, tuple[tuple[float, float], ...]] = {
    "circle": _circle(),
    "square": ((-0.86, -0.86), (0.86, -0.86), (0.86, 0.86), (-0.86, 0.86)),
    # Apex up; the base sits low so the triangle's centroid is near the point.
    "triangle": ((0.0, 1.0), (1.0, -0.78), (-1.0, -0.78)),
    "diamond": ((0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)),
}


def marker_outline(name: str) -> tuple[tuple[float, float], ...]:
    """The outline of marker ``name`` (see :data:`MARKERS`); ``ValueError`` naming the shapes otherwise."""
    try:
        return MARKERS[name]
    except KeyError:
        raise ValueError(f"unknown marker {name!r}; use one of {', '.join(MARKERS)}") from None
