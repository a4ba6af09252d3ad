"""Build ``ports`` and ``bases``: hand-authored, cited point tables -> GeoJSON (EPSG:4326).

The facts live in ``geodata/sources/ports.csv`` and ``geodata/sources/bases.csv``, one row per
place with the columns :data:`POINT_COLUMNS`; every row names the public reference its
coordinates and note come from. This builder only checks and converts them:

1. Read the CSV as text, so a typo such as ``68,97`` is reported, not silently parsed.
2. Validate *every* row before writing anything (a bad table changes no file): required
   columns, no empty cells, latitude 40-90°N (the map extent) and longitude -180..180°,
   ``iso3`` one of the eight Arctic states, ``kind`` one of the layer's legend keys, unique
   names, and a ``source`` on every row.
3. Write points in EPSG:4326 with the table's own ``lat``/``lon`` kept as columns, so a
   briefer can quote them and a test can check them against the geometry.

Longitudes are the usual -180..180 (west negative); points never need unwrapping.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from ..catalog.installations import BASE_KIND_COLORS
from ..catalog.shipping import PORT_KIND_COLORS
from ..layers import layer_path
from ..settings import GEOGRAPHIC_CRS, MAP_EXTENT_MIN_LAT

__all__ = [
    "ARCTIC_STATES",
    "POINT_COLUMNS",
    "POINT_TABLES",
    "PointTable",
    "PointTableError",
    "build_bases",
    "build_ports",
    "parse_coordinate",
    "points_frame",
    "read_point_table",
]

#: Columns every point table carries, in output order.
POINT_COLUMNS: tuple[str, ...] = ("name", "iso3", "kind", "lat", "lon", "note", "source")

#: The eight Arctic Council member states (ISO 3166-1 alpha-3); Greenland and the Faroes are DNK.
ARCTIC_STATES: frozenset[str] = frozenset({"USA", "CAN", "DNK", "ISL", "NOR", "SWE", "FIN", "RUS"})

SOURCES_DIR = Path(__file__).resolve().parent.parent / "sources"


class PointTableError(ValueError):
    """A point table (CSV) has a row or column that cannot be trusted; nothing was written."""


@dataclass(frozen=True)
class PointTable:
    """One cited CSV table and the layer whose data file it becomes."""

    layer: str
    csv_path: Path
    kinds: tuple[str, ...]


#: The tables this module builds, by layer name.
POINT_TABLES: dict[str, PointTable] = {
    "ports": PointTable("ports", SOURCES_DIR / "ports.csv", tuple(PORT_KIND_COLORS)),
    "bases": PointTable("bases", SOURCES_DIR / "bases.csv", tuple(BASE_KIND_COLORS)),
}


def parse_coordinate(value: str, column: str, low: float, high: float, where: str) -> float:
    """``value`` as degrees between ``low`` and ``high``; :class:`PointTableError` naming
    ``where`` (file, row, place) and ``column`` otherwise."""
    try:
        number = float(value)
    except ValueError:
        raise PointTableError(f"{where}: {column}={value!r} is not a number (use a dot, e.g. 68.97)") from None
    if not low <= number <= high:
        raise PointTableError(f"{where}: {column}={number} is outside {low}..{high} degrees")
    return number


def read_point_table(path: Path, kinds: tuple[str, ...]) -> pd.DataFrame:
    """Read and validate a point table; return it with float ``lat``/``lon`` (degrees, EPSG:4326).

    Parameters
    ----------
    path : CSV file with a header row holding at least :data:`POINT_COLUMNS`.
    kinds : the allowed values of ``kind`` (the layer's legend keys).

    Raises
    ------
    PointTableError
        naming the file, the row (as numbered in a spreadsheet, header = 1) and the column
        of the first problem found.
    """
    if not path.exists():
        raise PointTableError(f"{path}: no such point table")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in POINT_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise PointTableError(
                f"{path.name}: missing column(s) {', '.join(missing)}; need {', '.join(POINT_COLUMNS)}"
            )
        rows = list(reader)
    if not rows:
        raise PointTableError(f"{path.name}: the table has no rows")
    records, seen = [], {}
    for line, row in enumerate(rows, start=2):
        where = f"{path.name} row {line}"
        if row.get(None):  # csv.DictReader files surplus fields under the key None
            raise PointTableError(
                f"{where}: {len(row) - 1 + len(row[None])} fields but the header has {len(reader.fieldnames)} "
                "(an unquoted comma? quote notes and sources)"
            )
        cells = {c: (row.get(c) or "").strip() for c in POINT_COLUMNS}
        empty = [c for c, v in cells.items() if not v]
        if empty:
            raise PointTableError(f"{where} ({cells['name'] or 'unnamed'}): empty {', '.join(empty)}")
        where = f"{where} ({cells['name']})"
        if cells["name"] in seen:
            raise PointTableError(f"{where}: duplicate name, already on row {seen[cells['name']]}")
        seen[cells["name"]] = line
        if cells["iso3"] not in ARCTIC_STATES:
            raise PointTableError(f"{where}: iso3={cells['iso3']!r} is not one of {', '.join(sorted(ARCTIC_STATES))}")
        if cells["kind"] not in kinds:
            raise PointTableError(f"{where}: kind={cells['kind']!r} is not one of {', '.join(kinds)}")
        cells["lat"] = parse_coordinate(cells["lat"], "lat", MAP_EXTENT_MIN_LAT, 90.0, where)
        cells["lon"] = parse_coordinate(cells["lon"], "lon", -180.0, 180.0, where)
        records.append(cells)
    return pd.DataFrame.from_records(records, columns=list(POINT_COLUMNS))


def points_frame(table: pd.DataFrame) -> gpd.GeoDataFrame:
    """A validated table as points in EPSG:4326, keeping ``lat``/``lon`` as columns."""
    geometry = [Point(lon, lat) for lon, lat in zip(table["lon"], table["lat"])]
    return gpd.GeoDataFrame(table.copy(), geometry=geometry, crs=GEOGRAPHIC_CRS)


def _build(table: PointTable) -> list[Path]:
    points = points_frame(read_point_table(table.csv_path, table.kinds))
    path = layer_path(table.layer)
    path.parent.mkdir(parents=True, exist_ok=True)
    # to_json keeps the 3-decimal source values as typed (no float noise from a driver); one
    # feature per line keeps a moved point a one-line diff in review.
    features = json.loads(points.to_json(drop_id=True))["features"]
    lines = ",\n".join(json.dumps(feature, ensure_ascii=False) for feature in features)
    path.write_text('{"type": "FeatureCollection", "features": [\n' + lines + "\n]}\n", encoding="utf-8")
    return [path]


def build_ports() -> list[Path]:
    """Write ``ports.geojson`` from ``geodata/sources/ports.csv``; return its path."""
    return _build(POINT_TABLES["ports"])


def build_bases() -> list[Path]:
    """Write ``bases.geojson`` from ``geodata/sources/bases.csv``; return its path."""
    return _build(POINT_TABLES["bases"])


#: Build targets found by ``python -m geodata.build``.
BUILDERS = {"ports": build_ports, "bases": build_bases}
