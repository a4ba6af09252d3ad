"""A short run of the load test: three browser sessions for 15 s on one server, no errors anywhere.

The full run (10 sessions for a minute) is ``python benchmarks/load_test.py``; see the README.
This one runs ``benchmarks/load_test.py`` itself, as a separate process with its own Chromium,
against the browser tests' shared server (``--url``: no second server start and cold first
run), and checks what a user would notice: no error on any page and none in the server's log
during the run. Its timings are printed, never asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.bench import CHROMIUM
from tests.helpers import REPO_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.load]


def test_three_sessions_for_fifteen_seconds_show_no_error(streamlit_server):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: install Debian's chromium (see .ci/run)")
    result = subprocess.run(
        [sys.executable, "benchmarks/load_test.py", "--sessions", "3", "--duration", "15", "--json"]
        + ["--url", streamlit_server, "--server-pid", str(streamlit_server.pid)]
        + ["--server-log", str(streamlit_server.log_path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(figures)
    assert figures["page_errors"] == 0, figures["page_error_samples"]
    assert figures["page_load_timeouts"] == 0, figures["timeout_samples"]
    assert figures["server_log_errors"] == 0, figures["server_log_error_samples"]
    assert figures["reruns"] >= figures["sessions"]  # every session opened the map at least once
