"""Build ``eez``: Exclusive Economic Zones of the Arctic states, computed from the coastline.

No package ships EEZ polygons, so they are computed (all geometry in the equal-area EPSG:6931,
metres), and labelled approximate:

1. Coasts. The Arctic zones' land comes from the ``territories`` layer (clipped north of
   40°N); every other country's land (the UK, Estonia, Japan, ...) from Natural Earth 1:50m
   (npm world-atlas), clipped north of 30°N so that neighbours just south of the map edge
   still push the median line. The sea is the cap north of 30°N minus all land, minus the
   Caspian (a lake: no EEZ). A coast is a land boundary that touches the sea.
2. Median lines. Coast points every few km, each labelled with its zone (or neighbour), go
   into a Voronoi diagram; the cells of one label, unioned, are the water nearer to that
   zone's coast than to anyone else's: every boundary between two labels is an
   equidistance (median) line.
3. 200 nm. Each zone is its Voronoi region ∩ the 370.4 km buffer of its land ∩ the sea.
   Buffering in EPSG:6931 (Lambert azimuthal equal-area) stretches distance one way and
   shrinks it the other by up to ~3% at 60°N, but keeps each buffer's *area* right.
4. Agreements (:mod:`geodata.build.eez_treaties`) then override the median line: treaty lines
   (USA–USSR 1990, Norway–Russia 2010, Canada–Denmark 2022 at Hans Island), Iceland's full
   200 nm against Jan Mayen (1980), and the Beaufort Sea wedge cut out as its own row.
5. Clip to the map's cap north of 40°N (zones of coasts near 40°N are cut there), simplify,
   go back to EPSG:4326 with antimeridian-crossing parts unwrapped, and write GeoJSON.

``area_km2`` is the area of the stored (simplified) polygon in EPSG:6931, which is
equal-area: it equals the geodesic area on the ellipsoid to well under 0.1%.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Point, Polygon

from ..geometry import polar_cap, polygonal_part, unwrap_antimeridian
from ..layers import layer
from ..measure import KM_PER_NM, area_km2
from ..settings import EQUAL_AREA_CRS, GEOGRAPHIC_CRS, MAP_EXTENT_MIN_LAT
from .eez_treaties import BEAUFORT_WEDGE, PRIORITY_RULES, TREATIES, DisputedArea, TreatyLine
from .natural_earth import STATE_SOURCE_IDS, clip_to_extent, read_world_atlas
from .output import write_layer

__all__ = [
    "EEZ_RADIUS_M",
    "ZONES",
    "Zone",
    "build_eez",
    "compute_eez",
]

#: 200 international nautical miles, in metres.
EEZ_RADIUS_M = 200 * 1000.0 * KM_PER_NM

#: Neighbours' coasts are taken this far south, so the median line near 40°N is right.
_NEIGHBOUR_MIN_LAT = 30.0
#: Spacing of the coast points fed to the Voronoi diagram (metres, EPSG:6931).
_COAST_SPACING_M = 4_000.0
#: Coastlines are simplified by this much before sampling and buffering (metres).
_COAST_SIMPLIFY_M = 500.0
#: Output simplification (metres; Visvalingam-Whyatt, the square root of the smallest triangle
#: area kept): invisible at full-Arctic zoom, keeps the file small.
_OUTPUT_SIMPLIFY_M = 1_000.0
#: A point in the Caspian Sea, which is a lake and has no EEZ.
_CASPIAN = (50.5, 42.5)


@dataclass(frozen=True)
class Zone:
    """One output row: a sovereign's zone and the ``territories`` rows whose coasts make it."""

    key: str
    iso3: str
    zone: str
    territories: tuple[str, ...]
    status: str = "median-line"
    note: str = ""


#: The zones, in output order. ``status`` here is the starting point; rows bounded by a
#: typed-in treaty line become ``agreed`` unless disputed.
ZONES: tuple[Zone, ...] = (
    Zone("USA-AK", "USA", "Alaska (Arctic, Bering Sea, Gulf of Alaska)", ("Alaska",)),
    Zone(
        "USA-L48",
        "USA",
        "Contiguous US, Atlantic and Pacific (north of 40°N only)",
        ("United States (mainland and other islands)",),
        note="Only the part north of the map edge (40°N) is shown; the US EEZ continues south.",
    ),
    Zone("CAN", "CAN", "Canada", ("Canada",)),
    Zone("GRL", "DNK", "Greenland", ("Greenland",)),
    Zone("FRO", "DNK", "Faroe Islands", ("Faroe Islands",)),
    Zone("DNK", "DNK", "Denmark", ("Denmark",)),
    Zone("ISL", "ISL", "Iceland", ("Iceland",)),
    Zone("NOR", "NOR", "Norway (mainland)", ("Norway (mainland and other islands)",)),
    Zone(
        "SJM-SV",
        "NOR",
        "Svalbard (Fisheries Protection Zone)",
        ("Svalbard",),
        status="disputed",
        note=(
            "Norway's 200-nm Fisheries Protection Zone (1977). Norway holds that the Svalbard "
            "Treaty's equal-access rules stop at the territorial sea; Russia, Iceland, the EU "
            "and others contest this or reserve their position."
        ),
    ),
    Zone("SJM-JM", "NOR", "Jan Mayen", ("Jan Mayen",)),
    Zone("SWE", "SWE", "Sweden", ("Sweden",)),
    Zone("FIN", "FIN", "Finland (incl. Åland)", ("Finland", "Åland")),
    Zone("RUS", "RUS", "Russia", ("Russia",)),
)

_SOURCE = (
    "Computed: 200 nm (370.4 km) from Natural Earth 1:50m coastlines (world-atlas 2.0.2), median "
    "lines by Voronoi partition, treaty lines typed in"
)
_DEFAULT_NOTE = "Computed from a 1:50m coastline: approximate, not the legal limit; see `boundaries`."


# --------------------------------------------------------------------------- inputs


def _zone_land() -> dict[str, shapely.Geometry]:
    """Land of each Arctic zone and each neighbouring country, EPSG:6931, keyed by label."""
    terr = layer("territories").to_crs(EQUAL_AREA_CRS)
    land: dict[str, shapely.Geometry] = {}
    for zone in ZONES:
        rows = terr[terr["territory"].isin(zone.territories)]
        if len(rows) != len(zone.territories):
            raise RuntimeError(f"eez: territories {zone.territories} not all found in the territories layer")
        land[zone.key] = shapely.make_valid(shapely.union_all(rows.geometry.values))
    arctic_ids = {sid for ids in STATE_SOURCE_IDS.values() for sid in ids}
    countries = read_world_atlas("countries")
    others = countries[~countries["id"].isin(arctic_ids) & countries["id"].notna()]
    others = clip_to_extent(others, min_lat=_NEIGHBOUR_MIN_LAT).to_crs(EQUAL_AREA_CRS)
    for row in others.itertuples():
        land[f"other:{row.name}"] = row.geometry
    return land


def _sea(cap: Polygon) -> shapely.Geometry:
    """Sea north of ``_NEIGHBOUR_MIN_LAT`` in EPSG:6931: the cap minus all land and the Caspian."""
    world_land = clip_to_extent(read_world_atlas("land"), min_lat=_NEIGHBOUR_MIN_LAT).to_crs(EQUAL_AREA_CRS)
    water = shapely.difference(cap, shapely.union_all(world_land.geometry.values))
    caspian = _to_polar_point(*_CASPIAN)
    return MultiPolygon([p for p in shapely.get_parts(water) if not p.contains(caspian)])


_TO_POLAR = Transformer.from_crs(GEOGRAPHIC_CRS, EQUAL_AREA_CRS, always_xy=True)


def _to_polar_point(lon: float, lat: float) -> Point:
    return Point(*_TO_POLAR.transform(lon, lat))


def _lonlat_polygon(ring: list[tuple[float, float]]) -> shapely.Geometry:
    """A lon/lat ring (degrees, longitudes may be unwrapped) as a valid EPSG:6931 polygon.

    Edges are densified every 0.1° first, so they follow the lon/lat shape after projection.
    """
    dense = shapely.segmentize(Polygon(ring), 0.1)
    xs, ys = _TO_POLAR.transform(*np.asarray(dense.exterior.coords).T)
    return shapely.make_valid(Polygon(np.column_stack([xs, ys])))


# --------------------------------------------------------------------------- median lines


def _coast_points(land: dict[str, shapely.Geometry], sea: shapely.Geometry) -> tuple[np.ndarray, np.ndarray]:
    """Points along every label's coast (EPSG:6931) and their labels.

    Land borders (not touching the sea) are dropped; they would only add Voronoi cells inland.
    """
    near_sea = shapely.buffer(sea, 1_000.0)
    coords, labels = [], []
    for key, geom in land.items():
        coast = shapely.intersection(shapely.simplify(geom, _COAST_SIMPLIFY_M).boundary, near_sea)
        if coast.is_empty:
            continue
        pts = shapely.get_coordinates(shapely.segmentize(coast, _COAST_SPACING_M))
        coords.append(pts)
        labels.extend([key] * len(pts))
    xy = np.vstack(coords)
    labels_arr = np.asarray(labels, dtype=object)
    _, first = np.unique(np.round(xy, 0), axis=0, return_index=True)
    first.sort()
    return xy[first], labels_arr[first]


def _median_regions(xy: np.ndarray, labels: np.ndarray, extent: Polygon) -> dict[str, shapely.Geometry]:
    """Water nearest to each label's coast: Voronoi cells of its coast points, unioned."""
    cells = shapely.voronoi_polygons(shapely.multipoints(xy), extend_to=extent, ordered=True)
    cells = np.asarray(shapely.get_parts(cells))
    regions = {}
    for key in pd.unique(labels):
        regions[key] = shapely.coverage_union_all(cells[labels == key])
    return regions


# --------------------------------------------------------------------------- agreements


def _apply_treaty(zones: dict[str, shapely.Geometry], treaty: TreatyLine, claimable: shapely.Geometry) -> None:
    """Redraw the boundary between ``treaty.side_a`` and ``treaty.side_b`` along its line.

    Inside the treaty's area, water within 200 nm of either party (``claimable``: nearer to
    them than to any third state) goes to the side of the line it lies on; water one side
    gains is given to that side's zone with the longest shared border.
    """
    line = list(treaty.line)
    side_a = _lonlat_polygon(line + list(treaty.a_closure))
    side_b = _lonlat_polygon(line + list(treaty.b_closure))
    for own, other_side, own_area in ((treaty.side_a, treaty.side_b, side_a), (treaty.side_b, treaty.side_a, side_b)):
        gained = shapely.union_all(
            [shapely.intersection(zones[k], own_area) for k in other_side] + [shapely.intersection(claimable, own_area)]
        )
        for k in other_side:
            zones[k] = shapely.difference(zones[k], own_area)
        gained = shapely.difference(gained, shapely.union_all([zones[k] for k in own]))
        for piece in shapely.get_parts(gained):
            if len(own) == 1:
                winner = own[0]
            else:
                winner = max(own, key=lambda k: shapely.intersection(zones[k].buffer(1.0), piece).area)
            zones[winner] = shapely.union(zones[winner], piece)


def _split_disputed(zones: dict[str, shapely.Geometry], dispute: DisputedArea) -> shapely.Geometry:
    """Cut the disputed water out of the zones it was taken from; return it."""
    box = _lonlat_polygon(list(dispute.claim_box))
    # The wedge is the US equidistance zone on Canada's side of 141°W.
    wedge = shapely.intersection(zones[dispute.taken_from[0]], box)
    for k in dispute.taken_from:
        zones[k] = shapely.difference(zones[k], wedge)
    return wedge


# --------------------------------------------------------------------------- the build


def compute_eez() -> gpd.GeoDataFrame:
    """The EEZ rows in EPSG:6931 (unsimplified), with ``iso3``, ``zone``, ``status``, ``note``,
    ``source`` and ``boundaries`` (which lines bound it)."""
    cap30 = polar_cap(_NEIGHBOUR_MIN_LAT, EQUAL_AREA_CRS)
    sea = _sea(cap30)
    land = _zone_land()
    xy, labels = _coast_points(land, sea)
    regions = _median_regions(xy, labels, cap30)

    zones: dict[str, shapely.Geometry] = {}
    buffers: dict[str, shapely.Geometry] = {}
    for zone in ZONES:
        buffers[zone.key] = shapely.buffer(shapely.simplify(land[zone.key], _COAST_SIMPLIFY_M), EEZ_RADIUS_M)
        zones[zone.key] = shapely.intersection(shapely.intersection(regions[zone.key], buffers[zone.key]), sea)

    for rule in PRIORITY_RULES:
        won = shapely.intersection(zones[rule.loser], buffers[rule.winner])
        zones[rule.loser] = shapely.difference(zones[rule.loser], won)
        zones[rule.winner] = shapely.union(zones[rule.winner], won)
    for treaty in TREATIES:
        parties = treaty.side_a + treaty.side_b
        # Water within 200 nm of either party and nearer to them than to third states, less
        # anything a third zone already holds (e.g. Iceland's water won from Jan Mayen).
        claimable = shapely.intersection(
            shapely.union_all([regions[k] for k in parties]),
            shapely.intersection(shapely.union_all([buffers[k] for k in parties]), sea),
        )
        claimable = shapely.difference(claimable, shapely.union_all([g for k, g in zones.items() if k not in parties]))
        _apply_treaty(zones, treaty, claimable)
    wedge = _split_disputed(zones, BEAUFORT_WEDGE)

    boundaries = _boundary_notes()
    cap40 = polar_cap(MAP_EXTENT_MIN_LAT, EQUAL_AREA_CRS)
    rows = []
    for zone in ZONES:
        treaties = [t.title for t in TREATIES if zone.key in t.side_a + t.side_b]
        treaties += [r.title for r in PRIORITY_RULES if zone.key in (r.winner, r.loser)]
        status = zone.status if zone.status == "disputed" else ("agreed" if treaties else "median-line")
        rows.append(
            {
                "iso3": zone.iso3,
                "zone": zone.zone,
                "status": status,
                "boundaries": boundaries.get(zone.key, "median lines with all neighbours"),
                "source": _SOURCE + (" (" + "; ".join(treaties) + ")" if treaties else ""),
                "note": zone.note or _DEFAULT_NOTE,
                "geometry": shapely.intersection(zones[zone.key], cap40),
            }
        )
    rows.append(
        {
            "iso3": BEAUFORT_WEDGE.iso3,
            "zone": BEAUFORT_WEDGE.zone,
            "status": "disputed",
            "boundaries": "141°W meridian (Canada's claim) and the equidistance line (the USA's claim)",
            "source": _SOURCE + " (" + BEAUFORT_WEDGE.citation + ")",
            "note": BEAUFORT_WEDGE.note,
            "geometry": shapely.intersection(wedge, cap40),
        }
    )
    out = gpd.GeoDataFrame(rows, crs=EQUAL_AREA_CRS)
    out["geometry"] = [polygonal_part(g) for g in out.geometry]
    return out


def _boundary_notes() -> dict[str, str]:
    """For each zone key, which of its lines are typed-in agreements and which are median lines."""
    notes: dict[str, list[str]] = {}
    for t in TREATIES:
        for k in t.side_a + t.side_b:
            notes.setdefault(k, []).append(f"{t.title}: treaty line ({t.precision})")
    for r in PRIORITY_RULES:
        for k in (r.winner, r.loser):
            notes.setdefault(k, []).append(f"{r.title}: Iceland's 200-nm limit")
    for k in BEAUFORT_WEDGE.taken_from:
        notes.setdefault(k, []).append("Beaufort Sea: disputed wedge shown as its own row")
    return {k: "; ".join(v) + "; median lines elsewhere" for k, v in notes.items()}


def _simplified(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Drop specks (< 20 km²) and simplify all zones together (EPSG:6931).

    ``coverage_simplify`` simplifies the zones as one coverage, so a boundary shared by two
    zones stays shared: simplifying each zone on its own would open gaps and overlaps.
    """
    despecked = []
    for g in gdf.geometry:
        parts = [p for p in shapely.get_parts(polygonal_part(g)) if p.area > 20e6] if g is not None else []
        despecked.append(MultiPolygon(parts) if parts else None)
    out = gdf.assign(geometry=despecked)
    out = out[out.geometry.notna()].reset_index(drop=True)
    simple = shapely.coverage_simplify(out.geometry.values, _OUTPUT_SIMPLIFY_M)
    out["geometry"] = [polygonal_part(shapely.make_valid(g)) for g in simple]
    return out


def _stored_geometry(geom: shapely.Geometry) -> MultiPolygon:
    """EPSG:4326 geometry as written: unwrapped past 180°, snapped to the 1e-4° grid of the
    file (about 10 m) and repaired, so it is valid both in lon/lat and in EPSG:3413."""
    snapped = shapely.set_precision(shapely.make_valid(unwrap_antimeridian(geom)), 1e-4)
    parts = [p for p in shapely.get_parts(polygonal_part(shapely.make_valid(snapped))) if p.area > 1e-4]
    return MultiPolygon(parts)


def build_eez() -> list[Path]:
    """Write ``eez.geojson`` (EPSG:4326, unwrapped longitudes, 4 decimals ≈ 10 m); return its path."""
    polar = _simplified(compute_eez())
    stored = polar.to_crs(GEOGRAPHIC_CRS)
    stored["geometry"] = [_stored_geometry(g) for g in stored.geometry]
    # Area of what is stored, measured in the equal-area EPSG:6931.
    stored["area_km2"] = area_km2(stored).round(0)
    stored = stored[["iso3", "zone", "status", "area_km2", "boundaries", "source", "note", "geometry"]]
    return [write_layer(stored, "eez", decimals=4)]


#: Build targets found by ``python -m geodata.build``.
BUILDERS = {"eez": build_eez}
