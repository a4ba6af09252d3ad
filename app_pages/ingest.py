"""Ingest page: an article in, its events proposed, reviewed by the analyst, and saved on request."""

import time

import streamlit as st

from dashboard.events import CATEGORIES, DATE_PRECISIONS, GEO_PRECISIONS, Source, extract_events
from dashboard.events.model import EARLIEST_EVENT_DATE, latest_allowed_date
from dashboard.events.overlay import EVENT_LAYER_ID, EVENT_LAYER_PROPS, event_rows, split_by_extent, split_unplaced
from dashboard.events.review import (
    IngestError,
    RowErrors,
    article_text,
    check_published,
    check_url,
    editor_frame,
    preview_frame,
    rows_to_events,
)
from dashboard.map.deck import PolarView
from dashboard.map.selection import basemap_layers
from dashboard.safe_text import escape_markdown
from dashboard.ui.event_access import save_article_events
from dashboard.ui.polar_map import map_layers, overlay, polar_map
from dashboard.ui.publication_date import publication_date_input

PENDING, EDITED, SAVED = "ingest_pending", "ingest_edited", "ingest_saved"
cfg = st.column_config
COLUMNS = {
    "verified": cfg.CheckboxColumn("Verified", help="Tick once you have checked the event against the article"),
    "event_date": cfg.DateColumn(
        "Date", min_value=EARLIEST_EVENT_DATE, max_value=latest_allowed_date(), format="YYYY-MM-DD", required=True
    ),
    "date_precision": cfg.SelectboxColumn("Known to", options=DATE_PRECISIONS, required=True, default="day"),
    "category": cfg.SelectboxColumn("Category", options=CATEGORIES, required=True),
    "summary": cfg.TextColumn("Summary", required=True, width="large"),
    "actors": cfg.TextColumn("Actors", help="Codes separated by commas, e.g. USA, RUS, NATO"),
    "place": cfg.TextColumn("Place", required=True),
    "lat": cfg.NumberColumn("Lat °N", min_value=-90.0, max_value=90.0, format="%.4f", required=True),
    "lon": cfg.NumberColumn("Lon °E", min_value=-180.0, max_value=180.0, format="%.4f", required=True),
    "geo_precision": cfg.SelectboxColumn("Located to", options=GEO_PRECISIONS, default="point"),
    "confidence": cfg.NumberColumn("Confidence", min_value=0.0, max_value=1.0, format="%.2f", default=0.5),
    "evidence": cfg.TextColumn("Evidence sentence", width="large"),
    # Why the extractor proposed the row: read-only, for checking it fast.
    "trigger": cfg.TextColumn("Trigger", disabled=True, help="The word that made the sentence an event"),
    "place_mention": cfg.TextColumn(
        "Place words", disabled=True, help="Words naming the place; empty: fallback or carried from earlier"
    ),
    "actor_mentions": cfg.TextColumn("Actor words", disabled=True, help="Words read as each actor, e.g. Joly = CAN"),
    "places": cfg.TextColumn("Further places", disabled=True, help="Other places the event names (a route's ends)"),
}

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
        for key in (EDITED, "events_editor"):  # a new extraction replaces the old review
            st.session_state.pop(key, None)
        if not events:
            st.warning("No events found. Add rows by hand below, or check the text and the date.")

pending = st.session_state.get(PENDING)
if pending is not None:
    if "events_editor" not in st.session_state and EDITED in st.session_state:
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
            key="events_editor",
            num_rows="dynamic",
            hide_index=True,
            column_order=list(COLUMNS),
            column_config=COLUMNS,
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
    save_column, discard_column = st.columns([1, 5])
    if discard_column.button("Discard", key="discard_events"):
        for key in (PENDING, EDITED, "events_editor"):
            st.session_state.pop(key, None)
        st.rerun()
    if save_column.button("Save", key="save_events", type="primary"):
        try:
            reviewed = rows_to_events(edited, source)
            if not reviewed:
                raise RowErrors(["The table is empty: add at least one event, or Discard."])
        except RowErrors as exc:
            st.error(
                "Nothing was saved. Fix these rows:\n\n" + "\n".join(f"- {escape_markdown(m)}" for m in exc.messages)
            )
        else:
            _, ids = save_article_events(
                reviewed,
                title=source.title,
                outlet=source.outlet,
                url=source.url,
                published=source.published,
                text=pending["text"],
            )
            for key in (PENDING, EDITED, "events_editor"):
                st.session_state.pop(key, None)
            verified = sum(e.verified for e in reviewed)
            st.session_state[SAVED] = f"Saved the article and {len(ids)} events ({verified} verified)."
            st.rerun()
