"""Regenerate docs/screenshot.png: the map page in headless Chromium (``python scripts/readme_screenshot.py``)."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.browser.atlas_map import wait_until_drawn  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

PORT = 8597


def main() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(PORT), "--server.headless", "true"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 950})
            page.goto(f"http://127.0.0.1:{PORT}/")
            page.wait_for_url("**/map**", timeout=90_000)
            wait_until_drawn(page)  # every shown layer loaded and painted
            page.wait_for_timeout(1000)  # the labels are placed just after the first frames
            page.screenshot(path=str(REPO / "docs" / "screenshot.png"))
            browser.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
