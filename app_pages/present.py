"""Present page: one slide at a time, full window, keyboard and clicker friendly (?slide=N);
?briefing=NAME presents that stored briefing (in any browser), else the open one or the presets."""

import streamlit as st

from dashboard.briefing.links import BRIEFING_PARAM, SLIDE_PARAM
from dashboard.briefing.present import presets_briefing, slide_index
from dashboard.ui.briefing_state import current_briefing, linked_briefing
from dashboard.ui.present_view import hide_chrome, render_slide, slide_controls
from dashboard.ui.slide_keys import SlidePosition, slide_keys
from dashboard.ui.url_state import keep_in_url, seed_widget

linked = st.query_params.get(BRIEFING_PARAM)
# A link's stored briefing, else the session's open one, else the presets.
briefing = linked_briefing(linked) if linked is not None else current_briefing() or presets_briefing()
total = len(briefing.slides)
# The slide shown and the key presses it counts, in one value (dashboard/ui/slide_keys.py says why).
seed_widget("present_slide", SlidePosition(slide_index(st.query_params.get(SLIDE_PARAM), total)))


def move(step: int) -> None:
    """Go ``step`` slides on, staying within the briefing (the buttons)."""
    st.session_state["present_slide"] = st.session_state["present_slide"].step(step, total)


hide_chrome()
slide_keys("present_keys", "present_slide", total)
index = min(st.session_state["present_slide"].index, total - 1)
keep_in_url({SLIDE_PARAM: str(index + 1)})
slide = briefing.slides[index]
slide_controls(index + 1, total, move, slide.heading)
render_slide(slide, index + 1)
