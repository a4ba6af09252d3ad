"""Maritime layers (sidebar group "Maritime")."""

from __future__ import annotations

from ..registry import LayerSpec, LayerStyle
from .political import STATE_COLORS

__all__ = ["EEZ", "EEZ_STATUS_COLORS", "LAYERS", "SHELF_CLAIMS", "SHELF_CLAIM_COLORS"]


def _darker(color: tuple[int, int, int, int], factor: float = 0.75) -> tuple[int, int, int, int]:
    """``color`` with its RGB scaled by ``factor`` (opaque): a state's colour, dark enough for a line."""
    return (*(int(c * factor) for c in color[:3]), 255)


#: EEZ outlines by the standing of the zone's limits, what a briefer defends a line with: agreed
#: by treaty, a median line computed here, or disputed. Dark lines on the light state fills and
#: ocean; the three differ by CIELAB ΔE ≥ 15 from each other and from every state fill, also for
#: protanopes and deuteranopes (tests/test_cartography.py). Whose zone it is, the tooltip says.
EEZ_STATUS_COLORS = {
    "agreed": (30, 60, 110, 255),
    "median-line": (0, 125, 125, 255),
    "disputed": (190, 30, 60, 255),
}
_EEZ_STATUS_LABELS = {
    "agreed": "Limit agreed by treaty",
    "median-line": "Median line (computed, no treaty)",
    "disputed": "Disputed (Svalbard zone, Beaufort Sea wedge)",
}

EEZ = LayerSpec(
    name="eez",
    title="Exclusive Economic Zones (computed)",
    group="Maritime",
    description=(
        "200-nautical-mile Exclusive Economic Zones of the eight Arctic states, one row per zone: "
        "Greenland, the Faroe Islands, Svalbard and Jan Mayen are their own zones under their "
        "sovereign's ISO code. Computed from the coastline; treaty lines typed in where they exist "
        "(USA–USSR 1990, Norway–Russia 2010, Greenland–Jan Mayen 1993/1995, Canada–Denmark 2022 at "
        "Hans Island); median lines elsewhere. The Beaufort Sea wedge (Canada/USA) and the Svalbard "
        "zone are marked disputed."
    ),
    source=(
        "Computed in this repo from Natural Earth 1:50m coastlines (npm world-atlas 2.0.2): 200 nm "
        "(370.4 km) buffers, Voronoi median lines, typed-in treaty turning points (cited per row)"
    ),
    source_url="https://www.naturalearthdata.com/ ; treaty texts cited in each row's `source`",
    version="Natural Earth 4.1.0 / world-atlas 2.0.2; treaties to 2022",
    licence="Public domain (Natural Earth); derived geometry, this repo",
    accuracy="approximate",
    accuracy_note=(
        "Computed 200-nm buffers of a 1:50m coastline and median lines, not the legal limits: real "
        "EEZs are measured from official baselines and many boundaries are negotiated lines. Some "
        "treaty turning points are approximate. Areas agree with published EEZ areas within ~5%. "
        "Zones are cut at the map edge (40°N)."
    ),
    file="eez.geojson",
    rebuilt_by="python -m geodata.build eez",
    style=LayerStyle(
        kind="polygon",
        line=(30, 60, 110, 220),
        line_width_px=2.0,
        color_column="status",
        palette=EEZ_STATUS_COLORS,
        fill_mode="outline",
        palette_labels=_EEZ_STATUS_LABELS,
    ),
    tooltip=(("zone", "Zone"), ("iso3", "State"), ("status", "Status"), ("area_km2", "Area (km²)")),
    draw_order=20,
    state_profile="zones",
)

#: Shelf claims hatched in the claimant's darkened colour: the claims overlap each other (the
#: Lomonosov Ridge, the pole), and hatching keeps both visible where fills would mix.
SHELF_CLAIM_COLORS = {iso3: _darker(STATE_COLORS[iso3], 0.6) for iso3 in ("RUS", "DNK", "CAN")}

SHELF_CLAIMS = LayerSpec(
    name="shelf_claims",
    title="Extended shelf claims (UN CLCS submissions)",
    group="Maritime",
    description=(
        "Seabed beyond 200 nautical miles claimed as extended continental shelf in submissions to "
        "the UN Commission on the Limits of the Continental Shelf: Russia (2015, first 2001), "
        "Denmark/Greenland (2014) and Canada (2019). The claims overlap on the Lomonosov Ridge "
        "and at the North Pole; the Commission's recommendations do not settle overlaps, which "
        "are left to the states."
    ),
    source="CLCS submissions' executive summaries (un.org/depts/los/clcs_new/commission_submissions.htm)",
    source_url="https://www.un.org/depts/los/clcs_new/commission_submissions.htm",
    version="Russia 2015 (recommendations 2023), Denmark 2014, Canada 2019",
    licence="Facts from UN documents; outlines drawn by Arctic Atlas",
    accuracy="disputed",
    accuracy_note=(
        "Claims, not boundaries: overlapping and unresolved. Simplified outlines copied by eye "
        "from the submission maps, kept beyond 200 nm of the Natural Earth coastline; areas are "
        "within ~15% of the published figures. Later addenda (Russia 2021, Canada 2022) not drawn."
    ),
    file="shelf_claims.geojson",
    rebuilt_by="python -m geodata.build shelf_claims",
    default_on=False,
    style=LayerStyle(
        kind="polygon",
        line=(90, 30, 30, 230),
        line_width_px=1.5,
        color_column="iso3",
        palette=SHELF_CLAIM_COLORS,
        palette_labels={"RUS": "Russia (2015)", "DNK": "Denmark/Greenland (2014)", "CAN": "Canada (2019)"},
        dashed=True,
        fill_mode="hatch",
        hatch="x",
    ),
    tooltip=(
        ("claimant", "Claimant"),
        ("submitted", "Submitted"),
        ("status", "Status"),
        ("area_km2", "Area drawn (km²)"),
        ("published_area_km2", "Published area (km²)"),
    ),
    draw_order=22,
)

LAYERS: tuple[LayerSpec, ...] = (EEZ, SHELF_CLAIMS)
