"""Exports a user hands out: the PNG (orientation, legend), the PPTX and PDF of a briefing, the CLI."""

from __future__ import annotations

import dataclasses
import html
import io
import json
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader
from shapely.geometry import Point, box

import geodata
from dashboard.briefing import Briefing, View
from dashboard.briefing.cli import default_briefing
from dashboard.briefing.content import view_content
from dashboard.briefing.exports import briefing_pdf, prepare_briefing
from dashboard.briefing.model import FeatureRef
from dashboard.briefing.panels import draw_legend
from dashboard.briefing.powerpoint import briefing_pptx
from dashboard.briefing.presets import preset_names, preset_view
from dashboard.briefing.render import png_bytes, render_view
from dashboard.events.overlay import category_legend_html
from dashboard.map.deck import project_for_display
from dashboard.map.legend import swatch_html
from dashboard.map.payload import describe_layers, layer_file
from dashboard.ui.legend import legend_html
from tests.briefing_sample import sample_briefing, seed_frame

MADE = date(2025, 3, 1)  # the footer's "made" date, fixed so a picture can be redrawn byte for byte


@pytest.fixture(scope="module")
def seed_events() -> pd.DataFrame:
    return seed_frame()


@pytest.fixture(scope="module")
def briefing(seed_events: pd.DataFrame) -> Briefing:
    return sample_briefing(seed_events)


@pytest.fixture(scope="module")
def prepared(briefing: Briefing, seed_events: pd.DataFrame):
    """The briefing resolved and drawn once for the PPTX and PDF tests."""
    return prepare_briefing(briefing, seed_events, made=MADE)


def _mode_color(image: Image.Image, xy: tuple[int, int], half: int = 6) -> tuple[int, int, int]:
    """The commonest colour in a small square around ``xy`` (a graticule line or label edge can cross it)."""
    x, y = xy
    return _colors(image.crop((x - half, y - half, x + half + 1, y + half + 1))).most_common(1)[0][0]


def _colors(image: Image.Image) -> Counter:
    """How many pixels of ``image`` have each RGB colour."""
    pixels = np.asarray(image.convert("RGB")).reshape(-1, 3)
    return Counter(map(tuple, pixels.tolist()))


def _polar(lon: float, lat: float) -> tuple[float, float]:
    point = gpd.GeoSeries([Point(lon, lat)], crs=geodata.GEOGRAPHIC_CRS).to_crs(geodata.POLAR_CRS).iloc[0]
    return point.x, point.y


def test_default_png_is_north_up_polar_with_registry_colours() -> None:
    view = default_briefing().slides[0].view
    rendered = render_view(view_content(view, None))
    image = Image.open(io.BytesIO(png_bytes(rendered)))
    assert image.size == (1920, 1080)
    left, top, width, height = rendered.frame.box_px
    assert rendered.frame.pixel_of(0, 0) == (round(left + width / 2), round(top + height / 2))  # the pole
    palette = geodata.layer_spec("states").style.palette
    greenland = rendered.frame.pixel_of(*_polar(-40.0, 77.0))
    russia = rendered.frame.pixel_of(*_polar(100.0, 66.0))
    assert greenland[1] > top + height / 2 > russia[1]  # Greenland below the pole, Russia above
    assert _mode_color(image, greenland) == palette["DNK"][:3]
    assert _mode_color(image, russia) == palette["RUS"][:3]
    assert "Arctic states" in " ".join(rendered.legend_labels)
    legend_pixels = _colors(image.crop((left + width, top, 1920, top + height)))
    assert legend_pixels[palette["RUS"][:3]] > 50  # the Russia swatch is drawn


def _interactive_legend_lines(layer_names: list[str], categories: set[str]) -> list[str]:
    """The legend lines (swatch markup and label) the Map page shows for these layers and the
    event legend's lines for these categories."""
    layer_html = legend_html(layer_names)
    event_html = category_legend_html()
    lines = re.findall(r'<div style="margin:2px 0">(.*?)</div>', layer_html)
    events = re.findall(r'<div style="margin:2px 0">(.*?)</div>', event_html)
    return lines + [line for line in events if html.unescape(line.split("&nbsp;")[-1]) in categories]


def _static_legend_lines(content) -> list[str]:
    """The static renderer's legend swatches as drawn, in the interactive legend's markup."""
    fig = Figure(figsize=(4.3, 9.0))
    _labels, entries = draw_legend(fig.add_axes((0, 0, 1, 1)), content, 430, 900)
    return [f"{swatch_html(e.color, e.symbol, e.hatch)}&nbsp;{html.escape(e.label)}" for e in entries]


def _layer_file_header(name: str) -> dict:
    content = layer_file(name).content
    return json.loads(content[4 : 4 + int.from_bytes(content[:4], "little")])


def test_a_new_registry_layer_reaches_both_renderers(monkeypatch: pytest.MonkeyPatch) -> None:
    """One registry, no second list: a layer spec added to it is in the interactive map's layer
    descriptions (with its colour in the file the browser loads) and legend, and in the static
    drawing's legend, map pixels and footer."""
    spec = geodata.LayerSpec(
        name="test_polar_patch",
        title="Test polar patch",
        group="Environment",
        description="A disc at the pole, for this test only.",
        source="tests",
        source_url="",
        version="1",
        licence="test",
        accuracy="exact",
        accuracy_note="",
        # A square beside the pole, given in EPSG:3413 metres; the registry serves it in EPSG:4326.
        compute=lambda: gpd.GeoDataFrame(geometry=[box(100_000, 100_000, 600_000, 600_000)], crs=geodata.POLAR_CRS),
        style=geodata.LayerStyle(kind="polygon", fill=(255, 0, 255, 255), line=(255, 0, 255, 255)),
        draw_order=99,
    )
    monkeypatch.setattr(geodata.layers, "LAYERS", (*geodata.layer_specs(), spec))
    monkeypatch.setitem(geodata.catalog._BY_NAME, spec.name, spec)
    described = {d.id: d for d in describe_layers(geodata.layer_names(), lambda data: data.filename)}
    assert described[spec.name].kind == "polygon" and described[spec.name].props["filled"]
    assert _layer_file_header(spec.name)["fill"] == [[255, 0, 255, 255]]
    assert "Test polar patch" in legend_html(["land", spec.name])
    content = view_content(View(layers=("land", spec.name)), None)
    rendered = render_view(content)
    image = Image.open(io.BytesIO(png_bytes(rendered))).convert("RGB")
    assert "Test polar patch" in rendered.legend_labels
    assert _static_legend_lines(content) == _interactive_legend_lines(["land", spec.name], set())
    assert "tests (1)" in rendered.footer
    assert _mode_color(image, rendered.frame.pixel_of(350_000, 350_000)) == (255, 0, 255)


def _dark_pixels_near(image: Image.Image, xy: tuple[int, int], half: int = 16) -> int:
    """How many near-black pixels (the highlight outline's colour) lie in a square around ``xy``."""
    x, y = xy
    pixels = np.asarray(image.convert("RGB").crop((x - half, y - half, x + half + 1, y + half + 1))).astype(int)
    return int((pixels.max(axis=2) <= 40).sum())


def test_static_map_outlines_every_highlight_of_a_view(seed_events: pd.DataFrame) -> None:
    """A view highlighting two ports and an event: the PNG (and so each PPTX/PDF slide picture)
    rings all three, not only the first; nothing else on the map changes."""
    helsinki = seed_events[seed_events["place"] == "Helsinki"].iloc[0]
    ports = project_for_display("ports").set_index("name").geometry
    plain = View(
        layers=("land", "ports"), events=dataclasses.replace(default_briefing().slides[0].view.events, on=False)
    )
    marked = dataclasses.replace(
        plain,
        highlighted_features=(FeatureRef("ports", "Longyearbyen"), FeatureRef("ports", "Nuuk")),
        highlighted_events=(helsinki["event_id"],),
    )
    images, frames = [], []
    for view in (plain, marked):
        rendered = render_view(view_content(view, seed_events), made=MADE)
        images.append(Image.open(io.BytesIO(png_bytes(rendered))))
        frames.append(rendered.frame)
    assert frames[0].pixel_of(0, 0) == frames[1].pixel_of(0, 0)
    spots = {name: frames[1].pixel_of(ports[name].x, ports[name].y) for name in ("Longyearbyen", "Nuuk")}
    spots["event in Helsinki"] = frames[1].pixel_of(*_polar(helsinki["lon"], helsinki["lat"]))
    for name, xy in spots.items():
        before, after = _dark_pixels_near(images[0], xy), _dark_pixels_near(images[1], xy)
        assert after > before + 20, f"{name}: {before} -> {after} outline pixels"
    # Far from every highlight the two pictures are the same.
    far = frames[1].pixel_of(*_polar(100.0, 66.0))  # central Siberia
    assert _dark_pixels_near(images[0], far) == _dark_pixels_near(images[1], far)


@pytest.mark.parametrize("name", ["default", *preset_names()])
def test_static_legend_is_the_interactive_legend(name: str, seed_events: pd.DataFrame) -> None:
    """The default view and every preset: the static legend shows the same swatches (symbol,
    colour, hatch) and labels, in the same order, as the Map page's legend of those layers and
    its event legend's lines for the categories drawn."""
    view = default_briefing().slides[0].view if name == "default" else preset_view(name)
    content = view_content(view, seed_events)
    categories = set(content.events["category"])
    static = _static_legend_lines(content)
    assert static == _interactive_legend_lines(content.layers, categories)
    assert len(static) >= len(content.layers)


def test_pptx_holds_slides_pictures_titles_notes_and_sources(prepared, briefing: Briefing, seed_events) -> None:
    data = briefing_pptx(prepared)
    deck = Presentation(io.BytesIO(data))
    assert deck.slide_width * 9 == deck.slide_height * 16
    slides = list(deck.slides)
    assert len(slides) == len(briefing.slides) + 1
    for slide, source in zip(slides, briefing.slides):
        assert slide.shapes.title.text == source.heading
        assert any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in slide.shapes)
    notes = slides[0].notes_slide.notes_text_frame.text
    assert seed_events["evidence"].iloc[0] in notes
    assert seed_events["source_url"].iloc[0] in notes
    assert slides[-1].shapes.title.text == "Sources"
    closing = "\n".join(s.text_frame.text for s in slides[-1].shapes if s.has_text_frame)
    assert geodata.layer_spec("states").source in closing
    assert seed_events["source_outlet"].iloc[0] in closing
    # A slide whose layer and event are gone says so, and still exports.
    third = "\n".join(s.text_frame.text for s in slides[2].shapes if s.has_text_frame)
    assert "retired_layer" in third
    assert "ev-deleted000000" in slides[2].notes_slide.notes_text_frame.text


def test_pptx_slide_title_appears_once_not_also_in_the_map_picture(prepared, seed_events) -> None:
    """Each slide says its title once, in the slide's title: its map picture is drawn without the
    title band that a view's PNG has (the map and legend reach the top of the picture)."""
    deck = Presentation(io.BytesIO(briefing_pptx(prepared)))
    for slide, item in zip(deck.slides, prepared):
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        assert sum(text.count(item.slide.heading) for text in texts) == 1
        assert slide.shapes.title.text == item.slide.heading
    first_picture = next(s for s in deck.slides[0].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
    content = view_content(prepared[0].slide.view, seed_events)
    untitled = render_view(content, with_title=False, made=MADE)
    titled = render_view(content, title=prepared[0].slide.heading, made=MADE)
    assert untitled.title == "" and titled.title == prepared[0].slide.heading
    assert first_picture.image.blob == png_bytes(untitled)  # the same drawing, with no title
    # Where the titled PNG has its white title band, the slide's picture has the map (ocean blue).
    band = (40, 10, 1400, 80)  # left, top, right, bottom pixels, inside the titled PNG's band
    titled_band = _colors(Image.open(io.BytesIO(png_bytes(titled))).crop(band))
    picture_band = _colors(Image.open(io.BytesIO(first_picture.image.blob)).crop(band))
    assert titled_band.most_common(1)[0][0] == (255, 255, 255)
    assert picture_band.most_common(1)[0][0] != (255, 255, 255)


def test_pptx_keeps_hostile_text_as_text(prepared) -> None:
    data = briefing_pptx(prepared)
    first = Presentation(io.BytesIO(data)).slides[0]
    text = "\n".join(s.text_frame.text for s in first.shapes if s.has_text_frame)
    assert "<script>alert('x')</script>" in text
    assert "click me (javascript:alert(1" in text
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = {
            name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith((".xml", ".rels"))
        }
    assert not any("<script" in body for body in xml.values())
    targets = [part.split('"')[0] for body in xml.values() for part in body.split('Target="')[1:]]
    external = [t for t in targets if ":" in t]
    assert "https://www.nato.int/" in external
    assert all(t.startswith(("http://", "https://")) for t in external), external


LINKED_POINTS = (
    "- Svalbard: see [the archipelago](https://en.wikipedia.org/wiki/Svalbard_(archipelago))\n"
    "- Kola bases (https://www.nato.int/).\n"
    '- **Read [the strategy](https://example.org/a "title")**'
)


def test_pptx_links_end_where_the_markdown_link_ends(prepared) -> None:
    """A link's closing parenthesis is the link's, not a stray ")" after it; a bare URL leaves
    the sentence's ")." outside the link; a link inside bold stays a link."""
    slide = dataclasses.replace(prepared[1].slide, talking_points=LINKED_POINTS)
    deck = Presentation(io.BytesIO(briefing_pptx([dataclasses.replace(prepared[1], slide=slide)])))
    boxes = [s for s in deck.slides[0].shapes if s.has_text_frame and "Svalbard" in s.text_frame.text]
    paragraphs = boxes[0].text_frame.paragraphs
    assert [p.text for p in paragraphs] == [
        "• Svalbard: see the archipelago",
        "• Kola bases (https://www.nato.int/).",
        "• Read the strategy",
    ]
    links = [(r.text, r.hyperlink.address) for p in paragraphs for r in p.runs if r.hyperlink.address]
    assert links == [
        ("the archipelago", "https://en.wikipedia.org/wiki/Svalbard_(archipelago)"),
        ("https://www.nato.int/", "https://www.nato.int/"),
        ("the strategy", "https://example.org/a"),
    ]
    assert all(r.font.bold for r in paragraphs[2].runs[1:])


def test_pdf_has_a_page_per_slide_and_text_stays_text(prepared, briefing: Briefing) -> None:
    data = briefing_pdf(prepared, briefing.name)
    reader = PdfReader(io.BytesIO(data))
    deck = Presentation(io.BytesIO(briefing_pptx(prepared)))
    # The deck on paper: a page per slide and the closing sources page, no more, all 16:9.
    assert len(reader.pages) == len(deck.slides) == len(briefing.slides) + 1
    assert all(round(float(p.mediabox.width) * 9) == round(float(p.mediabox.height) * 16) for p in reader.pages)
    for page, slide in zip(reader.pages, briefing.slides):
        assert " ".join(slide.heading.split()) in " ".join(page.extract_text().split())
    first = reader.pages[0].extract_text()
    assert "<script>alert('x')</script>" in first
    assert "$x^2$" in first
    assert b"/JavaScript" not in data and b"/JS " not in data and b"/URI" not in data
    assert "Sources" in reader.pages[-1].extract_text()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (Debian libreoffice-impress) is not installed")
def test_libreoffice_converts_the_pptx(prepared, briefing: Briefing, tmp_path: Path) -> None:
    source = tmp_path / "brief.pptx"
    source.write_bytes(briefing_pptx(prepared))
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(tmp_path / "brief.pdf").pages) == len(briefing.slides) + 1
