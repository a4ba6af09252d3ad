"""Saved views and stored briefings on the pages: editors save, open and delete them; a viewer
pressing every one of those write buttons changes no table."""

from __future__ import annotations

from dashboard.briefing import Briefing, Slide, View
from dashboard.briefing.store import SavedStore
from dashboard.events import EventStore


def stored_items() -> tuple[EventStore, SavedStore]:
    """The test store with one saved view and one stored briefing."""
    store = EventStore()
    saved = SavedStore(store)
    saved.save_view("Kola close-up", View(("states", "bases"), title="Kola"))
    saved.save_briefing(Briefing("Morning brief", (Slide(View(("states",)), "Arctic"),)))
    return store, saved


def press_every_saved_item_write_button(run_page, grant=None) -> None:
    """Save a view on the Map; on the Briefing page open the stored briefing, save it, and delete
    a view and a briefing (confirm ticked), as a session of this role can."""
    at = run_page("app_pages/map.py", {"view": "100000,-200000,-12.5"}, grant)
    at.text_input(key="map_view_name").input("Bering close-up")
    at.text_input(key="map_view_title").input("Bering Strait")
    at.button(key="map_save_view").click().run()
    assert not at.exception
    briefing = run_page("app_pages/briefing.py", None, grant)
    briefing.selectbox(key="stored_briefing_pick").select("Morning brief")
    briefing.button(key="stored_briefing_open").click().run()
    briefing.button(key="briefing_save_store").click().run()
    briefing.selectbox(key="saved_view_pick").select("Kola close-up")
    briefing.checkbox(key="saved_view_delete_confirm").check().run()
    briefing.button(key="saved_view_delete").click().run()
    briefing.checkbox(key="stored_briefing_delete_confirm").check().run()
    briefing.button(key="stored_briefing_delete").click().run()
    assert not briefing.exception


def test_a_viewer_pressing_every_saved_item_button_changes_no_table(run_page):
    store, _ = stored_items()
    before = store.table_digests()
    press_every_saved_item_write_button(run_page)
    assert store.table_digests() == before


def test_an_editor_saves_a_view_with_its_camera_and_deletes_what_was_stored(run_page, grant_editor):
    store, saved = stored_items()
    press_every_saved_item_write_button(run_page, grant_editor)
    view = saved.view("Bering close-up")
    assert view is not None and view.title == "Bering Strait"
    assert (view.camera.x, view.camera.y, view.camera.zoom) == (100000.0, -200000.0, -12.5)
    assert saved.view("Kola close-up") is None and saved.briefing("Morning brief") is None


def test_the_briefing_page_lists_stored_items_with_dates_and_links(run_page):
    _, saved = stored_items()
    at = run_page("app_pages/briefing.py")
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table["Briefing"]) == ["Morning brief"] and table["Last modified"][0].endswith("UTC")
    links = [link for link in at.get("page_link") if "Kola close" in link.proto.label]
    assert links and "modified" in links[0].proto.label
    assert "layers=states%2Cbases" in links[0].proto.query_string  # reopens the view by its link
    at.selectbox(key="stored_briefing_pick").select("Morning brief")
    at.button(key="stored_briefing_open").click().run()
    assert any(h.value == "Morning brief" for h in at.subheader)  # opened, for everyone


def test_a_bad_view_name_is_refused_in_one_line(run_page, grant_editor):
    store, _ = stored_items()
    before = store.table_digests()
    at = run_page("app_pages/map.py", None, grant_editor)
    at.text_input(key="map_view_name").input("x" * 10_000)
    at.button(key="map_save_view").click().run()
    assert not at.exception and any("Not saved" in e.value for e in at.error)
    assert store.table_digests() == before
