"""Build ``gazetteer.geojson`` from the hand-authored ``geodata/sources/gazetteer.csv``.

The CSV is the source of truth: one row per place, each with its own citation. This
builder refuses to write anything unless every row passes :func:`validate_gazetteer`:
coordinates in range, kinds and precisions from the allowed sets, a known ISO 3166-1
alpha-3 code (or none, for international waters and shared features), a source on every
row, and no name or alternative name that folds to the same key on two places unless that
ambiguity is listed in :data:`DELIBERATE_AMBIGUITIES`.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from ..gazetteer import (
    GAZETTEER_COLUMNS,
    GAZETTEER_FILE,
    GEO_PRECISIONS,
    KINDS,
    RULE_MADE_SOURCES,
    fold_name,
    is_rule_made,
    names_of,
)
from ..settings import GEOGRAPHIC_CRS
from .output import write_geojson

__all__ = [
    "BUILDERS",
    "DELIBERATE_AMBIGUITIES",
    "GAZETTEER_CSV",
    "ISO3_NAMES",
    "GazetteerError",
    "WORLD_ISO3_CSV",
    "build_gazetteer",
    "known_iso3",
    "read_gazetteer_csv",
    "replace_rule_rows",
    "validate_gazetteer",
]

#: The hand-authored table (UTF-8 CSV with a header row of :data:`GAZETTEER_COLUMNS`).
GAZETTEER_CSV = Path(__file__).resolve().parents[1] / "sources" / "gazetteer.csv"

#: ISO 3166-1 alpha-3 codes the gazetteer may use, with their English short names
#: (from the ISO 3166-1 list; TWN as ISO lists it). A code outside this table is a typo
#: until someone adds it here deliberately.
ISO3_NAMES: dict[str, str] = {
    "USA": "United States",
    "CAN": "Canada",
    "DNK": "Denmark",
    "ISL": "Iceland",
    "NOR": "Norway",
    "SWE": "Sweden",
    "FIN": "Finland",
    "RUS": "Russia",
    "CHN": "China",
    "JPN": "Japan",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "IND": "India",
    "GBR": "United Kingdom",
    "IRL": "Ireland",
    "DEU": "Germany",
    "FRA": "France",
    "UKR": "Ukraine",
    "TUR": "Türkiye",
    "NLD": "Netherlands",
    "BEL": "Belgium",
    "POL": "Poland",
    "EST": "Estonia",
    "LVA": "Latvia",
    "LTU": "Lithuania",
    "BLR": "Belarus",
    "ITA": "Italy",
    "ESP": "Spain",
    "CHE": "Switzerland",
    "AUT": "Austria",
    "SAU": "Saudi Arabia",
    "ARE": "United Arab Emirates",
    "QAT": "Qatar",
    "IRN": "Iran",
    "SGP": "Singapore",
    "TWN": "Taiwan",
    "EGY": "Egypt",
    "MNG": "Mongolia",
}

#: Every other country's ISO 3166-1 alpha-3 code and English name (GeoNames' country table), written by
#: ``python -m geodata.build gazetteer_world_cities``: a rule-made world city may lie in any state.
WORLD_ISO3_CSV = GAZETTEER_CSV.parent / "iso3166.csv"


def known_iso3() -> set[str]:
    """The codes a gazetteer row may use: :data:`ISO3_NAMES` and those of :data:`WORLD_ISO3_CSV` (if written)."""
    if not WORLD_ISO3_CSV.exists():
        return set(ISO3_NAMES)
    with WORLD_ISO3_CSV.open(encoding="utf-8", newline="") as handle:
        return set(ISO3_NAMES) | {row["iso3"] for row in csv.DictReader(handle)}


#: Folded names deliberately shared by more than one place -> the canonical name of the
#: place a bare mention should resolve to (that row must come first in the CSV).
#: Empty today: every alias in the table names one place.
DELIBERATE_AMBIGUITIES: dict[str, str] = {}


class GazetteerError(ValueError):
    """The gazetteer table is invalid; the message lists every problem with its CSV line."""


def read_gazetteer_csv(path: Path = GAZETTEER_CSV) -> pd.DataFrame:
    """Read the authored table as strings, with ``line`` (its line number in the file).

    Raises
    ------
    GazetteerError
        If the file is missing or its header is not exactly :data:`GAZETTEER_COLUMNS`.
    """
    if not path.exists():
        raise GazetteerError(f"gazetteer source {path} does not exist")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or tuple(header) != GAZETTEER_COLUMNS:
            raise GazetteerError(f"{path}: header must be {','.join(GAZETTEER_COLUMNS)}, got {header!r}")
        records = []
        for line_no, fields in enumerate(reader, start=2):
            if len(fields) != len(GAZETTEER_COLUMNS):
                raise GazetteerError(f"{path}:{line_no}: expected {len(GAZETTEER_COLUMNS)} fields, got {len(fields)}")
            records.append([line_no, *(f.strip() for f in fields)])
    return pd.DataFrame(records, columns=["line", *GAZETTEER_COLUMNS])


def _row_problems(row: pd.Series, known: set[str]) -> list[str]:
    """Problems of one row taken alone (empty list if it is fine)."""
    problems = []
    if not row["name"]:
        problems.append("empty name")
    if not row["source"]:
        problems.append("no source")
    for column, low, high in (("lat", -90.0, 90.0), ("lon", -180.0, 180.0)):
        try:
            value = float(row[column])
        except ValueError:
            problems.append(f"{column} {row[column]!r} is not a number")
            continue
        if not low <= value <= high:
            problems.append(f"{column} {value} outside {low:g}..{high:g}")
    if row["kind"] not in KINDS:
        problems.append(f"kind {row['kind']!r} not one of {', '.join(KINDS)}")
    if row["geo_precision"] not in GEO_PRECISIONS:
        problems.append(f"geo_precision {row['geo_precision']!r} not one of {', '.join(GEO_PRECISIONS)}")
    if row["iso3"] and row["iso3"] not in known:
        problems.append(f"iso3 {row['iso3']!r} is not a known ISO 3166-1 alpha-3 code (see known_iso3)")
    if row["kind"] == "country" and not row["iso3"]:
        problems.append("a country needs its iso3")
    return problems


def validate_gazetteer(table: pd.DataFrame) -> None:
    """Check the authored table; raise :class:`GazetteerError` listing every problem.

    Parameters
    ----------
    table : pandas.DataFrame
        As returned by :func:`read_gazetteer_csv` (string columns plus ``line``).
    """
    known = known_iso3()
    problems = [
        f"line {row['line']} ({row['name'] or '?'}): {p}"
        for _, row in table.iterrows()
        for p in _row_problems(row, known)
    ]
    owners: dict[str, list[tuple[int, str]]] = {}
    for _, row in table.iterrows():
        keys = {fold_name(n) for n in names_of(row["name"], row["alt_names"])}
        for key in keys:
            owners.setdefault(key, []).append((row["line"], row["name"]))
    for key, rows in sorted(owners.items()):
        if len(rows) < 2:
            continue
        preferred = DELIBERATE_AMBIGUITIES.get(key)
        where = "; ".join(f"line {line} {name}" for line, name in rows)
        if preferred is None:
            problems.append(
                f"name {key!r} refers to several places ({where}); "
                "rename, drop the alias or list it in DELIBERATE_AMBIGUITIES"
            )
        elif rows[0][1] != preferred:
            problems.append(f"ambiguous name {key!r} should resolve to {preferred!r}, which must come first ({where})")
    if problems:
        raise GazetteerError(f"{len(problems)} problem(s) in the gazetteer:\n  " + "\n  ".join(problems))


def build_gazetteer(source: Path = GAZETTEER_CSV, target: Path = GAZETTEER_FILE) -> list[Path]:
    """Validate the authored CSV and write it as GeoJSON points (EPSG:4326, 5 decimals).

    Returns
    -------
    list[pathlib.Path]
        The file written. Nothing is written when validation fails.
    """
    table = read_gazetteer_csv(source)
    validate_gazetteer(table)
    table["lat"] = table["lat"].astype(float)
    table["lon"] = table["lon"].astype(float)
    gdf = gpd.GeoDataFrame(
        table[list(GAZETTEER_COLUMNS)],
        geometry=[Point(lon, lat) for lon, lat in zip(table["lon"], table["lat"])],
        crs=GEOGRAPHIC_CRS,
    )
    return [write_geojson(gdf, target)]


def replace_rule_rows(
    prefix: str, make_rows: Callable[[list[str]], list[list[str]]], csv_path: Path = GAZETTEER_CSV
) -> list[Path]:
    """Rewrite one rule's rows of the gazetteer CSV and rebuild the GeoJSON.

    The CSV holds the hand-authored rows first, then each rule's rows in the order of
    :data:`geodata.gazetteer.RULE_MADE_SOURCES`. ``make_rows`` gets the names and alternative names
    of the rows before the rule's own (hand-authored and earlier rules' rows: those win) and returns
    the rule's new rows (:data:`GAZETTEER_COLUMNS`, as strings); they replace the rows whose source
    begins with ``prefix``. A later rule's row that now shares a name with one of them is dropped
    (run that rule again to recompute it). Running a rule twice changes nothing.

    Returns the files written (the CSV and ``gazetteer.geojson``).
    """
    table = read_gazetteer_csv(csv_path)
    hand = table[~table["source"].map(is_rule_made)]
    groups = {p: table[table["source"].str.startswith(p)] for p in RULE_MADE_SOURCES}
    earlier = [hand, *(groups[p] for p in RULE_MADE_SOURCES[: RULE_MADE_SOURCES.index(prefix)])]
    taken = [n for part in earlier for name, alts in zip(part["name"], part["alt_names"]) for n in names_of(name, alts)]
    rows = make_rows(taken)
    keys = {fold_name(n) for row in rows for n in names_of(row[0], row[1])}
    later = RULE_MADE_SOURCES[RULE_MADE_SOURCES.index(prefix) + 1 :]
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(GAZETTEER_COLUMNS)
        writer.writerows(hand[list(GAZETTEER_COLUMNS)].itertuples(index=False))
        for rule in RULE_MADE_SOURCES:
            if rule == prefix:
                writer.writerows(rows)
                continue
            kept: Iterable = groups[rule][list(GAZETTEER_COLUMNS)].itertuples(index=False)
            if rule in later:
                kept = [r for r in kept if not any(fold_name(n) in keys for n in names_of(r[0], r[1]))]
            writer.writerows(kept)
    return [csv_path, *build_gazetteer(csv_path)]


BUILDERS = {"gazetteer": build_gazetteer}
