"""Sources page: every layer's provenance, read from the layer registry the map uses."""

import streamlit as st

import geodata
from dashboard.profiles.sources import sources_table

st.title("Sources")
st.write(
    "Every layer on the map, where it comes from, and how far to trust it. "
    "The map, its legend and this page all read the same layer registry."
)

table = sources_table()
st.dataframe(table, hide_index=True, width="stretch", key="sources_table")
st.download_button(
    "Download as CSV", table.to_csv(index=False), "arctic-atlas-sources.csv", mime="text/csv", key="sources_csv"
)

st.subheader("Accuracy levels")
for level, meaning in geodata.ACCURACY_LEVELS.items():
    st.markdown(f"- **{level}** — {meaning}")

st.subheader("Rebuilding the data")
st.markdown(
    "Every file under `geodata/data/` is rebuilt from its registry package by "
    "`python -m geodata.build`; `geodata/SOURCES.md` says what was changed and why."
)
st.caption(
    "Events on the map come from news articles: each keeps its article (title, outlet, URL, "
    "publication date) and the sentence it was read from — see the Events page."
)
