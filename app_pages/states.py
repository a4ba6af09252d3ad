"""States page: one Arctic state's profile (map, areas, ports, bases, alliances, resources) and
a comparison table of the eight."""

import streamlit as st

from dashboard.map.published import publish
from dashboard.profiles.resources import ATTRIBUTION_NOTE
from dashboard.profiles.state_map import CONTEXT_LAYERS, state_overlay
from dashboard.profiles.states import (
    STATE_PARAM,
    comparison_table,
    parse_state_param,
    point_count_column,
    state_codes,
    state_label,
    state_profile,
    state_view,
)
from dashboard.ui.columns import cara_volume_columns
from dashboard.ui.legend import render_legend
from dashboard.ui.polar_map import map_layers, polar_map
from geodata import layer_spec
from geodata.catalog.resources import CARA_VOLUMES, cara_volume_label

st.title("States")
st.caption("The eight Arctic states, one at a time, and side by side at the bottom of the page.")
codes = state_codes()
if "state_select" not in st.session_state:
    st.session_state["state_select"] = parse_state_param(st.query_params.get(STATE_PARAM)) or codes[0]
iso3 = st.selectbox("Arctic state", codes, format_func=state_label, key="state_select")
if st.query_params.get(STATE_PARAM) != iso3:
    st.query_params[STATE_PARAM] = iso3  # a copied link reopens this profile
profile = state_profile(iso3)

st.header(profile.name)
land_col, eez_col, nato_col, council_col = st.columns(4)
land_col.metric("Land area", f"{profile.land_km2:,.0f} km²", help="Equal-area (EPSG:6931), of land north of 40°N.")
eez_col.metric(
    "EEZ area (computed)",
    f"{profile.eez_km2:,.0f} km²",
    f"+ {profile.eez_disputed_km2:,.0f} km² disputed" if profile.eez_disputed_km2 else None,
    delta_color="off",
    delta_arrow="off",
    help="Sum of its zones in the EEZ layer (approximate).",
)
nato_col.metric(
    "NATO",
    f"since {profile.nato_since}" if profile.nato_member else "not a member",
    profile.nato_status,
    delta_color="off",
    delta_arrow="off",
)
council_col.metric("Arctic Council", "member state", profile.arctic_council, delta_color="off", delta_arrow="off")

map_col, side_col = st.columns([3, 1])
with map_col:
    overlay = state_overlay(iso3, publish)
    polar_map(
        [*map_layers(CONTEXT_LAYERS), *overlay],
        [*CONTEXT_LAYERS, *(layer.id for layer in overlay)],
        key="state_map",
        camera=state_view(iso3, width_px=800, height_px=560),
        camera_token=iso3,  # a new state reframes; reruns keep the user's pan
        height=560,
    )
with side_col:
    point_titles = [layer_spec(name).title.lower() for name in profile.points]
    st.caption(
        f"{profile.name} outlined in black, with its EEZ zones; its {' and '.join(point_titles)} "
        "as points. Hover for details."
    )
    render_legend(list(profile.points))

st.subheader("Territory and maritime zones")
parts_col, zones_col = st.columns(2)
parts_col.dataframe(
    profile.parts,
    hide_index=True,
    key="state_parts",
    column_config={"area_km2": st.column_config.NumberColumn("land area (km²)", format="localized")},
)
zones_col.dataframe(
    profile.zones[["zone", "status", "counted_as", "area_km2"]],
    hide_index=True,
    key="state_zones",
    column_config={"area_km2": st.column_config.NumberColumn("area (km²)", format="localized")},
)
st.caption(
    "EEZ zones are computed (200 nm from a 1:50m coastline, median and treaty lines): approximate. "
    "Disputed zones are counted apart; the Beaufort Sea wedge counts for both Canada and the United States."
)

point_tabs = st.tabs([f"{layer_spec(name).title} ({len(rows)})" for name, rows in profile.points.items()])
for tab, (name, rows) in zip(point_tabs, profile.points.items()):
    tab.dataframe(rows, hide_index=True, key=f"state_{name}")

st.subheader("Share of undiscovered oil and gas (USGS CARA 2008)")
res = profile.resources
for column, volume_col in zip(CARA_VOLUMES, st.columns(len(CARA_VOLUMES))):
    volume_col.metric(cara_volume_label(column), f"{res[column]:,.{0 if column == 'gas_tcf' else 1}f}")
st.caption(ATTRIBUTION_NOTE)
if len(profile.provinces):
    st.dataframe(
        profile.provinces.round(3), hide_index=True, key="state_provinces", column_config=cara_volume_columns()
    )
else:
    st.write(f"No CARA province lies in {profile.name}'s land or 200-nm zone.")

st.subheader("The eight Arctic states compared")
table = comparison_table()
st.dataframe(
    table,
    hide_index=True,
    key="states_table",
    column_config={
        "land_km2": st.column_config.NumberColumn("land (km²)", format="localized"),
        "eez_km2": st.column_config.NumberColumn("EEZ (km²)", format="localized"),
        "eez_disputed_km2": st.column_config.NumberColumn("disputed zones (km²)", format="localized"),
        "nato_since": st.column_config.NumberColumn("NATO since", format="%d"),
        **{point_count_column(name): layer_spec(name).title for name in profile.points},
        "nato_member": "NATO member",
        "arctic_council": "Arctic Council",
        **cara_volume_columns(prefix="cara_"),
        "cara_boe_share_pct": st.column_config.NumberColumn("share of CARA oil equivalent (%)"),
    },
)
st.caption(
    "Click a column header to sort. Areas in km² (land north of 40°N; EEZ computed, approximate); "
    "CARA volumes in billion barrels (oil, NGL, oil equivalent) and Tcf (gas), split equally "
    "among the states of shared provinces."
)
st.download_button(
    "Download the comparison as CSV", table.to_csv(index=False), "arctic-states.csv", mime="text/csv", key="states_csv"
)
