"""Arctic Atlas: the entry point. Page config, navigation over the pages, nothing else."""

import streamlit as st

from dashboard.ui.roles import role_sidebar

# No page or page_icon icons: Streamlit fetches material-icon favicons from a font CDN, and
# the dashboard must run offline.
st.set_page_config(page_title="Arctic Atlas", layout="wide")

navigation = st.navigation(
    [
        st.Page("app_pages/map.py", title="Map", url_path="map", default=True),
        st.Page("app_pages/ingest.py", title="Ingest", url_path="ingest"),
        st.Page("app_pages/events.py", title="Events", url_path="events"),
        st.Page("app_pages/states.py", title="States", url_path="states"),
        st.Page("app_pages/routes.py", title="Routes", url_path="routes"),
        st.Page("app_pages/resources.py", title="Resources", url_path="resources"),
        st.Page("app_pages/sources.py", title="Sources", url_path="sources"),
    ]
)
role_sidebar()
navigation.run()
