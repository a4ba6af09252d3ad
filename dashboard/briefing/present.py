"""What present mode needs besides drawing (no Streamlit): the slides to show, the slide a link
asks for, the feature a slide highlights, and its talking points as safe Markdown."""

from __future__ import annotations

from typing import Any

import geodata
from dashboard.events.overlay import EVENT_LAYER_ID
from dashboard.map.deck import project_for_display
from dashboard.safe_text import escape_markdown

from .markdown import parse_talking_points
from .model import Briefing, FeatureRef, Slide, View, feature_key_column
from .presets import preset_names, preset_view

__all__ = ["highlight_note", "map_highlight", "presets_briefing", "slide_index", "talking_points_markdown"]

#: Highlights named one by one in :func:`highlight_note`; the rest are counted.
NAMED_HIGHLIGHTS = 5


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


def _resolved_features(view: View) -> list[tuple[FeatureRef, tuple[str, int] | None]]:
    """Each highlighted feature with (layer id, row position) where the registry still has it."""
    known = set(geodata.layer_names())
    resolved = []
    for ref in view.highlighted_features:
        column = feature_key_column(ref.layer) if ref.layer in known else None
        names = [str(v) for v in project_for_display(ref.layer).get(column, [])] if column else []
        resolved.append((ref, (ref.layer, names.index(ref.name)) if ref.name in names else None))
    return resolved


def map_highlight(view: View) -> tuple[str, Any] | None:
    """(map layer id, feature id) of the view's first highlight the map can outline: an event
    (its id), else a registry feature (its row position), or None."""
    if view.highlighted_events:
        return EVENT_LAYER_ID, view.highlighted_events[0]
    return next((found for _, found in _resolved_features(view) if found is not None), None)


def highlight_note(view: View, *, outlined: bool) -> str:
    """Plain text naming the view's highlights, "" when it has none. The map outlines one of them
    (:func:`map_highlight`; ``outlined`` says whether it is drawn now), so that one comes first and
    the others are listed after it; features the registry no longer has are left out.
    Untrusted text: escape it before it becomes Markdown."""
    shown = [f"event {event_id}" for event_id in view.highlighted_events]
    shown += [f"{geodata.layer_spec(ref.layer).title}: {ref.name}" for ref, found in _resolved_features(view) if found]
    if not shown:
        return ""
    note = f"Highlighted: {shown[0]}" + (
        " (outlined on the map)" if outlined else " (not drawn: its layer is off or filtered out)"
    )
    rest = shown[1:]
    if rest:
        named = ", ".join(rest[:NAMED_HIGHLIGHTS])
        more = f" and {len(rest) - NAMED_HIGHLIGHTS} more" if len(rest) > NAMED_HIGHLIGHTS else ""
        note += f"; also: {named}{more}"
    return note + "."


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
