"""The Map page's frame: a compact title row, so the map below it gets the window's height; and
on a session's first visit, the map first and the rest of the page after its first frame."""

from __future__ import annotations

import streamlit as st

from dashboard.safe_text import escape_markdown

__all__ = ["MAP_PAGE_BOTTOM_PX", "REST_FALLBACK_S", "compact_map_header", "map_first", "rest_later"]

#: Pixels of the window left under the map (the first line of the events list peeks out).
MAP_PAGE_BOTTOM_PX = 28
#: Seconds after a deferred first run at which the rest of the page is drawn anyway, if the map has
#: not reported its first frame by then (no WebGL, its code blocked, a layer file that never came).
REST_FALLBACK_S = 10

_SEEN = "map_page_seen"  # session state: the Map page has run in this session
_FALLBACK_ARMED = "map_rest_fallback_armed"  # session state: the fallback's timer has started

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


def map_first() -> bool:
    """Whether this run is a session's first of the Map page in a browser, which then draws only
    the header and the map (with ``report_drawn``) and leaves the rest for the rerun the map's
    first frame starts: Streamlit's front end mounts a component only after laying out the rest
    of the page, and on a first visit that layout competes with the map's first frame.

    Every later run draws the whole page, whatever starts it (the frame's report, a click, a
    camera report, a widget, :func:`rest_later`'s timer). A session without request headers has
    no browser (Streamlit's AppTest): nothing would ever report a frame, so it gets the whole page.
    """
    first = _SEEN not in st.session_state
    st.session_state[_SEEN] = True
    return first and bool(st.context.headers)


@st.fragment(run_every=REST_FALLBACK_S)
def _rerun_whole_page() -> None:
    if st.session_state.get(_FALLBACK_ARMED):
        st.rerun(scope="app")  # the map has not reported: the whole page now, as any later run
    st.session_state[_FALLBACK_ARMED] = True


def rest_later() -> None:
    """Stop a deferred first run here; the rest of the page comes with the next run: the map's
    first-frame report, or after :data:`REST_FALLBACK_S` if none came (a page that never showed
    its legend would be a bug). Draws nothing."""
    _rerun_whole_page()
    st.stop()
