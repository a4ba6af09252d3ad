"""Routes page: the Arctic route against the Suez or Panama route between two ports."""

import streamlit as st

from dashboard.map.selection import basemap_layers
from dashboard.profiles.route_map import passages_text, route_legend_html, route_overlay, route_view
from dashboard.profiles.routes import MAX_SPEED_KNOTS, RoutingError, compare_routes, parse_speed_param, port_names
from dashboard.ui.polar_map import map_layers, polar_map
from dashboard.ui.url_state import keep_in_url, seed_widget

st.title("Routes")
st.caption(
    "Sea distances over the searoute maritime network (geodesic, WGS 84): the route through "
    "the Northern Sea Route or Northwest Passage against the route ships take with the Arctic "
    "closed (Suez or Panama). Days assume a constant speed and no ice, canal queues or port calls."
)

names = port_names()
# The link keeps the choice: ?from=Rotterdam&to=Yokohama&speed=14 (unknown ports, odd speeds ignored).
link = st.query_params
seed_widget("route_origin", link.get("from") if link.get("from") in names else "Rotterdam")
seed_widget("route_destination", link.get("to") if link.get("to") in names else "Yokohama")
seed_widget("route_speed", parse_speed_param(link.get("speed")) or 14.0)
origin_col, destination_col, speed_col = st.columns([2, 2, 1])
origin = origin_col.selectbox("From", names, key="route_origin")
destination = destination_col.selectbox("To", names, key="route_destination")
# min_value 0 (not above it) so that a speed of zero reaches the calculator and its message.
speed = speed_col.number_input("Speed (knots)", min_value=0.0, max_value=MAX_SPEED_KNOTS, step=1.0, key="route_speed")
keep_in_url({"from": origin, "to": destination, "speed": f"{speed:g}"})

try:
    comparison = compare_routes(origin, destination, speed)
except RoutingError as exc:
    st.error(f"No comparison: {exc}.")
    st.stop()

arctic, conventional = comparison.arctic, comparison.conventional
a_col, c_col, s_col = st.columns(3)
a_col.metric(
    f"Arctic route, via the {arctic.via}",
    f"{arctic.length_km:,.0f} km",
    f"{arctic.length_nm:,.0f} nmi · {arctic.days:.1f} days",
    delta_color="off",
    delta_arrow="off",
)
c_col.metric(
    f"Conventional route, via the {conventional.via}",
    f"{conventional.length_km:,.0f} km",
    f"{conventional.length_nm:,.0f} nmi · {conventional.days:.1f} days",
    delta_color="off",
    delta_arrow="off",
)
s_col.metric(
    "Saving with the Arctic route",
    f"{comparison.saving_pct:.0f}%",
    f"{comparison.saving_km:,.0f} km · {comparison.saving_nm:,.0f} nmi · {comparison.saving_days:.1f} days",
    delta_color="off",
    delta_arrow="off",
)

st.write(comparison.summary())
if comparison.season:
    st.info(
        f"Season: the {arctic.via} is typically open {comparison.season}; outside it, and in "
        "heavy ice, transits need ice-class ships or escorts and take longer than shown."
    )

map_col, side_col = st.columns([4, 1])
with map_col:
    overlay = route_overlay(comparison)
    polar_map(
        [*map_layers(basemap_layers()), *overlay],
        [*basemap_layers(), *(layer.id for layer in overlay)],
        key="route_map",
        camera=route_view(comparison, width_px=900, height_px=600),
        camera_token=f"{origin}|{destination}",  # a new pair of ports reframes
        height=600,
    )
with side_col:
    st.markdown("**Legend**")
    st.markdown(route_legend_html(comparison), unsafe_allow_html=True)  # our own, escaped text only
    st.markdown("**Passages used**")
    st.write(f"Arctic route: {passages_text(arctic.passages)}")
    st.write(f"Conventional route: {passages_text(conventional.passages)}")

table = comparison.table().rename(
    columns={"length_km": "km", "length_nm": "nautical miles", "days": f"days at {speed:g} knots"}
)
st.dataframe(table, hide_index=True, key="route_table")
