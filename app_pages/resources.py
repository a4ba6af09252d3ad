"""Resources page: the USGS CARA 2008 provinces as a table, charts and a map."""

import streamlit as st

from dashboard.map.selection import basemap_layers, layers_in_group
from dashboard.profiles.resources import (
    ATTRIBUTION_NOTE,
    province_table,
    province_view,
    state_totals,
    totals_check,
    volume_chart,
)
from dashboard.ui.columns import cara_volume_columns
from dashboard.ui.legend import render_legend
from dashboard.ui.polar_map import map_layers, polar_map

st.title("Resources")
st.caption(
    "USGS Circum-Arctic Resource Appraisal (CARA, Fact Sheet 2008-3049): mean estimates of "
    "undiscovered, technically recoverable conventional oil, gas and natural gas liquids (NGL) "
    "north of the Arctic Circle. Oil and NGL in billion barrels; gas in trillion cubic feet (Tcf); "
    "oil equivalent (Bboe) counts 6,000 ft³ of gas as one barrel."
)

st.subheader("Totals against the USGS figures")
checks = totals_check()
for column, row in zip(st.columns(len(checks)), checks.itertuples()):
    column.metric(
        f"{row.measure} — {row.unit}",
        f"{row.sum_of_provinces:,.1f}",
        f"USGS published: {row.usgs_published:,.0f} ({row.difference_pct:+.2f}%)",
        delta_color="off",
        delta_arrow="off",
    )
st.dataframe(checks, hide_index=True, key="resources_totals")

st.subheader("Provinces")
provinces = province_table()
st.dataframe(
    provinces,
    hide_index=True,
    key="resources_table",
    column_config={
        **cara_volume_columns(),
        "area_km2": st.column_config.NumberColumn("outline area (km²)", format="localized"),
    },
)
st.caption(
    "Click a column header to sort. `states`: the Arctic states whose land or 200-nm zone the "
    "province lies in (judged from the USGS map)."
)

by_province, by_state = st.tabs(["By province", "By state's zone"])
with by_province:
    st.altair_chart(volume_chart(provinces, "province", "Province"), key="resources_chart_provinces")
with by_state:
    states = state_totals()
    st.altair_chart(volume_chart(states[states["boe_bbo"] > 0], "name", "State"), key="resources_chart_states")
    st.caption(ATTRIBUTION_NOTE + " Finland, Iceland and Sweden hold no assessed province.")
    st.dataframe(states, hide_index=True, key="resources_states_table")

st.subheader("On the map")
map_col, side_col = st.columns([4, 1])
with map_col:
    shown = [*basemap_layers(), *layers_in_group("Resources")]
    polar_map(
        map_layers(shown),
        shown,
        key="resources_map",
        camera=province_view(width_px=900, height_px=640),
        camera_token="provinces",
        height=640,
    )
with side_col:
    render_legend(layers_in_group("Resources"))
    st.caption("Province outlines are simplified from the USGS map: for where, not for limits.")
