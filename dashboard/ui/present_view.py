"""Present mode's screen: large slide title, counter and buttons, a map filling the window,
talking points and the sources footer, with Streamlit's header and toolbar hidden."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import streamlit as st

import geodata
from dashboard.briefing import Slide
from dashboard.briefing.content import view_content
from dashboard.briefing.panels import footer_text
from dashboard.briefing.present import map_highlight, talking_points_markdown
from dashboard.events.overlay import EVENT_LAYER_ID, EVENT_LAYER_PROPS, event_rows
from dashboard.map.view_param import format_view_param
from dashboard.safe_text import escape_markdown
from dashboard.ui.event_access import stored_events
from dashboard.ui.polar_map import map_layers, overlay, polar_map

__all__ = ["hide_chrome", "render_slide", "slide_controls"]

#: Window height (px) not given to the map: the title row above it and the footer below.
MAP_FILL_OFFSET_PX = 190

# Our own classes and Streamlit's public element keys (st-key-*); the header and toolbar are
# hidden by their test ids, the one handle Streamlit gives them. A slide with many layers cites
# many sources: the footer keeps to the ~5 lines MAP_FILL_OFFSET_PX leaves under the map and
# scrolls past them, rather than pushing the page below a 1366×768 laptop's window.
_CSS = """
<style>
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] { display: none; }
[data-testid="stMainBlockContainer"] { padding: 0.6rem 1.2rem 0 1.2rem; max-width: 100%; }
.st-key-present_title h1 { font-size: clamp(1.6rem, 2.6vw, 3rem); line-height: 1.15; padding: 0; margin: 0; }
.st-key-present_points { font-size: clamp(1.05rem, 1.3vw, 1.5rem); line-height: 1.4; }
.st-key-present_counter p { font-size: 1.4rem; text-align: center; margin: 0.3rem 0 0 0; }
.st-key-present_footer { max-height: 5.2rem; overflow-y: auto; }
.st-key-present_footer p { font-size: 0.8rem; line-height: 1.35; color: #555; margin: 0; }
</style>
"""


def hide_chrome() -> None:
    """Hide Streamlit's header, toolbar and decoration bar and tighten the page margins."""
    st.html(_CSS)


def slide_controls(number: int, total: int, move: Callable[[int], None], heading: str) -> None:
    """The title row: the slide title large, then previous, "2 / 5" and next."""
    title_col, prev_col, count_col, next_col = st.columns([12, 1, 1.2, 1], vertical_alignment="center")
    with title_col.container(key="present_title"):
        st.title(escape_markdown(heading), anchor=False)
    prev_col.button(
        "◀", key="present_previous", on_click=move, args=(-1,), disabled=number <= 1, help="Previous (←, Page Up)"
    )
    with count_col.container(key="present_counter"):
        st.markdown(f"{number} / {total}")
    next_col.button(
        "▶", key="present_next", on_click=move, args=(1,), disabled=number >= total, help="Next (→, Page Down, Space)"
    )


def render_slide(slide: Slide, number: int) -> None:
    """The slide's map (filling the window), its talking points beside it and the sources footer."""
    content = view_content(slide.view, stored_events())
    events_on = slide.view.events.on or bool(slide.view.highlighted_events)
    layers = [
        *map_layers(geodata.layer_names()),
        overlay(EVENT_LAYER_ID, "point", event_rows(content.events), EVENT_LAYER_PROPS),
    ]
    visible = [*content.layers, *([EVENT_LAYER_ID] if events_on else [])]
    points = talking_points_markdown(slide.talking_points)
    map_col, points_col = st.columns([3, 1]) if points else (st.container(), None)
    with map_col:
        polar_map(
            layers,
            visible,
            key="present_map",
            camera=slide.view.camera,
            camera_token=f"slide-{number}-{format_view_param(slide.view.camera)}",  # every slide reframes
            highlight=map_highlight(slide.view),
            fill_offset=MAP_FILL_OFFSET_PX,
        )
    if points_col is not None:
        with points_col.container(key="present_points"):
            st.markdown(points)
    with st.container(key="present_footer"):
        notes = " ".join(escape_markdown(n) for n in content.notes)
        st.markdown(escape_markdown(footer_text(content, date.today())) + (f"  \nNote: {notes}" if notes else ""))
