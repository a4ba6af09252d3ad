"""The USGS CARA 2008 figures as tables and charts: by province, by state, against the totals.

Volumes are the USGS mean estimates of undiscovered, technically recoverable conventional
resources north of the Arctic Circle: oil and natural gas liquids (NGL) in billions of
barrels, gas in trillions of cubic feet (Tcf), oil equivalent in billions of barrels (gas at
6,000 ft³ per barrel, the USGS convention). They come from the ``resources`` layer, so the
tables say what the map shows.

Attribution to states is an approximation of ours, not a USGS figure: the USGS assessed
geological provinces, not national zones. A province counts for every state listed in its
``states`` column (the states whose land or 200-nm zone it lies in) and is split **equally**
among them, so the state shares sum to the USGS totals.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

import geodata
from dashboard.map.camera import fit_geometries
from dashboard.map.deck import PolarView
from dashboard.map.selection import state_profile_layer
from geodata.catalog.resources import CARA_VOLUMES

__all__ = [
    "ATTRIBUTION_NOTE",
    "COMPONENTS",
    "PUBLISHED_TOTALS",
    "TCF_PER_BBOE",
    "VOLUME_COLUMNS",
    "province_table",
    "province_view",
    "state_attribution",
    "state_totals",
    "totals_check",
    "volume_chart",
    "volume_chart_data",
]

#: The volume columns and their units (from the registry's :data:`CARA_VOLUMES`).
VOLUME_COLUMNS: dict[str, str] = {column: unit for column, (_quantity, unit, _abbr) in CARA_VOLUMES.items()}

#: USGS headline totals (Fact Sheet 2008-3049, "Estimates of Undiscovered Oil and Gas North of
#: the Arctic Circle", July 2008): 90 billion barrels of oil, 1,669 Tcf of gas, 44 billion
#: barrels of NGL. Oil equivalent follows from them at 6,000 ft³ per barrel (≈412 Bboe).
PUBLISHED_TOTALS: dict[str, float] = {"oil_bbo": 90.0, "gas_tcf": 1669.0, "ngl_bbo": 44.0}

#: Tcf of gas per billion barrels of oil equivalent (6,000 ft³ per barrel).
TCF_PER_BBOE = 6.0

#: Chart components: (label, column, abbreviated unit); gas is charted as oil equivalent.
COMPONENTS: tuple[tuple[str, str, str], ...] = tuple(
    (CARA_VOLUMES[column][0], column, CARA_VOLUMES[column][2]) for column in ("oil_bbo", "ngl_bbo", "gas_tcf")
)

_COMPONENT_COLORS = {"Oil": "#3b3b3b", "NGL": "#e6550d", "Gas": "#3182bd"}

ATTRIBUTION_NOTE = (
    "Approximation: the USGS assessed geological provinces, not national zones. A province is "
    "counted for every Arctic state whose land or 200-nm zone it lies in (the `states` column) "
    "and split equally among them; parts beyond 200 nm belong to no state but are counted too, "
    "so the eight shares add up to the USGS totals."
)

_STATE_ORDER = ("CAN", "DNK", "FIN", "ISL", "NOR", "RUS", "SWE", "USA")


def province_table() -> pd.DataFrame:
    """One row per CARA province, largest oil equivalent first.

    Columns: ``province``, ``code``, ``oil_bbo`` (billion barrels), ``gas_tcf`` (Tcf),
    ``ngl_bbo`` (billion barrels), ``boe_bbo`` (billion barrels of oil equivalent),
    ``potential_class``, ``states`` (pipe-separated ISO3), ``area_km2`` (outline as drawn),
    ``source``.
    """
    table = geodata.layer("resources").drop(columns="geometry")
    columns = ["province", "code", *VOLUME_COLUMNS, "potential_class", "states", "area_km2", "source"]
    table = table[[c for c in columns if c in table.columns]]
    return table.sort_values("boe_bbo", ascending=False, ignore_index=True)


def state_attribution() -> pd.DataFrame:
    """One row per (province, state) with the state's equal ``share`` (0–1) and its volumes.

    The volume columns are the province's volumes times ``share``; summing them over all rows
    gives the CARA totals (see :data:`ATTRIBUTION_NOTE`).
    """
    rows = []
    for record in province_table().to_dict("records"):
        states = [s for s in str(record["states"]).split("|") if s]
        for iso3 in states:
            share = 1.0 / len(states)
            row = {
                "province": record["province"],
                "code": record["code"],
                "iso3": iso3,
                "share": share,
                "shared_with": len(states) - 1,
            }
            row.update({column: record[column] * share for column in VOLUME_COLUMNS})
            rows.append(row)
    return pd.DataFrame(rows)


def state_totals() -> pd.DataFrame:
    """Each of the eight Arctic states' attributed CARA volumes (zero where it has none).

    Columns: ``iso3``, ``name``, ``provinces`` (how many provinces count for it, shared or
    not), ``oil_bbo``, ``gas_tcf``, ``ngl_bbo``, ``boe_bbo``, ``boe_share_pct`` (of the
    total oil equivalent). Sorted by oil equivalent, largest first.
    """
    attribution = state_attribution()
    grouped = attribution.groupby("iso3")
    totals = grouped[list(VOLUME_COLUMNS)].sum().reindex(list(_STATE_ORDER), fill_value=0.0)
    totals["provinces"] = grouped.size().reindex(list(_STATE_ORDER), fill_value=0)
    names = geodata.layer(state_profile_layer("territory")).set_index("iso3")["name"]
    totals["name"] = [names.get(iso3, iso3) for iso3 in totals.index]
    totals["boe_share_pct"] = 100.0 * totals["boe_bbo"] / totals["boe_bbo"].sum()
    totals = totals.reset_index(names="iso3")
    ordered = ["iso3", "name", "provinces", *VOLUME_COLUMNS, "boe_share_pct"]
    return totals[ordered].sort_values("boe_bbo", ascending=False, ignore_index=True)


def totals_check() -> pd.DataFrame:
    """The sums over the provinces against the USGS headline totals.

    Columns: ``measure``, ``unit``, ``sum_of_provinces``, ``usgs_published``,
    ``difference_pct`` (sum against published, percent).
    """
    sums = province_table()[list(PUBLISHED_TOTALS)].sum()
    rows = []
    labels = {"oil_bbo": "Oil", "gas_tcf": "Gas", "ngl_bbo": "Natural gas liquids (NGL)"}
    for column, published in PUBLISHED_TOTALS.items():
        total = float(sums[column])
        rows.append(
            {
                "measure": labels[column],
                "unit": VOLUME_COLUMNS[column],
                "sum_of_provinces": round(total, 2),
                "usgs_published": published,
                "difference_pct": round(100.0 * (total - published) / published, 2),
            }
        )
    return pd.DataFrame(rows)


def volume_chart_data(table: pd.DataFrame, label_column: str) -> pd.DataFrame:
    """Long-form chart rows: one per (label, component) with ``bboe`` (billion barrels of oil
    equivalent; gas divided by :data:`TCF_PER_BBOE`) and ``amount`` (the native figure with
    its unit, for the tooltip)."""
    rows = []
    for record in table.to_dict("records"):
        for component, column, unit in COMPONENTS:
            value = float(record[column])
            bboe = value / TCF_PER_BBOE if column == "gas_tcf" else value
            rows.append(
                {
                    "label": record[label_column],
                    "component": component,
                    "bboe": round(bboe, 3),
                    "amount": f"{value:,.2f} {unit}",
                    "total_bboe": round(float(record["boe_bbo"]), 2),
                }
            )
    return pd.DataFrame(rows)


def volume_chart(table: pd.DataFrame, label_column: str, label_title: str) -> alt.Chart:
    """Horizontal stacked bars of oil, NGL and gas per row of ``table`` (largest on top).

    All three are drawn in one unit, billions of barrels of oil equivalent (gas at 6,000 ft³
    per barrel), so the bars compare; the tooltip gives each figure in its own unit.
    """
    data = volume_chart_data(table, label_column)
    order = list(table.sort_values("boe_bbo", ascending=False)[label_column])
    colours = alt.Scale(domain=list(_COMPONENT_COLORS), range=list(_COMPONENT_COLORS.values()))
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            # No label culling: every province must be named, however many there are.
            y=alt.Y("label:N", sort=order, title=label_title, axis=alt.Axis(labelOverlap=False, labelLimit=260)),
            x=alt.X("sum(bboe):Q", title="Billion barrels of oil equivalent (gas at 6,000 ft³ per barrel)"),
            color=alt.Color(
                "component:N",
                scale=colours,
                sort=list(_COMPONENT_COLORS),
                legend=alt.Legend(title="Resource", orient="bottom"),
            ),
            order=alt.Order("component_rank:Q"),
            tooltip=[
                alt.Tooltip("label:N", title=label_title),
                alt.Tooltip("component:N", title="Resource"),
                alt.Tooltip("amount:N", title="Mean estimate"),
                alt.Tooltip("bboe:Q", title="As oil equivalent (Bboe)", format=",.2f"),
                alt.Tooltip("total_bboe:Q", title="Total (Bboe)", format=",.2f"),
            ],
        )
        .transform_calculate(component_rank="indexof(['Oil', 'NGL', 'Gas'], datum.component)")
        .properties(height=alt.Step(20))
    )


def province_view(*, width_px: int = 900, height_px: int = 640) -> PolarView:
    """The camera framing every CARA province (they all lie north of the Arctic Circle)."""
    return fit_geometries(geodata.layer("resources"), width_px=width_px, height_px=height_px)
