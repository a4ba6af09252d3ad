"""Build ``world_ports.geojson`` from the hand-authored ``geodata/sources/world_ports.csv``.

The table lists the route calculator's ports that the Arctic ``ports`` layer lacks. Every row
is checked before anything is written (a bad table changes no file): the columns of
:data:`geodata.world_ports.WORLD_PORT_COLUMNS`, a name, country and source on every row,
coordinates in range, a UN/LOCODE of five letters or digits where one is given, and no name
or alternative name that folds (:func:`geodata.gazetteer.fold_name`) to the name of another
world port or of a port in the ``ports`` layer, so the same port never gets two positions.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from ..gazetteer import fold_name, names_of
from ..settings import GEOGRAPHIC_CRS
from ..world_ports import WORLD_PORT_COLUMNS, WORLD_PORTS_FILE
from .output import write_geojson
from .points import POINT_TABLES, SOURCES_DIR, PointTableError, parse_coordinate, read_point_table

__all__ = ["BUILDERS", "WORLD_PORTS_CSV", "build_world_ports", "read_world_ports_csv"]

WORLD_PORTS_CSV = SOURCES_DIR / "world_ports.csv"

_LOCODE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


def read_world_ports_csv(path: Path = WORLD_PORTS_CSV) -> pd.DataFrame:
    """Read and validate the world ports table; float ``lat``/``lon`` (EPSG:4326 degrees).

    Raises
    ------
    PointTableError
        naming the file, the row (header = 1), the port and the first problem found.
    """
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in WORLD_PORT_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise PointTableError(f"{path.name}: missing column(s) {', '.join(missing)}")
        rows = list(reader)
    arctic = read_point_table(POINT_TABLES["ports"].csv_path, POINT_TABLES["ports"].kinds)
    taken = {fold_name(name): "the ports layer" for name in arctic["name"]}
    records = []
    for line, row in enumerate(rows, start=2):
        cells = {c: (row.get(c) or "").strip() for c in WORLD_PORT_COLUMNS}
        where = f"{path.name} row {line} ({cells['name'] or 'unnamed'})"
        empty = [c for c in ("name", "iso3", "lat", "lon", "source") if not cells[c]]
        if empty:
            raise PointTableError(f"{where}: empty {', '.join(empty)}")
        if not _ISO3.match(cells["iso3"]):
            raise PointTableError(f"{where}: iso3={cells['iso3']!r} is not an ISO 3166-1 alpha-3 code")
        if cells["locode"] and not _LOCODE.match(cells["locode"]):
            raise PointTableError(f"{where}: locode={cells['locode']!r} is not a UN/LOCODE (e.g. NLRTM)")
        for name in names_of(cells["name"], cells["alt_names"]):
            if fold_name(name) in taken:
                raise PointTableError(f"{where}: the name {name!r} is already a port of {taken[fold_name(name)]}")
            taken[fold_name(name)] = f"row {line}"
        cells["lat"] = parse_coordinate(cells["lat"], "lat", -90.0, 90.0, where)
        cells["lon"] = parse_coordinate(cells["lon"], "lon", -180.0, 180.0, where)
        records.append(cells)
    return pd.DataFrame.from_records(records, columns=list(WORLD_PORT_COLUMNS))


def build_world_ports(source: Path = WORLD_PORTS_CSV, target: Path = WORLD_PORTS_FILE) -> list[Path]:
    """Validate the world ports table and write it as GeoJSON points (EPSG:4326); return its path."""
    table = read_world_ports_csv(source)
    geometry = [Point(lon, lat) for lon, lat in zip(table["lon"], table["lat"])]
    return [write_geojson(gpd.GeoDataFrame(table, geometry=geometry, crs=GEOGRAPHIC_CRS), target)]


#: Build targets found by ``python -m geodata.build``.
BUILDERS = {"world_ports": build_world_ports}
