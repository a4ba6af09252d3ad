"""Symbols, colours and labels read from the registry: distinct on every map a briefer shows."""

from __future__ import annotations

import itertools
import json

import pytest

import geodata
from dashboard.briefing.content import view_content
from dashboard.briefing.presets import preset_names, preset_view
from dashboard.briefing.render import render_view
from dashboard.events import CATEGORIES, events_to_frame
from dashboard.events.seed import seed_article_and_events
from dashboard.map.legend import map_legend
from geodata.symbols import MARKERS

MIN_DELTA_E = 15.0


#: Machado, Oliveira & Fernandes (2009) simulation of full (severity 1.0) protanopia and
#: deuteranopia, applied to linear RGB; the most common colour-vision deficiencies.
VISIONS = {
    "normal vision": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
}


def _lab(color, vision: str = "normal vision") -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB(A) 0-255 colour composited over white (the legend's background), as
    a viewer with ``vision`` sees it."""
    r, g, b, *rest = color
    alpha = (rest[0] if rest else 255) / 255

    def linear(channel: float) -> float:
        v = (channel * alpha + 255 * (1 - alpha)) / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    rgb = (linear(r), linear(g), linear(b))
    lr, lg, lb = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb)))) for row in VISIONS[vision])
    x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047
    y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb
    z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a, b, vision: str = "normal vision") -> float:
    """CIE76 colour difference: Euclidean distance in CIELAB, as a viewer with ``vision`` sees it."""
    return sum((p - q) ** 2 for p, q in zip(_lab(a, vision), _lab(b, vision))) ** 0.5


def test_delta_e_matches_known_values():
    assert delta_e((255, 255, 255), (255, 255, 255)) == 0
    assert delta_e((0, 0, 0), (255, 255, 255)) == pytest.approx(100, abs=0.1)
    assert delta_e((255, 0, 0), (0, 0, 255)) == pytest.approx(176.3, abs=0.5)  # CIE76 red-blue
    # Red and green, far apart in normal vision, come close for protanopes and deuteranopes.
    red, green = (255, 0, 0), (0, 255, 0)
    assert delta_e(red, green) > 150
    assert delta_e(red, green, "protanopia") < 70 and delta_e(red, green, "deuteranopia") < 30


def _views() -> dict[str, tuple[list[str], tuple[str, ...]]]:
    """Every map a briefer shows by default: the Map's default layers with every event category,
    and each briefing preset's layers (events on: every category may appear)."""
    default = [s.name for s in geodata.layer_specs() if s.default_on]
    views = {"default": (default, CATEGORIES)}
    for name in preset_names():
        views[f"preset {name}"] = (list(preset_view(name).layers), CATEGORIES)
    return views


#: Legend symbols a viewer tells apart by colour alone: one marker shape, or any area (a state's
#: fill beside a zone's outline or a hatched province), or any line.
_SYMBOL_CLASS = {"fill": "area", "outline": "area", "hatch": "area", "line": "line", "dashed": "line"}


@pytest.mark.parametrize("vision", list(VISIONS))
@pytest.mark.parametrize("view", list(_views()))
def test_legend_colours_a_viewer_must_tell_apart_differ_by_delta_e_15(view, vision):
    layers, categories = _views()[view]
    entries = [(g.title, e) for g in map_legend(layers, categories) for e in g.entries]
    close = [
        f"{ta}: {a.label} ({a.symbol}) / {tb}: {b.label} ({b.symbol}), ΔE {delta_e(a.color, b.color, vision):.1f}"
        for (ta, a), (tb, b) in itertools.combinations(entries, 2)
        if _SYMBOL_CLASS.get(a.symbol, a.symbol) == _SYMBOL_CLASS.get(b.symbol, b.symbol)
        and delta_e(a.color, b.color, vision) < MIN_DELTA_E
    ]
    assert not close, f"legend entries a viewer with {vision} cannot tell apart:\n" + "\n".join(close)


@pytest.mark.parametrize("view", list(_views()))
def test_no_two_visible_point_layers_share_shape_and_colour(view):
    layers, categories = _views()[view]
    seen: dict[tuple, str] = {}
    clashes = []
    for group in map_legend(layers, categories):
        for entry in group.entries:
            if entry.symbol not in MARKERS:
                continue
            key = (entry.symbol, tuple(entry.color[:3]))
            if key in seen and seen[key] != group.title:
                clashes.append(f"{group.title} / {seen[key]}: {entry.symbol} {entry.color[:3]}")
            seen.setdefault(key, group.title)
    assert not clashes


def test_each_point_layer_kind_has_its_own_shape():
    points = {s.name: s.style.marker for s in geodata.layer_specs() if s.style.kind == "point"}
    assert points == {"ports": "square", "bases": "triangle", "resource_projects": "diamond"}
    assert "circle" not in points.values(), "circles are the events'"


def test_overlapping_area_layers_are_outlined_or_hatched_not_filled():
    modes = {s.name: s.style.fill_mode for s in geodata.layer_specs() if s.style.kind == "polygon"}
    for name in ("eez", "shelf_claims", "territories", "resources", "sea_ice"):
        assert modes[name] in ("outline", "hatch"), name
    assert modes["resources"] == "hatch", "resource provinces must read on top of a state's fill"


def test_labels_have_sizes_and_priorities_readable_on_a_projector():
    specs = {s.name: s for s in geodata.layer_specs()}
    states = specs["states"].style.label
    assert states.size_px >= 18 and states.size_px * states.projector_scale >= 26
    seas = specs["sea_labels"].style.label
    assert seas.italic and seas.color[2] > seas.color[0], "water names italic and blue"
    for name in ("ports", "bases"):
        label = specs[name].style.label
        assert specs[name].label_column and label.size_px < states.size_px and label.min_zoom > -13.6
    labels = geodata.layer("sea_labels")
    wanted = {"Barents Sea", "Kara Sea", "Laptev Sea", "East Siberian Sea", "Chukchi Sea", "Beaufort Sea",
              "Bering Strait", "Fram Strait", "Baffin Bay", "Greenland Sea", "Norwegian Sea", "Lancaster Sound",
              "Parry Channel", "M'Clure Strait", "Davis Strait", "Denmark Strait", "Nares Strait", "White Sea",
              "Hudson Bay"}  # fmt: skip
    assert wanted <= set(labels["name"])
    big = labels[labels["min_zoom"] <= -14]["name"]
    assert {"Barents Sea", "Beaufort Sea", "Bering Strait"} <= set(big)
    routes = geodata.layer("routes")
    assert sorted(routes.loc[routes["map_label"] != "", "map_label"]) == sorted(routes["name"].unique())


def test_icon_atlas_maps_every_marker_and_hatch(repo_root):
    mapping = json.loads((repo_root / "dashboard" / "map" / "icons" / "atlas.json").read_text())
    assert set(MARKERS) | {f"hatch{h}" for h in geodata.registry.HATCHES} == set(mapping)
    assert all(m["mask"] is True and m["width"] > 0 for m in mapping.values())


@pytest.fixture(scope="module")
def seed_frame():
    """The seed article's events as the store returns them."""
    return events_to_frame(seed_article_and_events()[1])


@pytest.mark.parametrize("name", ["arctic", "barents-kola"])
def test_static_legend_draws_the_interactive_legend_entries(name, seed_frame):
    content = view_content(preset_view(name), seed_frame)
    rendered = render_view(content)
    categories = set(content.events["category"])
    expected = [e for g in map_legend(content.layers, categories) for e in g.entries]
    assert [(e.label, e.symbol, e.color) for e in rendered.legend_entries] == [
        (e.label, e.symbol, e.color) for e in expected
    ]
    assert "Barents Sea" in rendered.labels_drawn
    if name == "barents-kola":
        # Russia's and Norway's label points are out of this frame: they are named on their part in view.
        assert {"Russia", "Norway"} <= set(rendered.labels_drawn), rendered.labels_drawn


def test_static_map_lists_arctic_wide_events_instead_of_drawing_them(seed_frame):
    content = view_content(preset_view("arctic"), seed_frame)
    assert set(content.unplaced["geo_precision"]) == {"arctic"} and len(content.events) >= 1
    texts = [t.get_text() for ax in render_view(content).figure.axes for t in ax.texts]
    assert any(t.startswith("Not drawn at a point: Arctic-wide 5") for t in texts)
