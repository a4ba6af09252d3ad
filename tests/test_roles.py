"""Roles: viewers cannot write through any button, replayed widget state or query string;
editors can; the passcode is hashed, compared in constant time and rate-limited per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.events import EventStore
from dashboard.roles import AttemptLimiter, EditorRequired, Passcode

REPO_ROOT = Path(__file__).resolve().parent.parent
ARTICLE = REPO_ROOT / "tests" / "data" / "articles" / "svalbard-cable-2022.txt"


def page(path: str, grant=None) -> AppTest:
    """The page ``path`` run through app.py (navigation and the sidebar's role panel)."""
    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120)
    if grant is not None:
        grant(at)
    return at.switch_page(path).run()


def extracted(grant=None) -> AppTest:
    """The Ingest page with the Svalbard cable article extracted (not yet saved)."""
    at = page("app_pages/ingest.py", grant)
    at.text_area(key="article_text").input(ARTICLE.read_text(encoding="utf-8"))
    at.date_input(key="article_published").set_value("2024-01-10")
    at.text_input(key="article_url").input("https://example.org/cable")
    at.button(key="extract").click().run()
    assert not at.exception and len(at.data_editor[0].value) > 0
    return at


def click_every_write_button(store: EventStore, grant=None) -> None:
    """Press Save, Merge, Mark verified and Delete (even when shown disabled, as a replayed
    widget state would), the way a session of this role can."""
    at = extracted(grant)
    at.button(key="save_events").click().run()
    at = extracted(grant)  # again: the duplicate question, then Merge
    at.button(key="save_events").click().run()
    if any(b.key == "merge_events" for b in at.button):
        at.button(key="merge_events").click().run()
    event_id = store.query().iloc[0]["event_id"]
    events = page("app_pages/events.py", grant)
    events.selectbox(key="events_manage_pick").select(event_id).run()
    events.button(key="events_verify").click().run()
    events.checkbox(key="events_delete_confirm").check().run()
    events.button(key="events_delete").click().run()
    assert not at.exception and not events.exception


@pytest.mark.parametrize("passcode_set", [False, True], ids=["no-passcode", "passcode-not-typed"])
def test_a_viewer_pressing_every_write_button_changes_nothing(monkeypatch, passcode_set):
    if passcode_set:
        monkeypatch.setenv("ATLAS_EDITOR_PASSWORD", "s3cret-team-code")
    store = EventStore()
    store.update_event(store.query().iloc[0]["event_id"], verified=False)
    before = store.table_digests()
    click_every_write_button(store)
    assert store.table_digests() == before


def test_an_editor_pressing_the_same_buttons_writes(grant_editor):
    store = EventStore()
    store.update_event(store.query().iloc[0]["event_id"], verified=False)
    articles_before, events_before = len(store.articles()), len(store)
    click_every_write_button(store, grant_editor)
    assert len(store.articles()) == articles_before + 1  # saved once; the second save merged
    assert len(store) > events_before - 1


def test_a_viewer_session_gets_an_error_not_a_write_from_the_ui_functions():
    from dashboard.ui.event_access import delete_event, verify_event

    store = EventStore()
    event_id = store.query().iloc[0]["event_id"]
    before = store.table_digests()
    for write in (verify_event, delete_event):
        with pytest.raises(EditorRequired, match="Only an editor"):
            write(event_id)
    assert store.table_digests() == before


@pytest.mark.parametrize(
    "query",
    [
        {"editor": "1"},
        {"role": "editor"},
        {"_atlas_editor_grant": "x"},
        {"events_delete": "true", "events_manage_pick": "ev-1"},
        {"save_events": "1"},
    ],
)
def test_crafted_query_strings_do_not_make_an_editor(monkeypatch, query):
    monkeypatch.setenv("ATLAS_EDITOR_PASSWORD", "s3cret-team-code")
    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception
    assert any(t.label == "Editor passcode" for t in at.text_input)  # still asking: not unlocked
    assert not any(s.value.startswith("Editing unlocked") for s in at.success)


def test_without_a_passcode_the_sidebar_says_read_only():
    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120).run()
    assert any("Read-only" in i.value for i in at.sidebar.info)


def test_sidebar_unlock_and_rate_limit(monkeypatch):
    monkeypatch.setenv("ATLAS_EDITOR_PASSWORD", "s3cret-team-code")
    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120).run()
    for _ in range(3):
        at.text_input(key="editor_passcode").input("guess")
        at.button(key="FormSubmitter:editor_unlock_form-Unlock editing").click().run()
    assert any("Wrong passcode" in e.value for e in at.sidebar.error)
    at.text_input(key="editor_passcode").input("s3cret-team-code")
    at.button(key="FormSubmitter:editor_unlock_form-Unlock editing").click().run()
    assert any("Too many wrong passcodes" in e.value for e in at.sidebar.error), "locked out after 3 misses"
    at.session_state["_atlas_unlock_attempts"] = AttemptLimiter()  # the wait has passed
    at.text_input(key="editor_passcode").input("s3cret-team-code")
    at.button(key="FormSubmitter:editor_unlock_form-Unlock editing").click().run()
    assert any(s.value.startswith("Editing unlocked") for s in at.sidebar.success)


def test_passcode_is_salted_hashed_and_limiter_doubles():
    one, two = Passcode.from_secret("correct horse"), Passcode.from_secret("correct horse")
    assert one.salt != two.salt and one.digest != two.digest and b"correct" not in one.digest
    assert one.matches("correct horse") and not one.matches("correct hors") and "horse" not in repr(one)
    limiter = AttemptLimiter(free=2, first_wait_s=10)
    limiter.record_failure(0)
    assert limiter.wait_s(0) == 0
    limiter.record_failure(0)
    limiter.record_failure(0)
    assert limiter.wait_s(0) == 20


def test_the_passcode_leaves_the_environment_once_hashed(monkeypatch):
    import os

    from dashboard.ui.roles import PASSCODE_ENV, configured_passcode

    monkeypatch.setenv(PASSCODE_ENV, "s3cret-team-code")
    assert configured_passcode() is not None and PASSCODE_ENV not in os.environ
    assert configured_passcode().matches("s3cret-team-code")
