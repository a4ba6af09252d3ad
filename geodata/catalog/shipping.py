"""Shipping layers (sidebar group "Shipping")."""

from __future__ import annotations

from ..registry import LabelStyle, LayerSpec, LayerStyle
from .installations import POINT_LABEL

__all__ = ["LAYERS", "PASSAGE_SEASONS", "PORT_KIND_COLORS", "ROUTE_COLORS"]

#: Typical open season of each Arctic passage, as the ``routes`` layer and the route
#: calculator quote it (NSR Administration; Canadian Coast Guard / AMSA 2009).
PASSAGE_SEASONS: dict[str, str] = {
    "Northern Sea Route": "July–November",
    "Northwest Passage": "August–October",
}

#: Legend colour (RGBA) of each port ``kind``; the keys are the only kinds a port may have.
#: Okabe & Ito's colour-blind-safe set; ports are squares.
PORT_KIND_COLORS: dict[str, tuple[int, int, int, int]] = {
    "deep-water port": (0, 114, 178, 255),
    "cargo port": (86, 180, 233, 255),
    "seasonal port": (240, 228, 66, 255),
    "bulk (ore) port": (213, 94, 0, 255),
    "LNG terminal": (0, 158, 115, 255),
    "oil terminal": (0, 0, 0, 255),
    "fishing port": (204, 121, 167, 255),
    "river port": (230, 159, 0, 255),
}

_PORT_KIND_LABELS = {
    "deep-water port": "Deep-water port (year-round)",
    "cargo port": "Cargo port (year-round, may need icebreakers)",
    "seasonal port": "Seasonal port (open-water season)",
    "bulk (ore) port": "Bulk (ore) port",
    "LNG terminal": "LNG terminal",
    "oil terminal": "Oil terminal",
    "fishing port": "Fishing port",
    "river port": "River port",
}

PORTS = LayerSpec(
    name="ports",
    title="Arctic ports",
    group="Shipping",
    description=(
        "Arctic and sub-Arctic ports and terminals of the eight Arctic states, one point per "
        "port, coloured by kind, with a one-line note on operator, role or season."
    ),
    source="Arctic Atlas port table, compiled from public references cited per row (Wikipedia coordinates, operators, port authorities)",
    source_url="geodata/sources/ports.csv",
    version="compiled 2026",
    licence="Project data (facts from public sources, cited per row)",
    accuracy="exact",
    accuracy_note=(
        "Coordinates typed to 0.001° from the cited references and checked to lie within 25 km of "
        "the Natural Earth 1:50m coastline; they mark the harbour or town, within about 1-2 km. "
        "Rows whose note says 'point approximate' are within about 5 km. Dudinka is a river port "
        "on the Yenisei, inland of that coastline."
    ),
    file="ports.geojson",
    rebuilt_by="python -m geodata.build ports",
    style=LayerStyle(
        kind="point",
        line=(255, 255, 255, 255),
        point_radius_px=6.0,
        color_column="kind",
        palette=PORT_KIND_COLORS,
        palette_labels=_PORT_KIND_LABELS,
        marker="square",
        label=POINT_LABEL,
    ),
    tooltip=(("name", "Port"), ("kind", "Kind"), ("note", "Note"), ("source", "Source")),
    label_column="name",
    draw_order=80,
    state_profile="points",
)

#: Line colour (RGBA) of each route ``name`` in the ``routes`` layer; variants share it
#: (Okabe & Ito's colour-blind-safe set).
ROUTE_COLORS: dict[str, tuple[int, int, int, int]] = {
    "Northern Sea Route": (213, 94, 0, 255),
    "Northwest Passage": (0, 158, 115, 255),
    "Transpolar Sea Route": (204, 121, 167, 255),
    "Arctic Bridge": (0, 114, 178, 255),
}

ROUTES = LayerSpec(
    name="routes",
    title="Arctic shipping routes",
    group="Shipping",
    description=(
        "The Northern Sea Route (coastal and high-latitude), three Northwest Passage variants, the "
        "Transpolar Sea Route and the Arctic Bridge, with geodesic length and typical open season."
    ),
    source="searoute 1.6.0 maritime network (PyPI, Apache-2.0) and waypoints typed from cited capes and straits",
    source_url="https://pypi.org/project/searoute/1.6.0/",
    version="searoute 1.6.0; waypoints compiled 2026",
    licence="Apache-2.0 (searoute network); project data (typed waypoints)",
    accuracy="approximate",
    accuracy_note=(
        "Schematic tracks, not navigational routes: the searoute network cuts corners between its "
        "nodes (the NSR comes out ~8% shorter than the published 5,600 km), and the Transpolar and "
        "high-latitude NSR lines join typed waypoints by great circles. Seasons are typical, not forecasts."
    ),
    file="routes.geojson",
    rebuilt_by="python -m geodata.build routes",
    style=LayerStyle(
        kind="line",
        line=(80, 80, 80, 255),
        line_width_px=3.0,
        color_column="name",
        palette=ROUTE_COLORS,
        # One label per route (on its main variant, ``map_label``), at every zoom.
        label=LabelStyle(size_px=14.0, weight=700, color=(40, 40, 40, 255)),
    ),
    tooltip=(
        ("name", "Route"),
        ("variant", "Variant"),
        ("length_km", "Length (km)"),
        ("length_nm", "Length (nmi)"),
        ("season", "Season"),
        ("source", "Source"),
    ),
    label_column="map_label",
    draw_order=60,
)

LAYERS: tuple[LayerSpec, ...] = (PORTS, ROUTES)
