"""The PowerPoint export of a briefing (python-pptx; 16:9 set explicitly, as python-pptx defaults to 4:3).

One slide per briefing slide (title, map image, talking points as plain runs with bold/italic and
http(s) links only), its events with their evidence and sources in the speaker notes, and a closing
slide listing every source. Text is set through python-pptx, which writes it as XML text, never markup.
"""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from .exports import SLIDE_BOXES_IN, SLIDE_TYPE_PT, PreparedSlide, event_note_lines, source_lines, xml_safe
from .markdown import parse_talking_points

__all__ = ["SLIDE_SIZE", "briefing_pptx"]

#: Slide size, exactly 16:9: PowerPoint's widescreen, 13⅓ × 7.5 inches (in EMU, 914,400 an inch).
SLIDE_SIZE = (Emu(12_192_000), Emu(6_858_000))
_TITLE_ONLY_LAYOUT = 5  # in python-pptx's default template
_NOTE_RGB = RGBColor(0xA6, 0x0D, 0x0D)


def _box(name: str) -> tuple[Emu, Emu, Emu, Emu]:
    """Slide box ``name`` (:data:`~.exports.SLIDE_BOXES_IN`, shared with the PDF) in EMU."""
    return tuple(Inches(v) for v in SLIDE_BOXES_IN[name])  # type: ignore[return-value]


def _title(slide, text: str) -> None:
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = _box("title")
    shape.text_frame.text = xml_safe(text)
    for paragraph in shape.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(SLIDE_TYPE_PT["title"])
            run.font.bold = True


def _talking_points(slide, markdown: str, box: tuple[Emu, Emu, Emu, Emu]) -> None:
    frame = slide.shapes.add_textbox(*box).text_frame
    frame.word_wrap = True
    paragraphs = parse_talking_points(xml_safe(markdown))
    for index, item in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.space_after = Pt(6)
        if item.bullet:
            paragraph.add_run().text = "• "
        for piece in item.runs:
            run = paragraph.add_run()
            run.text = piece.text
            run.font.bold = piece.bold or None
            run.font.italic = piece.italic or None
            if piece.url:  # markdown.py only keeps http(s) URLs that safe_url accepts
                run.hyperlink.address = piece.url
        for run in paragraph.runs:
            run.font.size = Pt(SLIDE_TYPE_PT["points"])


def _notes_box(slide, notes: list[str], box: tuple[Emu, Emu, Emu, Emu]) -> None:
    frame = slide.shapes.add_textbox(*box).text_frame
    frame.word_wrap = True
    for index, note in enumerate(notes):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = xml_safe(f"Note: {note}")
        run.font.size = Pt(SLIDE_TYPE_PT["notes"])
        run.font.color.rgb = _NOTE_RGB


def _sources_slide(prs, prepared: list[PreparedSlide]) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[_TITLE_ONLY_LAYOUT])
    _title(slide, "Sources")
    layers, events = source_lines(prepared)
    size = Pt(SLIDE_TYPE_PT["sources" if len(layers) + len(events) < 20 else "sources_long"])
    frame = slide.shapes.add_textbox(*_box("sources")).text_frame
    frame.word_wrap = True
    frame.paragraphs[0].add_run().text = "Map layers (Arctic Atlas registry)"
    frame.paragraphs[0].runs[0].font.bold = True
    for text in layers:
        frame.add_paragraph().add_run().text = f"• {text}"
    heading = frame.add_paragraph().add_run()
    heading.text = "Events reported by"
    heading.font.bold = True
    for text, url in events or [("(no events)", None)]:
        paragraph = frame.add_paragraph()
        paragraph.add_run().text = f"• {text} "
        if url:
            link = paragraph.add_run()
            link.text = url
            link.hyperlink.address = url
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = size


def briefing_pptx(prepared: list[PreparedSlide]) -> bytes:
    """The briefing as PPTX bytes (16:9): a slide per prepared slide, then a sources slide."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_SIZE
    for item in prepared:
        slide = prs.slides.add_slide(prs.slide_layouts[_TITLE_ONLY_LAYOUT])
        _title(slide, item.slide.heading)
        left, top, width, _height = _box("picture")
        slide.shapes.add_picture(io.BytesIO(item.image_png), left, top, width=width)
        _talking_points(slide, item.slide.talking_points, _box("points"))
        if item.content.notes:
            _notes_box(slide, item.content.notes, _box("notes"))
        slide.notes_slide.notes_text_frame.text = "\n".join(event_note_lines(item.content))
    _sources_slide(prs, prepared)
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()
