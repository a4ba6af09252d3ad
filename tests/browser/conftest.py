"""Browser fixtures: a real ``streamlit run`` server and Debian's Chromium driven by Playwright.

Chromium comes from Debian (``apt-get install chromium``): ``playwright install`` cannot
download browsers here. Tests are marked ``browser``; they skip with a reason when Chromium
is missing rather than failing on a machine that has not installed it.

Writing a new browser test (CI must stay under 15 minutes on a 2-core machine, where Chromium
draws WebGL in software and one drawn default Map costs 20-60 s):

- Take ``page`` (a fresh context in the one session ``browser``) and ``streamlit_server`` (the
  one session server, its own SQLite store, editor passcode :data:`EDITOR_PASSCODE`). Every
  browser test shares that server; a new context is a new Streamlit session, so session state
  never leaks between tests. What does leak is the store: a test that saves must use names and
  ids of its own, and a test must not expect an exact number of stored events: which tests
  ran before decides it (``test_events_browser`` saves one).
- Start a server of your own (:func:`running_streamlit`, or :func:`running_streamlit_servers`
  to start several at once) only when the test needs what the shared one cannot give: another
  store (the hostile corpus, PostgreSQL), other settings, or a server no session has opened yet.
  Each costs a start-up and a cold first run of the app.
- Open the map with only the layers the test is about (``/map?layers=land,ports``; add
  ``&events=on`` to keep the events, which a link naming layers hides): the default layers'
  polygons are what make a draw slow.
- Tests that only look at the same page may share it through a module-scoped fixture built on
  :func:`checked_page` (see ``map_page``); each must leave the page
  as it found it, so it passes alone and in any order.
- Wait on conditions, not time: ``atlas_map.wait_until_drawn`` / ``wait_for_visible`` for the
  map, ``locator.wait_for`` for text. A fixed ``wait_for_timeout`` only where the test proves an
  absence (no dialog, no request) and needs a grace period.
- The server's process id and log are ``streamlit_server.pid`` / ``.log_path`` (it is a ``str``
  subclass, so ``f"{streamlit_server}/map"`` works as before).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# One set of Chromium flags for the tests and the benchmark (software WebGL, no background traffic).
from dashboard.bench import CHROMIUM, CHROMIUM_ARGS
from tests.browser.atlas_map import open_map
from tests.helpers import REPO_ROOT

#: The editor passcode of the shared test server (tests that save unlock with it).
EDITOR_PASSCODE = "browser-test-editor"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class StreamlitServer(str):
    """A running test server: its base URL (a plain ``str``, so ``f"{server}/map"`` works) plus
    its process id and log file, for tests that read the server's memory, CPU time or log."""

    pid: int
    log_path: Path

    def __new__(cls, url: str, pid: int, log_path: Path) -> StreamlitServer:
        server = super().__new__(cls, url)
        server.pid, server.log_path = pid, log_path
        return server


def _start_streamlit(workdir: Path, extra_env: dict[str, str] | None) -> tuple[subprocess.Popen, StreamlitServer]:
    """Start ``streamlit run app.py`` on a free loopback port without waiting for it."""
    port = _free_port()
    env = {**os.environ, "ATLAS_DB": str(workdir / "events.sqlite"), **(extra_env or {})}
    log_path = workdir / "streamlit.log"
    with open(log_path, "w") as log:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
                "--server.fileWatcherType",
                "none",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return proc, StreamlitServer(f"http://127.0.0.1:{port}", proc.pid, log_path)


def _wait_until_healthy(proc: subprocess.Popen, server: StreamlitServer, deadline: float) -> None:
    """Poll the server's health endpoint every 0.3 s until it answers; fail the test on exit or timeout."""
    while True:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited:\n{server.log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{server}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start within 60 s:\n{server.log_path.read_text()[-3000:]}")
            time.sleep(0.3)


@contextmanager
def running_streamlit_servers(
    *servers: tuple[Path, dict[str, str] | None],
) -> Iterator[list[StreamlitServer]]:
    """Start several ``streamlit run app.py`` at once, each ``(workdir, extra_env)`` as for
    :func:`running_streamlit`; yield them once all answer, and stop them afterwards.

    Their start-ups (mostly Python imports) overlap instead of running one after the other, which
    uses the second core."""
    started: list[tuple[subprocess.Popen, StreamlitServer]] = []
    try:
        for workdir, extra_env in servers:
            started.append(_start_streamlit(workdir, extra_env))
        deadline = time.monotonic() + 60 * max(1, len(started))
        for proc, server in started:
            _wait_until_healthy(proc, server, deadline)
        yield [server for _, server in started]
    finally:
        for proc, _ in started:
            proc.terminate()
        for proc, _ in started:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextmanager
def running_streamlit(workdir: Path, extra_env: dict[str, str] | None = None) -> Iterator[StreamlitServer]:
    """Run ``streamlit run app.py`` on a free loopback port with its own event database under
    ``workdir`` (and ``extra_env``); yield its base URL and stop it afterwards.

    Each server costs a start-up and, in its first session, a cold run of the app (loading every
    layer): use :func:`streamlit_server` unless the test needs a store or settings of its own."""
    with running_streamlit_servers((workdir, extra_env)) as (server,):
        yield server


@pytest.fixture(scope="session")
def streamlit_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StreamlitServer]:
    """Base URL of one ``streamlit run app.py`` shared by the browser tests (own event database)."""
    with running_streamlit(tmp_path_factory.mktemp("server"), {"ATLAS_EDITOR_PASSWORD": EDITOR_PASSCODE}) as url:
        yield url


def unlock_editing(page) -> None:
    """Open the sidebar's sign-in, type the test server's editor passcode and wait for the unlock."""
    page.get_by_test_id("stPopoverButton").filter(has_text="Sign in to edit").first.click()
    page.get_by_label("Editor passcode").fill(EDITOR_PASSCODE)
    page.get_by_role("button", name="Unlock editing").click()
    page.get_by_text("Editing unlocked for this session").wait_for(timeout=30_000)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium under Playwright (software WebGL via SwiftShader)."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: install Debian's chromium (see .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def checked_page(browser, width: int = 1400, height: int = 1000) -> Iterator[object]:
    """A page in a fresh browser context with a ``width``×``height`` px window; fails the test
    on uncaught page errors."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    # The page's address and the first lines of the stack say which map threw, and where.
    page.on("pageerror", lambda exc: errors.append(f"{exc} at {page.url}: {(exc.stack or '')[:600]}"))
    yield page
    context.close()
    assert not errors, f"uncaught errors in the page: {errors}"


@pytest.fixture(scope="module")
def map_page(browser, streamlit_server):
    """One page per test module on the default Map, drawn (fails on page errors): for tests that
    look, hover, click or toggle and leave the page as they found it."""
    with checked_page(browser) as page:
        open_map(page, streamlit_server)
        yield page


@pytest.fixture
def page(browser):
    """A fresh browser page (1400×1000) that fails the test on uncaught page errors."""
    with checked_page(browser) as page:
        yield page
