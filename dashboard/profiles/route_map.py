"""Draw a route comparison on the polar map: clipped, projected paths and port markers.

:meth:`dashboard.profiles.routes.RouteComparison.lines` gives both routes in EPSG:4326 with continuous
longitudes, all the way to ports far south of the map (Yokohama, Suez). Drawn as they are,
the southern parts would streak across the polar disc, so they are densified along lon/lat,
cut at the map edge (:data:`geodata.MAP_EXTENT_MIN_LAT`, 40°N) and then projected to
EPSG:3413 metres for the map component. No streamlit here.
"""

from __future__ import annotations

import html

import geopandas as gpd
import shapely
from shapely.geometry import box

import geodata
from dashboard.map.camera import arctic_view, fit_bounds
from dashboard.map.deck import PolarView
from dashboard.map.legend import legend_entries_html
from dashboard.map.payload import LABEL_STYLE, LayerDescription, rows_key
from dashboard.profiles.routes import RouteComparison

__all__ = [
    "COMPUTED_ROUTE_COLORS",
    "clip_to_map",
    "passages_text",
    "port_markers",
    "route_overlay",
    "route_legend_html",
    "route_paths",
    "route_view",
]

#: Line colour of each route kind (RGBA): magenta for the Arctic route, orange for the
#: conventional one; neither is used by a state, the land or the ocean, so both stand out.
COMPUTED_ROUTE_COLORS: dict[str, tuple[int, int, int, int]] = {
    "arctic": (204, 0, 153, 255),
    "conventional": (240, 120, 0, 255),
}

_ROUTE_WIDTH_PX = 4
_DENSIFY_DEG = 0.5  # lon/lat step before projecting: straight lon/lat segments curve in EPSG:3413


def clip_to_map(lines: gpd.GeoDataFrame, min_lat: float = geodata.MAP_EXTENT_MIN_LAT) -> gpd.GeoDataFrame:
    """The parts of ``lines`` (EPSG:4326, continuous longitudes) north of ``min_lat``, one row
    per continuous part, other columns kept. Rows with nothing north of ``min_lat`` are dropped.

    Lines are densified every 0.5° first, so the cut lands on the parallel, not on a chord.
    """
    if lines.crs is None or not lines.crs.equals(geodata.GEOGRAPHIC_CRS):
        raise ValueError("clip_to_map needs EPSG:4326 lines")
    # Longitudes may run past ±180° (continuous across the antimeridian): the box spans them all.
    cap = box(-720.0, min_lat, 720.0, 90.0)
    clipped = lines.copy()
    clipped["geometry"] = shapely.intersection(shapely.segmentize(lines.geometry.values, _DENSIFY_DEG), cap)
    clipped = clipped[~clipped.geometry.is_empty]
    parts = clipped.explode(index_parts=False, ignore_index=True)
    return parts[parts.geom_type == "LineString"].reset_index(drop=True)


def route_paths(comparison: RouteComparison, crs: str = geodata.POLAR_CRS) -> list[dict]:
    """PathLayer rows for both routes: ``path`` (list of [x, y] in ``crs`` metres), ``kind``,
    ``color`` (RGBA) and a plain-text ``_tooltip``; only the parts inside the map."""
    parts = clip_to_map(comparison.lines()).to_crs(crs)
    rows = []
    for record, geom in zip(parts.drop(columns="geometry").to_dict("records"), parts.geometry):
        rows.append(
            {
                "path": [[round(x), round(y)] for x, y in geom.coords],
                "kind": record["kind"],
                "color": list(COMPUTED_ROUTE_COLORS[record["kind"]]),
                "_tooltip": f"{'Arctic' if record['kind'] == 'arctic' else 'Conventional'} route {record['label']}",
            }
        )
    return rows


def port_markers(comparison: RouteComparison, crs: str = geodata.POLAR_CRS) -> list[dict]:
    """ScatterplotLayer/TextLayer rows for the origin and destination that lie on the map
    (north of 40°N): ``position`` ([x, y] metres), ``name``, ``_tooltip``."""
    ports = [p for p in (comparison.origin, comparison.destination) if p.lat >= geodata.MAP_EXTENT_MIN_LAT]
    if not ports:
        return []
    points = gpd.GeoSeries.from_xy([p.lon for p in ports], [p.lat for p in ports], crs=geodata.GEOGRAPHIC_CRS)
    points = points.to_crs(crs)
    role = {comparison.origin.name: "Origin", comparison.destination.name: "Destination"}
    return [
        {"position": [round(pt.x), round(pt.y)], "name": p.name, "_tooltip": f"{role[p.name]}: {p.name} ({p.country})"}
        for p, pt in zip(ports, points)
    ]


def route_overlay(comparison: RouteComparison, crs: str = geodata.POLAR_CRS) -> list[LayerDescription]:
    """Map layers (ids ``route-conventional``, ``route-arctic``, ``route-ports``,
    ``route-port-labels``) drawn above the basemap; small, so they travel as rows. The
    conventional route is drawn first, so the Arctic route sits on top where they share water."""
    paths = route_paths(comparison, crs)
    out = []
    for kind in ("conventional", "arctic"):
        rows = [
            {"path": r["path"], "line": r["color"], "tooltip": r["_tooltip"], "feature": i}
            for i, r in enumerate(paths)
            if r["kind"] == kind
        ]
        props = {
            "widthUnits": "pixels",
            "getWidth": _ROUTE_WIDTH_PX,
            "widthMinPixels": 2,
            "jointRounded": True,
            "capRounded": True,
            "pickable": True,
        }
        out.append(LayerDescription(id=f"route-{kind}", kind="path", key=rows_key(rows), rows=rows, props=props))
    markers = port_markers(comparison, crs)
    if markers:
        rows = [
            {"position": m["position"], "tooltip": m["_tooltip"], "text": m["name"], "feature": i}
            for i, m in enumerate(markers)
        ]
        out.append(
            LayerDescription(
                id="route-ports",
                kind="point",
                key=rows_key(rows),
                rows=rows,
                props={
                    "getFillColor": [255, 255, 255, 255],
                    "getLineColor": [20, 20, 20, 255],
                    "stroked": True,
                    "radiusUnits": "pixels",
                    "getRadius": 6,
                    "lineWidthUnits": "pixels",
                    "getLineWidth": 2,
                    "pickable": True,
                },
            )
        )
        out.append(
            LayerDescription(
                id="route-port-labels",
                kind="text",
                key=rows_key(rows),
                rows=rows,
                props={**LABEL_STYLE, "getSize": 14, "getColor": [20, 20, 20, 255], "getPixelOffset": [0, -16]},
            )
        )
    return out


def route_view(comparison: RouteComparison, *, width_px: int = 800, height_px: int = 640) -> PolarView:
    """The camera framing both routes' drawn parts and the ports on the map (EPSG:3413);
    the whole map when nothing of either route lies north of 40°N."""
    xy = [pt for row in route_paths(comparison) for pt in row["path"]]
    xy += [row["position"] for row in port_markers(comparison)]
    if not xy:
        return PolarView()
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    view = fit_bounds((min(xs), min(ys), max(xs), max(ys)), width_px=width_px, height_px=height_px)
    # A route reaching across most of the disc (it is cut at 40°N) is shown on the whole disc,
    # fitted to the map's width and height, rather than in a box wider than the disc itself.
    return arctic_view() if view.zoom <= arctic_view().zoom + 0.5 else view


def passages_text(passages: tuple[str, ...]) -> str:
    """ "Northern Sea Route, Suez Canal", or "open ocean" when no named passage is used."""
    return ", ".join(passages) if passages else "open ocean"


def route_legend_html(comparison: RouteComparison) -> str:
    """A two-line legend (colour swatch and route) for the map; every text is escaped."""
    items = legend_entries_html(
        (
            (
                f"{'Arctic' if kind == 'arctic' else 'Conventional'} route via the {route.via}",
                COMPUTED_ROUTE_COLORS[kind],
            )
            for kind, route in (("arctic", comparison.arctic), ("conventional", comparison.conventional))
        ),
        "line",
    )
    note = "Routes are cut at the map edge (40°N); ports further south are off the map."
    return (
        f'<div class="route-legend" style="font-size:0.9rem;line-height:1.4">{items}'
        f'<div style="color:#666;margin-top:4px">{html.escape(note)}</div></div>'
    )
