"""Arctic Atlas: the entry point. Page config, navigation over the pages, nothing else."""

from urllib.parse import urlparse

import streamlit as st

from dashboard.ui.roles import role_sidebar

# Present mode (/present) shows one slide on the whole window: no page list, no sidebar.
presenting = urlparse(st.context.url or "").path.rstrip("/").endswith("/present")

# No page or page_icon icons: Streamlit fetches material-icon favicons from a font CDN, and
# the dashboard must run offline.
st.set_page_config(
    page_title="Arctic Atlas", layout="wide", initial_sidebar_state="collapsed" if presenting else "auto"
)

map_page = st.Page("app_pages/map.py", title="Map", url_path="map")


def open_the_map() -> None:
    """The app root forwards to the Map, keeping the link's query parameters (layers, filters).

    Streamlit serves its default page only at ``/``, never at the page's own ``url_path``; so the
    Map is an ordinary page (``/map`` opens it on a fresh server) and the hidden default page
    sends ``/`` there.
    """
    st.switch_page(map_page, query_params=st.query_params.to_dict())


navigation = st.navigation(
    [
        st.Page(open_the_map, title="Arctic Atlas", default=True, visibility="hidden"),
        map_page,
        st.Page("app_pages/ingest.py", title="Ingest", url_path="ingest"),
        st.Page("app_pages/events.py", title="Events", url_path="events"),
        st.Page("app_pages/states.py", title="States", url_path="states"),
        st.Page("app_pages/routes.py", title="Routes", url_path="routes"),
        st.Page("app_pages/resources.py", title="Resources", url_path="resources"),
        st.Page("app_pages/sources.py", title="Sources", url_path="sources"),
        st.Page("app_pages/briefing.py", title="Briefing", url_path="briefing"),
        st.Page("app_pages/present.py", title="Present", url_path="present"),
    ],
    position="hidden" if presenting else "sidebar",
)
if not presenting:  # present mode shows no sidebar at all
    role_sidebar()
navigation.run()
