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

# The Map is the default page, served at the app's root: a first visit runs it at once. (It used to
# be a hidden root page that forwarded to /map with st.switch_page: a second script run and a page
# change in the browser before the map could mount.) /map, the address saved links and briefings
# carry, opens the same script as a hidden page. Two pages share one script: the first listed is
# the one st.page_link("app_pages/map.py") and st.switch_page name, so links lead to the root. The
# default page's url_path only tells the two apart: Streamlit serves a default page at the root only.
navigation = st.navigation(
    [
        st.Page("app_pages/map.py", title="Map", url_path="home", default=True),
        st.Page("app_pages/map.py", title="Map", url_path="map", visibility="hidden"),
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
