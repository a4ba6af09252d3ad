"""Measurements on the ellipsoid: areas in an equal-area CRS, lengths with pyproj.Geod.

Never measure in EPSG:3413 metres: its scale is true only at 70°N (about 3% off at 60°N
and 6% at the pole, more further south).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import Geod

from .settings import EQUAL_AREA_CRS

__all__ = ["KM_PER_NM", "WGS84", "area_km2", "geodesic_length_km"]

WGS84 = Geod(ellps="WGS84")

#: Kilometres in one international nautical mile (exact, by definition).
KM_PER_NM = 1.852


def area_km2(gdf: gpd.GeoDataFrame | gpd.GeoSeries) -> pd.Series:
    """Area of each geometry in km², computed in the equal-area EPSG:6931 (EASE-Grid 2.0 North).

    ``gdf`` may be in any CRS; it must cover only the northern hemisphere (EPSG:6931 is a
    Lambert azimuthal projection centred on the North Pole, exact for area everywhere, but
    southern-hemisphere shapes wrap around its edge).
    """
    series = gdf.geometry if isinstance(gdf, gpd.GeoDataFrame) else gdf
    return series.to_crs(EQUAL_AREA_CRS).area / 1e6


def geodesic_length_km(gdf: gpd.GeoDataFrame | gpd.GeoSeries) -> pd.Series:
    """Length of each (multi)line on the WGS 84 ellipsoid in km; ``gdf`` must be EPSG:4326."""
    series = gdf.geometry if isinstance(gdf, gpd.GeoDataFrame) else gdf
    if series.crs is None or series.crs.to_epsg() != 4326:
        raise ValueError("geodesic_length_km needs EPSG:4326 geometries")
    return pd.Series(
        [WGS84.geometry_length(g) / 1000.0 if g is not None else np.nan for g in series],
        index=series.index,
    )
