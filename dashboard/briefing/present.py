"""What present mode needs besides drawing (no Streamlit): the slides to show, the slide a link
asks for, the feature a slide highlights, and its talking points as safe Markdown."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import geodata
from dashboard.events.overlay import EVENT_LAYER_ID
from dashboard.map.deck import project_for_display
from dashboard.safe_text import escape_markdown

from .markdown import parse_talking_points
from .model import Briefing, FeatureRef, Slide, View, feature_key_column
from .presets import preset_names, preset_view

__all__ = ["highlight_note", "map_highlights", "presets_briefing", "slide_index", "talking_points_markdown"]

#: Highlights named one by one in each list of :func:`highlight_note`; the rest are counted.
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


def map_highlights(view: View) -> list[tuple[str, Any]]:
    """(map layer id, feature id) of every highlight of ``view`` the map can outline: its events
    (their ids), then its registry features (their row positions) that the registry still has."""
    events = [(EVENT_LAYER_ID, event_id) for event_id in view.highlighted_events]
    return events + [found for _, found in _resolved_features(view) if found is not None]


def _listed(names: list[str]) -> str:
    more = f" and {len(names) - NAMED_HIGHLIGHTS} more" if len(names) > NAMED_HIGHLIGHTS else ""
    return ", ".join(names[:NAMED_HIGHLIGHTS]) + more


def highlight_note(view: View, *, outlined: Collection[tuple[str, Any]]) -> str:
    """Plain text naming the view's highlights, "" when it has none: those the map outlines now
    (``outlined``, a subset of :func:`map_highlights`) first, then those it does not draw because
    their layer is off or their event is filtered out. Features the registry no longer has are
    left out. Untrusted text: escape it before it becomes Markdown."""
    named = [((EVENT_LAYER_ID, event_id), f"event {event_id}") for event_id in view.highlighted_events]
    named += [
        (found, f"{geodata.layer_spec(ref.layer).title}: {ref.name}")
        for ref, found in _resolved_features(view)
        if found
    ]
    if not named:
        return ""
    drawn = [text for key, text in named if key in outlined]
    hidden = [text for key, text in named if key not in outlined]
    parts = [f"(outlined on the map): {_listed(drawn)}"] if drawn else []
    parts += [f"(not drawn: layer off or filtered out): {_listed(hidden)}"] if hidden else []
    return "Highlighted " + "; ".join(parts) + "."


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
