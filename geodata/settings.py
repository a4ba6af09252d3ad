"""Project-wide geographic settings: the map extent and the coordinate reference systems.

Every layer is served in EPSG:4326 (longitude, latitude in degrees). Drawing happens in a
north-polar CRS; measuring happens on the ellipsoid (pyproj.Geod) or in an equal-area CRS.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "DATA_DIR",
    "EQUAL_AREA_CRS",
    "GEOGRAPHIC_CRS",
    "MAP_EXTENT_MIN_LAT",
    "POLAR_CRS",
]

#: Folder holding the committed, derived data files (GeoJSON in EPSG:4326).
DATA_DIR: Path = Path(__file__).resolve().parent / "data"

#: The CRS every layer is served in: WGS 84 longitude/latitude, degrees.
GEOGRAPHIC_CRS = "EPSG:4326"

#: Default drawing CRS: NSIDC Sea Ice Polar Stereographic North (metres, 45°W points down,
#: true scale at 70°N). Greenland sits below the pole, Russia above, Alaska upper left.
POLAR_CRS = "EPSG:3413"

#: Equal-area CRS for areas and buffers: EASE-Grid 2.0 North (Lambert azimuthal, metres).
EQUAL_AREA_CRS = "EPSG:6931"

#: Southern edge of the map, degrees north. Layers are clipped to the cap north of it when
#: they are built; changing it means re-running ``python -m geodata.build``.
MAP_EXTENT_MIN_LAT: float = 40.0
