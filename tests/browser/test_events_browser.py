"""An article with HTML and a script in it, ingested in a real browser, and found again on the Map.

The article's markup must stay text everywhere it is shown (review table, preview, details):
no alert() may fire and no element it describes may appear in the page.
"""

from __future__ import annotations

import pytest

from .conftest import unlock_editing
from .widgets import choose

pytestmark = pytest.mark.browser

ARTICLE = (
    "Northern Fleet drills\n\n"
    "Russia's Northern Fleet held exercises near Murmansk on Tuesday "
    "<script>alert('xss')</script><img src=x onerror=\"alert('img')\"> <b id=\"injected\">in force</b>.\n"
)


def no_injection(page) -> None:
    assert page.locator("#injected").count() == 0, "the article's <b id=injected> became an element"
    assert page.locator("img[src='x']").count() == 0, "the article's <img> became an element"


def test_ingested_article_with_markup_stays_text_and_reaches_the_map(page, streamlit_server):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    page.goto(f"{streamlit_server}/ingest")
    page.wait_for_selector("textarea", timeout=90_000)
    unlock_editing(page)
    page.locator("textarea").fill(ARTICLE)
    page.locator("textarea").press("Control+Enter")  # commit the text area before the next widget
    page.wait_for_timeout(500)
    page.get_by_role("spinbutton", name="year, Publication date").click()
    page.keyboard.type("20250227")
    page.keyboard.press("Tab")
    page.wait_for_timeout(800)
    page.get_by_role("button", name="Extract events").click()
    page.get_by_text("Review the events").wait_for(timeout=30_000)
    page.get_by_text("1 events on the map").wait_for(timeout=30_000)  # the preview placed Murmansk
    no_injection(page)

    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Saved 1 events").wait_for(timeout=60_000)

    page.goto(f"{streamlit_server}/map")  # a fresh session: the event comes from the database
    page.wait_for_selector(".atlas-map canvas", timeout=90_000)  # the polar map component
    choose(page, "Event details", "Murmansk")
    details = page.locator(".st-key-event_details")
    details.wait_for(timeout=30_000)
    text = details.inner_text()
    assert "Northern Fleet held exercises near Murmansk" in text
    assert "<script>alert('xss')</script>" in text, "the markup should read as text in the details"
    assert "2025-02-25" in text  # "on Tuesday" before Thursday 27 February 2025
    no_injection(page)
    page.wait_for_timeout(500)
    assert dialogs == [], f"a script from the article ran: {dialogs}"
