"""World ports: the ports outside the Arctic that the route calculator sails to and from.

The Arctic ports are the ``ports`` layer; this table holds only the ports that layer lacks
(Rotterdam, Shanghai, Yokohama ...), so no port has two sets of coordinates. It is
hand-authored in ``geodata/sources/world_ports.csv`` (one cited row per port, coordinates
from searoute 1.6.0's port list) and built into ``geodata/data/world_ports.geojson`` by
``python -m geodata.build world_ports``.

Columns: ``name``, ``iso3`` (the port's country, ISO 3166-1 alpha-3), ``lat``/``lon``
(EPSG:4326 degrees, longitudes -180..180), ``locode`` (UN/LOCODE), ``alt_names``
(pipe-separated, as in the gazetteer) and ``source``.
"""

from __future__ import annotations

from functools import lru_cache

import geopandas as gpd

from .settings import DATA_DIR
from .tables import read_point_table_file

__all__ = ["WORLD_PORTS_FILE", "WORLD_PORT_COLUMNS", "load_world_ports"]

#: The built file the loader reads (EPSG:4326 points).
WORLD_PORTS_FILE = DATA_DIR / "world_ports.geojson"

#: Attribute columns of the table, in order (plus ``geometry``).
WORLD_PORT_COLUMNS: tuple[str, ...] = ("name", "iso3", "lat", "lon", "locode", "alt_names", "source")


@lru_cache(maxsize=1)
def _load() -> gpd.GeoDataFrame:
    return read_point_table_file(WORLD_PORTS_FILE, "world_ports", WORLD_PORT_COLUMNS, ("alt_names", "locode"))


def load_world_ports() -> gpd.GeoDataFrame:
    """Every world port as a point GeoDataFrame in EPSG:4326 (columns :data:`WORLD_PORT_COLUMNS`
    plus ``geometry``), in the order of the source table. A fresh copy each call."""
    return _load().copy()
