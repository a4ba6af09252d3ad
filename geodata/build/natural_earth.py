"""Build ``states``, ``territories`` and ``land`` from Natural Earth 1:50m (npm world-atlas).

Steps, and why:
1. Read the TopoJSON with pyogrio; it comes back with no CRS, so set EPSG:4326.
2. Drop southern-hemisphere parts *by their coordinates* (Antarctica wraps the whole world,
   and Norway's feature carries Bouvet Island) before any projection.
3. Project to EPSG:3413 and only then ``make_valid`` and clip to the cap north of
   :data:`geodata.settings.MAP_EXTENT_MIN_LAT`: Natural Earth's Russia and Wrangel Island
   span -180..180 as single polygons that are valid only in a polar CRS.
4. Cut Svalbard, Jan Mayen and Alaska out of Norway and the USA by where their parts lie;
   Greenland, the Faroes and Åland are separate Natural Earth features already.
5. Dissolve territories into states, go back to EPSG:4326 with antimeridian-crossing parts
   unwrapped past 180°, and write GeoJSON with 5 decimals (~1 m).
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiPolygon

from ..geometry import polar_cap, polygonal_part, unwrap_antimeridian
from ..measure import area_km2
from ..settings import GEOGRAPHIC_CRS, MAP_EXTENT_MIN_LAT, POLAR_CRS
from .npm import npm_package_dir
from .output import write_layer

__all__ = [
    "STATE_ATTRIBUTES",
    "WORLD_ATLAS",
    "build_land",
    "build_states",
    "clip_to_extent",
    "read_world_atlas",
    "source_state_features",
]

#: The pinned npm package holding Natural Earth 1:50m as TopoJSON (ISO 3166 numeric ids).
WORLD_ATLAS = ("world-atlas", "2.0.2")

#: Natural Earth feature ids (ISO 3166-1 numeric) making up each Arctic state's row.
STATE_SOURCE_IDS: dict[str, tuple[str, ...]] = {
    "USA": ("840",),
    "CAN": ("124",),
    "DNK": ("208", "304", "234"),  # Denmark, Greenland, Faroe Islands
    "FIN": ("246", "248"),  # Finland, Åland
    "ISL": ("352",),
    "NOR": ("578",),  # includes Svalbard and Jan Mayen
    "SWE": ("752",),
    "RUS": ("643",),
}

#: Attributes of each state (NATO accession years from nato.int "Member countries").
STATE_ATTRIBUTES: dict[str, dict] = {
    "USA": {"name": "United States", "capital": "Washington", "nato_since": 1949},
    "CAN": {"name": "Canada", "capital": "Ottawa", "nato_since": 1949},
    "DNK": {"name": "Denmark", "capital": "Copenhagen", "nato_since": 1949, "map_label": "Greenland (Denmark)"},
    "FIN": {"name": "Finland", "capital": "Helsinki", "nato_since": 2023},
    "ISL": {"name": "Iceland", "capital": "Reykjavík", "nato_since": 1949},
    "NOR": {"name": "Norway", "capital": "Oslo", "nato_since": 1949},
    "SWE": {"name": "Sweden", "capital": "Stockholm", "nato_since": 2024},
    "RUS": {"name": "Russia", "capital": "Moscow", "nato_since": None},
}

#: Territories cut out of a state's feature: (iso3, source id) -> [(territory, status, test)].
#: ``test(lon, lat)`` is applied to each part's representative point (degrees).
_CUT_TERRITORIES = {
    "578": [
        (
            "Svalbard",
            "Norwegian sovereignty under the Svalbard Treaty (1920)",
            lambda lon, lat: 74.0 <= lat <= 81.5 and 9.0 <= lon <= 35.0,
        ),
        (
            "Jan Mayen",
            "Integral part of the Kingdom of Norway",
            lambda lon, lat: 70.5 <= lat <= 71.5 and -9.5 <= lon <= -7.5,
        ),
    ],
    "840": [
        ("Alaska", "State of the United States", lambda lon, lat: lat > 50.0 and (lon < -129.0 or lon > 170.0)),
    ],
}

#: Features that are territories of their own: source id -> (territory, status).
_WHOLE_TERRITORIES = {
    "304": ("Greenland", "Autonomous territory within the Kingdom of Denmark"),
    "234": ("Faroe Islands", "Autonomous territory within the Kingdom of Denmark"),
    "248": ("Åland", "Autonomous region of Finland"),
}


def read_world_atlas(layer: str, package_dir: Path | None = None) -> gpd.GeoDataFrame:
    """Read ``countries`` or ``land`` from world-atlas' ``*-50m.json``, EPSG:4326."""
    package_dir = package_dir or npm_package_dir(*WORLD_ATLAS)
    path = package_dir / ("countries-50m.json" if layer == "countries" else "land-50m.json")
    return gpd.read_file(path, layer=layer).set_crs(GEOGRAPHIC_CRS)


def _drop_southern_parts(geom) -> MultiPolygon | None:
    """Parts of ``geom`` that reach north of the equator, judged by coordinates alone."""
    keep = [p for p in shapely.get_parts(geom) if np.asarray(p.exterior.coords)[:, 1].max() > 0]
    return MultiPolygon(keep) if keep else None


def clip_to_extent(gdf: gpd.GeoDataFrame, min_lat: float = MAP_EXTENT_MIN_LAT) -> gpd.GeoDataFrame:
    """Project ``gdf`` (EPSG:4326) to EPSG:3413, repair it and clip it to the cap north of ``min_lat``.

    Returns polygons in EPSG:3413; rows left empty are dropped.
    """
    northern = gdf.assign(geometry=[_drop_southern_parts(g) for g in gdf.geometry])
    northern = northern[northern.geometry.notna()].to_crs(POLAR_CRS)
    cap = polar_cap(min_lat, POLAR_CRS)
    clipped = [polygonal_part(shapely.intersection(shapely.make_valid(g), cap)) for g in northern.geometry]
    out = northern.assign(geometry=clipped)
    return out[out.geometry.notna()].reset_index(drop=True)


def source_state_features(package_dir: Path | None = None) -> gpd.GeoDataFrame:
    """The source features of the eight states, clipped like the build (EPSG:3413), one row per
    Natural Earth feature with its ``iso3``. Used by the build and by the area tests."""
    countries = read_world_atlas("countries", package_dir)
    id_to_iso3 = {sid: iso3 for iso3, ids in STATE_SOURCE_IDS.items() for sid in ids}
    selected = countries[countries["id"].isin(id_to_iso3)].copy()
    selected["iso3"] = selected["id"].map(id_to_iso3)
    return clip_to_extent(selected)


def _territories(features: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Split the state features (EPSG:3413) into named territories."""
    to_geo = lambda pt: gpd.GeoSeries([pt], crs=POLAR_CRS).to_crs(GEOGRAPHIC_CRS).iloc[0]  # noqa: E731
    rows = []
    for feat in features.itertuples():
        iso3, sid = feat.iso3, feat.id
        state_name = STATE_ATTRIBUTES[iso3]["name"]
        if sid in _WHOLE_TERRITORIES:
            territory, status = _WHOLE_TERRITORIES[sid]
            rows.append((iso3, territory, status, feat.geometry))
            continue
        buckets: dict[str, list] = {}
        statuses = {}
        for part in shapely.get_parts(feat.geometry):
            pt = to_geo(part.representative_point())
            name = f"{state_name} (mainland and other islands)" if sid in _CUT_TERRITORIES else state_name
            for territory, status, test in _CUT_TERRITORIES.get(sid, []):
                if test(pt.x, pt.y):
                    name = territory
                    statuses[territory] = status
                    break
            buckets.setdefault(name, []).append(part)
        for name, parts in buckets.items():
            status = statuses.get(name, "Metropolitan territory of the state")
            rows.append((iso3, name, status, shapely.union_all(parts)))
    out = gpd.GeoDataFrame(rows, columns=["iso3", "territory", "status", "geometry"], crs=POLAR_CRS)
    out["sovereign"] = out["iso3"].map(lambda c: STATE_ATTRIBUTES[c]["name"])
    return out


def _to_stored(gdf_polar: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """EPSG:3413 -> EPSG:4326 with antimeridian-crossing parts unwrapped, plus ``area_km2``."""
    out = gdf_polar.to_crs(GEOGRAPHIC_CRS)
    out["geometry"] = [unwrap_antimeridian(g) for g in out.geometry]
    out["area_km2"] = area_km2(gdf_polar).round(0)
    return out


def _nato_status(year) -> str:
    if year is None or pd.isna(year):
        return "Not a member"
    return f"Member since {int(year)}" + (" (founding member)" if int(year) == 1949 else "")


def build_states() -> list[Path]:
    """Write ``states.geojson`` and ``territories.geojson``; return their paths."""
    territories = _territories(source_state_features())
    states = territories.dissolve(by="iso3", as_index=False, aggfunc={"territory": lambda s: "; ".join(sorted(s))})
    states = states.rename(columns={"territory": "parts"})
    states["geometry"] = [shapely.make_valid(g) for g in states.geometry]
    for column in ("name", "capital", "nato_since"):
        states[column] = states["iso3"].map(lambda c, col=column: STATE_ATTRIBUTES[c][col])
    states["nato_since"] = states["nato_since"].astype("Int64")
    states["nato_member"] = states["nato_since"].notna()
    states["nato_status"] = states["nato_since"].map(_nato_status)
    states["arctic_council"] = True
    states["arctic_council_role"] = "Member state (founding, 1996)"
    states["map_label"] = states["iso3"].map(
        lambda c: STATE_ATTRIBUTES[c].get("map_label", STATE_ATTRIBUTES[c]["name"])
    )
    order = list(STATE_ATTRIBUTES)
    states = states.set_index("iso3").loc[order].reset_index()
    states = states[
        [
            "iso3",
            "name",
            "capital",
            "nato_since",
            "nato_member",
            "nato_status",
            "arctic_council",
            "arctic_council_role",
            "parts",
            "map_label",
            "geometry",
        ]
    ]
    territories = territories[["iso3", "sovereign", "territory", "status", "geometry"]]
    return [
        write_layer(_to_stored(states), "states"),
        write_layer(_to_stored(territories), "territories"),
    ]


def build_land() -> list[Path]:
    """Write ``land.geojson``: Natural Earth 1:50m land north of the map extent, one row per polygon."""
    land = clip_to_extent(read_world_atlas("land"))
    parts = gpd.GeoDataFrame(geometry=list(shapely.get_parts(shapely.union_all(land.geometry.values))), crs=POLAR_CRS)
    parts = parts[area_km2(parts) > 1.0].reset_index(drop=True)  # drop specks under 1 km²
    parts["geometry"] = [MultiPolygon([g]) for g in parts.geometry]
    return [write_layer(_to_stored(parts), "land")]


#: Build targets found by ``python -m geodata.build``.
BUILDERS = {"states": build_states, "land": build_land}
