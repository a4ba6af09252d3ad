"""The States, Routes and Resources pages run through app.py under Streamlit's AppTest, widgets
found by key (tables by their columns: a read-only ``st.dataframe`` carries no key in AppTest)."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import geodata
from tests.helpers import shown_map_layers, table_with


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


# --- Routes ---------------------------------------------------------------------------------


def test_routes_default_shows_nsr_shorter_than_suez(run_page):
    at = run_page("app_pages/routes.py")
    assert at.selectbox(key="route_origin").value == "Rotterdam"
    assert at.selectbox(key="route_destination").value == "Yokohama"
    shown = metrics(at)
    arctic = next(v for k, v in shown.items() if k.startswith("Arctic route, via the Northern Sea Route"))
    suez = next(v for k, v in shown.items() if k.startswith("Conventional route, via the Suez Canal"))
    km = lambda text: float(text.replace(" km", "").replace(",", ""))  # noqa: E731
    assert km(arctic) < 0.7 * km(suez)
    assert int(shown["Saving with the Arctic route"].rstrip("%")) >= 30
    layers = shown_map_layers(at)
    assert layers["route-arctic"]["rows"] and layers["route-conventional"]["rows"]


def test_routes_days_follow_the_speed(run_page):
    at = run_page("app_pages/routes.py")
    at.number_input(key="route_speed").set_value(7.0).run()
    table = table_with(at, "route", "via")
    days = table[[c for c in table.columns if c.startswith("days at 7 knots")][0]]
    at.number_input(key="route_speed").set_value(14.0).run()
    table14 = table_with(at, "route", "via")
    assert list(days) == pytest.approx([2 * d for d in table14["days at 14 knots"]], abs=0.11)


def test_routes_same_port_twice_is_an_error_and_nothing_else(run_page):
    at = run_page("app_pages/routes.py")
    at.selectbox(key="route_destination").select("Rotterdam").run()
    assert not at.exception
    assert len(at.error) == 1 and "both Rotterdam" in at.error[0].value
    assert not at.metric and not at.get("bidi_component")


def test_routes_speed_zero_is_an_error(run_page):
    at = run_page("app_pages/routes.py")
    at.number_input(key="route_speed").set_value(0.0).run()
    assert len(at.error) == 1 and "more than 0 knots" in at.error[0].value
    assert not at.metric


def test_routes_pair_without_arctic_route_is_explained(run_page):
    at = run_page("app_pages/routes.py")
    at.selectbox(key="route_destination").select("Genoa").run()
    assert len(at.error) == 1 and "no Arctic passage" in at.error[0].value


# --- States ---------------------------------------------------------------------------------


def test_states_norway_profile_shows_svalbard_zone(run_page):
    at = run_page("app_pages/states.py")
    at.selectbox(key="state_select").select("NOR").run()
    assert at.header[0].value == "Norway"
    zones = table_with(at, "zone", "counted_as")
    svalbard = zones[zones["zone"].str.startswith("Svalbard")]
    assert list(svalbard["counted_as"]) == ["disputed"]
    assert any(z.startswith("Jan Mayen") for z in zones["zone"])
    assert "disputed" in next(m.delta for m in at.metric if m.label.startswith("EEZ"))
    assert at.query_params["state"] in ("NOR", ["NOR"])  # the link reopens Norway


def test_states_opens_the_state_in_the_url(run_page):
    at = run_page("app_pages/states.py", {"state": "RUS"})
    assert at.selectbox(key="state_select").value == "RUS"
    assert at.header[0].value == "Russia"
    assert metrics(at)["NATO"] == "not a member"


def test_states_csv_download_holds_eight_rows(run_page, downloads):
    at = run_page("app_pages/states.py")
    assert at.get("download_button")[0].proto.label.startswith("Download the comparison")
    data, mimetype = downloads["arctic-states.csv"]
    assert mimetype == "text/csv"
    table = pd.read_csv(io.BytesIO(data))
    assert len(table) == 8 and set(table["iso3"]) == set(geodata.layer("states")["iso3"])
    assert {"land_km2", "eez_km2", "nato_since", "cara_oil_bbo"} <= set(table.columns)
    shown = table_with(at, "state", "eez_km2")
    assert len(shown) == 8


# --- Resources ------------------------------------------------------------------------------


def test_resources_table_has_every_province_and_totals_line_up(run_page):
    at = run_page("app_pages/resources.py")
    provinces = table_with(at, "province", "oil_bbo", "gas_tcf", "ngl_bbo")
    assert sorted(provinces["province"]) == sorted(geodata.layer("resources")["province"])
    totals = table_with(at, "sum_of_provinces", "usgs_published")
    assert (totals["difference_pct"].abs() < 1.0).all()
    assert provinces["gas_tcf"].sum() == pytest.approx(1669, rel=0.01)
    labels = " ".join(metrics(at))
    assert "billion barrels" in labels and "Tcf" in labels
    assert len(at.get("vega_lite_chart")) == 2
    assert {"resources", "resource_projects"} <= set(shown_map_layers(at))
