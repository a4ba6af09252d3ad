"""The route calculator's ports, from geodata: the Arctic ``ports`` layer plus the world ports.

Arctic ports are the rows of the registry's ``ports`` layer (``geodata/sources/ports.csv``);
the ports it lacks (Rotterdam, Shanghai, Yokohama ...) come from the cited world ports table
(:mod:`geodata.world_ports`). Each port has one position, the one its table gives (EPSG:4326
degrees), so the Routes page, the Map and the States page agree. Names match after the
gazetteer's :func:`~geodata.gazetteer.fold_name` (case and accents ignored), and a port is
also found by its UN/LOCODE, its table's alternative names, its gazetteer names ("Archangel",
"Godthåb") and its name without a parenthesis ("Prudhoe Bay" for "Prudhoe Bay (West Dock)").
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import geodata
from geodata.gazetteer import fold_name, lookup, names_of
from geodata.world_ports import load_world_ports

__all__ = [
    "PORTS",
    "Port",
    "RoutingError",
    "UnknownPortError",
    "find_port",
    "port_names",
]

#: The registry layer whose rows are the calculator's Arctic ports.
ARCTIC_PORTS_LAYER = "ports"

_PARENTHESIS = re.compile(r"\s*\([^)]*\)\s*$")


class RoutingError(ValueError):
    """Bad input to the route calculator; the message says what to change."""


class UnknownPortError(RoutingError):
    """A port name that is not in :data:`PORTS`."""


@dataclass(frozen=True)
class Port:
    """A port of the route calculator.

    ``lon``/``lat`` are EPSG:4326 degrees; ``region`` is ``"arctic"`` for a port of the
    ``ports`` layer, ``"world"`` for one of the world ports table.
    """

    name: str
    country: str
    region: str
    lon: float
    lat: float
    locode: str | None
    source: str
    aliases: tuple[str, ...] = ()

    @property
    def lonlat(self) -> tuple[float, float]:
        """(lon, lat) in degrees, the order searoute and shapely take."""
        return (self.lon, self.lat)


def _aliases(name: str, alt_names: str = "") -> tuple[str, ...]:
    """Other names of port ``name``: its table's, its gazetteer row's, and ``name`` without
    a trailing parenthesis."""
    names = names_of(name, alt_names)[1:]
    short = _PARENTHESIS.sub("", name)
    if short != name:
        names.append(short)
    place = lookup(short)
    if place is not None:
        names.extend(names_of(place["name"], place["alt_names"]))
    return tuple(dict.fromkeys(n for n in names if fold_name(n) != fold_name(name)))


def _catalogue() -> tuple[Port, ...]:
    arctic = [
        Port(r["name"], r["iso3"], "arctic", float(r["lon"]), float(r["lat"]), None, r["source"], _aliases(r["name"]))
        for r in geodata.layer(ARCTIC_PORTS_LAYER).to_dict("records")
    ]
    world = [
        Port(
            r["name"],
            r["iso3"],
            "world",
            float(r["lon"]),
            float(r["lat"]),
            r["locode"] or None,
            r["source"],
            _aliases(r["name"], r["alt_names"]),
        )
        for r in load_world_ports().to_dict("records")
    ]
    return (*arctic, *world)


#: Every port of the calculator: the Arctic ports layer, then the world ports table.
PORTS: tuple[Port, ...] = _catalogue()


def _index() -> dict[str, Port]:
    index: dict[str, Port] = {}
    # Names and UN/LOCODEs first, so a port's own name always wins over another port's alias.
    for port in PORTS:
        for key in (port.name, *([port.locode] if port.locode else [])):
            if index.setdefault(fold_name(key), port) is not port:
                raise RuntimeError(f"port name {key!r} names two ports of the route calculator")
    for port in PORTS:
        for alias in port.aliases:
            index.setdefault(fold_name(alias), port)
    return index


_INDEX = _index()


def port_names() -> list[str]:
    """Names of every port in the catalogue, sorted, for a select box."""
    return sorted(p.name for p in PORTS)


def find_port(name: str) -> Port:
    """The port called ``name`` (case, accents and UN/LOCODE accepted: "tromso", "NLRTM").

    Raises
    ------
    UnknownPortError
        ``name`` is not in the catalogue; the message suggests the closest names.
    """
    if not isinstance(name, str) or not name.strip():
        raise UnknownPortError(f"a port name is needed, got {name!r}")
    port = _INDEX.get(fold_name(name))
    if port is not None:
        return port
    close = difflib.get_close_matches(fold_name(name), list(_INDEX), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys(_INDEX[k].name for k in close))
    hint = f"did you mean {' or '.join(suggestions)}?" if suggestions else "no similar name is known."
    raise UnknownPortError(
        f"unknown port {name!r}: {hint} The calculator knows {len(PORTS)} ports "
        f"(see dashboard.profiles.routes.port_names())."
    )
