"""Build ``shelf_claims``: extended continental shelf submissions to the UN CLCS in the central
Arctic Ocean (Russia 2015, Denmark/Greenland 2014, Canada 2019), as simplified outlines.

Each claim is typed in as a ring of (lon, lat) vertices copied by eye from the map in the
submission's executive summary. The ring's landward side is deliberately drawn on land: what
is kept is the part of the ring more than 200 nautical miles from any coast (the extended
shelf begins where the 200-nm zones end), computed in the equal-area EPSG:6931 from the
Natural Earth land, so the coastal side needs no typing. All three claims wind around the
North Pole and overlap each other there and on the Lomonosov Ridge.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import shapely

from ..layers import layer
from ..measure import area_km2
from ..settings import EQUAL_AREA_CRS, GEOGRAPHIC_CRS, POLAR_CRS
from .output import write_layer
from .polar_shapes import outline_polygon, stored_geometry

__all__ = ["NAUTICAL_MILE_M", "SHELF_CLAIMS", "beyond_200nm", "build_shelf_claims"]

NAUTICAL_MILE_M = 1852.0
_EEZ_WIDTH_M = 200 * NAUTICAL_MILE_M
_MIN_PART_KM2 = 20_000.0

_CLCS = "UN Commission on the Limits of the Continental Shelf (CLCS), submissions page"

#: One dict per claim: attributes, the published area and the ring (lon, lat) typed from the
#: submission map. Rings wind once around the pole; vertices on land are cut off by the build.
SHELF_CLAIMS: tuple[dict, ...] = (
    {
        "iso3": "RUS",
        "claimant": "Russian Federation",
        "submitted": "2015-08-03",
        "status": "CLCS recommendations adopted February 2023; 2021 addenda under consideration",
        "published_area_km2": 1_200_000,
        "note": (
            "Partial revised submission in respect of the Arctic Ocean (first submitted 2001-12-20). "
            "Claims the Lomonosov Ridge and Mendeleev Rise as natural prolongations of the Siberian "
            "shelf, including the North Pole; two addenda of 2021 extend it further towards Canada "
            "and Greenland (not drawn)."
        ),
        "source": f"{_CLCS}: Russian Federation, partial revised submission (2015), executive summary map",
        "ring": (
            # landward side, kept within 200 nm of Franz Josef Land, Severnaya Zemlya and the
            # New Siberian Islands (so the Barents Sea "Loophole", not part of this
            # submission, stays out); the 1990 USA-USSR line meridian; past the pole
            (32.07, 80.5),
            (60, 80.5),
            (80, 79.5),
            (100, 79.0),
            (140, 75.0),
            (180, 71.0),
            (191.03, 68.0),
            (191.03, 80.0),
            (191.03, 86.0),
            (-140, 88.2),
            (-90, 88.5),
            (-45, 88.6),
            # back along the Eurasian flank of the Lomonosov Ridge, then west along the outer
            # limit on the Eurasian Basin margin: the Gakkel Ridge area between stays unclaimed
            # (the 2021 addenda claim it)
            (0, 88.6),
            (40, 88.6),
            (80, 88.0),
            (110, 86.8),
            (128, 84.5),
            (135, 82.5),
            (120, 83.0),
            (110, 84.0),
            (90, 84.8),
            (60, 85.0),
            (32.07, 84.6),
        ),
    },
    {
        "iso3": "DNK",
        "claimant": "Kingdom of Denmark (Greenland)",
        "submitted": "2014-12-15",
        "status": "Under consideration by the CLCS",
        "published_area_km2": 895_000,
        "note": (
            "Partial submission for the northern continental shelf of Greenland, from the Greenland "
            "200-nm line across the Lomonosov Ridge and the North Pole to Russia's 200-nm line."
        ),
        "source": f"{_CLCS}: Kingdom of Denmark, partial submission 'Northern Continental Shelf of Greenland' (2014), executive summary",
        "ring": (
            (-60, 82.0),
            (-40, 83.0),
            (-20, 82.0),
            (-10, 81.5),
            (0, 84.8),
            (20, 86.2),
            (50, 86.8),
            (80, 86.2),
            (105, 84.5),
            (125, 82.0),
            (140, 76.0),
            (155, 76.0),
            (160, 83.5),
            (175, 86.8),
            (-150, 88.3),
            (-110, 88.0),
            (-80, 86.0),
            (-64, 84.0),
        ),
    },
    {
        "iso3": "CAN",
        "claimant": "Canada",
        "submitted": "2019-05-23",
        "status": "Under consideration by the CLCS (addendum submitted 2022-12-19)",
        "published_area_km2": 1_200_000,
        "note": (
            "Partial submission in respect of the Arctic Ocean: the Canada Basin and the Alpha and "
            "Lomonosov ridges, including the North Pole; the 2022 addendum extended it along the "
            "Alpha-Mendeleev Ridge (not drawn)."
        ),
        "source": f"{_CLCS}: Canada, partial submission in respect of the Arctic Ocean (2019), executive summary",
        "ring": (
            (-141, 69.5),
            (-148, 76.0),
            (-158, 80.0),
            (-170, 83.0),
            (175, 85.3),
            (150, 87.2),
            (100, 88.4),
            (40, 88.7),
            (-20, 88.2),
            (-45, 86.8),
            (-58, 85.0),
            (-64, 82.5),
            (-90, 78.0),
            (-120, 73.0),
        ),
    },
)


def beyond_200nm(region_polar: shapely.Geometry, land_polar: shapely.Geometry) -> shapely.Geometry:
    """The part of ``region_polar`` (EPSG:3413) more than 200 nm from ``land_polar`` (EPSG:3413).

    Buffers in the equal-area EPSG:6931, whose distances from the pole are true (EPSG:3413
    metres are ~3-6% off north of 80°N).
    """
    land_ea = gpd.GeoSeries([land_polar], crs=POLAR_CRS).to_crs(EQUAL_AREA_CRS)
    zone = land_ea.buffer(_EEZ_WIDTH_M, resolution=8).to_crs(POLAR_CRS).iloc[0]
    beyond = shapely.make_valid(shapely.difference(region_polar, zone))
    # Pockets a few thousand km² wide between islands' 200-nm circles are not what a
    # submission map shows: keep the parts over 20,000 km² (area in EPSG:6931).
    parts = gpd.GeoSeries(list(shapely.get_parts(beyond)), crs=POLAR_CRS)
    return shapely.union_all(parts[area_km2(parts) >= _MIN_PART_KM2].values)


def _northern_land_polar() -> shapely.Geometry:
    """Land north of 60°N (the coasts that bound the central Arctic Ocean), EPSG:3413, ~2 km."""
    land = layer("land")
    land = land[land.geometry.bounds["maxy"] > 60.0].to_crs(POLAR_CRS)
    return shapely.union_all(land.geometry.simplify(2000.0).make_valid().values)


def build_shelf_claims() -> list[Path]:
    """Write ``shelf_claims.geojson``: one polygon per claim beyond 200 nm, EPSG:4326."""
    land = _northern_land_polar()
    rows = [{k: v for k, v in claim.items() if k != "ring"} for claim in SHELF_CLAIMS]
    polar = [beyond_200nm(outline_polygon(claim["ring"]), land) for claim in SHELF_CLAIMS]
    gdf = gpd.GeoDataFrame(rows, geometry=polar, crs=POLAR_CRS)
    gdf["area_km2"] = area_km2(gdf).round(-3)
    gdf["geometry"] = [stored_geometry(g) for g in gdf.geometry]
    gdf = gdf.set_crs(GEOGRAPHIC_CRS, allow_override=True)
    columns = [
        "iso3",
        "claimant",
        "submitted",
        "status",
        "area_km2",
        "published_area_km2",
        "note",
        "source",
        "geometry",
    ]
    return [write_layer(gdf[columns], "shelf_claims")]


#: Build targets found by ``python -m geodata.build``.
BUILDERS = {"shelf_claims": build_shelf_claims}
