"""The Briefing page's actions and the Present page, run through app.py under AppTest."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pandas as pd

import geodata
from dashboard.briefing import Briefing, Slide, View, briefing_from_json
from dashboard.briefing.links import present_link
from dashboard.briefing.presets import preset_names, preset_view
from dashboard.briefing.store import SavedStore
from dashboard.events import EventStore
from dashboard.safe_text import escape_markdown
from tests.helpers import map_args, query_param


def counter(at) -> str:
    return next(m.value for m in at.markdown if " / " in m.value and len(m.value) < 12)


def test_present_shows_the_presets_one_at_a_time(run_page):
    at = run_page("app_pages/present.py")
    assert not at.exception
    assert counter(at) == f"1 / {len(preset_names())}"
    assert at.title[0].value and query_param(at, "slide") == "1"
    assert map_args(at)["fill_offset"] > 0 and map_args(at)["camera"]["frame_height"]
    first_camera = map_args(at)["camera"]
    at.button(key="present_next").click().run()
    assert counter(at) == f"2 / {len(preset_names())}" and query_param(at, "slide") == "2"
    assert map_args(at)["camera"]["token"] != first_camera["token"]
    at.button(key="present_previous").click().run()
    assert counter(at) == f"1 / {len(preset_names())}"


def test_present_link_opens_the_asked_slide_and_clamps_odd_ones(run_page):
    assert counter(run_page("app_pages/present.py", {"slide": "3"})).startswith("3 / ")
    assert counter(run_page("app_pages/present.py", {"slide": "99"})).startswith(f"{len(preset_names())} / ")
    assert counter(run_page("app_pages/present.py", {"slide": "<b>"})).startswith("1 / ")


#: Stored briefing names with the characters a URL gives meaning to (& + ? ; space) and non-ASCII.
ODD_NAMES = ["Kola & Bering: Q&A + notes? (v2) – Ålesund’s", "Brief; a+b, c&d!", "Ярмарка Арктики 2025"]


def test_a_present_link_carries_any_stored_briefing_name(run_page):
    """``present_link`` encodes the name so that the query string decodes to it exactly (the
    browser test opens such a link for real)."""
    for name in [*ODD_NAMES, "100% #1 a=b/c"]:  # the last is no briefing name, but must survive too
        link = present_link(name, 3, "http://atlas.example:8501/base/briefing")
        assert link.startswith("http://atlas.example:8501/base/present?briefing=")
        assert parse_qs(urlsplit(link).query, strict_parsing=True) == {"briefing": [name], "slide": ["3"]}
        assert " " not in link and "#" not in urlsplit(link).query.replace("%23", "")


def store_two_slides(name: str) -> Briefing:
    """Store a two-slide briefing named ``name`` (what an editor's "Save to the store" does)."""
    briefing = Briefing(
        name,
        (Slide(View(("land",)), "Arctic overview"), Slide(View(("land", "ports")), "Ports of the north")),
    )
    SavedStore(EventStore()).save_briefing(briefing)
    return briefing


def test_present_link_opens_a_stored_briefing_by_name_in_a_fresh_session(run_page):
    for name in ODD_NAMES[:2]:
        stored = store_two_slides(name)
        at = run_page("app_pages/present.py", {"briefing": name, "slide": "2"})
        assert not at.exception and not at.error
        assert counter(at) == "2 / 2" and at.title[0].value == escape_markdown(stored.slides[1].heading)
        assert query_param(at, "briefing") == name
        at.button(key="present_previous").click().run()
        assert counter(at) == "1 / 2" and query_param(at, "slide") == "1"


def test_present_link_to_an_unknown_briefing_says_so(run_page):
    store_two_slides("Kept brief")
    for name in ("Not stored", "<script>alert(1)</script> **x**", "n" * 10_000):
        at = run_page("app_pages/present.py", {"briefing": name})
        assert not at.exception
        message = at.error[0].value.replace("\\", "")
        assert "there is no stored briefing of that name" in message and name[:40] in message
        assert len(message) < 300 and not at.title  # no slide is shown


def test_the_briefing_page_shows_the_present_link_of_the_stored_briefing(run_page, grant_editor):
    at = create(run_page, ODD_NAMES[0])
    assert "Save this briefing to the store" in " ".join(c.value for c in at.caption)
    at = create(run_page, ODD_NAMES[0], grant_editor)
    at.button(key="briefing_save_store").click().run()
    link = at.code[0].value
    assert link.startswith("present?briefing=")  # AppTest has no browser URL: the link is relative
    assert parse_qs(urlsplit(link).query) == {"briefing": [ODD_NAMES[0]], "slide": ["1"]}


def create(run_page, name: str = "Kola brief", grant=None):
    at = run_page("app_pages/briefing.py", None, grant)
    at.text_input(key="briefing_name").input(name)
    at.selectbox(key="briefing_start").select("barents-kola")
    return at.button(key="briefing_create").click().run()


def test_create_edit_reorder_duplicate_delete(run_page):
    at = create(run_page)
    assert not at.exception and at.subheader[0].value == "Kola brief"
    at.text_input(key="briefing_link").input("http://localhost:8501/map?layers=states,bases&view=1200000,300000,-12.5")
    at.button(key="briefing_add").click().run()
    assert len(at.expander) == 2
    title_key = next(w.key for w in at.text_input if w.key.startswith("slide_title_1_"))
    points_key = next(w.key for w in at.text_area if w.key.startswith("slide_points_1_"))
    at.text_input(key=title_key).input("Bases on Kola")
    at.text_area(key=points_key).input("- <script>alert(1)</script>\n- [click](javascript:alert(1))")
    at.button(key="slide_save_1").click().run()
    assert "Bases on Kola" in at.expander[1].label
    at.button(key="slide_up_1").click().run()
    assert "Bases on Kola" in at.expander[0].label
    at.button(key="slide_copy_0").click().run()
    assert len(at.expander) == 3
    at.button(key="slide_delete_2").click().run()
    assert len(at.expander) == 2
    at.button(key="slide_delete_1").click().run()
    at.button(key="slide_delete_0").click().run()  # the last slide: refused, nothing changes
    assert len(at.expander) == 1 and "at least one slide" in at.error[0].value


def test_bad_names_and_links_change_nothing(run_page):
    at = create(run_page, "x" * 10_000)
    assert "10,000" in at.error[0].value and not at.expander
    at = create(run_page, "<script>")
    assert at.error and not at.expander
    at = create(run_page)
    at.text_input(key="briefing_link").input("not a link")
    at.button(key="briefing_add").click().run()
    assert len(at.expander) == 1 and at.error


def test_export_and_import_round_trip(run_page, downloads):
    at = create(run_page)
    exported = downloads["Kola brief.briefing.json"][0]
    assert briefing_from_json(exported).name == "Kola brief"
    at.button(key="briefing_close").click().run()
    assert not at.expander
    broken = json.dumps({"format": "arctic-atlas-briefing", "version": 1, "name": "x", "slides": []})
    assert "at least one slide" in str(_import_error(broken))


def _import_error(text: str):
    try:
        briefing_from_json(text)
    except ValueError as exc:
        return exc
    return None


def test_pptx_pdf_and_png_downloads(run_page, downloads):
    at = create(run_page)
    at.button(key="briefing_make_png").click().run()
    assert downloads["Kola brief 1.png"][0][:8] == b"\x89PNG\r\n\x1a\n"
    at.button(key="briefing_make_decks").click().run()
    assert downloads["Kola brief.pdf"][0][:4] == b"%PDF"
    assert downloads["Kola brief.pptx"][0][:2] == b"PK"


def test_talking_points_reach_the_screen_as_text_only():
    from dashboard.briefing.present import talking_points_markdown

    shown = talking_points_markdown(
        "- <script>alert(1)</script>\n- [click](javascript:alert(1)) **bold** [ok](https://example.org)"
    )
    assert shown.count("<") == shown.count("\\<") + shown.count("](<")  # every tag escaped: shown as text
    assert "](javascript" not in shown and "](<https://example.org>)" in shown and "**bold**" in shown


def test_present_footer_names_the_sources_and_the_as_of_date(run_page):
    at = run_page("app_pages/present.py")
    footer = next(m.value for m in at.markdown if "Sources page" in m.value).replace("\\", "")  # as a reader sees it
    slide = preset_view(preset_names()[0])
    for layer in slide.shown_layers():  # every drawn layer's data version, with the layer's title
        spec = geodata.layer_spec(layer)
        assert spec.version in footer and spec.title in footer
    events = EventStore().query()
    assert f"latest {pd.Timestamp(events['event_date'].max()).date().isoformat()}" in footer
    assert all(outlet in footer for outlet in set(events["source_outlet"].dropna()))
