"""Route calculator: the Arctic route between two ports against the Suez or Panama route.

:func:`compare_routes` finds two sea paths over the searoute network
(:func:`geodata.seaways.sea_path`): one with the Arctic passages open, one with them closed,
as conventional shipping sails. It says which passage or canal each uses (read off the
geometry), their lengths (geodesic, km and nautical miles), the days at a chosen speed, and
the saving. It refuses, with a message, pairs where an Arctic route makes no sense. No
streamlit here; the Routes page draws :meth:`RouteComparison.lines`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache, lru_cache

import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString, box

from geodata.catalog.shipping import PASSAGE_SEASONS
from geodata.measure import KM_PER_NM, geodesic_length_km
from geodata.seaways import sea_path
from geodata.settings import GEOGRAPHIC_CRS

from .route_ports import PORTS, Port, RoutingError, UnknownPortError, find_port, port_names

__all__ = [
    "ARCTIC_SEASONS",
    "MAX_SPEED_KNOTS",
    "NoArcticRouteError",
    "PORTS",
    "Port",
    "RouteComparison",
    "RoutingError",
    "SeaRoute",
    "SamePortError",
    "SpeedError",
    "UnknownPortError",
    "check_speed",
    "compare_routes",
    "find_port",
    "parse_speed_param",
    "passages_of",
    "port_names",
]

#: Fastest speed accepted, knots: the fastest container ships make about 25 knots, and no
#: cargo ship sustains 40.
MAX_SPEED_KNOTS = 40.0

#: An Arctic route must save at least this share of the distance to count as an alternative.
MIN_SAVING = 0.01

#: Typical open season of each Arctic passage (the registry's, as the ``routes`` layer shows).
ARCTIC_SEASONS: dict[str, str] = PASSAGE_SEASONS

# Where each passage or canal lies, as lon/lat boxes (west, south, east, north), degrees.
# Kara, Laptev, East Siberian Seas (Kara Gate at 58°E). It stops short of 180°, where
# Northwest Passage routes also cross the Chukchi Sea.
_NSR_WATERS = (55.0, 68.0, 178.0, 85.0)
_NSR_EAST = (80.0, 68.0, 178.0, 85.0)  # beyond the Kara Sea: only a through route goes there
_NWP_WATERS = (-125.0, 68.0, -75.0, 78.0)  # Parry Channel, Amundsen Gulf, Queen Maud Gulf
_CANALS_AND_CAPES: dict[str, tuple[float, float, float, float]] = {
    "Suez Canal": (32.0, 29.8, 33.0, 31.4),
    "Panama Canal": (-80.0, 8.8, -79.4, 9.5),
    "Cape of Good Hope": (10.0, -45.0, 30.0, -33.0),
    "Cape Horn": (-80.0, -62.0, -60.0, -52.0),
}


class SamePortError(RoutingError):
    """Origin and destination are the same port."""


class SpeedError(RoutingError):
    """A speed that is not a plausible number of knots."""


class NoArcticRouteError(RoutingError):
    """The two ports have no Arctic route worth comparing; the message says why."""


def _touches(line: LineString, bounds: tuple[float, float, float, float]) -> bool:
    """Does ``line`` (continuous longitudes) cross the lon/lat box, on any turn of the globe?"""
    west, south, east, north = bounds
    return any(line.intersects(box(west + k * 360, south, east + k * 360, north)) for k in (-1, 0, 1))


def passages_of(line: LineString) -> tuple[str, ...]:
    """Named passages and canals ``line`` (EPSG:4326) goes through, read off its geometry.

    "Northern Sea Route" when it runs north of 68°N between the Kara Sea (55°E) and Long
    Strait (178°E); "Northwest Passage" when it runs through the Canadian Arctic
    Archipelago (68–78°N, 125–75°W); then the Suez and Panama canals and the two capes.
    """
    found = []
    if _touches(line, _NWP_WATERS):
        found.append("Northwest Passage")
    if _touches(line, _NSR_WATERS):
        found.append("Northern Sea Route")
    found.extend(name for name, bounds in _CANALS_AND_CAPES.items() if _touches(line, bounds))
    return tuple(found)


def parse_speed_param(value: str | None) -> float | None:
    """A link's ``speed`` value in knots (0 to :data:`MAX_SPEED_KNOTS`), or None when it is not one."""
    try:
        speed = float(value) if value else math.nan
    except ValueError:
        return None
    return speed if 0 <= speed <= MAX_SPEED_KNOTS else None


def check_speed(speed_knots: object) -> float:
    """``speed_knots`` as a float, or :class:`SpeedError` saying what is wrong with it."""
    if isinstance(speed_knots, bool) or not isinstance(speed_knots, (int, float)):
        raise SpeedError(f"speed must be a number of knots, got {speed_knots!r}")
    speed = float(speed_knots)
    if not math.isfinite(speed):
        raise SpeedError(f"speed must be a finite number of knots, got {speed_knots!r}")
    if speed <= 0:
        raise SpeedError(f"speed must be more than 0 knots, got {speed:g}; cargo ships sail at 12–20 knots")
    if speed > MAX_SPEED_KNOTS:
        raise SpeedError(
            f"a speed of {speed:g} knots is not plausible for a ship; use at most {MAX_SPEED_KNOTS:g} "
            "knots (the fastest container ships make about 25)"
        )
    return speed


@dataclass(frozen=True)
class SeaRoute:
    """One of the two routes of a comparison.

    ``geometry`` is EPSG:4326 with continuous longitudes; ``length_km`` is geodesic (WGS 84);
    ``days`` is at the comparison's constant speed.
    """

    kind: str  # "arctic" or "conventional"
    via: str
    passages: tuple[str, ...]
    length_km: float
    length_nm: float
    days: float
    geometry: LineString


@dataclass(frozen=True)
class RouteComparison:
    """The Arctic route and the conventional route between two ports, at one speed."""

    origin: Port
    destination: Port
    speed_knots: float
    arctic: SeaRoute
    conventional: SeaRoute

    @property
    def saving_km(self) -> float:
        """Distance saved by the Arctic route, km."""
        return self.conventional.length_km - self.arctic.length_km

    @property
    def saving_nm(self) -> float:
        """Distance saved by the Arctic route, nautical miles."""
        return self.conventional.length_nm - self.arctic.length_nm

    @property
    def saving_days(self) -> float:
        """Days saved at :attr:`speed_knots`."""
        return self.conventional.days - self.arctic.days

    @property
    def saving_pct(self) -> float:
        """Distance saved as a percentage of the conventional route."""
        return 100.0 * self.saving_km / self.conventional.length_km

    @property
    def season(self) -> str:
        """Typical open months of the Arctic passage used."""
        return ARCTIC_SEASONS.get(self.arctic.via, "")

    def summary(self) -> str:
        """One sentence a briefer can read out."""
        return (
            f"{self.origin.name} to {self.destination.name}: {self.arctic.length_nm:,.0f} nmi via the "
            f"{self.arctic.via} against {self.conventional.length_nm:,.0f} nmi via the {self.conventional.via}, "
            f"{self.saving_pct:.0f}% shorter ({self.saving_days:.1f} days at {self.speed_knots:g} knots); "
            f"the {self.arctic.via} is typically open {self.season}."
        )

    def table(self) -> pd.DataFrame:
        """The two routes side by side: one row each (route, via, km, nmi, days)."""
        rows = [
            {
                "route": label,
                "via": r.via,
                "length_km": round(r.length_km),
                "length_nm": round(r.length_nm),
                "days": round(r.days, 1),
            }
            for label, r in (("Arctic", self.arctic), ("Conventional", self.conventional))
        ]
        return pd.DataFrame(rows)

    def lines(self) -> gpd.GeoDataFrame:
        """Both routes as lines to draw: EPSG:4326, continuous longitudes (past ±180° where
        they cross the antimeridian). Columns ``kind``, ``via``, ``length_km``, ``length_nm``,
        ``days``, ``label``. The conventional route leaves the polar map south of 40°N."""
        rows = [
            {
                "kind": r.kind,
                "via": r.via,
                "length_km": round(r.length_km),
                "length_nm": round(r.length_nm),
                "days": round(r.days, 1),
                "label": f"via the {r.via}: {r.length_nm:,.0f} nmi, {r.days:.1f} days",
                "geometry": r.geometry,
            }
            for r in (self.arctic, self.conventional)
        ]
        return gpd.GeoDataFrame(rows, geometry="geometry", crs=GEOGRAPHIC_CRS)


@lru_cache(maxsize=256)
def _paths(origin: str, destination: str) -> tuple[LineString | None, LineString | None]:
    """(Arctic path, conventional path) between two catalogue ports, by name; cached because
    the paths do not depend on speed."""
    a, b = find_port(origin).lonlat, find_port(destination).lonlat
    return sea_path(a, b, arctic=True), sea_path(a, b, arctic=False)


@cache
def _arctic_only(name: str) -> bool:
    """True when the port can reach neither Rotterdam nor Yokohama with the Arctic closed."""
    here = find_port(name).lonlat
    return all(sea_path(here, find_port(other).lonlat, arctic=False) is None for other in ("Rotterdam", "Yokohama"))


def _length_km(line: LineString) -> float:
    return float(geodesic_length_km(gpd.GeoSeries([line], crs=GEOGRAPHIC_CRS)).iloc[0])


def _sea_route(kind: str, via: str, line: LineString, speed: float) -> SeaRoute:
    km = _length_km(line)
    nm = km / KM_PER_NM
    return SeaRoute(kind, via, passages_of(line), km, nm, nm / speed / 24.0, line)


def _arctic_via(passages: tuple[str, ...]) -> str:
    for name in ("Northwest Passage", "Northern Sea Route"):
        if name in passages:
            return name
    return "Arctic Ocean"


def _conventional_via(passages: tuple[str, ...]) -> str:
    for name in ("Suez Canal", "Panama Canal", "Cape of Good Hope", "Cape Horn"):
        if name in passages:
            return name
    return "open ocean"


def compare_routes(origin: str, destination: str, speed_knots: float = 14.0) -> RouteComparison:
    """Compare the Arctic route with the conventional (Suez, Panama) route between two ports.

    Parameters
    ----------
    origin, destination : port names from :func:`port_names` (case and accents are ignored;
        aliases and UN/LOCODEs work too).
    speed_knots : constant speed, knots (0 < speed <= 40). Days ignore ice, which slows
        Arctic transits in practice.

    Returns
    -------
    RouteComparison with both routes (EPSG:4326 lines, continuous longitudes).

    Raises
    ------
    UnknownPortError, SamePortError, SpeedError
        Bad input; the message says what to change.
    NoArcticRouteError
        No Arctic route is worth comparing: the Arctic passages do not shorten the voyage, or
        the port can only be reached through Arctic waters (nothing to compare with).
    """
    speed = check_speed(speed_knots)
    start, end = find_port(origin), find_port(destination)
    if start == end:
        raise SamePortError(f"origin and destination are both {start.name}; choose two different ports")
    arctic_line, conventional_line = _paths(start.name, end.name)
    pair = f"{start.name}–{end.name}"
    if arctic_line is None:
        raise NoArcticRouteError(f"{pair}: the sea-route network has no path between these ports")
    if conventional_line is None or _touches(conventional_line, _NSR_EAST) or _touches(conventional_line, _NWP_WATERS):
        inside = " and ".join(p.name for p in (start, end) if _arctic_only(p.name)) or f"{start.name} or {end.name}"
        raise NoArcticRouteError(
            f"{pair}: every sea route to {inside} runs through Arctic waters, so there is no "
            "Suez or Panama route to compare with"
        )
    arctic = _sea_route("arctic", _arctic_via(passages_of(arctic_line)), arctic_line, speed)
    conv_passages = passages_of(conventional_line)
    conventional = _sea_route("conventional", _conventional_via(conv_passages), conventional_line, speed)
    if arctic.length_km > conventional.length_km * (1.0 - MIN_SAVING):
        how = "across open ocean" if conventional.via == "open ocean" else f"via the {conventional.via}"
        raise NoArcticRouteError(
            f"{pair}: no Arctic passage (Northern Sea Route, Northwest Passage) shortens this voyage; "
            f"the shortest route ({conventional.length_nm:,.0f} nmi) goes {how}"
        )
    return RouteComparison(start, end, speed, arctic, conventional)
