"""Streamlit widgets driven as a user would, robust to the reruns a busy machine interleaves."""

from __future__ import annotations

import re

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

__all__ = ["choose", "settle"]


def settle(page, ms: int = 1500) -> None:
    """Wait until Streamlit has finished the current run (no running indicator), then a little."""
    page.wait_for_selector("[data-testid=stApp]", timeout=90_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget] [data-testid=stStatusWidgetRunningIcon]')",
        timeout=90_000,
    )
    page.wait_for_timeout(ms)


def choose(page, label: str, typed: str) -> None:
    """Open the selectbox labelled ``label``, type ``typed`` (a part of the wanted option's label, shorter than
    the whole) and take the first match."""
    box = page.locator("[data-testid=stSelectbox]").filter(has_text=label).first
    for attempt in range(3):
        try:
            # force: the map beside it re-lays out while deck.gl loads; the box itself is ready.
            box.click(force=True, timeout=10_000)
            page.keyboard.type(typed)
            page.keyboard.press("Enter")
            settle(page)
            # A rerun started by the map (its first frame, its camera) can replace the box while
            # the keys go in, and the choice is lost (project CI, 2026-12-03): check the box shows
            # the choice, and choose again if it does not. The typed words alone are not a choice: while
            # the list is still open the box shows them too (the likely cause of the Event details test
            # failing on project CI, 2026-12-05), so the list must have closed on the chosen option.
            field = box.locator("input")
            expect(field).to_have_attribute("aria-expanded", "false", timeout=10_000)
            expect(field).to_have_value(re.compile(re.escape(typed)), timeout=10_000)
            expect(field).not_to_have_value(typed, timeout=1_000)  # the option's whole label, not the typed part
            return
        except (PlaywrightError, AssertionError):
            # Mid re-layout on a loaded machine the box can be scrolled past ("outside of the
            # viewport"): let the page settle and try again.
            if attempt == 2:
                raise
            page.keyboard.press("Escape")
            settle(page, 1000)
