"""Political layers: the eight Arctic states and their constituent territories."""

from __future__ import annotations

from ..registry import LabelStyle, LayerSpec, LayerStyle

__all__ = ["LAYERS", "STATE_COLORS"]

_NATURAL_EARTH = "Natural Earth 1:50m Admin 0 – Countries, via the npm package world-atlas"
_NE_URL = "https://www.naturalearthdata.com/ (packaged as npm world-atlas 2.0.2)"
_NE_VERSION = "Natural Earth 4.1.0 / world-atlas 2.0.2"
_NE_LICENCE = "Public domain (Natural Earth); packaging ISC (world-atlas)"

#: One distinct colour per Arctic state (RGBA), shared by the map fill and the legend: Paul Tol's
#: "light" scheme (made for labelled areas, distinct for colour-blind viewers), with a tan for
#: Russia. Light, so markers, hatching and dark text read on top. Every pair, and each against
#: the land's grey and the EEZ lines, differs by CIELAB ΔE ≥ 15 also for protanopes and
#: deuteranopes (Norway a shade darker, Russia lighter, for them; tests/test_cartography.py).
STATE_COLORS = {
    "USA": (119, 170, 221, 255),
    "CAN": (238, 136, 101, 255),
    "DNK": (254, 169, 185, 255),
    "ISL": (153, 221, 255, 255),
    "NOR": (50, 169, 137, 255),
    "SWE": (238, 221, 136, 255),
    "FIN": (187, 204, 51, 255),
    "RUS": (228, 190, 151, 255),
}

#: State names are the largest text on the map (18 px; 27 px on a projector), shown at every zoom.
STATE_LABEL = LabelStyle(size_px=18.0, weight=700, color=(25, 25, 25, 255))

STATE_NAMES = {
    "USA": "United States",
    "CAN": "Canada",
    "DNK": "Denmark (incl. Greenland, Faroe Islands)",
    "ISL": "Iceland",
    "NOR": "Norway (incl. Svalbard, Jan Mayen)",
    "SWE": "Sweden",
    "FIN": "Finland",
    "RUS": "Russia",
}

STATES = LayerSpec(
    name="states",
    title="Arctic states",
    group="Political",
    description=(
        "The eight member states of the Arctic Council, one row each. The Danish realm's row "
        "includes Greenland and the Faroe Islands; Norway's includes Svalbard and Jan Mayen; "
        "Finland's includes Åland. The `territories` layer keeps each part identifiable."
    ),
    source=_NATURAL_EARTH,
    source_url=_NE_URL,
    version=_NE_VERSION,
    licence=_NE_LICENCE,
    accuracy="approximate",
    accuracy_note=(
        "Natural Earth 1:50m boundaries (generalised), clipped to the map extent north of 40°N. "
        "De facto boundaries as Natural Earth draws them; not for legal use."
    ),
    file="states.geojson",
    rebuilt_by="python -m geodata.build states",
    style=LayerStyle(
        kind="polygon",
        line=(40, 40, 40, 255),
        line_width_px=1.0,
        color_column="iso3",
        palette=STATE_COLORS,
        palette_labels=STATE_NAMES,
        label=STATE_LABEL,
    ),
    tooltip=(("name", "State"), ("nato_status", "NATO"), ("arctic_council_role", "Arctic Council")),
    label_column="map_label",
    draw_order=10,
    basemap=True,
    state_profile="territory",
)

TERRITORIES = LayerSpec(
    name="territories",
    title="Territories and regions",
    group="Political",
    description=(
        "The states split into their constituent parts (Greenland, Faroe Islands, Svalbard, "
        "Jan Mayen, Åland, Alaska and each state's remaining territory), drawn as outlines. "
        "Dissolving this layer by `iso3` gives the `states` layer."
    ),
    source=_NATURAL_EARTH,
    source_url=_NE_URL,
    version=_NE_VERSION,
    licence=_NE_LICENCE,
    accuracy="approximate",
    accuracy_note=(
        "Greenland, the Faroes and Åland are Natural Earth features of their own; Svalbard, Jan "
        "Mayen and Alaska are cut out of Norway and the USA by their published extents."
    ),
    file="territories.geojson",
    rebuilt_by="python -m geodata.build states",
    default_on=False,
    style=LayerStyle(
        kind="polygon", fill=None, line=(20, 20, 20, 255), line_width_px=1.5, dashed=True, fill_mode="outline"
    ),
    tooltip=(("territory", "Territory"), ("sovereign", "Part of"), ("status", "Status")),
    draw_order=15,
    state_profile="parts",
)

LAND = LayerSpec(
    name="land",
    title="Land",
    group="Reference",
    description="All land north of 40°N: the basemap under the states.",
    source="Natural Earth 1:50m Land, via the npm package world-atlas",
    source_url=_NE_URL,
    version=_NE_VERSION,
    licence=_NE_LICENCE,
    accuracy="approximate",
    accuracy_note="Natural Earth 1:50m coastline (generalised), clipped north of 40°N.",
    file="land.geojson",
    rebuilt_by="python -m geodata.build land",
    style=LayerStyle(kind="polygon", fill=(239, 239, 239, 255), line=(150, 150, 150, 255), line_width_px=0.5),
    draw_order=0,
    basemap=True,
)

LAYERS = (LAND, STATES, TERRITORIES)
