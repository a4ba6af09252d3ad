"""Sea paths over the ``searoute`` maritime network, with or without the Arctic passages.

``searoute`` 1.6.0 (PyPI, Apache-2.0) ships a global maritime network whose edges carry a
``passage`` tag. Its Arctic edges are tagged ``"northwest"``: six in the Chukchi Sea just
north of the Bering Strait (the Pacific gate of *both* the Northern Sea Route and the
Northwest Passage) and six in Lancaster Sound and Barrow Strait (Parry Channel, the Atlantic
gate of the Northwest Passage). There is no "northeast" tag. So:

- ``restrictions=[]`` lets a path use every Arctic passage;
- ``restrictions=["northwest"]`` (searoute's own default) closes the Arctic to through
  traffic: Atlantic ports still reach the Barents and Kara Seas, Pacific ports the Bering Sea.

One edge is left out: searoute joins (180°, 60°N) to (180°, 70°N) straight across Chukotka
(an antimeridian stitch, tagged ``"segment"``), which would let a "restricted" path slip
from the Bering Sea into the Chukchi Sea over land. Without it, the Arctic seas east of the
Kara Sea are reachable only through the tagged gates.

searoute keeps one network per process and sets the restrictions *on that shared object*
before each search, so two threads (Streamlit sessions) routing at once could see each
other's restrictions; every call here holds :data:`_SEAROUTE_LOCK`.

All coordinates are EPSG:4326 degrees, (lon, lat). Paths come back with continuous
longitudes (a path crossing the antimeridian runs on past 180°, see
:func:`geodata.geometry.unwrap_antimeridian`) and densified along geodesics, so a straight
segment drawn in a polar CRS follows the great circle that was measured.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import searoute
from shapely.geometry import LineString

from .geometry import unwrap_antimeridian
from .measure import WGS84

__all__ = [
    "ARCTIC_PASSAGE_TAGS",
    "DROPPED_EDGES",
    "densify_geodesic",
    "geodesic_path",
    "join_paths",
    "sea_path",
]

#: searoute passage tags on the Arctic edges (see the module docstring).
ARCTIC_PASSAGE_TAGS: tuple[str, ...] = ("northwest",)

#: Longest straight piece left in a returned path, km (keeps drawn lines on the great circle).
MAX_SEGMENT_KM = 50.0

#: Network edges dropped because they cross land (see the module docstring).
DROPPED_EDGES: tuple[tuple[tuple[float, float], tuple[float, float]], ...] = (((180, 60), (180, 70)),)

_SEAROUTE_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _networks() -> tuple[searoute.Marnet, searoute.Ports]:
    """Our own copy of searoute's maritime network without :data:`DROPPED_EDGES`, and its ports."""
    from searoute.data.marnet_dict import edge_list, node_list

    adjacency = {node: dict(neighbours) for node, neighbours in edge_list.items()}
    for u, v in DROPPED_EDGES:
        adjacency[u].pop(v, None)
        adjacency[v].pop(u, None)
    marnet = searoute.from_nodes_edges_set(searoute.Marnet(), dict(node_list), adjacency)
    return marnet, searoute.setup_P()


LonLat = tuple[float, float]


def densify_geodesic(coords: Sequence[LonLat] | np.ndarray, max_km: float = MAX_SEGMENT_KM) -> np.ndarray:
    """Insert points along the WGS 84 geodesic so no segment is longer than ``max_km``.

    ``coords`` is an (n, 2) sequence of lon/lat degrees with continuous longitudes; the
    result keeps them continuous (inserted longitudes are unwrapped to their neighbours).
    """
    pts = np.asarray(coords, dtype=float)
    out = [pts[0]]
    for (lon1, lat1), (lon2, lat2) in zip(pts[:-1], pts[1:]):
        _, _, dist_m = WGS84.inv(lon1, lat1, lon2, lat2)
        n_extra = int(np.ceil(dist_m / 1000.0 / max_km)) - 1
        if n_extra > 0:
            mid = np.asarray(WGS84.npts(lon1, lat1, lon2, lat2, n_extra))
            # npts answers in -180..180; bring each point next to the segment's start.
            mid[:, 0] = lon1 + (mid[:, 0] - lon1 + 180.0) % 360.0 - 180.0
            out.extend(mid)
        out.append(np.array([lon2, lat2]))
    return np.vstack(out)


def _continuous(coords: np.ndarray) -> np.ndarray:
    """Drop repeated vertices and make longitudes continuous (no jump over 180°)."""
    keep = np.ones(len(coords), dtype=bool)
    keep[1:] = np.any(np.abs(np.diff(coords, axis=0)) > 1e-9, axis=1)
    coords = coords[keep]
    if len(coords) < 2:
        return coords
    return np.asarray(unwrap_antimeridian(LineString(coords)).coords)


def geodesic_path(waypoints: Sequence[LonLat]) -> LineString:
    """Waypoints joined by geodesics (EPSG:4326, continuous longitudes, densified)."""
    coords = _continuous(np.asarray(waypoints, dtype=float))
    return LineString(densify_geodesic(coords))


def sea_path(
    origin: LonLat,
    destination: LonLat,
    *,
    arctic: bool,
    append_ends: bool = True,
) -> LineString | None:
    """Shortest path over the searoute network from ``origin`` to ``destination`` (lon, lat).

    Parameters
    ----------
    origin, destination : (lon, lat) in degrees, EPSG:4326.
    arctic : True lets the path use the Arctic passages (NSR, Northwest Passage); False
        restricts the ``"northwest"``-tagged edges, as conventional shipping does.
    append_ends : start and end the line at ``origin`` and ``destination`` themselves, not
        only at the network nodes nearest to them.

    Returns
    -------
    LineString in EPSG:4326 with continuous longitudes, densified along geodesics; None
    when the restrictions leave no path (e.g. to an Arctic port with ``arctic=False``).
    """
    restrictions = [] if arctic else list(ARCTIC_PASSAGE_TAGS)
    marnet, ports = _networks()
    with _SEAROUTE_LOCK, warnings.catch_warnings():
        # searoute warns (rather than raises) when restrictions leave no path.
        warnings.simplefilter("ignore")
        # The ends are added here, not by append_orig_dest: with no path, searoute would
        # return the bare origin-destination pair as if it were a route.
        feature = searoute.searoute(
            list(origin),
            list(destination),
            units="km",
            M=marnet,
            P=ports,
            restrictions=restrictions,
            append_orig_dest=False,
        )
    coords = np.asarray(feature["geometry"]["coordinates"], dtype=float)
    if coords.ndim != 2 or len(coords) < 2:
        return None
    if append_ends:
        coords = np.vstack([np.asarray(origin, float), coords, np.asarray(destination, float)])
    coords = _continuous(coords)
    if len(coords) < 2:
        return None
    return LineString(densify_geodesic(coords))


def join_paths(lines: Sequence[LineString]) -> LineString:
    """Join consecutive paths end to start into one line with continuous longitudes."""
    coords = np.vstack([np.asarray(line.coords) for line in lines])
    return LineString(_continuous(coords))
