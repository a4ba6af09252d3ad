"""Hand-typed outlines (lon/lat vertex lists, edge tables) turned into stored polygons.

Outlines copied by eye from published maps are short lists of (lon, lat) vertices. Their
straight edges are meant on the map the briefer sees, so edges are densified along lon/lat
*before* projecting (an edge along a parallel stays on the parallel) and the polygon is then
built, repaired and clipped in EPSG:3413.

Polygons that contain the North Pole (sea ice, shelf claims, the Eurasia Basin) cannot be a
normal lon/lat ring: a ring in the lon/lat plane never winds around the pole. They are stored
cut open along one meridian, with the "pole edge" (lat 90) closing the ring:
``(L, 90) -> (L, edge) -> ...eastwards... -> (L + 360 - eps, edge) -> (L + 360 - eps, 90)``.
That ring is valid in EPSG:4326 *and* projects to a valid polygon in any north-polar CRS
(the cut opens a wedge of ``eps`` = 1e-5 degrees, under 0.4 m wide at 2,000 km from the pole,
whose apex is the pole itself: the pole lies on the boundary, so test it with ``covers``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from ..geometry import polar_cap, polygonal_part, unwrap_antimeridian
from ..settings import GEOGRAPHIC_CRS, POLAR_CRS

__all__ = [
    "POLE_CUT_EPS_DEG",
    "densify_lonlat",
    "edge_table_polygon",
    "outline_polygon",
    "parse_outline",
    "stored_geometry",
]

#: Width of the wedge left open where a polygon around the pole is cut (degrees of longitude).
POLE_CUT_EPS_DEG = 1e-5

_TO_POLAR = Transformer.from_crs(GEOGRAPHIC_CRS, POLAR_CRS, always_xy=True)
_TO_GEO = Transformer.from_crs(POLAR_CRS, GEOGRAPHIC_CRS, always_xy=True)

#: Meridians tried, in order, for cutting a polygon around the pole open (the cut must cross
#: the outer ring exactly once: these run through open ocean in the Fram Strait or Pacific).
_CUT_MERIDIANS = (-180.0, -5.0, 0.0, 5.0, -150.0, 150.0, 90.0, -90.0)


def parse_outline(text: str) -> list[tuple[float, float]]:
    """Parse ``"lon lat, lon lat, ..."`` (degrees) into vertices; a clear error on bad input."""
    vertices = []
    for i, pair in enumerate(text.split(",")):
        parts = pair.split()
        if len(parts) != 2:
            raise ValueError(f"outline vertex {i + 1} is {pair.strip()!r}; expected 'lon lat'")
        lon, lat = float(parts[0]), float(parts[1])
        if not (-90.0 <= lat <= 90.0) or not (-360.0 <= lon <= 360.0):
            raise ValueError(f"outline vertex {i + 1} ({lon}, {lat}) is out of range")
        vertices.append((lon, lat))
    if len(vertices) < 3:
        raise ValueError(f"an outline needs at least 3 vertices, got {len(vertices)}")
    return vertices


def densify_lonlat(vertices: Sequence[tuple[float, float]], step_deg: float = 0.5) -> np.ndarray:
    """Close the ring and insert vertices so no edge spans more than ``step_deg`` degrees.

    Every edge takes the short way round (a longitude step under 180°), so outlines may be
    typed with -180..180 or with unwrapped longitudes alike.
    """
    pts = np.asarray(list(vertices) + [vertices[0]], dtype=float)
    out = []
    for a, b in zip(pts[:-1], pts[1:]):
        # Each edge goes the short way round (an edge table closes from 170° to -180° eastwards).
        b = np.array([a[0] + (b[0] - a[0] + 180.0) % 360.0 - 180.0, b[1]])
        n = max(1, int(np.ceil(np.abs(b - a).max() / step_deg)))
        t = np.linspace(0.0, 1.0, n, endpoint=False)[:, None]
        out.append(a + t * (b - a))
    out.append(pts[-1:])
    return np.vstack(out)


def _polar_polygon(lonlat: np.ndarray) -> BaseGeometry:
    xs, ys = _TO_POLAR.transform(lonlat[:, 0], lonlat[:, 1])
    return shapely.make_valid(Polygon(np.column_stack([xs, ys])))


def outline_polygon(
    vertices: Sequence[tuple[float, float]], min_lat: float | None = None, step_deg: float = 0.5
) -> MultiPolygon:
    """A typed outline as a polygon in EPSG:3413 (metres), clipped north of ``min_lat``.

    The ring may wind around the pole (its longitudes then run through a full turn).
    """
    geom = _polar_polygon(densify_lonlat(vertices, step_deg))
    if min_lat is not None:
        geom = shapely.intersection(geom, polar_cap(min_lat, POLAR_CRS))
    result = polygonal_part(geom)
    if result is None:
        raise ValueError(f"outline starting at {vertices[0]} is empty north of {min_lat}°N")
    return result


def edge_table_polygon(lons: Iterable[float], lats: Iterable[float], step_deg: float = 0.5) -> MultiPolygon:
    """The region north of an edge given as latitude by longitude, in EPSG:3413 (metres).

    ``lons`` must increase through one full turn without its closing value (e.g. -180..170);
    ``lats`` is the edge's latitude at each. A repeated longitude draws a step along that
    meridian. The region contains the pole.
    """
    lons, lats = np.asarray(list(lons), float), np.asarray(list(lats), float)
    if lons.shape != lats.shape or len(lons) < 3:
        raise ValueError("edge table needs matching lons and lats, at least 3 of each")
    if np.any(np.diff(lons) < 0) or lons[-1] - lons[0] >= 360.0:
        raise ValueError("edge table longitudes must be non-decreasing and span less than 360°")
    return outline_polygon(list(zip(lons, lats)), step_deg=step_deg)


def _cut_ring(ring: np.ndarray, meridian: float) -> np.ndarray | None:
    """Lon/lat ring (unwrapped, winding one turn) cut open at ``meridian``, or None when the
    meridian crosses it more than once."""
    lons = np.unwrap(ring[:, 0], period=360.0)
    if lons[-1] < lons[0]:  # wind eastwards, so lon/lat orientation matches the map's
        ring, lons = ring[::-1], lons[::-1]
    turn = (lons - meridian) / 360.0
    crossings = np.nonzero(np.floor(turn[1:]) != np.floor(turn[:-1]))[0]
    if len(crossings) != 1:
        return None
    i = crossings[0]
    k = np.floor(turn[i + 1])
    target = meridian + 360.0 * k
    f = (target - lons[i]) / (lons[i + 1] - lons[i])
    lat_cut = ring[i, 1] + f * (ring[i + 1, 1] - ring[i, 1])
    body_lons = np.concatenate([lons[i + 1 : -1], lons[: i + 1] + (lons[-1] - lons[0])])
    body_lats = np.concatenate([ring[i + 1 : -1, 1], ring[: i + 1, 1]])
    body_lons = body_lons - 360.0 * k
    end = meridian + 360.0 - POLE_CUT_EPS_DEG
    coords = [
        (meridian, 90.0),
        (meridian, lat_cut),
        *zip(body_lons, body_lats),
        (end, lat_cut),
        (end, 90.0),
        (meridian, 90.0),
    ]
    coords = np.asarray(coords)
    keep = np.concatenate([[True], np.any(np.abs(np.diff(coords, axis=0)) > 1e-12, axis=1)])
    return coords[keep]


def _around_pole_to_lonlat(poly: Polygon) -> Polygon:
    xs, ys = np.asarray(poly.exterior.coords).T
    lon, lat = _TO_GEO.transform(xs, ys)
    ring = np.column_stack([lon, lat])
    holes = []
    for interior in poly.interiors:
        hx, hy = np.asarray(interior.coords).T
        hole = unwrap_antimeridian(Polygon(np.column_stack(_TO_GEO.transform(hx, hy))))
        holes.append(np.asarray(hole.exterior.coords))
    # The cut must cross the outer ring once and miss every hole (an island under the ice).
    for meridian in _CUT_MERIDIANS:
        cut = _cut_ring(ring, meridian)
        if cut is None:
            continue
        lo, hi = cut[:, 0].min(), cut[:, 0].max()
        shifted = []
        for hole in holes:
            hole = hole.copy()
            hole[:, 0] += 360.0 * np.round(((lo + hi) / 2 - hole[:, 0].mean()) / 360.0)
            shifted.append(hole)
        candidate = Polygon(cut, shifted)
        if candidate.is_valid:
            return candidate
    raise ValueError("no meridian in _CUT_MERIDIANS cuts this polar polygon into a valid lon/lat ring")


def stored_geometry(geom_polar: BaseGeometry) -> BaseGeometry:
    """EPSG:3413 (multi)polygon -> EPSG:4326 as stored: unwrapped past 180° where a part
    crosses the antimeridian, cut open along a meridian where a part contains the pole."""
    pole = Point(0.0, 0.0)
    parts = []
    for part in shapely.get_parts(geom_polar):
        if part.contains(pole):
            parts.append(_around_pole_to_lonlat(part))
        else:
            lonlat = shapely.transform(part, lambda xy: np.column_stack(_TO_GEO.transform(xy[:, 0], xy[:, 1])))
            parts.append(unwrap_antimeridian(lonlat))
    flat = [p for g in parts for p in shapely.get_parts(g) if p.geom_type == "Polygon"]
    return MultiPolygon(flat)
