"""Exports of views and briefings: PNG (one view), PDF (a page per slide, then the sources), and the
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
    """A slide ready to export: its resolved content and its map image (PNG bytes)."""

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
    """Resolve and draw every slide of ``briefing`` once, for any number of export formats."""
    prepared = []
    for slide in briefing.slides:
        content = view_content(slide.view, events)
        rendered = render_view(content, title=slide.heading, size_px=size_px, made=made)
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
_PAGE_IN = (13.333, 7.5)  # 16:9, the size of the PowerPoint slides


def _wrapped(text: str, width: int, max_lines: int) -> str:
    lines = [w for line in text.split("\n") for w in (textwrap.wrap(line, width) or [""])]
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + ["…"]
    return "\n".join(lines)


def _slide_page(prepared: PreparedSlide, number: int, total: int) -> Figure:
    fig = Figure(figsize=_PAGE_IN, facecolor="white")
    fig.text(
        0.03,
        0.95,
        _wrapped(xml_safe(prepared.slide.heading), 80, 2),
        fontsize=22,
        fontweight="bold",
        va="top",
        parse_math=False,
    )
    rgba = matplotlib.image.imread(io.BytesIO(prepared.image_png), format="png")
    image = (rgba[..., :3] * 255).round().astype("uint8")  # opaque RGB embeds smaller and faster
    ax = fig.add_axes((0.02, 0.2, 0.64, 0.64 * 1080 / 1920 * _PAGE_IN[0] / _PAGE_IN[1]))
    ax.imshow(image, interpolation="none")  # "none": the PDF holds the pixels as drawn, unresampled
    ax.axis("off")
    points = plain_text(xml_safe(prepared.slide.talking_points)) or "(no talking points)"
    fig.text(0.68, 0.84, _wrapped(points, 48, 24), fontsize=11.5, va="top", linespacing=1.35, parse_math=False)
    evidence = [line.strip() for line in event_note_lines(prepared.content)]
    fig.text(
        0.68, 0.36, _wrapped("\n".join(evidence), 78, 22), fontsize=7, va="top", color=(0.2, 0.2, 0.2), parse_math=False
    )
    fig.text(0.97, 0.03, f"{number} / {total}", fontsize=10, ha="right", color=(0.4, 0.4, 0.4))
    return fig


def _sources_page(prepared: list[PreparedSlide]) -> Figure:
    fig = Figure(figsize=_PAGE_IN, facecolor="white")
    fig.text(0.03, 0.95, "Sources", fontsize=22, fontweight="bold", va="top")
    layers, events = source_lines(prepared)
    body = ["Map layers (Arctic Atlas registry):", *(f"• {x}" for x in layers), "", "Events reported by:"]
    body += [f"• {text}" + (f" {url}" if url else "") for text, url in events] or ["• (no events)"]
    fig.text(0.03, 0.86, _wrapped("\n".join(body), 170, 44), fontsize=9, va="top", linespacing=1.3, parse_math=False)
    return fig


def briefing_pdf(prepared: list[PreparedSlide], name: str) -> bytes:
    """A PDF with one 16:9 page per slide (map, title, talking points, events with evidence) and a
    closing page listing every source, like the PowerPoint export."""
    buffer = io.BytesIO()
    metadata = {"Title": xml_safe(name), "Creator": "Arctic Atlas", "Producer": None, "CreationDate": None}
    with PdfPages(buffer, metadata=metadata) as pdf:
        for number, item in enumerate(prepared, start=1):
            pdf.savefig(_slide_page(item, number, len(prepared)))
        pdf.savefig(_sources_page(prepared))
    return buffer.getvalue()
