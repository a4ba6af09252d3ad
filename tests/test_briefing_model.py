"""The briefing model, its JSON file, its link and the presets (no drawing here)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

import geodata
from dashboard.briefing import Briefing, BriefingError, FeatureRef, Slide, View, briefing_from_json, briefing_to_json
from dashboard.briefing.links import view_from_query, view_query
from dashboard.briefing.model import view_notes
from dashboard.briefing.presets import preset_names, preset_view
from dashboard.events.filters import EventsViewState
from dashboard.map.deck import PolarView
from dashboard.map.selection import basemap_layers, default_layers


@pytest.fixture
def rich_view() -> View:
    """A view using every field: layers, a panned camera, filters, highlights, a title, projector text."""
    return View(
        layers=("states", "land", "bases", "eez"),
        camera=PolarView(x=1_234_567.0, y=-765_432.0, zoom=-11.25, height_px=900, width_px=1600),
        events=EventsViewState(
            on=True, start=date(2024, 1, 1), end=date(2025, 6, 30), categories=("military",), actors=("RUS", "NOR")
        ),
        highlighted_events=("ev-308891ce751d",),
        highlighted_features=(FeatureRef("states", "Norway"),),
        title="Kola — bases",
        projector_text=True,
    )


def test_briefing_file_round_trip_is_exact(rich_view: View) -> None:
    briefing = Briefing("Brief: Kola (draft 2)", (Slide(rich_view, "Kola", "- **one**\n- two"), Slide(View(("land",)))))
    text = briefing_to_json(briefing)
    again = briefing_from_json(text)
    assert again == briefing
    assert briefing_to_json(again) == text
    assert briefing_from_json(text.encode("utf-8")) == briefing


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ('{"format": "something-else", "version": 1}', "not an Arctic Atlas briefing"),
        ('{"format": "arctic-atlas-briefing", "version": 99, "name": "x", "slides": []}', "version 99"),
        ('{"format": "arctic-atlas-briefing", "version": 1, "name": "x", "slides": []}', "at least one slide"),
        (
            '{"format": "arctic-atlas-briefing", "version": 1, "name": "x", "slides": [{"view": {"camera": {"zoom": 40}}}]}',
            "slide 1: camera zoom",
        ),
    ],
)
def test_bad_briefing_files_give_one_line(text: str, message: str) -> None:
    with pytest.raises(BriefingError, match=message) as caught:
        briefing_from_json(text)
    assert "\n" not in str(caught.value)


def test_empty_briefing_and_odd_names_are_refused() -> None:
    slide = Slide(View(("land",)))
    with pytest.raises(BriefingError, match="at least one slide"):
        Briefing("Empty", ())
    with pytest.raises(BriefingError, match="at most 120 characters, this one has 10,000"):
        Briefing("x" * 10_000, (slide,))
    for odd in ("", "   ", "a/b", "<script>", "name\x00", " leading space", "tab\there"):
        with pytest.raises(BriefingError):
            Briefing(odd, (slide,))
    assert Briefing("Tromsø & Kola: 2025 (v2)", (slide,)).name == "Tromsø & Kola: 2025 (v2)"


def test_unknown_layers_and_features_are_notes_not_errors(rich_view: View) -> None:
    view = dataclasses.replace(
        rich_view,
        layers=(*rich_view.layers, "retired_layer"),
        highlighted_features=(FeatureRef("states", "Atlantis"), FeatureRef("gone", "x")),
    )
    assert "retired_layer" not in view.shown_layers()
    notes = view_notes(view, event_ids=["ev-other"])
    assert any("retired_layer" in n for n in notes)
    assert any("Atlantis" in n for n in notes)
    assert any("ev-308891ce751d" in n for n in notes)


def test_view_link_reopens_the_view(rich_view: View) -> None:
    params = view_query(rich_view)
    assert params["layers"] == "states,bases,eez,land"  # selection.py's format: registry order
    assert params["events_categories"] == "military"  # filters.py's format
    again = view_from_query(params, height_px=900)
    assert again.layers == tuple(n for n in geodata.layer_names() if n in rich_view.layers)
    assert (again.camera.x, again.camera.y, again.camera.zoom) == (1_234_567.0, -765_432.0, -11.25)
    assert again.events == rich_view.events
    assert again.highlighted_events == rich_view.highlighted_events
    assert again.highlighted_features == rich_view.highlighted_features
    assert again.title == rich_view.title
    assert again.projector_text and params["text"] == "projector"


def test_hand_edited_link_still_opens() -> None:
    view = view_from_query({"view": "nan,1,2", "events_from": "2025-13-01", "features": "nope", "title": "a\x07b"})
    assert view.layers == tuple(default_layers())
    assert view.camera == PolarView()
    assert view.highlighted_features == ()
    assert view.title == "ab"


def test_presets_are_registry_layers_framed_on_their_region() -> None:
    assert preset_names() == ["arctic", "barents-kola", "bering-alaska", "greenland-giuk", "northern-sea-route"]
    for name in preset_names():
        view = preset_view(name)
        assert set(basemap_layers()) <= set(view.layers) <= set(geodata.layer_names())
        assert view.title and view.events.on
        assert view.projector_text, "presets are set for a projector"
        assert view.camera.width_px == 1600, "framed for a 16:9 screen, fitted to the live map's width too"
    assert set(preset_view("arctic").layers) == set(basemap_layers())  # states and events only
    assert "routes" in preset_view("northern-sea-route").layers
    # EPSG:3413: 45°E points right (Barents), 135°E up (NSR along Russia), 135°W left (Bering), 45°W down.
    assert preset_view("barents-kola").camera.x > 1_000_000
    assert preset_view("bering-alaska").camera.x < -1_000_000
    assert preset_view("greenland-giuk").camera.y < -1_000_000
    assert preset_view("northern-sea-route").camera.y > 500_000
    assert preset_view("barents-kola").camera.zoom > preset_view("arctic").camera.zoom  # closer in
