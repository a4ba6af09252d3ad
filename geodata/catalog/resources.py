"""Resources layers (sidebar group "Resources"): USGS CARA provinces and major projects."""

from __future__ import annotations

from ..registry import LayerSpec, LayerStyle
from .installations import POINT_LABEL

__all__ = [
    "CARA_VOLUMES",
    "LAYERS",
    "POTENTIAL_COLORS",
    "PROJECT_COLORS",
    "RESOURCE_PROJECTS",
    "RESOURCES",
    "cara_volume_label",
]

#: The USGS CARA volume columns of the ``resources`` layer: column -> (quantity, unit,
#: abbreviated unit). Every tooltip, table, metric and chart that shows a volume labels it
#: from here.
CARA_VOLUMES: dict[str, tuple[str, str, str]] = {
    "oil_bbo": ("Oil", "billion barrels", "billion bbl"),
    "gas_tcf": ("Gas", "trillion cubic feet (Tcf)", "Tcf"),
    "ngl_bbo": ("NGL", "billion barrels", "billion bbl"),
    "boe_bbo": ("Oil equivalent", "billion barrels of oil equivalent", "billion bbl"),
}


def cara_volume_label(column: str) -> str:
    """The label of CARA volume ``column`` with its abbreviated unit, e.g. "Gas (Tcf)"."""
    quantity, _unit, abbreviation = CARA_VOLUMES[column]
    return f"{quantity} ({abbreviation})"


#: Sequential purples by undiscovered oil-equivalent, drawn as outline plus hatching (no fill):
#: the provinces lie on land and zones of every state, and purple is a hue no state fill uses.
POTENTIAL_COLORS = {
    "very high": (63, 0, 125, 255),
    "high": (117, 60, 165, 255),
    "moderate": (158, 110, 200, 255),
    "low": (195, 160, 225, 255),
}

POTENTIAL_LABELS = {
    "very high": "≥ 50 billion barrels of oil equivalent",
    "high": "10–50 Bboe",
    "moderate": "2–10 Bboe",
    "low": "< 2 Bboe",
}

#: One colour per project kind (diamonds, opaque; Okabe & Ito's set, gas in the LNG terminals' green).
PROJECT_COLORS = {
    "oil": (0, 0, 0, 255),
    "gas/LNG": (0, 158, 115, 255),
    "mine": (213, 94, 0, 255),
    "minerals/rare earths": (204, 121, 167, 255),
}

_CARA = "USGS Circum-Arctic Resource Appraisal (CARA), Fact Sheet 2008-3049, Table 1 and Figure 1"

RESOURCES = LayerSpec(
    name="resources",
    title="Undiscovered oil and gas (USGS CARA 2008)",
    group="Resources",
    description=(
        "The 25 geologic provinces north of the Arctic Circle that the USGS assessed quantitatively "
        "in 2008, with their mean undiscovered, technically recoverable conventional oil, gas and "
        "natural gas liquids. Together: about 90 billion barrels of oil, 1,669 trillion cubic feet "
        "of gas and 44 billion barrels of NGL. Coloured by oil equivalent (gas at 6,000 ft³ per barrel)."
    ),
    source=_CARA,
    source_url="https://pubs.usgs.gov/fs/2008/3049/",
    version="USGS Fact Sheet 2008-3049 (July 2008)",
    licence="Public domain (U.S. Government work); outlines drawn by Arctic Atlas",
    accuracy="approximate",
    accuracy_note=(
        "Figures are the USGS mean estimates as published. Outlines are simplified outlines, "
        "a dozen to a few dozen vertices copied by eye from the USGS province map and clipped to "
        "the Arctic Circle (the limit of the assessment): good for where, not for boundaries."
    ),
    file="resources.geojson",
    rebuilt_by="python -m geodata.build resources",
    default_on=False,
    style=LayerStyle(
        kind="polygon",
        line=(63, 0, 125, 255),
        line_width_px=1.5,
        color_column="potential_class",
        palette=POTENTIAL_COLORS,
        palette_labels=POTENTIAL_LABELS,
        fill_mode="hatch",
        hatch="/",
    ),
    tooltip=(
        ("province", "Province"),
        ("code", "Code"),
        *((column, cara_volume_label(column)) for column in CARA_VOLUMES),
        ("states", "States' land or zones"),
    ),
    draw_order=25,
)

RESOURCE_PROJECTS = LayerSpec(
    name="resource_projects",
    title="Oil, gas and mining projects",
    group="Resources",
    description=(
        "Major producing, planned and stalled resource projects: oil and gas fields, LNG plants, "
        "mines and rare-earth deposits, each with operator, status and source."
    ),
    source="Operators' and regulators' public pages, cited per project (column `source`)",
    source_url="",
    version="Status as of 2025",
    licence="Facts from public sources; compiled by Arctic Atlas",
    accuracy="approximate",
    accuracy_note=(
        "One point per project at the field, plant or mine (within ~20 km); statuses change, "
        "check the cited source before quoting one."
    ),
    file="resource_projects.geojson",
    rebuilt_by="python -m geodata.build resource_projects",
    default_on=False,
    style=LayerStyle(
        kind="point",
        point_radius_px=7.0,
        color_column="kind",
        palette=PROJECT_COLORS,
        marker="diamond",
        label=POINT_LABEL,
    ),
    tooltip=(
        ("name", "Project"),
        ("kind", "Kind"),
        ("status", "Status"),
        ("operator", "Operator"),
        ("note", "Note"),
    ),
    label_column="name",
    draw_order=80,
)

LAYERS: tuple[LayerSpec, ...] = (RESOURCES, RESOURCE_PROJECTS)
