"""Environment layers (sidebar group "Environment"): sea-ice extent outlines."""

from __future__ import annotations

from ..registry import LayerSpec, LayerStyle

__all__ = ["LAYERS", "SEA_ICE", "SEA_ICE_COLORS"]

#: One outline colour per extent (keyed by the ``name`` column), from Paul Tol's "vibrant" and
#: "bright" schemes: light blue for the March median, deep blue for the September median, a
#: warning red for the 2012 record low. Outlines only: the three extents nest inside each other.
SEA_ICE_COLORS = {
    "March median extent, 1981–2010": (136, 204, 238, 255),
    "September median extent, 1981–2010": (68, 119, 170, 255),
    "September 2012 minimum (record low)": (204, 51, 17, 255),
}

SEA_ICE = LayerSpec(
    name="sea_ice",
    title="Sea-ice extent (NSIDC)",
    group="Environment",
    description=(
        "Where the sea ice reaches (ice concentration of 15% or more): the median extent of "
        "1981–2010 for March (winter maximum) and September (summer minimum), and the record "
        "low of 16 September 2012. Land is left out, as in NSIDC's extent figures."
    ),
    source="NSIDC Sea Ice Index, version 3 (G02135); published extents from NSIDC Arctic Sea Ice News",
    source_url="https://nsidc.org/data/g02135",
    version="Sea Ice Index v3; outlines for 1981–2010 medians and 2012-09-16",
    licence="NSIDC data: free to use with citation (Fetterer et al., Sea Ice Index, NSIDC)",
    accuracy="approximate",
    accuracy_note=(
        "Simplified outlines: the ice edge read by eye every 5° of longitude from NSIDC maps, "
        "land (Natural Earth 1:50m) removed. Enclosed ocean areas are within ~10% of the "
        "published extents; small ice bodies (Baltic, White Sea) are left out."
    ),
    file="sea_ice.geojson",
    rebuilt_by="python -m geodata.build sea_ice",
    default_on=False,
    style=LayerStyle(
        kind="polygon",
        line=(33, 113, 181, 220),
        line_width_px=2.0,
        color_column="name",
        palette=SEA_ICE_COLORS,
        fill_mode="outline",
    ),
    tooltip=(
        ("name", "Outline"),
        ("period", "Period"),
        ("extent_mkm2", "Published extent (million km²)"),
        ("outline_area_mkm2", "Area of this outline (million km²)"),
        ("extent_note", "Note"),
    ),
    draw_order=30,
)

LAYERS: tuple[LayerSpec, ...] = (SEA_ICE,)
