"""Serve registered layers by name as GeoDataFrames in EPSG:4326."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import geopandas as gpd

from .catalog import LAYERS, by_name
from .registry import LayerSpec
from .settings import DATA_DIR, GEOGRAPHIC_CRS

__all__ = ["layer", "layer_names", "layer_path", "layer_spec", "layer_specs"]


def layer_names() -> list[str]:
    """Names of every registered layer, in sidebar order (grouped)."""
    return [spec.name for spec in LAYERS]


def layer_specs() -> tuple[LayerSpec, ...]:
    """Every registered :class:`LayerSpec`, in sidebar order."""
    return LAYERS


def layer_spec(name: str) -> LayerSpec:
    """The registry entry of layer ``name`` (``KeyError`` naming the known layers otherwise)."""
    return by_name(name)


def layer_path(name: str) -> Path:
    """The committed data file of layer ``name`` (its spec's ``file`` under ``geodata/data``),
    which the loader reads and its builder writes; ``ValueError`` for a computed layer."""
    spec = by_name(name)
    if spec.file is None:
        raise ValueError(f"layer {name!r} is computed when loaded; it has no data file")
    return DATA_DIR / spec.file


@cache
def _load(name: str) -> gpd.GeoDataFrame:
    spec = by_name(name)
    if spec.file is not None:
        path = layer_path(name)
        if not path.exists():
            raise FileNotFoundError(f"layer {name!r}: {path} is missing; rebuild it with `{spec.rebuilt_by}`")
        gdf = gpd.read_file(path)
    else:
        assert spec.compute is not None
        gdf = spec.compute()
    gdf = _integer_columns(gdf)
    if gdf.crs is None:
        gdf = gdf.set_crs(GEOGRAPHIC_CRS)
    elif not gdf.crs.equals(GEOGRAPHIC_CRS):
        gdf = gdf.to_crs(GEOGRAPHIC_CRS)
    return gdf


def _integer_columns(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Whole-number columns with gaps come back from GeoJSON as floats (1949.0, NaN); give them
    pandas' nullable integer type so a year reads 1949, not 1949.0."""
    for column in gdf.columns:
        values = gdf[column]
        if column != "geometry" and values.dtype.kind == "f" and values.notna().any():
            present = values.dropna()
            if (present == present.round()).all() and values.isna().any():
                gdf[column] = values.astype("Int64")
    return gdf


def layer(name: str) -> gpd.GeoDataFrame:
    """Layer ``name`` as a GeoDataFrame in EPSG:4326 (lon/lat degrees).

    Polygons that cross the antimeridian carry longitudes past 180° (see
    :func:`geodata.geometry.unwrap_antimeridian`); project them before measuring or drawing.
    Returns a fresh copy each call, so callers may modify it.
    """
    return _load(name).copy()
