"""Geometry helpers shared by the layer builders and loaders.

The polar cap north of a latitude is a circle in any north-polar azimuthal CRS, so clipping
happens *after* projecting (never with a lon/lat box, which breaks features that cross the
antimeridian). Geometries are stored in EPSG:4326 with "unwrapped" longitudes: a polygon
that crosses the antimeridian keeps going past 180° (e.g. Chukotka spans 160°E to 190°E)
so that it is valid in lon/lat *and* projects to one whole polygon with no seam.
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from .settings import GEOGRAPHIC_CRS

__all__ = [
    "latitude_circle",
    "polar_cap",
    "polygonal_part",
    "unwrap_antimeridian",
]


def latitude_circle(lat: float, step_deg: float = 0.5, lon_start: float = -180.0) -> LineString:
    """A parallel as a closed line in EPSG:4326 (degrees), sampled every ``step_deg``.

    Longitudes run from ``lon_start`` to ``lon_start + 360`` so the line is continuous
    (it does not jump at ±180°).
    """
    lons = np.arange(lon_start, lon_start + 360.0 + step_deg / 2, step_deg)
    return LineString(np.column_stack([lons, np.full_like(lons, lat)]))


def polar_cap(min_lat: float, crs: str, step_deg: float = 0.25) -> Polygon:
    """The cap north of ``min_lat`` as a polygon in the north-polar ``crs`` (its units).

    ``crs`` must be centred on the North Pole (EPSG:3413, EPSG:6931, EPSG:3995 ...), where a
    parallel is a circle.
    """
    to_polar = Transformer.from_crs(GEOGRAPHIC_CRS, crs, always_xy=True)
    ring = latitude_circle(min_lat, step_deg)
    xs, ys = to_polar.transform(*np.asarray(ring.coords).T)
    return Polygon(np.column_stack([xs, ys]))


def polygonal_part(geom: BaseGeometry | None) -> MultiPolygon | None:
    """Keep only the polygons of ``geom`` (make_valid and clipping can leave lines/points)."""
    if geom is None or geom.is_empty:
        return None
    polys = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    parts: list[Polygon] = []
    for p in polys:
        parts.extend(shapely.get_parts(p))
    parts = [p for p in parts if not p.is_empty and p.area > 0]
    return MultiPolygon(parts) if parts else None


def _unwrap_coords(coords: np.ndarray) -> np.ndarray:
    """Make a ring/line's longitudes continuous: every jump of more than 180° between
    consecutive vertices is undone by ±360° (``np.unwrap`` with a 360° period).

    The result is shifted by a whole turn so that the middle of its longitude range lies
    within -180..180 (Eurasia then spans about -10°..190°, not -370°..-170°).
    """
    lons = coords[:, 0]
    if len(lons) < 2 or not np.any(np.abs(np.diff(lons)) > 180.0):
        return coords
    unwrapped = np.unwrap(lons, period=360.0)
    middle = (unwrapped.min() + unwrapped.max()) / 2.0
    unwrapped -= 360.0 * np.round(middle / 360.0)
    out = coords.copy()
    out[:, 0] = unwrapped
    return out


def unwrap_antimeridian(geom: BaseGeometry) -> BaseGeometry:
    """Return ``geom`` (EPSG:4326) with each antimeridian-crossing part unwrapped past 180°.

    Parts that do not cross are unchanged. Longitudes may leave -180..180 (Chukotka runs on
    to about 190°E), so the result is valid lon/lat geometry *and* projects to a polar CRS as
    one piece, with no seam. Rings around the pole cannot be unwrapped; none is stored.
    """
    if geom is None or geom.is_empty:
        return geom
    if geom.geom_type == "Polygon":
        ext = _unwrap_coords(np.asarray(geom.exterior.coords))
        holes = [_unwrap_coords(np.asarray(ring.coords)) for ring in geom.interiors]
        if not np.array_equal(ext, np.asarray(geom.exterior.coords)):
            # Holes must land on the same turn as the exterior they sit in.
            lo, hi = ext[:, 0].min(), ext[:, 0].max()
            for hole in holes:
                if hole[:, 0].min() < lo or hole[:, 0].max() > hi:
                    hole[:, 0] += 360.0 * np.round(((lo + hi) / 2 - hole[:, 0].mean()) / 360.0)
        return Polygon(ext, holes)
    if geom.geom_type == "LineString":
        return LineString(_unwrap_coords(np.asarray(geom.coords)))
    if geom.geom_type in ("MultiPolygon", "MultiLineString", "GeometryCollection"):
        return type(geom)([unwrap_antimeridian(g) for g in geom.geoms])
    return geom
