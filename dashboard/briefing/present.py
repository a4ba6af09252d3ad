"""What present mode needs besides drawing (no Streamlit): the slides to show, the slide a link
asks for, the feature a slide highlights, and its talking points as safe Markdown."""

from __future__ import annotations

from typing import Any

import geodata
from dashboard.events.overlay import EVENT_LAYER_ID
from dashboard.map.deck import project_for_display
from dashboard.safe_text import escape_markdown

from .markdown import parse_talking_points
from .model import Briefing, Slide, View, feature_key_column
from .presets import preset_names, preset_view

__all__ = ["map_highlight", "presets_briefing", "slide_index", "talking_points_markdown"]


def presets_briefing() -> Briefing:
    """One slide per briefing preset, in preset order: what present mode shows with no briefing."""
    slides = tuple(Slide(view=preset_view(name)) for name in preset_names())
    return Briefing(name="Arctic Atlas presets", slides=slides)


def slide_index(value: str | None, count: int) -> int:
    """The 0-based slide a link's ``?slide=N`` (1-based) asks for, clamped to 0..count-1; 0 when
    absent or not a number."""
    try:
        number = int(str(value).strip()) if value is not None else 1
    except ValueError:
        number = 1
    return min(max(number, 1), max(count, 1)) - 1


def map_highlight(view: View) -> tuple[str, Any] | None:
    """(map layer id, feature id) of the view's first highlight the map can outline: an event
    (its id), else a registry feature (its row position), or None."""
    if view.highlighted_events:
        return EVENT_LAYER_ID, view.highlighted_events[0]
    known = set(geodata.layer_names())
    for ref in view.highlighted_features:
        column = feature_key_column(ref.layer) if ref.layer in known else None
        if column is None:
            continue
        names = [str(v) for v in project_for_display(ref.layer).get(column, [])]
        if ref.name in names:
            return ref.layer, names.index(ref.name)
    return None


def talking_points_markdown(text: str) -> str:
    """Talking points as Markdown that shows exactly the parsed subset: every run's text escaped,
    bold and italic kept, links only to http(s) URLs (others shown as text). No HTML survives."""
    lines = []
    for paragraph in parse_talking_points(text):
        parts = []
        for run in paragraph.runs:
            piece = escape_markdown(run.text)
            if run.url:
                piece = f"[{piece}](<{run.url}>)"
            if run.bold:
                piece = f"**{piece}**"
            if run.italic:
                piece = f"*{piece}*"
            parts.append(piece)
        lines.append(("- " if paragraph.bullet else "") + "".join(parts))
    return "\n\n".join(lines)
