"""Ingest page: an article in, its events proposed, reviewed by the analyst, and saved on request."""

import time

import streamlit as st

from dashboard.events import Source, extract_events
from dashboard.events.overlay import EVENT_LAYER_ID, EVENT_LAYER_PROPS, event_rows, split_by_extent, split_unplaced
from dashboard.events.review import IngestError, article_text, check_published, check_url, editor_frame, preview_frame
from dashboard.map.deck import PolarView
from dashboard.map.selection import basemap_layers
from dashboard.safe_text import escape_markdown
from dashboard.ui.ingest_review import (
    DUPLICATE,
    EDITED,
    EDITOR_KEY,
    PENDING,
    REVIEW_COLUMNS,
    SAVED,
    save_controls,
)
from dashboard.ui.polar_map import map_layers, overlay, polar_map
from dashboard.ui.publication_date import publication_date_input

st.title("Ingest an article")
st.caption(
    "Paste an article or upload it, give its publication date and source, and extract its events. "
    "Review them in the table — fix, delete or add rows, tick the ones you have checked — and Save. "
    "Nothing is stored until you save."
)
if SAVED in st.session_state:
    st.success(st.session_state.pop(SAVED))
    st.page_link("app_pages/map.py", label="See them on the Map")

text_column, meta_column = st.columns([3, 2])
with text_column:
    pasted = st.text_area("Article text (plain text, Markdown or HTML)", key="article_text", height=230)
    upload = st.file_uploader(
        "…or upload a file (the file is used when given)",
        key="article_file",
        type=["txt", "md", "markdown", "html", "htm"],
    )
with meta_column:
    published = publication_date_input(pasted, upload, key="article_published")
    title = st.text_input("Title (read from the article when left empty)", key="article_title")
    outlet = st.text_input("Outlet", key="article_outlet")
    url = st.text_input("URL", key="article_url", placeholder="https://…")

if st.button("Extract events", key="extract", type="primary"):
    try:
        text, fmt = article_text(pasted, upload.getvalue() if upload else None, upload.name if upload else "")
        day, link = check_published(published), check_url(url)
    except IngestError as exc:
        st.error(escape_markdown(exc))
    else:
        with st.status("Extracting events…", expanded=False) as status:
            status.write(f"Reading the article ({len(text):,} characters, {fmt}) sentence by sentence")
            started = time.perf_counter()
            events = extract_events(text, day, title=title.strip(), outlet=outlet.strip(), url=link, fmt=fmt)
            status.update(
                label=f"Found {len(events)} events in {time.perf_counter() - started:.1f} s", state="complete"
            )
        st.session_state[PENDING] = {
            "text": text,
            "published": day,
            "outlet": outlet.strip(),
            "url": link,
            "title": events[0].source.title if events else title.strip(),
            "frame": editor_frame(events),
        }
        for key in (EDITED, EDITOR_KEY, DUPLICATE):  # a new extraction replaces the old review
            st.session_state.pop(key, None)
        if not events:
            st.warning("No events found. Add rows by hand below, or check the text and the date.")

pending = st.session_state.get(PENDING)
if pending is not None:
    if EDITOR_KEY not in st.session_state and EDITED in st.session_state:
        pending["frame"] = st.session_state[EDITED]  # back from another page: keep the edits
    source = Source(
        title=pending["title"], outlet=pending["outlet"], url=pending["url"], published=pending["published"]
    )
    st.subheader("Review the events")
    st.caption(
        f"From “{escape_markdown(pending['title'] or 'untitled article')}”, published "
        f"{pending['published'].isoformat()}. Each row cites the sentence it came from."
    )
    table_column, map_column = st.columns([3, 2])
    with table_column:
        edited = st.data_editor(
            pending["frame"],
            key=EDITOR_KEY,
            num_rows="dynamic",
            hide_index=True,
            column_order=list(REVIEW_COLUMNS),
            column_config=REVIEW_COLUMNS,
            width="stretch",
        )
    st.session_state[EDITED] = edited
    with map_column:
        preview = preview_frame(edited, source)
        placed, unplaced = split_unplaced(preview)
        inside, outside = split_by_extent(placed)
        polar_map(
            [*map_layers(basemap_layers()), overlay(EVENT_LAYER_ID, "point", event_rows(inside), EVENT_LAYER_PROPS)],
            [*basemap_layers(), EVENT_LAYER_ID],
            key="ingest_preview",
            camera=PolarView(zoom=-14.5),
            camera_token="whole-arctic",
            height=460,
        )
        st.caption(
            f"{len(inside)} events on the map, {len(unplaced)} Arctic-wide or country-level (not drawn at a "
            f"point), {len(outside)} south of its edge (40°N), "
            f"{len(edited) - len(preview)} not placeable until fixed."
        )
    save_controls(pending, edited, source)
