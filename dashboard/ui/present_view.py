"""Present mode's screen: large slide title, counter and buttons, a map filling the window,
talking points and the short sources footer, with Streamlit's header and toolbar hidden."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

import geodata
from dashboard.briefing import Slide
from dashboard.briefing.content import view_content
from dashboard.briefing.panels import short_footer_text
from dashboard.briefing.present import map_highlights, talking_points_markdown
from dashboard.events.overlay import EVENT_LAYER_ID, EVENT_LAYER_PROPS, event_rows
from dashboard.map.view_param import format_view_param
from dashboard.safe_text import escape_markdown
from dashboard.ui.event_access import stored_events
from dashboard.ui.polar_map import map_layers, overlay, polar_map

__all__ = ["hide_chrome", "render_slide", "slide_controls"]

#: Window height (px) not given to the map: the title row above it and the two-line footer below.
MAP_FILL_OFFSET_PX = 170

# Our own classes and Streamlit's public element keys (st-key-*); the header and toolbar are
# hidden by their test ids, the one handle Streamlit gives them. Type scales with the window
# (vw) between a floor a 1366×768 laptop still fits and a ceiling for 1920×1080 and up. The
# footer is the short one (each data version once, then "All sources: Sources page") and is
# held to two lines, so it never pushes the page past the window; the full list is on the
# Sources page and the exports' closing slide.
_CSS = """
<style>
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] { display: none; }
[data-testid="stMainBlockContainer"] { padding: 0.5rem 1.2rem 0 1.2rem; max-width: 100%; }
.st-key-present_title h1 { font-size: clamp(2rem, 3vw, 3.6rem); line-height: 1.1; padding: 0; margin: 0; }
.st-key-present_points { font-size: clamp(1.25rem, 1.6vw, 1.9rem); line-height: 1.35; }
.st-key-present_points p, .st-key-present_points li { font-size: inherit; }
.st-key-present_counter p {
  font-size: clamp(1.6rem, 2.2vw, 2.6rem); font-weight: 700; text-align: center; margin: 0; white-space: nowrap;
}
.st-key-present_previous button, .st-key-present_next button { padding: 0.35rem 0.8rem; white-space: nowrap; }
.st-key-present_previous button *, .st-key-present_next button * { font-size: clamp(1.1rem, 1.35vw, 1.6rem); }
.st-key-present_footer p {
  font-size: clamp(0.95rem, 1.05vw, 1.3rem); line-height: 1.3; color: #333; margin: 0;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
</style>
"""


def hide_chrome() -> None:
    """Hide Streamlit's header, toolbar and decoration bar and tighten the page margins."""
    st.html(_CSS)


def slide_controls(number: int, total: int, move: Callable[[int], None], heading: str) -> None:
    """The title row: the slide title large, then previous, "2 / 5" and next."""
    title_col, prev_col, count_col, next_col = st.columns([9, 1.9, 1.4, 1.9], vertical_alignment="center")
    with title_col.container(key="present_title"):
        st.title(escape_markdown(heading), anchor=False)
    prev_col.button(
        "Previous",
        icon=":material/arrow_back:",
        key="present_previous",
        on_click=move,
        args=(-1,),
        disabled=number <= 1,
        help="Previous (←, Page Up)",
    )
    with count_col.container(key="present_counter"):
        st.markdown(f"{number} / {total}")
    next_col.button(
        "Next",
        icon=":material/arrow_forward:",
        key="present_next",
        on_click=move,
        args=(1,),
        disabled=number >= total,
        help="Next (→, Page Down, Space)",
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
            highlights=map_highlights(slide.view),
            fill_offset=MAP_FILL_OFFSET_PX,
            projector_text=True,  # labels at the registry's projector size: this screen is the projector's
        )
    if points_col is not None:
        with points_col.container(key="present_points"):
            st.markdown(points)
    with st.container(key="present_footer"):
        notes = " ".join(escape_markdown(n) for n in content.notes)
        # A missing layer or event matters more to the presenter than the sources: it goes first.
        st.markdown((f"**Note: {notes}** · " if notes else "") + escape_markdown(short_footer_text(content)))
