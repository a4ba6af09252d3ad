"""Every page's state is in its link: a copied URL reopens the Map's chosen feature, the Routes
page's ports and speed, and the Events page's filters (pages run through app.py)."""

from __future__ import annotations

import dataclasses
from datetime import date

import geodata
from dashboard.briefing.links import view_query
from dashboard.briefing.model import FeatureRef, View
from dashboard.map.deck import project_for_display
from dashboard.safe_text import escape_markdown
from tests.helpers import map_args, query_param, table_with


def norway_position() -> int:
    """Row position of Norway in the states layer (what a click on it reports)."""
    return list(project_for_display("states")["name"]).index("Norway")


def outlined(at) -> list[tuple[str, object]]:
    """(layer id, feature id) of every highlight the Map page asks its map to outline."""
    return [(h["layer"], h["feature"]) for h in map_args(at)["highlights"]]


# -- Map -----------------------------------------------------------------------------------------
def test_map_link_reopens_the_chosen_feature_highlighted_with_details(run_page):
    at = run_page("app_pages/map.py", {"feature": f"states:{norway_position()}"})
    assert outlined(at) == [("states", norway_position())]
    details = table_with(at, "attribute", "value")
    assert "Norway" in list(details["value"])
    assert query_param(at, "feature") == f"states:{norway_position()}"


def test_a_feature_chosen_from_the_list_goes_into_the_link(run_page):
    at = run_page("app_pages/map.py")
    assert query_param(at, "feature") is None
    label = f"{geodata.layer_spec('states').title}: Norway"
    at.selectbox(key="feature_pick").select(label).run()
    assert query_param(at, "feature") == f"states:{norway_position()}"


def test_a_chosen_event_goes_into_the_link_and_reopens(run_page):
    at = run_page("app_pages/map.py")
    event = next(d for d in map_args(at)["layers"] if d["id"] == "events")["rows"][0]["feature"]
    at.selectbox(key="event_pick").select(event).run()
    assert query_param(at, "feature") == f"events:{event}"
    again = run_page("app_pages/map.py", {"feature": f"events:{event}"})
    assert outlined(again) == [("events", event)]
    assert any("“" in m.value for m in again.markdown)  # its evidence sentence, quoted


def test_a_malformed_feature_link_opens_the_plain_map(run_page):
    for value in ("nonsense", "states:", ":4", "states:999999", "x" * 500):
        at = run_page("app_pages/map.py", {"feature": value})
        assert not at.exception and not at.error
        assert outlined(at) == []


# -- A saved view's link (dashboard.briefing.links) ------------------------------------------------
def header_text(at) -> str:
    """The Map page's title row and captions as a reader sees them (Markdown escapes removed)."""
    return " ".join([*(t.value for t in at.title), *(c.value for c in at.caption)]).replace("\\", "")


def test_a_views_link_reopens_its_highlight_and_title_on_the_map(run_page):
    event = next(d for d in map_args(run_page("app_pages/map.py"))["layers"] if d["id"] == "events")["rows"][0]
    view = View(
        layers=("states", "land"),
        highlighted_events=(event["feature"],),
        highlighted_features=(FeatureRef("states", "Norway"),),
        title="Kola build up 2025",
    )
    at = run_page("app_pages/map.py", view_query(view))
    assert not at.exception
    assert outlined(at) == [("events", event["feature"]), ("states", norway_position())]  # both drawn
    assert at.title[0].value == "Kola build up 2025"
    header = header_text(at)
    assert f"(outlined on the map): event {event['feature']}, Arctic states: Norway." in header, header
    # With the states layer off, Norway is still asked for but the header says it is not drawn.
    no_states = run_page("app_pages/map.py", view_query(dataclasses.replace(view, layers=("land",))))
    assert "(not drawn: layer off or filtered out): Arctic states: Norway" in header_text(no_states)


def test_a_views_link_with_only_a_feature_outlines_that_feature(run_page):
    view = View(layers=("states", "land"), highlighted_features=(FeatureRef("states", "Norway"),))
    at = run_page("app_pages/map.py", view_query(view))
    assert outlined(at) == [("states", norway_position())]
    assert at.title[0].value == "Arctic Atlas"  # no title: the app's own


def test_a_hostile_view_title_stays_text(run_page):
    title = "<img src=x onerror=alert(1)> **bold** [click](javascript:alert(1)) <script>alert(2)</script>"
    at = run_page("app_pages/map.py", view_query(View(layers=("states",), title=title)))
    assert not at.exception
    assert at.title[0].value == escape_markdown(title)  # every Markdown-active character escaped
    assert all("onerror" not in h.proto.body and "alert" not in h.proto.body for h in at.get("html"))


def test_bad_highlight_and_title_values_change_nothing(run_page):
    query = {"highlight": ",, ,", "features": "nonsense|states:|:Norway|atlantis:Norway|states:Atlantis", "title": ""}
    at = run_page("app_pages/map.py", query)
    assert not at.exception and not at.error
    assert outlined(at) == []
    assert at.title[0].value == "Arctic Atlas" and "Highlighted" not in header_text(at)
    long_title = run_page("app_pages/map.py", {"title": "x" * 5000})
    assert long_title.title[0].value == "x" * 200  # cut to a view title's limit, as a saved view's


# -- Routes --------------------------------------------------------------------------------------
def test_routes_link_reopens_ports_and_speed(run_page):
    at = run_page("app_pages/routes.py", {"from": "Hamburg", "to": "Busan", "speed": "10"})
    assert at.selectbox(key="route_origin").value == "Hamburg"
    assert at.selectbox(key="route_destination").value == "Busan"
    assert at.number_input(key="route_speed").value == 10.0
    assert any(c.startswith("days at 10 knots") for c in table_with(at, "route", "via").columns)


def test_routes_choices_go_into_the_link(run_page):
    at = run_page("app_pages/routes.py")
    assert (query_param(at, "from"), query_param(at, "to"), query_param(at, "speed")) == ("Rotterdam", "Yokohama", "14")
    at.selectbox(key="route_destination").select("Busan").run()
    at.number_input(key="route_speed").set_value(12.5).run()
    assert (query_param(at, "to"), query_param(at, "speed")) == ("Busan", "12.5")


def test_routes_link_with_unknown_port_or_odd_speed_opens_the_defaults(run_page):
    at = run_page("app_pages/routes.py", {"from": "<script>", "to": "Atlantis", "speed": "-3"})
    assert not at.exception
    assert at.selectbox(key="route_origin").value == "Rotterdam"
    assert at.selectbox(key="route_destination").value == "Yokohama"
    assert at.number_input(key="route_speed").value == 14.0


# -- Events --------------------------------------------------------------------------------------
def test_events_link_reopens_the_filters(run_page):
    at = run_page(
        "app_pages/events.py",
        {"events_categories": "military", "events_from": "2020-01-01", "review": "verified"},
    )
    assert at.multiselect(key="events_filter_categories").value == ["military"]
    assert at.selectbox(key="events_filter_verified").value == "Verified only"
    assert at.date_input(key="events_filter_dates").value[0] == date(2020, 1, 1)
    table = table_with(at, "event_id", "source_title")
    assert set(table["category"]) <= {"military"}


def test_events_filters_go_into_the_link(run_page):
    at = run_page("app_pages/events.py")
    assert query_param(at, "events_categories") is None and query_param(at, "review") is None
    at.multiselect(key="events_filter_categories").set_value(["diplomacy"]).run()
    at.selectbox(key="events_filter_verified").select("Not yet reviewed").run()
    assert query_param(at, "events_categories") == "diplomacy"
    assert query_param(at, "review") == "unreviewed"
    assert query_param(at, "events") is None  # the Map's overlay toggle is not this page's


def test_a_map_filter_link_opens_the_same_events_on_the_events_page(run_page):
    at = run_page("app_pages/events.py", {"events_actors": "NATO", "events_to": "1900-01-01"})
    assert not at.exception
    assert at.multiselect(key="events_filter_actors").value == ["NATO"]
    # A date before every event is clamped to the data's first day, not refused.
    start, end = at.date_input(key="events_filter_dates").value
    assert start == end
