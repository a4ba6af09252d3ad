"""Reading the built point tables that are not map layers (the gazetteer, the world ports)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd

from .settings import GEOGRAPHIC_CRS

__all__ = ["read_point_table_file"]


def read_point_table_file(
    path: Path, target: str, columns: Sequence[str], text_columns: Sequence[str] = ()
) -> gpd.GeoDataFrame:
    """The built GeoJSON ``path`` in EPSG:4326 with ``columns`` (plus ``geometry``), indexed
    0..n-1; ``text_columns`` have empty cells as "" (GeoJSON stores them as null).

    Raises ``FileNotFoundError`` naming the build ``target`` that writes the file.
    """
    if not path.exists():
        raise FileNotFoundError(f"{target}: {path} is missing; rebuild it with `python -m geodata.build {target}`")
    gdf = gpd.read_file(path)
    gdf = gdf.set_crs(GEOGRAPHIC_CRS) if gdf.crs is None else gdf.to_crs(GEOGRAPHIC_CRS)
    for column in text_columns:
        gdf[column] = gdf[column].fillna("").astype(str)
    return gdf[[*columns, "geometry"]].reset_index(drop=True)
