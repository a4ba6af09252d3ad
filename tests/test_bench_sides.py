"""The benchmark's sides without a browser: the "map alone" page holds our map and nothing else, drawn
as the Map page draws it by default, and a missed target's verdict quotes what the map alone reached."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.bench import BASELINE, MAP_ALONE, OURS, SIDES, _verdict
from dashboard.briefing.poster import DATA_DIR, poster_filename
from dashboard.briefing.poster import main as draw_default_poster
from dashboard.events.overlay import EVENT_LAYER_ID
from dashboard.map.selection import default_layers
from tests.helpers import REPO_ROOT, map_args

#: Element tree nodes that are only where elements go, not something a user sees.
_CONTAINERS = {"root", "main", "sidebar", "event"}


@pytest.fixture(scope="module")
def map_alone() -> AppTest:
    """The map-alone page after its first run, with the default map's picture drawn first: a first run
    that finds none starts drawing it in a child process, which may finish before the Map page's run that
    this one is compared with (on a fresh checkout the two runs then differ by the picture alone)."""
    if not (DATA_DIR / poster_filename(default_layers())).exists():
        draw_default_poster([])
    at = AppTest.from_file(str(REPO_ROOT / MAP_ALONE.script), default_timeout=120).run()
    assert not at.exception, at.exception
    return at


def _drawn(node) -> list[str]:
    """The type of every element and block under ``node`` (columns, containers, widgets, text...)."""
    kinds = [] if getattr(node, "type", None) in _CONTAINERS else [node.type]
    for child in getattr(node, "children", {}).values():
        kinds.extend(_drawn(child))
    return kinds


def test_map_alone_draws_one_polar_map_and_nothing_else(map_alone):
    assert _drawn(map_alone._tree) == ["bidi_component"], "the map-alone page must hold the map and nothing else"
    assert map_args(map_alone)["panel"] is None, "no layer switcher either"


def test_map_alone_draws_the_map_pages_default_map(map_alone, run_page):
    alone, page = map_args(map_alone), map_args(run_page("app_pages/map.py"))
    assert set(default_layers()) < set(alone["visible"])
    # The Map page's default map, less its events overlay (read from the event store: the page's own work).
    assert alone["visible"] == [name for name in page["visible"] if name != EVENT_LAYER_ID]
    assert [d["id"] for d in alone["layers"]] == [d["id"] for d in page["layers"] if d["id"] != EVENT_LAYER_ID]
    for key in ("camera", "fill_window", "height", "poster", "projector_text", "highlights", "bundle", "icons"):
        assert alone[key] == page[key], key


def test_map_alone_is_served_the_maps_static_files():
    # Streamlit serves app/static/ from the folder beside the script it runs.
    assert (REPO_ROOT / "benchmarks" / "static").resolve() == (REPO_ROOT / "static").resolve()


def test_map_alone_measures_first_paint_only_and_runs_beside_our_map():
    assert MAP_ALONE.paint_only and not OURS.paint_only and not BASELINE.paint_only
    assert SIDES.index(MAP_ALONE) == SIDES.index(OURS) + 1
    assert (MAP_ALONE.chart, MAP_ALONE.loaded_js, MAP_ALONE.mounted_js) == (OURS.chart, OURS.loaded_js, OURS.mounted_js)


def test_a_missed_target_quotes_the_map_alone():
    assert _verdict("first_paint_p50_ms", 3412.0, 3105.0) == (
        "MISSES ≤ 3,000 ms by 412.0 ms (1.14× target); map alone on a Streamlit page: 3,105 ms"
    )
    assert _verdict("first_paint_p50_ms", 3412.0) == "MISSES ≤ 3,000 ms by 412.0 ms (1.14× target)"
    assert _verdict("first_paint_p50_ms", 2900.0, 2500.0) == "meets ≤ 3,000 ms"
