"""Build ``routes``: the Arctic shipping routes as lines, from the searoute network and typed waypoints.

Each route is a list of named waypoints (coordinates with their source, below). Legs marked
``"sea"`` follow the shortest path over the searoute 1.6.0 maritime network with the Arctic
passages open (intermediate waypoints only pick the channel: the path runs through the
network node nearest to them); legs marked ``"geodesic"`` join two waypoints by the great
circle, for passages the network lacks (the Transpolar Sea Route, the high-latitude NSR).
Lines are stored in EPSG:4326 with continuous longitudes (past 180° across the Bering
Strait), densified every 50 km so that they draw as the great circles that were measured;
``length_km`` is geodesic on WGS 84 (:func:`geodata.measure.geodesic_length_km`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
from shapely.geometry import LineString

from ..catalog.shipping import PASSAGE_SEASONS
from ..measure import KM_PER_NM, geodesic_length_km
from ..seaways import geodesic_path, join_paths, sea_path
from ..settings import GEOGRAPHIC_CRS
from .output import write_layer

__all__ = ["BUILDERS", "ROUTES", "WAYPOINTS", "Route", "build_routes", "route_line", "routes_frame"]

#: Named waypoints: key -> (lon, lat, name, source). Degrees, EPSG:4326.
WAYPOINTS: dict[str, tuple[float, float, str, str]] = {
    "kara_gate": (
        58.0,
        70.5,
        "Kara Gate (Karskiye Vorota Strait)",
        "Kara Strait, 70°30′N 58°00′E (GEBCO/IHO Limits of Oceans and Seas, S-23)",
    ),
    "bering_strait": (
        -168.9,
        65.86,
        "Bering Strait",
        "Midpoint of Cape Dezhnev (66°05′N 169°39′W) and Cape Prince of Wales (65°38′N 168°05′W)",
    ),
    "provideniya_bay": (
        -173.1,
        64.3,
        "Provideniya Bay (mouth)",
        "Provideniya Bay, 64°20′N 173°05′W, eastern end of the NSR distance quoted by the NSR Administration",
    ),
    "cape_zhelaniya": (
        68.6,
        77.2,
        "off Cape Zhelaniya (north tip of Novaya Zemlya)",
        "Cape Zhelaniya, 76°57′N 68°35′E; waypoint 25 km north of it",
    ),
    "kara_sea_northeast": (
        97.0,
        77.55,
        "north-eastern Kara Sea",
        "Waypoint between the Nordenskiöld Archipelago (to ~76°50′N) and Bolshevik Island (from ~78°10′N)",
    ),
    "vilkitsky_strait": (104.0, 77.9, "Vilkitsky Strait", "Vilkitsky Strait, 77°55′N 104°00′E"),
    "laptev_north": (130.0, 77.0, "northern Laptev Sea", "Waypoint typed by Arctic Atlas on the high-latitude route"),
    "north_of_kotelny": (
        140.0,
        76.6,
        "north of Kotelny Island",
        "Kotelny Island reaches 76°10′N; waypoint ~50 km north of it",
    ),
    "north_of_new_siberia": (
        150.0,
        76.1,
        "between New Siberia Island and Bennett Island",
        "New Siberia Island reaches ~75°30′N, Bennett Island lies at 76°43′N 149°E",
    ),
    "east_siberian_north": (
        165.0,
        74.5,
        "northern East Siberian Sea",
        "Waypoint typed by Arctic Atlas on the high-latitude route",
    ),
    "north_of_wrangel": (180.0, 72.2, "north of Wrangel Island", "Wrangel Island reaches 71°35′N at 180°"),
    "chukchi_sea": (-170.0, 68.8, "Chukchi Sea", "Waypoint between Chukotka and Point Hope (68°21′N 166°47′W)"),
    "chukchi_north": (-169.0, 72.0, "northern Chukchi Sea", "Waypoint on the 169°W meridian"),
    "north_pole": (-169.0, 90.0, "North Pole", "90°N (longitude is arbitrary at the pole)"),
    "fram_strait": (0.0, 79.0, "Fram Strait", "Fram Strait between Greenland and Svalbard, centre ~79°N 0°"),
    "barents_gap": (
        40.0,
        81.0,
        "between Svalbard and Franz Josef Land",
        "Kvitøya (32°E) and Alexandra Land (from 44°E) bound the gap at ~80–81°N",
    ),
    "barents_sea": (38.0, 75.0, "central Barents Sea", "Waypoint, 75°N 38°E"),
    "baffin_bay": (
        -76.61,
        73.89,
        "Baffin Bay, off Lancaster Sound",
        "searoute network node at the mouth of Lancaster Sound (74°N 77°W)",
    ),
    "mclure_strait": (
        -124.76,
        74.84,
        "M'Clure Strait (west end)",
        "searoute network node in M'Clure Strait (74°50′N 124°46′W)",
    ),
    "prince_of_wales_strait": (
        -118.09,
        72.77,
        "Prince of Wales Strait",
        "searoute network node in Prince of Wales Strait (72°46′N 118°05′W)",
    ),
    "peel_sound": (-96.10, 72.98, "Peel Sound", "searoute network node in Peel Sound (72°59′N 96°06′W)"),
    "rae_strait": (
        -94.83,
        69.48,
        "Rae Strait (east of King William Island)",
        "searoute network node off Rae Strait (69°29′N 94°50′W)",
    ),
    "dolphin_union_strait": (
        -113.18,
        68.38,
        "Dolphin and Union Strait",
        "searoute network node in Dolphin and Union Strait (68°23′N 113°11′W)",
    ),
    "murmansk": (33.06, 68.97, "Murmansk", "searoute ports, UN/LOCODE RUMMK"),
    "churchill": (-94.08, 58.74, "Churchill, Manitoba", "searoute ports, UN/LOCODE CACHV"),
}

_AMSA = "Arctic Council (PAME), Arctic Marine Shipping Assessment 2009 Report, ch. 4–5"
_NSRA = "Northern Sea Route Administration (nsr.rosatom.ru): navigation season and route length (~5,600 km Kara Gate–Provideniya Bay)"
_SEAROUTE = "searoute 1.6.0 maritime network (PyPI, Apache-2.0)"
_CCG = "Canadian Coast Guard, Arctic icebreaking programme (Northwest Passage season)"
_TSR = "Humpert & Raspotnik (2012), The Future of Arctic Shipping along the Transpolar Sea Route, Arctic Yearbook; Smith & Stephenson (2013), PNAS 110(13)"


@dataclass(frozen=True)
class Route:
    """One route of the layer: its stops (keys of :data:`WAYPOINTS`) and how each leg is drawn.

    ``legs[i]`` joins ``stops[i]`` to ``stops[i+1]``: ``"sea"`` over the searoute network with
    the Arctic passages open, ``"geodesic"`` along the great circle.
    """

    name: str
    variant: str
    stops: tuple[str, ...]
    legs: tuple[str, ...]
    season: str
    note: str
    source: str


ROUTES: tuple[Route, ...] = (
    Route(
        "Northern Sea Route",
        "Kara Gate – Bering Strait (coastal, via Vilkitsky and Dmitry Laptev straits)",
        ("kara_gate", "bering_strait"),
        ("sea",),
        PASSAGE_SEASONS["Northern Sea Route"],
        "The route as Russian law bounds it (Kara Gate to the Bering Strait). The published ~5,600 km "
        "runs on to Provideniya Bay; ice-class rules and escort fees apply (NSR Administration).",
        f"{_SEAROUTE}; {_NSRA}; {_AMSA}",
    ),
    Route(
        "Northern Sea Route",
        "Cape Zhelaniya – Bering Strait (high-latitude, north of Novaya Zemlya and the New Siberian Islands)",
        (
            "cape_zhelaniya",
            "kara_sea_northeast",
            "vilkitsky_strait",
            "laptev_north",
            "north_of_kotelny",
            "north_of_new_siberia",
            "east_siberian_north",
            "north_of_wrangel",
            "chukchi_sea",
            "bering_strait",
        ),
        ("geodesic",) * 9,
        "August–October",
        "Deep-water variant for large ships, used when ice allows; waypoints typed from the named capes "
        "and islands (the searoute network follows the coast).",
        f"Waypoints typed by Arctic Atlas; {_AMSA}; {_NSRA}",
    ),
    Route(
        "Northwest Passage",
        "Northern deep-water route: Parry Channel – M'Clure Strait",
        ("baffin_bay", "mclure_strait", "bering_strait"),
        ("sea", "sea"),
        "September (rarely open)",
        "Shortest and deepest (AMSA route 1), but M'Clure Strait is often blocked by multi-year ice "
        "from the Beaufort Sea.",
        f"{_SEAROUTE}; {_AMSA}; {_CCG}",
    ),
    Route(
        "Northwest Passage",
        "Parry Channel – Prince of Wales Strait – Amundsen Gulf",
        ("baffin_bay", "prince_of_wales_strait", "bering_strait"),
        ("sea", "sea"),
        PASSAGE_SEASONS["Northwest Passage"],
        "Avoids M'Clure Strait by turning south through Prince of Wales Strait (AMSA route 2).",
        f"{_SEAROUTE}; {_AMSA}; {_CCG}",
    ),
    Route(
        "Northwest Passage",
        "Southern route: Peel Sound – Rae Strait – Queen Maud Gulf – Dolphin and Union Strait",
        ("baffin_bay", "peel_sound", "rae_strait", "dolphin_union_strait", "bering_strait"),
        ("sea",) * 4,
        PASSAGE_SEASONS["Northwest Passage"],
        "Amundsen's route (1903–06) and the one most transits take; shallow (Simpson Strait ~6 m), "
        "so deep-draft ships use Victoria Strait instead (AMSA routes 3–4).",
        f"{_SEAROUTE}; {_AMSA}; {_CCG}",
    ),
    Route(
        "Transpolar Sea Route",
        "Bering Strait – North Pole – Fram Strait",
        ("bering_strait", "chukchi_north", "north_pole", "fram_strait"),
        ("geodesic",) * 3,
        "Not yet navigable without icebreakers; September by mid-century in projections",
        "Straight across the central Arctic Ocean, outside any coastal state's territorial sea; "
        "depends on further sea-ice loss. Typed waypoints (the network has no such passage).",
        f"Waypoints typed by Arctic Atlas; {_TSR}",
    ),
    Route(
        "Transpolar Sea Route",
        "Bering Strait – North Pole – Barents Sea",
        ("bering_strait", "chukchi_north", "north_pole", "barents_gap", "barents_sea"),
        ("geodesic",) * 4,
        "Not yet navigable without icebreakers; September by mid-century in projections",
        "Branch towards Murmansk and northern Europe, between Svalbard and Franz Josef Land.",
        f"Waypoints typed by Arctic Atlas; {_TSR}",
    ),
    Route(
        "Arctic Bridge",
        "Murmansk – Churchill",
        ("murmansk", "churchill"),
        ("sea",),
        "July–November (about four months)",
        "Seasonal link from Murmansk to Hudson Bay; published length ~6,700 km. Churchill's port "
        "season runs from mid-July to early November.",
        f"{_SEAROUTE}; Arctic Bridge (Wikipedia; Port of Churchill)",
    ),
)


def _point(key: str) -> tuple[float, float]:
    lon, lat, _, _ = WAYPOINTS[key]
    return lon, lat


def route_line(route: Route) -> LineString:
    """The line of ``route`` (EPSG:4326, continuous longitudes, densified every 50 km)."""
    if len(route.legs) != len(route.stops) - 1:
        raise ValueError(f"route {route.variant!r}: {len(route.stops)} stops need {len(route.stops) - 1} legs")
    pieces: list[LineString] = []
    for i, (start, end, how) in enumerate(zip(route.stops[:-1], route.stops[1:], route.legs)):
        if how == "geodesic":
            pieces.append(geodesic_path([_point(start), _point(end)]))
            continue
        if how != "sea":
            raise ValueError(f"route {route.variant!r}: leg kind must be 'sea' or 'geodesic', not {how!r}")
        # Only the route's own ends are added to the path; a via point just picks the channel
        # (the path runs through its nearest network node), so legs meet without doubling back.
        path = sea_path(_point(start), _point(end), arctic=True, append_ends=False)
        if path is None:
            raise RuntimeError(f"route {route.variant!r}: searoute found no path from {start} to {end}")
        coords = list(path.coords)
        if i == 0:
            coords.insert(0, _point(start))
        if i == len(route.legs) - 1:
            coords.append(_point(end))
        pieces.append(LineString(coords))
    return join_paths(pieces)


def routes_frame() -> gpd.GeoDataFrame:
    """All :data:`ROUTES` as a GeoDataFrame (EPSG:4326) with the layer's columns."""
    rows = [
        {
            "name": r.name,
            "variant": r.variant,
            "season": r.season,
            "note": r.note,
            "source": r.source,
            "geometry": route_line(r),
        }
        for r in ROUTES
    ]
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=GEOGRAPHIC_CRS)
    length_km = geodesic_length_km(gdf)
    gdf["length_km"] = length_km.round(0).astype(int)
    gdf["length_nm"] = (length_km / KM_PER_NM).round(0).astype(int)
    # One map label per route, on its first (main) variant; the other variants stay unlabelled.
    gdf["map_label"] = gdf["name"].where(~gdf["name"].duplicated(), "")
    columns = ["name", "variant", "map_label", "length_km", "length_nm", "season", "note", "source", "geometry"]
    return gdf[columns]


def build_routes() -> list[Path]:
    """Write ``routes.geojson``; return its path."""
    return [write_layer(routes_frame(), "routes")]


BUILDERS = {"routes": build_routes}
