"""Build ``resources`` (USGS CARA 2008 provinces) and ``resource_projects`` (points).

Inputs are cited tables under ``geodata/sources/``:

- ``cara_provinces.csv``: the 25 quantitatively assessed provinces of the USGS Circum-Arctic
  Resource Appraisal with their mean undiscovered oil (MMBO), gas (BCFG) and NGL (MMBNGL) from
  Table 1 of USGS Fact Sheet 2008-3049, and an outline of a dozen to a few dozen vertices
  copied by eye from the province map (Figure 1) of the same fact sheet.
- ``resource_projects.csv``: major producing and planned projects, one cited row each.

Outlines are densified along lon/lat, built in EPSG:3413 and clipped to the Arctic Circle,
the limit of the assessment (provinces such as Lena-Vilyui extend further south but only
their Arctic part was assessed).
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..measure import area_km2
from ..reference import ARCTIC_CIRCLE_LAT
from ..settings import GEOGRAPHIC_CRS, POLAR_CRS
from .output import write_layer
from .polar_shapes import outline_polygon, parse_outline, stored_geometry

__all__ = [
    "BOE_CLASSES",
    "CARA_CSV",
    "PROJECTS_CSV",
    "PROJECT_KINDS",
    "PROJECT_STATUSES",
    "build_resource_projects",
    "build_resources",
    "potential_class",
    "read_cara_table",
    "read_projects_table",
]

SOURCES_DIR = Path(__file__).resolve().parent.parent / "sources"
CARA_CSV = SOURCES_DIR / "cara_provinces.csv"
PROJECTS_CSV = SOURCES_DIR / "resource_projects.csv"

#: Classes of undiscovered oil-equivalent (billion barrels), largest first: (key, lower bound).
BOE_CLASSES: tuple[tuple[str, float], ...] = (
    ("very high", 50.0),
    ("high", 10.0),
    ("moderate", 2.0),
    ("low", 0.0),
)

PROJECT_KINDS = ("oil", "gas/LNG", "minerals/rare earths", "mine")
PROJECT_STATUSES = ("producing", "under development", "planned", "suspended", "sanctioned")

#: Gas to oil-equivalent: 6,000 cubic feet of gas = 1 barrel (the USGS convention in CARA).
CUBIC_FEET_PER_BOE = 6000.0


def potential_class(boe_bbo: float) -> str:
    """The :data:`BOE_CLASSES` key for ``boe_bbo`` billion barrels of oil equivalent."""
    if boe_bbo < 0:
        raise ValueError(f"oil-equivalent must be >= 0, got {boe_bbo}")
    return next(key for key, lower in BOE_CLASSES if boe_bbo >= lower)


def read_cara_table(path: Path = CARA_CSV) -> pd.DataFrame:
    """The CARA table with volumes converted to billions: ``oil_bbo``, ``gas_tcf``,
    ``ngl_bbo``, ``boe_bbo`` (oil + NGL + gas / 6) and ``potential_class``."""
    table = pd.read_csv(path, dtype={"code": str, "states": str})
    missing = table[table["source"].isna() | table["outline"].isna()]
    if len(missing):
        raise ValueError(f"{path.name}: rows without source or outline: {', '.join(missing['code'])}")
    table["oil_bbo"] = (table["oil_mmbo"] / 1000.0).round(3)
    table["gas_tcf"] = (table["gas_bcfg"] / 1000.0).round(2)
    table["ngl_bbo"] = (table["ngl_mmbngl"] / 1000.0).round(3)
    boe = table["oil_mmbo"] + table["ngl_mmbngl"] + table["gas_bcfg"] * 1e9 / CUBIC_FEET_PER_BOE / 1e6
    table["boe_bbo"] = (boe / 1000.0).round(3)
    table["boe_published_bbo"] = (table["boe_mmboe_published"] / 1000.0).round(3)
    table["potential_class"] = table["boe_bbo"].map(potential_class)
    return table


def build_resources() -> list[Path]:
    """Write ``resources.geojson``: one simplified polygon per CARA province, EPSG:4326."""
    table = read_cara_table()
    polar = [outline_polygon(parse_outline(text), min_lat=ARCTIC_CIRCLE_LAT) for text in table["outline"]]
    gdf = gpd.GeoDataFrame(table, geometry=polar, crs=POLAR_CRS)
    gdf["area_km2"] = area_km2(gdf).round(-2)
    gdf["geometry"] = [stored_geometry(g) for g in gdf.geometry]
    gdf = gdf.set_crs(GEOGRAPHIC_CRS, allow_override=True)
    gdf = gdf.sort_values("boe_bbo", ascending=False)
    columns = [
        "province",
        "code",
        "oil_bbo",
        "gas_tcf",
        "ngl_bbo",
        "boe_bbo",
        "boe_published_bbo",
        "potential_class",
        "states",
        "area_km2",
        "source",
        "geometry",
    ]
    return [write_layer(gdf[columns].reset_index(drop=True), "resources")]


def read_projects_table(path: Path = PROJECTS_CSV) -> pd.DataFrame:
    """The projects table, checked: known ``kind`` and ``status``, coordinates in range, a source."""
    table = pd.read_csv(path)
    for column, allowed in (("kind", PROJECT_KINDS), ("status", PROJECT_STATUSES)):
        bad = table[~table[column].isin(allowed)]
        if len(bad):
            raise ValueError(f"{path.name}: {column} of {', '.join(bad['name'])} not in {allowed}")
    bad = table[~table["lat"].between(-90, 90) | ~table["lon"].between(-180, 180) | table["source"].isna()]
    if len(bad):
        raise ValueError(f"{path.name}: bad coordinates or missing source: {', '.join(bad['name'])}")
    return table


def build_resource_projects() -> list[Path]:
    """Write ``resource_projects.geojson``: one point per project, EPSG:4326."""
    table = read_projects_table()
    gdf = gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(table["lon"], table["lat"]), crs=GEOGRAPHIC_CRS)
    return [write_layer(gdf, "resource_projects")]


#: Build targets found by ``python -m geodata.build``.
BUILDERS = {"resources": build_resources, "resource_projects": build_resource_projects}
