"""Writing the committed data files: one GeoJSON writer for every builder."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd

from ..layers import layer_path
from ..settings import DATA_DIR

__all__ = ["write_geojson", "write_layer"]


def write_layer(gdf: gpd.GeoDataFrame, name: str, decimals: int = 5) -> Path:
    """Write ``gdf`` (EPSG:4326) to the data file that layer ``name``'s registry spec names
    (:func:`geodata.layers.layer_path`), with ``decimals`` coordinate decimals."""
    return write_geojson(gdf, layer_path(name), decimals)


def write_geojson(gdf: gpd.GeoDataFrame, filename: str | Path, decimals: int = 5) -> Path:
    """Write ``gdf`` (EPSG:4326) as GeoJSON with ``decimals`` coordinate decimals (5 ≈ 1 m).

    ``filename`` is relative to ``geodata/data`` unless absolute. The file is replaced whole
    (the GeoJSON driver will not overwrite in place). Longitudes past 180° are kept as they
    are (RFC 7946 mode would wrap them and cut antimeridian-crossing polygons).
    """
    path = Path(filename) if Path(filename).is_absolute() else DATA_DIR / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    gdf.to_file(
        path, driver="GeoJSON", engine="pyogrio", layer_options={"COORDINATE_PRECISION": decimals, "RFC7946": "NO"}
    )
    return path
