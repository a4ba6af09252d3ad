"""Exports of views and briefings: PNG (one view), PDF (the deck's pages: a page per slide, then the sources), and the
shared preparation that the PowerPoint export (:mod:`.powerpoint`) uses too. No Streamlit, no network.

Events come as a frame shaped like :meth:`dashboard.events.EventStore.query`. Every text that came
from a user or an article is drawn as text (matplotlib with ``parse_math=False``; see
:mod:`.markdown` for talking points), and links are kept only for http(s) URLs.
"""

from __future__ import annotations

import io
import re
import textwrap
from dataclasses import dataclass
from datetime import date

import matplotlib.image
import pandas as pd
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from dashboard.events.overlay import format_event_date
from dashboard.safe_text import safe_url

from .content import ViewContent, event_sources, layer_sources, view_content
from .markdown import plain_text
from .model import Briefing, Slide, View
from .render import DEFAULT_SIZE_PX, png_bytes, render_view

__all__ = [
    "SLIDE_BOXES_IN",
    "SLIDE_TYPE_PT",
    "PreparedSlide",
    "briefing_pdf",
    "event_note_lines",
    "prepare_briefing",
    "source_lines",
    "view_png",
    "xml_safe",
]


@dataclass(frozen=True)
class PreparedSlide:
    """A slide ready to export: its resolved content and its map image (PNG bytes, no title band)."""

    slide: Slide
    content: ViewContent
    image_png: bytes


_XML_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: object) -> str:
    """``text`` without characters that XML 1.0 (and so PPTX) cannot hold: C0 controls other than
    tab and newline, lone surrogates, U+FFFE and U+FFFF."""
    return _XML_UNSAFE.sub("", str(text))


def view_png(
    view: View,
    events: pd.DataFrame | None,
    *,
    title: str | None = None,
    size_px: tuple[int, int] = DEFAULT_SIZE_PX,
    made: date | None = None,
) -> bytes:
    """The PNG of ``view`` (at least 1920×1080 by default), as on screen, with legend and footer."""
    return png_bytes(render_view(view_content(view, events), title=title, size_px=size_px, made=made))


def prepare_briefing(
    briefing: Briefing,
    events: pd.DataFrame | None,
    *,
    size_px: tuple[int, int] = DEFAULT_SIZE_PX,
    made: date | None = None,
) -> list[PreparedSlide]:
    """Resolve and draw every slide of ``briefing`` once, for any number of export formats. The
    pictures have no title band: the PowerPoint slide and the PDF page set the slide's title once."""
    prepared = []
    for slide in briefing.slides:
        content = view_content(slide.view, events)
        rendered = render_view(content, with_title=False, size_px=size_px, made=made)
        image = png_bytes(rendered)
        rendered.figure.clear()
        prepared.append(PreparedSlide(slide, content, image))
    return prepared


def event_note_lines(content: ViewContent) -> list[str]:
    """Speaker-notes lines for a slide: its notes, then each event with its evidence and source."""
    lines = [f"Note: {note}" for note in content.notes]
    frames = [f for f in (content.events, content.outside, content.unplaced) if not f.empty]
    frame = pd.concat(frames, ignore_index=True) if frames else content.events
    if frame.empty:
        return lines + ["No events on this slide."]
    lines.append(f"Events on this slide ({len(frame)}):")
    for number, row in enumerate(frame.sort_values(["event_date", "event_id"]).to_dict("records"), start=1):
        when = format_event_date(row["event_date"], row.get("date_precision") or "day")
        mark = " [highlighted]" if row.get("highlighted") else ""
        lines.append(f"{number}. {when} · {row.get('category')} · {row.get('place')}{mark}: {row.get('summary')}")
        lines.append(f'   Evidence: "{row.get("evidence") or ""}"')
        url = safe_url(row.get("source_url"))
        link = url or ("(link withheld: not an http(s) URL)" if row.get("source_url") else "(no link)")
        published = str(row.get("source_published") or "")[:10]
        lines.append(
            f"   Source: {row.get('source_outlet') or ''}, “{row.get('source_title') or ''}” {published} {link}"
        )
    return [xml_safe(line) for line in lines]


def source_lines(prepared: list[PreparedSlide]) -> tuple[list[str], list[tuple[str, str | None]]]:
    """The closing slide's lines: (layer sources, [(event source text, safe url or None)])."""
    names = [name for p in prepared for name in p.content.layers]
    layers = [f"{s.title}: {s.source} ({s.version}); licence: {s.licence}" for s in layer_sources(names)]
    articles = event_sources([f for p in prepared for f in (p.content.events, p.content.outside, p.content.unplaced)])
    events = [
        (f"{a.outlet or 'Unknown outlet'}: “{a.title}”" + (f", {a.published}" if a.published else ""), safe_url(a.url))
        for a in articles
    ]
    return [xml_safe(x) for x in layers], [(xml_safe(t), u) for t, u in events]


# -- PDF ------------------------------------------------------------------------------------------
# The PDF is the deck on paper: each page puts the title, the map, the talking points and the
# notes where the PowerPoint slide has them (:data:`SLIDE_BOXES_IN`, the same type sizes), then a
# closing page with the sources slide's text. A PDF has no speaker notes, so each slide's events
# with their evidence go in small type under the map.
_SLIDE_IN = (13.333, 7.5)  # 16:9, the size of the PowerPoint slides

#: Where a slide's parts sit, in inches from the top left of a 13⅓ × 7.5 in slide: (left, top,
#: width, height). The PowerPoint export and the PDF both place them here.
SLIDE_BOXES_IN: dict[str, tuple[float, float, float, float]] = {
    "title": (0.4, 0.2, 12.5, 0.9),
    "picture": (0.3, 1.2, 8.6, 8.6 * 9 / 16),
    "points": (9.1, 1.2, 3.95, 5.6),
    "notes": (0.3, 6.15, 8.6, 1.2),
    "sources": (0.5, 1.2, 12.3, 6.0),
}
#: Type sizes, points: title, talking points, notes, sources (fewer than 20 lines, more).
SLIDE_TYPE_PT = {"title": 30, "points": 16, "notes": 11, "sources": 12, "sources_long": 9}


def _wrapped(text: str, width: int, max_lines: int) -> str:
    lines = [w for line in text.split("\n") for w in (textwrap.wrap(line, width) or [""])]
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + ["…"]
    return "\n".join(lines)


def _fits(box: tuple[float, float, float, float], size_pt: float, spacing: float = 1.25) -> tuple[int, int]:
    """(characters a line, lines) of ``size_pt`` text that fit in ``box`` (inches), roughly."""
    _, _, width, height = box
    return max(10, int(width * 72 / (size_pt * 0.55))), max(1, int(height * 72 / (size_pt * spacing)))


def _text_in(fig: Figure, name: str, text: str, size_pt: float, **style) -> None:
    """``text`` at the top left of slide box ``name``, wrapped and cut to fit it."""
    left, top, width, height = SLIDE_BOXES_IN[name]
    chars, lines = _fits((left, top, width, height), size_pt)
    fig.text(
        left / _SLIDE_IN[0],
        1 - top / _SLIDE_IN[1],
        _wrapped(text, chars, lines),
        fontsize=size_pt,
        va="top",
        linespacing=1.25,
        parse_math=False,
        **style,
    )


def _title_in(fig: Figure, text: str) -> None:
    left, top, width, height = SLIDE_BOXES_IN["title"]
    fig.text(
        (left + width / 2) / _SLIDE_IN[0],
        1 - (top + height / 2) / _SLIDE_IN[1],
        _wrapped(xml_safe(text), 60, 1),
        fontsize=SLIDE_TYPE_PT["title"],
        fontweight="bold",
        ha="center",
        va="center",
        parse_math=False,
    )


def _slide_page(prepared: PreparedSlide) -> Figure:
    fig = Figure(figsize=_SLIDE_IN, facecolor="white")
    _title_in(fig, prepared.slide.heading)
    left, top, width, height = SLIDE_BOXES_IN["picture"]
    rgba = matplotlib.image.imread(io.BytesIO(prepared.image_png), format="png")
    image = (rgba[..., :3] * 255).round().astype("uint8")  # opaque RGB embeds smaller and faster
    ax = fig.add_axes(
        (left / _SLIDE_IN[0], 1 - (top + height) / _SLIDE_IN[1], width / _SLIDE_IN[0], height / _SLIDE_IN[1])
    )
    ax.imshow(image, interpolation="none", aspect="auto")  # "none": the PDF holds the pixels as drawn
    ax.axis("off")
    points = plain_text(xml_safe(prepared.slide.talking_points))
    if points:
        _text_in(fig, "points", points, SLIDE_TYPE_PT["points"])
    notes = [f"Note: {note}" for note in prepared.content.notes]
    if notes:
        _text_in(fig, "notes", "\n".join(notes), SLIDE_TYPE_PT["notes"], color=(0.65, 0.05, 0.05))
    # The speaker notes (events and their evidence), in the room the notes leave under the map.
    evidence = [line.strip() for line in event_note_lines(prepared.content) if not line.startswith("Note: ")]
    n_left, n_top, n_width, n_height = SLIDE_BOXES_IN["notes"]
    used = min(len(notes), 3) * SLIDE_TYPE_PT["notes"] * 1.25 / 72
    chars, lines = _fits((0, 0, n_width, n_height + 0.2 - used), 6.5, 1.2)
    fig.text(
        n_left / _SLIDE_IN[0],
        1 - (n_top + used) / _SLIDE_IN[1],
        _wrapped("\n".join(evidence), chars, lines),
        fontsize=6.5,
        va="top",
        linespacing=1.2,
        color=(0.2, 0.2, 0.2),
        parse_math=False,
    )
    return fig


def _sources_page(prepared: list[PreparedSlide]) -> Figure:
    fig = Figure(figsize=_SLIDE_IN, facecolor="white")
    _title_in(fig, "Sources")
    layers, events = source_lines(prepared)
    size = SLIDE_TYPE_PT["sources" if len(layers) + len(events) < 20 else "sources_long"]
    body = ["Map layers (Arctic Atlas registry)", *(f"• {x}" for x in layers), "Events reported by"]
    body += [f"• {text}" + (f" {url}" if url else "") for text, url in events] or ["• (no events)"]
    _text_in(fig, "sources", "\n".join(body), size)
    return fig


def briefing_pdf(prepared: list[PreparedSlide], name: str) -> bytes:
    """The briefing as a PDF that matches its PowerPoint deck page for page: a 16:9 page per slide
    (title, map, talking points and notes where the slide has them, its events with their
    evidence under the map), then the deck's closing sources page."""
    buffer = io.BytesIO()
    metadata = {"Title": xml_safe(name), "Creator": "Arctic Atlas", "Producer": None, "CreationDate": None}
    with PdfPages(buffer, metadata=metadata) as pdf:
        for item in prepared:
            pdf.savefig(_slide_page(item))
        pdf.savefig(_sources_page(prepared))
    return buffer.getvalue()
