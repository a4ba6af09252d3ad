"""Build ``sea_ice``: simplified sea-ice extent outlines from the NSIDC Sea Ice Index (G02135).

Each outline is an *edge table*: the latitude of the ice edge at every 5° of longitude,
read by eye from the NSIDC Sea Ice Index monthly extent maps (the 1981–2010 median extent
lines for March and September, and the extent on the day of the September 2012 record
minimum). The region north of the edge is built in EPSG:3413 and the land (Natural Earth
1:50m, the ``land`` layer) is taken out, because NSIDC's extent counts ocean only: the
remaining area is what the tests compare with the published extent.

Where one meridian crosses ice, land and ice again (the White Sea, the Baltic, the Labrador
Sea's open centre), a single edge latitude per meridian cannot follow it: the table keeps the
larger ice body. Those simplifications cost a few per cent of area, within the ~15% the
outlines are held to.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from ..layers import layer
from ..measure import area_km2
from ..settings import GEOGRAPHIC_CRS, POLAR_CRS
from .output import write_layer
from .polar_shapes import edge_table_polygon, stored_geometry

__all__ = ["EDGE_LONS", "SEA_ICE_OUTLINES", "build_sea_ice", "ice_polygon"]

_NSIDC = "NSIDC Sea Ice Index, version 3 (G02135), Fetterer et al.; edge read from the monthly extent map"

#: Longitudes of the edge tables: -180 to 175 every 5°.
EDGE_LONS: tuple[float, ...] = tuple(float(x) for x in np.arange(-180, 180, 5))

#: Edge latitude (°N) at each of :data:`EDGE_LONS`, with the published extent (million km²).
SEA_ICE_OUTLINES: tuple[dict, ...] = (
    {
        "name": "March median extent, 1981–2010",
        "month": "March",
        "period": "1981–2010",
        "extent_mkm2": 15.43,
        "extent_note": "March monthly average 1981–2010 (NSIDC: March 2021 at 14.64 was 0.79 below it)",
        "source": f"{_NSIDC} (March, 1981–2010 median line); figure from NSIDC Arctic Sea Ice News, April 2021",
        "edge": (
            # -180 ... -95: Bering Sea, Bristol Bay, then on land (Alaska, Canada) to Hudson Bay
            60.0,
            59.8,
            59.3,
            58.0,
            57.5,
            58.5,
            60.0,
            60.5,
            61.0,
            60.0,
            58.0,
            58.0,
            58.0,
            58.0,
            58.0,
            58.0,
            58.0,
            # -95 ... -50: Hudson Bay, James Bay, St Lawrence, Newfoundland, Labrador
            56.0,
            55.5,
            55.0,
            51.2,
            50.0,
            48.0,
            47.0,
            46.5,
            48.5,
            61.8,
            # -45 ... -5: Cape Farewell, East Greenland ice, Denmark Strait, Greenland Sea
            59.5,
            62.5,
            64.5,
            66.0,
            67.0,
            69.0,
            71.0,
            72.5,
            75.0,
            # 0 ... 60: Fram Strait, Svalbard, Barents Sea, Pechora Sea
            77.0,
            78.5,
            80.3,
            77.0,
            75.3,
            75.8,
            76.3,
            75.5,
            73.5,
            71.5,
            69.8,
            68.7,
            67.5,
            # 65 ... 130: Kara, Laptev: ice to the coast (edge placed on land)
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            66.0,
            # 135 ... 175: Sea of Okhotsk, Kamchatka, western Bering Sea
            50.0,
            48.0,
            45.5,
            47.0,
            51.0,
            56.0,
            59.0,
            60.5,
            60.5,
        ),
    },
    {
        "name": "September median extent, 1981–2010",
        "month": "September",
        "period": "1981–2010",
        "extent_mkm2": 6.22,
        "extent_note": "September average 1981–2010 (NOAA Climate.gov: September 2013 at 5.1 was 18% below it)",
        "source": f"{_NSIDC} (September, 1981–2010 median line); figure via NOAA Climate.gov (2013)",
        "edge": (
            # -180 ... -95: Chukchi and Beaufort seas, Canadian Arctic Archipelago
            72.5,
            72.2,
            72.0,
            72.2,
            72.5,
            72.5,
            72.5,
            72.0,
            71.5,
            71.5,
            72.0,
            72.0,
            72.0,
            71.0,
            70.5,
            70.8,
            71.0,
            # -95 ... -50: Archipelago channels, Baffin Bay open, Nares Strait, north Greenland
            72.5,
            74.5,
            75.5,
            76.5,
            77.5,
            79.5,
            80.5,
            81.5,
            82.0,
            82.0,
            # -45 ... -5: north and east Greenland ice band, Fram Strait
            82.5,
            82.5,
            82.5,
            82.5,
            80.0,
            74.0,
            76.0,
            78.5,
            80.0,
            # 0 ... 60: north of Svalbard and Franz Josef Land
            80.5,
            80.8,
            81.0,
            81.0,
            81.0,
            81.0,
            81.2,
            81.2,
            81.0,
            80.5,
            80.0,
            79.9,
            79.8,
            # 65 ... 130: Kara, Severnaya Zemlya, Laptev
            79.6,
            79.5,
            79.0,
            78.0,
            77.8,
            77.5,
            77.3,
            77.0,
            77.2,
            77.5,
            77.5,
            77.0,
            76.8,
            76.5,
            # 135 ... 175: New Siberian Islands, East Siberian Sea
            76.2,
            76.0,
            75.8,
            75.0,
            74.3,
            73.5,
            73.0,
            72.5,
            72.5,
        ),
    },
    {
        "name": "September 2012 minimum (record low)",
        "month": "September",
        "period": "2012-09-16",
        "extent_mkm2": 3.39,
        "extent_note": "Daily minimum, 16 September 2012, the lowest in the satellite record (first reported as 3.41)",
        "source": f"{_NSIDC} (16 September 2012); NSIDC Arctic Sea Ice News, September 2012 and later revisions",
        "edge": (
            # -180 ... -95
            78.2,
            77.5,
            76.7,
            76.2,
            75.7,
            75.5,
            75.2,
            74.9,
            74.7,
            74.9,
            75.2,
            75.9,
            76.7,
            76.9,
            77.2,
            77.7,
            78.2,
            # -95 ... -50
            78.5,
            79.5,
            80.0,
            80.5,
            81.0,
            81.5,
            81.8,
            82.0,
            82.3,
            82.5,
            # -45 ... -5
            83.0,
            83.0,
            83.0,
            83.0,
            83.0,
            82.0,
            81.5,
            81.5,
            81.0,
            # 0 ... 60
            81.5,
            82.0,
            82.5,
            82.5,
            82.5,
            82.7,
            83.0,
            83.0,
            83.0,
            83.3,
            83.5,
            83.5,
            83.5,
            # 65 ... 130
            83.7,
            83.7,
            83.7,
            83.5,
            83.2,
            82.9,
            82.7,
            82.5,
            82.2,
            81.9,
            81.7,
            81.5,
            81.2,
            81.2,
            # 135 ... 175
            81.2,
            81.2,
            81.0,
            80.7,
            80.5,
            80.2,
            79.7,
            79.2,
            78.7,
        ),
    },
)


def ice_polygon(edge: tuple[float, ...], land_polar: shapely.Geometry | None = None) -> shapely.Geometry:
    """The ocean north of ``edge`` (latitudes at :data:`EDGE_LONS`) in EPSG:3413, land removed."""
    if len(edge) != len(EDGE_LONS):
        raise ValueError(f"edge table has {len(edge)} latitudes; expected {len(EDGE_LONS)} (every 5°)")
    region = edge_table_polygon(EDGE_LONS, edge)
    if land_polar is not None:
        region = shapely.make_valid(shapely.difference(region, land_polar))
    return region


def _land_polar() -> shapely.Geometry:
    """Natural Earth land (the ``land`` layer) in EPSG:3413, simplified to ~2 km."""
    land = layer("land").to_crs(POLAR_CRS)
    return shapely.union_all(land.geometry.simplify(2000.0).make_valid().values)


def build_sea_ice() -> list[Path]:
    """Write ``sea_ice.geojson``: one polygon (around the pole) per outline, EPSG:4326."""
    land = _land_polar()
    rows = [{k: v for k, v in o.items() if k != "edge"} for o in SEA_ICE_OUTLINES]
    polar = [ice_polygon(o["edge"], land) for o in SEA_ICE_OUTLINES]
    gdf = gpd.GeoDataFrame(rows, geometry=polar, crs=POLAR_CRS)
    gdf["outline_area_mkm2"] = (area_km2(gdf) / 1e6).round(2)
    gdf["geometry"] = [stored_geometry(g) for g in gdf.geometry]
    gdf = gdf.set_crs(GEOGRAPHIC_CRS, allow_override=True)
    return [write_layer(gdf, "sea_ice")]


#: Build targets found by ``python -m geodata.build``.
BUILDERS = {"sea_ice": build_sea_ice}
