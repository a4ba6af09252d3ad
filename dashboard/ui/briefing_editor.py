"""The Briefing page's widgets: create, add slides, edit, reorder, import/export, downloads.

Every change goes through :mod:`dashboard.briefing.editing`; a refused change shows its one-line
reason and leaves the briefing as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from dashboard.briefing import Briefing, BriefingError, Slide, briefing_from_json, briefing_to_json, editing
from dashboard.briefing.present import presets_briefing
from dashboard.briefing.presets import preset_names, preset_view
from dashboard.ui.briefing_state import set_current_briefing
from dashboard.ui.event_access import stored_events

__all__ = [
    "add_view_section",
    "apply",
    "close_briefing",
    "create_section",
    "downloads_section",
    "file_section",
    "show_error",
    "slide_editor",
]

_ERROR = "briefing_error"


def apply(change: Callable[..., Briefing], *args: Any, **kwargs: Any) -> None:
    """Make ``change(*args, **kwargs)`` the briefing, or keep the briefing and show why not; then rerun."""
    try:
        set_current_briefing(change(*args, **kwargs))
        st.session_state.pop("briefing_exports", None)  # made for the old briefing
    except BriefingError as exc:
        st.session_state[_ERROR] = str(exc)
    st.rerun()


def show_error() -> None:
    """The last refused change's reason, once."""
    if message := st.session_state.pop(_ERROR, None):
        st.error(f"Not changed: {message}.")


def create_section() -> None:
    """Name a new briefing and start it from the presets or one preset."""
    name = st.text_input("Briefing name", max_chars=None, key="briefing_name", placeholder="e.g. Kola, 27 Feb")
    start = st.selectbox("Start from", ["All five presets", *preset_names()], key="briefing_start")
    if st.button("Create briefing", key="briefing_create", type="primary"):
        slides = presets_briefing().slides if start == "All five presets" else (Slide(preset_view(start)),)
        apply(lambda: Briefing(name, tuple(slides)))


def add_view_section(briefing: Briefing) -> None:
    """Add a slide from a copied Map link (the Map keeps its layers, camera and filters in it)."""
    link = st.text_input("Map link to add as a slide", key="briefing_link", placeholder="http://…/map?layers=…&view=…")
    if st.button("Add slide", key="briefing_add"):
        apply(lambda: editing.add_slide(briefing, editing.view_from_link(link)))


def slide_editor(briefing: Briefing) -> None:
    """One expander per slide: title, talking points, and up/down/duplicate/delete."""
    for index, slide in enumerate(briefing.slides):
        text_key = f"{index}_{abs(hash(slide)) % 10**8}"  # a moved or edited slide gets fresh text boxes
        with st.expander(f"{index + 1}. {slide.heading}", expanded=False):
            title = st.text_input("Title", slide.title, key=f"slide_title_{text_key}")
            points = st.text_area("Talking points (Markdown)", slide.talking_points, key=f"slide_points_{text_key}")
            save, up, down, copy, delete = st.columns(5)
            if save.button("Save text", key=f"slide_save_{index}"):
                apply(editing.edit_slide, briefing, index, title=title, talking_points=points)
            if up.button("Move up", key=f"slide_up_{index}", disabled=index == 0):
                apply(editing.move_slide, briefing, index, -1)
            if down.button("Move down", key=f"slide_down_{index}", disabled=index == len(briefing.slides) - 1):
                apply(editing.move_slide, briefing, index, 1)
            if copy.button("Duplicate", key=f"slide_copy_{index}"):
                apply(editing.duplicate_slide, briefing, index)
            if delete.button("Delete", key=f"slide_delete_{index}"):
                apply(editing.delete_slide, briefing, index)


def file_section(briefing: Briefing | None) -> None:
    """Export the briefing as a JSON file, or import one (a bad file changes nothing)."""
    if briefing is not None:
        st.download_button(
            "Export briefing file (JSON)",
            briefing_to_json(briefing),
            file_name=f"{briefing.name}.briefing.json",
            mime="application/json",
            key="briefing_export_json",
        )
    upload = st.file_uploader("Import a briefing file", type=["json"], key="briefing_import")
    if upload is not None and st.button("Import", key="briefing_import_go"):
        apply(lambda: briefing_from_json(upload.getvalue()))


def downloads_section(briefing: Briefing, slide_number: int) -> None:
    """Make the PNG of one slide, or the PPTX and PDF of the whole briefing, then offer them."""
    # Imported here: the exporters pull in matplotlib (about 3 s), and the Map page, which
    # imports this module for its "Save this view" panel, never needs them.
    from dashboard.briefing.exports import briefing_pdf, prepare_briefing, view_png
    from dashboard.briefing.powerpoint import briefing_pptx

    made = st.session_state.setdefault("briefing_exports", {})
    png_col, pptx_col, pdf_col = st.columns(3)
    if png_col.button(f"Make PNG of slide {slide_number}", key="briefing_make_png"):
        slide = briefing.slides[slide_number - 1]
        with st.spinner("Drawing the slide…"):
            made["png"] = (
                view_png(slide.view, stored_events(), title=slide.heading),
                f"{briefing.name} {slide_number}.png",
            )
    if pptx_col.button("Make PPTX and PDF", key="briefing_make_decks"):
        progress = st.progress(0.0, text="Drawing the slides…")
        prepared = prepare_briefing(briefing, stored_events())
        progress.progress(0.6, text="Writing the PowerPoint…")
        made["pptx"] = (briefing_pptx(prepared), f"{briefing.name}.pptx")
        progress.progress(0.85, text="Writing the PDF…")
        made["pdf"] = (briefing_pdf(prepared, briefing.name), f"{briefing.name}.pdf")
        progress.progress(1.0, text="Ready.")
    mimes = {
        "png": "image/png",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pdf": "application/pdf",
    }
    for column, kind in ((png_col, "png"), (pptx_col, "pptx"), (pdf_col, "pdf")):
        if kind in made:
            data, file_name = made[kind]
            column.download_button(
                f"Download {kind.upper()}", data, file_name=file_name, mime=mimes[kind], key=f"briefing_download_{kind}"
            )


def close_briefing() -> None:
    """Forget the session's briefing (export it first to keep it)."""
    set_current_briefing(None)
    st.session_state.pop("briefing_exports", None)
