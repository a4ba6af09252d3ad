"""The camera in the URL: ``?view=x,y,zoom`` (EPSG:3413 metres and deck.gl zoom; no Streamlit here).

A copied link reopens the same framing. A malformed or out-of-range value is ignored, so an old
or hand-edited link still opens the map at its default framing.
"""

from __future__ import annotations

import math

from dashboard.map.camera import MAX_ZOOM, MIN_ZOOM
from dashboard.map.deck import PolarView

__all__ = ["VIEW_PARAM", "format_view_param", "parse_view_param"]

#: Query-string key holding the camera.
VIEW_PARAM = "view"
_MAX_OFFSET_M = 10_000_000.0  # beyond the map's 40°N edge by far


def parse_view_param(value: str | None) -> PolarView | None:
    """The view in ``value`` (``"x,y,zoom"``), or None when absent or not a sensible camera."""
    if not value:
        return None
    try:
        x, y, zoom = (float(part) for part in value.split(","))
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (x, y, zoom)) or max(abs(x), abs(y)) > _MAX_OFFSET_M:
        return None
    return PolarView(x=x, y=y, zoom=min(max(zoom, MIN_ZOOM), MAX_ZOOM))


def format_view_param(view: PolarView) -> str:
    """``"x,y,zoom"``: whole metres and zoom to 0.01 (under 1% of scale)."""
    return f"{round(view.x)},{round(view.y)},{view.zoom:.2f}"
