"""Make every page run inside app.py's frame, even when a deep link is the server's first visit.

Streamlit (1.67) decides per server whether an app uses the legacy ``pages/`` directory: until
some run calls ``st.navigation``, a request for ``/sources`` runs ``pages/sources.py`` on its
own, without ``app.py`` (no wide layout, a sidebar of file names). So a briefer who opens a
saved link right after starting the dashboard would get the wrong frame. Pages call
:func:`require_app_frame` first: in that legacy run it switches the server to ``st.navigation``
mode and reruns, so ``app.py`` runs and serves the same URL properly.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

__all__ = ["require_app_frame"]


def require_app_frame() -> None:
    """Rerun through ``app.py`` if this page was started by the legacy ``pages/`` router."""
    # getattr: the flag is Streamlit-internal; if a later version drops it, pages still run.
    if getattr(PagesManager, "uses_pages_directory", False):
        PagesManager.uses_pages_directory = False
        st.rerun()
