"""The Arctic gazetteer: place names with coordinates, for finding places in article text.

>>> from geodata.gazetteer import lookup
>>> lookup("Thule")["name"]
'Pituffik Space Base'
>>> lookup("Tromso")["name"]
'Tromsø'

The table is hand-authored in ``geodata/sources/gazetteer.csv`` (one cited row per place)
and built into ``geodata/data/gazetteer.geojson`` by ``python -m geodata.build gazetteer``.
Every row has a canonical ``name``, pipe-separated ``alt_names``, a point in EPSG:4326
(``lat``, ``lon`` in decimal degrees, longitudes in -180..180), a ``kind``, the ``iso3`` of
the state it belongs to (empty for international waters and shared features), the
``geo_precision`` a mention of it carries, and the ``source`` of its coordinates.

Lookups are exact after :func:`fold_name` (lower case, accents and special letters folded,
typographic quotes and dashes made plain, whitespace collapsed), so "Utqiaġvik",
"UTQIAGVIK" and "utqiagvik" are the same key. Finding candidate names in running text is
the caller's job (the extractor in ``dashboard/events``).

This module never imports streamlit: it is part of the data tier.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import geopandas as gpd

from .settings import DATA_DIR
from .tables import read_point_table_file

__all__ = [
    "ADMIN1_RULE_MADE_SOURCE",
    "GAZETTEER_COLUMNS",
    "GAZETTEER_FILE",
    "GEO_PRECISIONS",
    "KINDS",
    "LAYERS_RULE_MADE_SOURCE",
    "PORTS_RULE_MADE_SOURCE",
    "RULE_MADE_SOURCE",
    "RULE_MADE_SOURCES",
    "STRICTLY_READ_SOURCES",
    "WORLD_CITIES_RULE_MADE_SOURCE",
    "fold_name",
    "is_rule_made",
    "is_strictly_read",
    "load_gazetteer",
    "lookup",
    "name_index",
    "names_of",
]

#: The built file the loader reads (EPSG:4326 points).
GAZETTEER_FILE = DATA_DIR / "gazetteer.geojson"

#: Attribute columns of the gazetteer, in order (plus ``geometry``).
GAZETTEER_COLUMNS: tuple[str, ...] = (
    "name",
    "alt_names",
    "lat",
    "lon",
    "kind",
    "iso3",
    "geo_precision",
    "source",
)

#: How the ``source`` of a row that ``python -m geodata.build gazetteer_geonames`` added by its rule
#: begins (a GeoNames place, no hand-authored row): the extractor takes such a place only where
#: a sentence places something in, at, from or to it.
RULE_MADE_SOURCE = "GeoNames cities500 by rule"
#: How the ``source`` of a row that ``python -m geodata.build gazetteer_ports`` added by its rule
#: begins (a port of searoute's UN/LOCODE list); the extractor reads it as strictly as a GeoNames town.
PORTS_RULE_MADE_SOURCE = "searoute ports by rule"
#: How the ``source`` of a row that ``python -m geodata.build gazetteer_layers`` added begins: a named
#: feature of one of the map's own cited layers (ports, bases, resource projects, CARA provinces).
LAYERS_RULE_MADE_SOURCE = "map layer by rule"
#: How the ``source`` of a row that ``python -m geodata.build gazetteer_world_cities`` added begins: a
#: national capital or a city of 100,000 people or more anywhere (GeoNames); read as strictly as the towns.
WORLD_CITIES_RULE_MADE_SOURCE = "GeoNames world cities by rule"
#: How the ``source`` of a row that ``python -m geodata.build gazetteer_admin1`` added begins: a US state
#: (npm us-atlas, US Census boundaries; its point inside the state's outline) or a Canadian province (the
#: builder's own checked table). Read as strictly as the towns: "working with Alberta" names a government.
ADMIN1_RULE_MADE_SOURCE = "States and provinces by rule"
#: Every rule's prefix, in the order their rows follow the hand-authored ones in the CSV: a row whose
#: source begins with one of them was made by a rule, not by hand, and earlier rules' names win.
RULE_MADE_SOURCES: tuple[str, ...] = (
    RULE_MADE_SOURCE,
    PORTS_RULE_MADE_SOURCE,
    LAYERS_RULE_MADE_SOURCE,
    ADMIN1_RULE_MADE_SOURCE,
    WORLD_CITIES_RULE_MADE_SOURCE,
)
#: Rules whose places the extractor reads strictly (only after "in", "at", "from", "to" ..., never after
#: "the"): GeoNames villages and searoute ports are often also surnames or given names. The map layers'
#: features were each authored and cited for the map, and a basin or a field takes "the": read as hand rows.
STRICTLY_READ_SOURCES: tuple[str, ...] = (
    RULE_MADE_SOURCE,
    PORTS_RULE_MADE_SOURCE,
    ADMIN1_RULE_MADE_SOURCE,
    WORLD_CITIES_RULE_MADE_SOURCE,
)

#: What a place is.
KINDS: tuple[str, ...] = (
    "settlement",
    "capital",
    "city",
    "port",
    "base",
    "island",
    "archipelago",
    "strait",
    "sea",
    "ocean",
    "region",
    # A part of a state news names by a direction or as the state's Arctic ("Northern Norway", "western Alaska",
    # "the Canadian Arctic"): a region that only says roughly where, never the place a whole story is at.
    "part",
    "country",
    "feature",
)

#: What a mention of the place locates, finest first (an event's ``geo_precision``):
#: a base is a point, a town a city, a sea a region, a state a country, "the Arctic" arctic.
GEO_PRECISIONS: tuple[str, ...] = ("point", "city", "region", "country", "arctic")

# Letters that Unicode decomposition leaves alone but English news spells without them
# ("Tromso" for Tromsø, "Reykjavik" for Reykjavík needs only NFKD).
_SPECIAL_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ß": "ss",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
    }
)


def is_rule_made(source: str) -> bool:
    """Whether a row citing ``source`` was added by a rule (:data:`RULE_MADE_SOURCES`), not by hand."""
    return str(source or "").startswith(RULE_MADE_SOURCES)


def is_strictly_read(source: str) -> bool:
    """Whether the extractor reads a row citing ``source`` strictly (:data:`STRICTLY_READ_SOURCES`)."""
    return str(source or "").startswith(STRICTLY_READ_SOURCES)


def fold_name(text: str) -> str:
    """The lookup key of a place name: lower case, accent-free, single-spaced.

    Parameters
    ----------
    text : str
        A place name as written ("Utqiaġvik", "Tromsø", "Joint Base Elmendorf–Richardson").

    Returns
    -------
    str
        The folded key ("utqiagvik", "tromso", "joint base elmendorf-richardson").
        Typographic apostrophes and dashes become ASCII ones; punctuation is otherwise kept.
    """
    if not isinstance(text, str):
        raise TypeError(f"fold_name expects a str, got {type(text).__name__}")
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def names_of(name: str, alt_names: str) -> list[str]:
    """A row's canonical name followed by its alternative names (``alt_names`` split on ``|``)."""
    alts = [a.strip() for a in (alt_names or "").split("|")]
    return [name] + [a for a in alts if a]


@lru_cache(maxsize=1)
def _load() -> gpd.GeoDataFrame:
    return read_point_table_file(GAZETTEER_FILE, "gazetteer", GAZETTEER_COLUMNS, ("alt_names", "iso3"))


def load_gazetteer() -> gpd.GeoDataFrame:
    """Every gazetteer place as a point GeoDataFrame in EPSG:4326.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns :data:`GAZETTEER_COLUMNS` plus ``geometry`` (points, lon/lat degrees),
        indexed 0..n-1 in the order of the source table; :func:`name_index` values are
        positions in this frame. A fresh copy each call, so callers may modify it.
    """
    return _load().copy()


@lru_cache(maxsize=1)
def _index() -> dict[str, int]:
    gdf = _load()
    index: dict[str, int] = {}
    # Canonical names first, so a place's own name always wins over another place's alias;
    # among aliases the earlier row wins (the builder only lets listed, deliberate
    # ambiguities through, and orders the preferred place first).
    for row, name in enumerate(gdf["name"]):
        index.setdefault(fold_name(name), row)
    for row, (name, alts) in enumerate(zip(gdf["name"], gdf["alt_names"])):
        for alias in names_of(name, alts)[1:]:
            index.setdefault(fold_name(alias), row)
    return index


def name_index() -> dict[str, int]:
    """Map every folded name and alternative name to its row in :func:`load_gazetteer`.

    Returns
    -------
    dict[str, int]
        ``fold_name(any name or alt name) -> row position``; a copy, safe to modify.
    """
    return dict(_index())


def lookup(name: str) -> dict | None:
    """The gazetteer row a place name refers to, or ``None`` if the name is unknown.

    Parameters
    ----------
    name : str
        A place name in any case, with or without accents ("Barrow", "tromso", "Thule").

    Returns
    -------
    dict or None
        The row's columns (:data:`GAZETTEER_COLUMNS`; ``lat``/``lon`` in EPSG:4326 degrees)
        plus ``matched`` (the name as looked up); ``None`` when nothing matches.
    """
    row = _index().get(fold_name(name))
    if row is None:
        return None
    record = {column: _load().at[row, column] for column in GAZETTEER_COLUMNS}
    record["lat"], record["lon"] = float(record["lat"]), float(record["lon"])
    record["matched"] = name
    return record
