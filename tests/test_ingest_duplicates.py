"""The Ingest page when the article is already stored (merge or cancel), and the pages when
the store cannot be opened (one line on the page, no traceback)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.events import EventStore

REPO_ROOT = Path(__file__).resolve().parent.parent
ARTICLE = REPO_ROOT / "tests" / "data" / "articles" / "svalbard-cable-2022.txt"


def extracted(grant) -> AppTest:
    """The Ingest page (through app.py, as an editor) with the Svalbard cable article extracted."""
    at = grant(AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120))
    at.switch_page("app_pages/ingest.py").run()
    at.text_area(key="article_text").input(ARTICLE.read_text(encoding="utf-8"))
    at.date_input(key="article_published").set_value("2024-01-10")
    at.button(key="extract").click().run()
    return at


def test_saving_an_article_again_asks_merge_or_cancel(grant_editor):
    store = EventStore()
    first = extracted(grant_editor)
    first.button(key="save_events").click().run()
    assert any(s.value.startswith("Saved ") for s in first.success)
    before = store.table_digests()

    again = extracted(grant_editor)  # same text, no URL: found by its text
    again.button(key="save_events").click().run()
    assert any("already stored" in w.value and "same text" in w.value for w in again.warning)
    assert store.table_digests() == before
    again.button(key="cancel_save").click().run()
    assert not any("already stored" in w.value for w in again.warning)
    assert store.table_digests() == before

    again.button(key="save_events").click().run()
    again.button(key="merge_events").click().run()
    assert any("into the stored article" in s.value for s in again.success)
    assert len(store.articles()) == 2  # the seed article and this one: no second row


def test_a_store_that_cannot_be_opened_is_one_line_on_the_page(tmp_path, monkeypatch):
    bogus = tmp_path / "not-a-db.sqlite"
    bogus.write_text("not a database\n" * 100)
    monkeypatch.setenv("ATLAS_DB", str(bogus))
    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120)
    at.switch_page("app_pages/events.py").run()
    assert not at.exception
    assert any("cannot be opened" in e.value and "not an Arctic Atlas event database" in e.value for e in at.error)
