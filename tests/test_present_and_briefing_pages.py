"""The Briefing page's actions and the Present page, run through app.py under AppTest."""

from __future__ import annotations

import json

import pandas as pd

import geodata
from dashboard.briefing import briefing_from_json
from dashboard.briefing.presets import preset_names, preset_view
from dashboard.events import EventStore
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


def create(run_page, name: str = "Kola brief"):
    at = run_page("app_pages/briefing.py")
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
