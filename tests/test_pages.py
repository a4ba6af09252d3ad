"""Every page runs through app.py under Streamlit's AppTest; the layer choice drives the map and the URL."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

import geodata
from dashboard.map.selection import default_layers, layers_in_group
from tests.helpers import REPO_ROOT, map_args, query_param, shown_map_layers

#: Each page, its title, and one widget only that page draws (element type, key).
PAGES = {
    "app_pages/map.py": ("Arctic Atlas", "selectbox", "feature_pick"),
    "app_pages/ingest.py": ("Ingest an article", "text_area", "article_text"),
    "app_pages/events.py": ("Events", "multiselect", "events_filter_categories"),
    "app_pages/states.py": ("States", "selectbox", "state_select"),
    "app_pages/routes.py": ("Routes", "selectbox", "route_origin"),
    "app_pages/resources.py": ("Resources", None, None),
    "app_pages/sources.py": ("Sources", None, None),
    "app_pages/briefing.py": ("Briefing", "text_input", "briefing_name"),
    "app_pages/present.py": ("The Arctic: states and events", "button", "present_next"),  # the first preset
}


def deck_layer_ids(at: AppTest) -> set[str]:
    """Ids of the layers the map shows (the ocean disc is always one)."""
    return set(shown_map_layers(at))


def test_app_entry_point_opens_the_map():
    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception, at.exception
    assert at.selectbox(key="feature_pick") is not None


@pytest.mark.parametrize("path", PAGES)
def test_every_page_opens_through_app_py(run_page, path):
    title, kind, key = PAGES[path]
    at = run_page(path)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    # As a reader sees them: Markdown's backslash escapes (untrusted titles are escaped) do not show.
    headings = [t.value.replace("\\", "") for t in at.title] + [h.value for h in at.header]
    assert title in headings, f"{path} did not open: headings {headings}"
    if key:
        assert getattr(at, kind)(key=key) is not None


def test_every_page_file_is_a_page_of_the_app():
    assert set(PAGES) == {f"app_pages/{page.name}" for page in (REPO_ROOT / "app_pages").glob("*.py")}


def test_map_shows_default_layers_and_legend(run_page):
    at = run_page("app_pages/map.py")
    assert set(default_layers()) <= deck_layer_ids(at)
    legend = " ".join(h.proto.body for h in at.get("html"))
    assert "Arctic states" in legend and "Russia" in legend


def test_the_maps_switcher_offers_every_layer_by_group(run_page):
    # Ticking happens in the browser (tests/browser/test_map_toggles_browser.py); here: what it offers.
    at = run_page("app_pages/map.py")
    panel = map_args(at)["panel"]
    assert [group["group"] for group in panel] == [g for g in geodata.GROUPS if layers_in_group(g)]
    offered = [layer["id"] for group in panel for layer in group["layers"]]
    assert sorted(offered) == sorted(geodata.layer_names())
    titles = {layer["id"]: layer["title"] for group in panel for layer in group["layers"]}
    assert titles["graticule"] == geodata.layer_spec("graticule").title
    assert titles["states"] == f"{geodata.layer_spec('states').title} (approximate)"  # the caveat stays in view
    assert query_param(at, "layers") == ",".join(default_layers())


def test_url_selection_opens_the_same_map(run_page):
    at = run_page("app_pages/map.py", {"layers": "land,arctic_circle"})
    assert deck_layer_ids(at) == {"ocean", "land", "arctic_circle"}
    assert query_param(at, "layers") == "land,arctic_circle"


def test_empty_layer_param_means_no_layers(run_page):
    at = run_page("app_pages/map.py", {"layers": ""})
    assert deck_layer_ids(at) == {"ocean"}


def test_sources_page_lists_every_registered_layer(run_page):
    import geodata

    at = run_page("app_pages/sources.py")
    table = at.dataframe[0].value
    assert list(table["layer"]) == geodata.layer_names()
    assert table["source"].str.len().gt(0).all() and table["licence"].str.len().gt(0).all()


def test_feature_details_show_every_attribute_and_the_source(run_page):
    at = run_page("app_pages/map.py")
    at.selectbox(key="feature_pick").select("Arctic states: Norway").run()
    (table,) = [d.value for d in at.dataframe if "attribute" in d.value.columns]
    values = dict(zip(table["attribute"], table["value"]))
    assert values["iso3"] == "NOR" and values["nato_since"] == "1949"
    assert "Svalbard" in values["parts"]
    assert any("Natural Earth" in c.value for c in at.caption)
