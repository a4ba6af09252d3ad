"""Add the named features the map draws to ``geodata/sources/gazetteer.csv``, by a rule that reads no article.

A place the map shows should be a place the extractor knows. ``python -m geodata.build gazetteer_layers``
reads the built, cited map layers (``ports``, ``bases``, ``resource_projects`` and the USGS CARA
provinces of ``resources``; not ``world_ports``, the route calculator's ports outside the Arctic, which
the map does not draw) and rewrites this rule's rows of the CSV
(:func:`geodata.build.gazetteer.replace_rule_rows`: after the hand-authored, GeoNames and ports rows,
which win), then rebuilds ``gazetteer.geojson``. Running it twice changes nothing.

The rule (:func:`select_features`), for every feature of those layers:

1. its name is the layer's name up to any parenthesis; the parts inside, split at "/", are alternative
   names; a part that names an organisation or unit rather than a place (a word of :data:`UNIT_WORDS`:
   "Northern Fleet HQ", "Jaeger Brigade") or holds a digit ("K 4", "Severomorsk-1") is no name, and when
   the name itself is such a part, the first alternative takes its place;
2. the name is written as a name (the ports rule's test: capitalised words of three letters or more and
   joining words, so "Inuvik FOL" and "Khibiny apatite" stay out), passes the GeoNames rule's filters (at
   least four letters, not English words, no demonym or actor's word: "Willow" and "Arctic Alaska" stay
   out), and no earlier row has it, nor qualifies it on purpose ("Churchill, Manitoba" keeps "Churchill"
   out); an alternative name that fails these is dropped alone;
3. its point is the layer's point, or for a CARA province (a polygon) a point inside the outline
   (``representative_point`` in EPSG:3413); its state is the layer's ``iso3``, or for a province the
   one state of its ``states`` (none where it spans several);
4. its source is the layer's row: ``map layer by rule (LAYER), SOURCE``, where SOURCE is the layer row's
   own citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd

from .. import layer
from ..gazetteer import LAYERS_RULE_MADE_SOURCE, fold_name
from ..settings import GEOGRAPHIC_CRS, POLAR_CRS
from .gazetteer import GAZETTEER_CSV, replace_rule_rows
from .gazetteer_geonames import english_words, excluded_name, qualified_names
from .gazetteer_ports import written_as_name

__all__ = ["BUILDERS", "LAYER_KINDS", "UNIT_WORDS", "layer_features", "select_features", "write_gazetteer_layers"]

#: Layer -> the gazetteer ``kind`` and ``geo_precision`` of its features.
LAYER_KINDS: dict[str, tuple[str, str]] = {
    "ports": ("port", "city"),
    "bases": ("base", "point"),
    "resource_projects": ("feature", "point"),
    "resources": ("region", "region"),
}
#: Words that make a parenthesised part of a layer's name an organisation or unit, not a place.
UNIT_WORDS = frozenset(
    {"HQ", "Command", "Brigade", "Wing", "Force", "Garrison", "Battalion", "Regiment", "Centre", "Center", "Fleet"}
)
_PARENTHESIS = re.compile(r"^(?P<name>[^(]+?)\s*(?:\((?P<inner>[^)]*)\))?\s*$")


def _is_place_name(part: str) -> bool:
    """Rule 1: no unit word ("HQ", "Brigade") and no digit ("K 4", "Severomorsk-1")."""
    return not any(w in UNIT_WORDS for w in part.split()) and not re.search(r"\d", part)


def _names(label: str) -> list[str]:
    """Rule 1: a layer's label -> its place names, the name first ("F 21 Norrbotten Wing (Luleå-Kallax)"
    -> ["Luleå-Kallax"]: a unit's name gives way to the place in its parenthesis)."""
    match = _PARENTHESIS.match(label.strip())
    if match is None:
        parts = [label.strip()]
    else:
        inner = [part.strip() for part in (match.group("inner") or "").split("/") if part.strip()]
        parts = [match.group("name").strip(), *inner]
    return [p for p in parts if _is_place_name(p)]


def layer_features() -> list[dict]:
    """Every feature of the layers in :data:`LAYER_KINDS`: ``layer``, ``label``, ``lat``, ``lon`` (degrees,
    EPSG:4326, longitudes -180..180), ``iso3`` and ``source``."""
    features = []
    for name in ("ports", "bases", "resource_projects"):
        frame = layer(name)
        for row in frame.itertuples(index=False):
            features.append(
                {
                    "layer": name,
                    "label": row.name,
                    "lat": row.lat,
                    "lon": row.lon,
                    "iso3": row.iso3,
                    "source": row.source,
                }
            )
    provinces = layer("resources")
    inside = gpd.GeoSeries(provinces.to_crs(POLAR_CRS).representative_point(), crs=POLAR_CRS).to_crs(GEOGRAPHIC_CRS)
    for row, point in zip(provinces.itertuples(index=False), inside):
        states = [s for s in str(row.states or "").split("|") if s]
        features.append(
            {
                "layer": "resources",
                "label": row.province,
                "lat": point.y,
                "lon": (point.x + 180.0) % 360.0 - 180.0,
                "iso3": states[0] if len(states) == 1 else "",
                "source": row.source,
            }
        )
    return features


def select_features(features: Iterable[dict], taken: Iterable[str], words: frozenset[str]) -> list[list[str]]:
    """Gazetteer rows (as strings) for the layer features the rule keeps, in layer order.

    Parameters
    ----------
    features : iterable of dict
        As :func:`layer_features` gives them (degrees, EPSG:4326).
    taken : iterable of str
        Names and alternative names of the rows already in the gazetteer (any case and accents).
    words : frozenset of str
        Lower-case English words (:func:`geodata.build.gazetteer_geonames.english_words`).
    """
    taken = list(taken)
    taken_keys = {fold_name(n) for n in taken} | qualified_names(taken)
    rows = []
    for feature in features:
        names = _names(feature["label"])
        if not names:
            continue
        name, alts = names[0], names[1:]
        if not written_as_name(name) or excluded_name(name, words) or fold_name(name) in taken_keys:
            continue
        alts = [
            a for a in alts if written_as_name(a) and not excluded_name(a, words) and fold_name(a) not in taken_keys
        ]
        taken_keys.update(fold_name(n) for n in (name, *alts))
        kind, precision = LAYER_KINDS[feature["layer"]]
        rows.append(
            [
                name,
                "|".join(alts),
                f"{feature['lat']:.4f}",
                f"{feature['lon']:.4f}",
                kind,
                feature["iso3"],
                precision,
                f"{LAYERS_RULE_MADE_SOURCE} ({feature['layer']}), {feature['source']}",
            ]
        )
    return rows


def write_gazetteer_layers(csv_path: Path = GAZETTEER_CSV) -> list[Path]:
    """Rewrite ``csv_path``'s layer-rule rows with what :func:`select_features` makes now.

    Returns the files written (the CSV and the rebuilt ``gazetteer.geojson``).
    """
    features, words = layer_features(), english_words()
    return replace_rule_rows(LAYERS_RULE_MADE_SOURCE, lambda taken: select_features(features, taken, words), csv_path)


BUILDERS = {"gazetteer_layers": write_gazetteer_layers}
