"""Camera placement: a :class:`~dashboard.map.deck.PolarView` that frames given geometries.

The polar map is an OrthographicView in EPSG:3413 metres, where one unit is one metre and
``zoom = log2(pixels per metre)``. Fitting a box of ``dx`` × ``dy`` metres into a chart of
``width_px`` × ``height_px`` pixels is therefore ``log2(min(width_px / dx, height_px / dy))``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

import geopandas as gpd

import geodata
from dashboard.map.deck import MAX_ZOOM, MIN_ZOOM, PolarView
from geodata.geometry import polar_cap

__all__ = ["MAX_ZOOM", "MIN_ZOOM", "arctic_view", "fit_bounds", "fit_geometries"]


def fit_bounds(
    bounds: Sequence[float],
    *,
    width_px: int = 800,
    height_px: int = 560,
    margin: float = 0.08,
) -> PolarView:
    """The view centred on ``bounds`` (minx, miny, maxx, maxy; EPSG:3413 metres) that shows
    all of it in a ``width_px`` × ``height_px`` chart, with ``margin`` (fraction of the box
    size) added on every side. A point or empty extent gets a 200 km wide window."""
    minx, miny, maxx, maxy = (float(v) for v in bounds)
    if not all(math.isfinite(v) for v in (minx, miny, maxx, maxy)) or maxx < minx or maxy < miny:
        raise ValueError(f"bounds must be finite (minx, miny, maxx, maxy) in metres, got {tuple(bounds)}")
    if width_px <= 0 or height_px <= 0:
        raise ValueError(f"chart size must be positive pixels, got {width_px}×{height_px}")
    dx = max(maxx - minx, 200_000.0) * (1 + 2 * margin)
    dy = max(maxy - miny, 200_000.0) * (1 + 2 * margin)
    zoom = math.log2(min(width_px / dx, height_px / dy))
    zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
    return PolarView(
        x=(minx + maxx) / 2, y=(miny + maxy) / 2, zoom=round(zoom, 3), height_px=height_px, width_px=width_px
    )


@lru_cache(maxsize=1)
def arctic_view() -> PolarView:
    """The Map's opening framing: the whole disc to the map's southern edge
    (:data:`geodata.MAP_EXTENT_MIN_LAT`, 40°N), which the live map fits to its width and height."""
    disc = polar_cap(geodata.MAP_EXTENT_MIN_LAT, geodata.POLAR_CRS, step_deg=1.0)
    return fit_bounds(disc.bounds, width_px=800, height_px=800, margin=0.01)


def fit_geometries(gdf: gpd.GeoDataFrame | gpd.GeoSeries, **kwargs) -> PolarView:
    """The view framing every geometry of ``gdf`` (any CRS; projected to EPSG:3413 first, so
    shapes crossing the antimeridian are framed whole). Keyword arguments go to :func:`fit_bounds`."""
    series = gdf.geometry if isinstance(gdf, gpd.GeoDataFrame) else gdf
    series = series[~series.is_empty & series.notna()]
    if series.empty:
        raise ValueError("nothing to frame: no non-empty geometry")
    return fit_bounds(series.to_crs(geodata.POLAR_CRS).total_bounds, **kwargs)
