"""Computed reference layers (EPSG:4326): the Arctic Circle and a polar graticule."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString

from .geometry import latitude_circle
from .settings import GEOGRAPHIC_CRS, MAP_EXTENT_MIN_LAT

__all__ = ["ARCTIC_CIRCLE_LAT", "arctic_circle", "graticule"]

#: 66°33′49″N in decimal degrees.
ARCTIC_CIRCLE_LAT: float = 66 + 33 / 60 + 49 / 3600


def arctic_circle() -> gpd.GeoDataFrame:
    """The Arctic Circle as one closed line, EPSG:4326."""
    return gpd.GeoDataFrame(
        {"name": ["Arctic Circle"], "latitude": [ARCTIC_CIRCLE_LAT], "latitude_dms": ["66°33′49″N"]},
        geometry=[latitude_circle(ARCTIC_CIRCLE_LAT, step_deg=0.25)],
        crs=GEOGRAPHIC_CRS,
    )


def graticule(
    parallel_step: float = 10.0, meridian_step: float = 30.0, min_lat: float = MAP_EXTENT_MIN_LAT
) -> gpd.GeoDataFrame:
    """Parallels every ``parallel_step``° from ``min_lat`` to 80°N and meridians every
    ``meridian_step``° from ``min_lat`` to 89°N, EPSG:4326.

    Columns: ``kind`` (parallel | meridian), ``value`` (degrees), ``label`` (e.g. "60°N", "30°W").
    """
    rows = []
    for lat in np.arange(min_lat, 80.0 + 1e-9, parallel_step):
        rows.append(
            {
                "kind": "parallel",
                "value": float(lat),
                "label": f"{lat:.0f}°N",
                "geometry": latitude_circle(float(lat), step_deg=0.25),
            }
        )
    for lon in np.arange(-180.0, 180.0, meridian_step):
        lats = np.linspace(min_lat, 89.0, 50)
        hemi = "E" if lon > 0 else ("W" if lon < 0 else "")
        label = "180°" if lon == -180 else f"{abs(lon):.0f}°{hemi}"
        rows.append(
            {
                "kind": "meridian",
                "value": float(lon),
                "label": label,
                "geometry": LineString(np.column_stack([np.full_like(lats, lon), lats])),
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=GEOGRAPHIC_CRS)
