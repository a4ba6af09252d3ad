"""Briefing page: build an ordered list of slides from presets and Map links, edit and reorder
them, present them, and export them as a file, PNG, PPTX or PDF."""

import streamlit as st

from dashboard.ui import briefing_editor as editor
from dashboard.ui import saved_panels
from dashboard.ui.briefing_state import current_briefing

st.title("Briefing")
st.caption(
    "A briefing is an ordered list of slides: each a map view with a title and talking points "
    "(Markdown; shown as text, links only to http/https). Editors save briefings and views to the "
    "store; everyone can open them, present them and export them as a file."
)
editor.show_error()
briefing = current_briefing()

if briefing is None:
    editor.create_section()
else:
    st.subheader(briefing.name)
    st.page_link("app_pages/present.py", label=f"Present it ({len(briefing.slides)} slides)")
    saved_panels.save_briefing_button(briefing)
    saved_panels.present_link_section(briefing)
    editor.add_view_section(briefing)
    editor.slide_editor(briefing)
    st.subheader("Downloads")
    number = st.number_input("Slide for the PNG", 1, len(briefing.slides), 1, key="briefing_png_slide")
    editor.downloads_section(briefing, int(number))
    if st.button("Close this briefing", key="briefing_close"):
        editor.close_briefing()
        st.rerun()
st.subheader("Stored briefings")
saved_panels.stored_briefings_section()
st.subheader("Saved views")
saved_panels.saved_views_section(briefing)
st.subheader("File")
editor.file_section(briefing)
