"""The camera in the URL: ``?view=x,y,zoom`` (EPSG:3413 metres and deck.gl zoom; no Streamlit here).

The one URL form of a camera: the live Map writes it as the user pans, and a briefing view's link
(:mod:`dashboard.briefing.links`) carries it. A malformed or out-of-range value is ignored, so an
old or hand-edited link still opens the map at its default framing.
"""

from __future__ import annotations

import math

from dashboard.map.deck import MAX_ZOOM, MIN_ZOOM, PolarView

__all__ = ["PROJECTOR_TEXT", "TEXT_PARAM", "VIEW_PARAM", "format_view_param", "parse_view_param"]

#: Query-string key holding the camera.
VIEW_PARAM = "view"
#: ``text=projector`` in a link: labels at their registry projector size (``LabelStyle.projector_scale``).
TEXT_PARAM = "text"
PROJECTOR_TEXT = "projector"
_MAX_OFFSET_M = 10_000_000.0  # beyond the map's 40°N edge by far


def parse_view_param(value: str | None, *, height_px: int = PolarView.height_px) -> PolarView | None:
    """The view in ``value`` (``"x,y,zoom"``), or None when absent or not a sensible camera.

    The zoom is clamped to MIN_ZOOM..MAX_ZOOM; ``height_px`` is the map height the camera was
    framed for (see :class:`~dashboard.map.deck.PolarView`)."""
    if not value:
        return None
    try:
        x, y, zoom = (float(part) for part in value.split(","))
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (x, y, zoom)) or max(abs(x), abs(y)) > _MAX_OFFSET_M:
        return None
    return PolarView(x=x, y=y, zoom=min(max(zoom, MIN_ZOOM), MAX_ZOOM), height_px=height_px)


def format_view_param(view: PolarView) -> str:
    """``"x,y,zoom"``: whole metres and zoom to 0.001 (a preset's framing survives the link exactly)."""
    return f"{round(view.x)},{round(view.y)},{round(view.zoom, 3):g}"
