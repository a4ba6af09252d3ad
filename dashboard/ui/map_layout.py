"""The Map page's frame: a compact title row, so the map below it gets the window's height."""

from __future__ import annotations

import streamlit as st

from dashboard.safe_text import escape_markdown

__all__ = ["MAP_PAGE_BOTTOM_PX", "compact_map_header"]

#: Pixels of the window left under the map (the first line of the events list peeks out).
MAP_PAGE_BOTTOM_PX = 28

# Streamlit's public element keys (st-key-*) and its main block's test id: a small title and
# caption, and less of the default 6rem top padding, on this page only.
_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 3.6rem; padding-bottom: 1rem; }
.st-key-map_header h1 { font-size: 1.5rem; line-height: 1.2; padding: 0; margin: 0; }
.st-key-map_header [data-testid="stCaptionContainer"] { margin: 0; }
.st-key-map_legend [data-testid="stExpander"] details summary { padding: 0.2rem 0.5rem; }
</style>
"""


def compact_map_header(title: str, caption: str, note: str = "") -> None:
    """The page title on one small line with a one-line caption under it, and an optional note
    line. All three are shown as typed (a link's view title is untrusted text)."""
    st.html(_CSS)
    with st.container(key="map_header", gap="small"):
        st.title(escape_markdown(title), anchor=False)
        st.caption(escape_markdown(caption))
        if note:
            st.caption(escape_markdown(note))
