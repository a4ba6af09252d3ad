"""Every page runs under Streamlit's AppTest; layer toggles drive the spec and the URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.map.selection import default_layers
from dashboard.ui.layer_controls import toggle_key
from tests.conftest import shown_map_layers

REPO_ROOT = Path(__file__).resolve().parent.parent
PAGES = ["app_pages/map.py", "app_pages/sources.py"]


def run_page(path: str, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / path), default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def deck_layer_ids(at: AppTest) -> set[str]:
    """Ids of the layers the map shows (the ocean disc is always one)."""
    return set(shown_map_layers(at))


def layers_in_url(at: AppTest) -> str:
    """The ``layers`` query parameter after a run (AppTest may hold it as a list)."""
    value = at.query_params["layers"]
    return value[0] if isinstance(value, list) else value


def test_app_entry_point_runs():
    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception


@pytest.mark.parametrize("path", PAGES)
def test_page_runs_without_exception(path):
    at = run_page(path)
    assert not at.exception, at.exception


def test_map_shows_default_layers_and_legend():
    at = run_page("app_pages/map.py")
    assert set(default_layers()) <= deck_layer_ids(at)
    legend = " ".join(m.value for m in at.markdown)
    assert "Arctic states" in legend and "Russia" in legend


def test_unticking_a_layer_removes_it_from_the_map_and_url():
    at = run_page("app_pages/map.py")
    at.checkbox(key=toggle_key("states")).uncheck().run()
    assert "states" not in deck_layer_ids(at)
    assert "states" not in layers_in_url(at).split(",")
    at.checkbox(key=toggle_key("territories")).check().run()
    assert "territories" in deck_layer_ids(at)


def test_url_selection_opens_the_same_map():
    at = run_page("app_pages/map.py", {"layers": "land,arctic_circle"})
    assert deck_layer_ids(at) == {"ocean", "land", "arctic_circle"}
    assert at.checkbox(key=toggle_key("arctic_circle")).value is True
    assert at.checkbox(key=toggle_key("states")).value is False
    assert layers_in_url(at) == "land,arctic_circle"


def test_empty_layer_param_means_no_layers():
    at = run_page("app_pages/map.py", {"layers": ""})
    assert deck_layer_ids(at) == {"ocean"}


def test_sources_page_lists_every_registered_layer():
    import geodata

    at = run_page("app_pages/sources.py")
    table = at.dataframe[0].value
    assert list(table["layer"]) == geodata.layer_names()
    assert table["source"].str.len().gt(0).all() and table["licence"].str.len().gt(0).all()


def test_feature_details_show_every_attribute_and_the_source():
    at = run_page("app_pages/map.py")
    at.selectbox(key="feature_pick").select("Arctic states: Norway").run()
    (table,) = [d.value for d in at.dataframe if "attribute" in d.value.columns]
    values = dict(zip(table["attribute"], table["value"]))
    assert values["iso3"] == "NOR" and values["nato_since"] == "1949"
    assert "Svalbard" in values["parts"]
    assert any("Natural Earth" in c.value for c in at.caption)


def test_every_page_is_in_the_navigation():
    app = (REPO_ROOT / "app.py").read_text(encoding="utf-8")
    for page in (REPO_ROOT / "app_pages").glob("*.py"):
        assert f'"app_pages/{page.name}"' in app, f"{page.name} is not reachable from the sidebar"
