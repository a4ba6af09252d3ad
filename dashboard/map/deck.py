"""Registry layers made ready for the polar map: projected, simplified and styled (no Streamlit).

Layers arrive in EPSG:4326 from :mod:`geodata`, are projected to a north-polar CRS (EPSG:3413 by
default: metres, 45°W pointing down) and simplified for the screen; :mod:`dashboard.map.payload`
encodes them for the map component and :mod:`dashboard.briefing.map_drawing` draws them for exports.
:class:`PolarView` is where the camera looks. (The pydeck deck that ``st.pydeck_chart`` drew
lives on only as the benchmark's baseline, ``benchmarks/pydeck_baseline.py``.)
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

import geodata

__all__ = [
    "DISPLAY_TOLERANCE_M",
    "MAX_ZOOM",
    "MIN_ZOOM",
    "OCEAN_COLOR",
    "PolarView",
    "format_value",
    "project_for_display",
    "tooltip_text",
]

#: Simplification tolerance for drawing, metres in the polar CRS. At full-Arctic zoom one
#: screen pixel is ~10 km, so 1 km is invisible and shrinks what the browser receives.
DISPLAY_TOLERANCE_M = 1000.0

OCEAN_COLOR = (205, 224, 238, 255)
#: deck.gl zoom limits of every polar map (about 80 km to 80 m per pixel).
MIN_ZOOM, MAX_ZOOM = -16.0, -6.0


@dataclass(frozen=True)
class PolarView:
    """Where the camera looks: ``target`` in polar-CRS metres and deck.gl ``zoom``.

    In OrthographicView one unit is one metre, so ``zoom = log2(pixels per metre)``:
    -13.5 shows about 11.6 km per pixel, the whole cap north of ~50°N on a 700 px map.
    ``height_px`` is the height of the map on the screen the camera was framed for: with the
    zoom it fixes how many metres the view spans top to bottom, which an export of a differently
    sized image keeps (:mod:`dashboard.briefing.render`). ``width_px``, when known (a framing from
    :func:`~dashboard.map.camera.fit_bounds`), is that screen's map width: the live map then fits
    the framed ``width_px`` × ``height_px`` region into its own width and height.
    """

    x: float = 0.0
    y: float = 0.0
    zoom: float = -13.6
    height_px: int = 720
    width_px: int | None = None


def format_value(value: Any) -> str:
    """A feature attribute as a briefer reads it: 1,234,567 for large numbers (years stay 1949), dates without a
    midnight time (GeoJSON dates load as timestamps), everything else as ``str``."""
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)  # years stay 1949
    if isinstance(value, numbers.Real):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:g}"
    if isinstance(value, pd.Timestamp | datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def tooltip_text(row: dict[str, Any], fields: Sequence[tuple[str, str]]) -> str:
    """Plain-text tooltip ("Label: value" lines) for one feature; shown with innerText, never HTML."""
    lines = []
    for column, label in fields:
        value = row.get(column)
        if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
            continue
        lines.append(f"{label}: {format_value(value)}")
    return "\n".join(lines)


def _rgba(value: Iterable[int] | None) -> list[int]:
    return [int(v) for v in value] if value is not None else [0, 0, 0, 0]


@lru_cache(maxsize=64)
def project_for_display(name: str, crs: str = geodata.POLAR_CRS) -> gpd.GeoDataFrame:
    """Layer ``name`` projected to ``crs`` (metres), simplified for display, with drawing columns.

    Adds ``_fill``, ``_line`` (RGBA lists), ``_tooltip`` (text) and, for labelled layers,
    ``_label`` (text; "" for a feature left unlabelled), ``_label_xy`` (``crs`` metres) and
    ``_label_min_zoom`` (the deck.gl zoom it shows from: the feature's own priority column or the
    style's ``min_zoom``). With an ``outline`` or ``hatch`` fill mode the palette colour goes to
    ``_line``. Cached per (name, crs); treat the result as read-only.
    """
    spec = geodata.layer_spec(name)
    gdf = geodata.layer(name).to_crs(crs)
    style = spec.style
    if style.kind not in ("point", "label"):
        gdf["geometry"] = gdf.geometry.simplify(DISPLAY_TOLERANCE_M, preserve_topology=True)
        gdf["geometry"] = shapely.set_precision(gdf.geometry.values, 1.0)  # whole metres
        gdf = gdf[~gdf.geometry.is_empty]
    records = gdf.drop(columns="geometry").to_dict("records")
    palette = style.palette if style.color_column else {}
    fills, lines, tips = [], [], []
    for row in records:
        key = str(row.get(style.color_column)) if style.color_column else None
        color = palette.get(key) if key is not None else None
        fills.append(_rgba(color or style.fill))
        outlined = style.kind != "polygon" or style.fill_mode != "fill"
        lines.append(_rgba(color if (color and outlined) else style.line))
        tips.append(tooltip_text(row, spec.tooltip) or spec.title)
    gdf = gdf.assign(_fill=fills, _line=lines, _tooltip=tips)
    if spec.label_column:
        points = [_label_point(g) for g in gdf.geometry]
        gdf["_label"] = gdf[spec.label_column].fillna("").astype(str)
        gdf["_label_xy"] = [[round(p.x), round(p.y)] for p in points]
        column = style.label.min_zoom_column
        gdf["_label_min_zoom"] = gdf[column].astype(float) if column else style.label.min_zoom
    return gdf


def _label_point(geom):
    """Where a feature's label goes: the middle of its longest line, or inside its largest
    polygon part (Norway on the mainland, not on Svalbard), or the point itself."""
    parts = list(shapely.get_parts(geom)) or [geom]
    if parts[0].geom_type in ("LineString", "LinearRing"):
        longest = max(parts, key=lambda p: p.length)
        return longest.interpolate(0.5, normalized=True)
    return max(parts, key=lambda p: p.area).representative_point()
