"""Load test: many headless-browser sessions opening pages and toggling layers on one server.

Run ``python benchmarks/load_test.py`` (10 sessions for 60 s) or, e.g.,
``python benchmarks/load_test.py --sessions 3 --duration 15 --json``. One ``streamlit run``
server on 127.0.0.1 with its own SQLite event database (or ``$ATLAS_DB``, e.g. a PostgreSQL
URL) and one Debian Chromium (the flags of ``dashboard.bench``) with one browser context per
session. Every session loops until the duration is over: open the Map, toggle a sidebar layer
three times, then open the next page of the app. All traffic stays on 127.0.0.1.

Printed afterwards: sessions, reruns (page opens + toggles), errors on the pages (uncaught
JavaScript errors and Streamlit exception boxes), pages that did not load within 120 s,
error lines in the server log, p50/p95 rerun latency, the server's peak memory (VmHWM) and
CPU time (against the wall time it shows whether the server or the browsers were the
bottleneck), and the machine's load average. A rerun's latency is the time from the
navigation or click to the last WebSocket frame the page received before 400 ms of quiet
(the server has finished sending the rerun's results). One warm-up visit of the Map comes
first and is not counted (the server's cold start is ``dashboard.bench``'s figure). Figures,
not pass/fail: the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.bench import CHROMIUM, CHROMIUM_ARGS, PAGES, _free_port, _peak_rss_mb
from dashboard.bench.measures import TOGGLE_TITLE

REPO = Path(__file__).resolve().parent.parent
QUIET_S = 0.4  # no WebSocket frame for this long: the rerun's results have all arrived
TOGGLES_PER_VISIT = 3
#: Lines of the server log that mean something went wrong (Streamlit logs script errors as tracebacks).
LOG_ERROR = re.compile(r"Traceback|\bERROR\b|Exception|Uncaught")


def start_server(workdir: Path) -> tuple[subprocess.Popen, str, Path]:
    """``streamlit run app.py`` on a free loopback port, logging to ``workdir/server.log``."""
    port = _free_port()
    log_path = workdir / "server.log"
    env = {**os.environ, "ATLAS_DB": os.environ.get("ATLAS_DB") or str(workdir / "events.sqlite")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
        + ["--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"]
        + ["--server.enableStaticServing", "true", "--browser.gatherUsageStats", "false"],
        cwd=REPO,
        env=env,
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log_path.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return proc, url, log_path
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError("streamlit did not start within 90 s") from None
            time.sleep(0.2)


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the process has used so far, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Session:
    """One browser context: its rerun latencies and the errors its pages showed."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.latencies_ms: list[float] = []
        self.errors: list[str] = []
        self.timeouts: list[str] = []
        self.last_frame = time.perf_counter()

    def _frame(self, _payload) -> None:
        self.last_frame = time.perf_counter()

    def watch(self, page) -> None:
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))
        page.on("pageerror", lambda exc: self.errors.append(f"session {self.number}: {exc}"))

    async def settled(self, page, started: float, timeout_s: float = 60) -> None:
        """Wait for the rerun begun at ``started`` to finish; record its latency."""
        while time.perf_counter() - started < timeout_s:
            await asyncio.sleep(0.05)
            now = time.perf_counter()
            if self.last_frame > started and now - self.last_frame >= QUIET_S:
                break
        self.latencies_ms.append((self.last_frame - started) * 1000)
        boxes = await page.locator("[data-testid=stException]").all_inner_texts()
        self.errors += [f"session {self.number}: {text.splitlines()[0] if text else 'exception'}" for text in boxes]


async def run_session(browser, url: str, session: Session, until: float) -> None:
    context = await browser.new_context(viewport={"width": 1024, "height": 768})
    page = await context.new_page()
    session.watch(page)
    visit = session.number  # sessions start on different pages
    try:
        while time.perf_counter() < until:
            started = time.perf_counter()
            await page.goto(f"{url}/map")
            await page.wait_for_selector(".atlas-map", timeout=120_000)
            await session.settled(page, started)
            await page.locator(".atlas-map-layers summary").click()  # the map's own layer switcher
            toggle = page.locator(".atlas-map-layers label").filter(has_text=TOGGLE_TITLE).first
            for _ in range(TOGGLES_PER_VISIT):
                if time.perf_counter() >= until:
                    break
                started = time.perf_counter()
                await toggle.click()
                await session.settled(page, started)
            other = [p for p in PAGES if p][visit % (len(PAGES) - 1)]
            visit += 1
            if time.perf_counter() < until:
                started = time.perf_counter()
                await page.goto(f"{url}/{other}")
                await session.settled(page, started)
    except Exception as exc:  # a page that never loaded is a figure of the run, not a crash of the tool
        message = f"session {session.number}: {type(exc).__name__}: {str(exc).splitlines()[0]}"
        (session.timeouts if "Timeout" in type(exc).__name__ else session.errors).append(message)
    finally:
        await context.close()


async def drive(url: str, sessions: int, duration_s: float) -> list[Session]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        # Warm-up (not counted): the server's first Map run loads the layers and builds its caches.
        await run_session(browser, url, Session(-1), time.perf_counter() + 0.001)
        until = time.perf_counter() + duration_s
        states = [Session(n) for n in range(sessions)]
        await asyncio.gather(*(run_session(browser, url, state, until) for state in states))
        await browser.close()
    return states


@dataclass(frozen=True)
class ExternalServer:
    """A ``streamlit run`` started by someone else (the test suite's shared server): where it
    answers, its process id (for memory and CPU time) and its log file."""

    url: str
    pid: int
    log_path: Path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def load_test(sessions: int, duration_s: float, server: ExternalServer | None = None) -> dict:
    """Run the load test; return its figures (see the module docstring).

    With ``server`` the sessions drive that running server instead of starting one: its log errors
    and CPU time count only this run, its peak memory is the process's peak so far."""
    if server is not None:
        log_start = server.log_path.stat().st_size
        cpu_start = _cpu_seconds(server.pid)
        states = asyncio.run(drive(server.url, sessions, duration_s))
        peak_mb = _peak_rss_mb(server.pid)
        cpu_s = _cpu_seconds(server.pid) - cpu_start
        with server.log_path.open() as log:
            log.seek(log_start)
            log_errors = [line for line in log.read().splitlines() if LOG_ERROR.search(line)]
        return _figures(sessions, duration_s, states, peak_mb, cpu_s, log_errors)
    with tempfile.TemporaryDirectory(prefix="atlas-load-") as folder:
        proc, url, log_path = start_server(Path(folder))
        try:
            states = asyncio.run(drive(url, sessions, duration_s))
            peak_mb = _peak_rss_mb(proc.pid)
            cpu_s = _cpu_seconds(proc.pid)
        finally:
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
            proc.kill()  # does nothing once it has exited
        log_errors = [line for line in log_path.read_text().splitlines() if LOG_ERROR.search(line)]
    return _figures(sessions, duration_s, states, peak_mb, cpu_s, log_errors)


def _figures(
    sessions: int, duration_s: float, states: list[Session], peak_mb: float, cpu_s: float, log_errors: list[str]
) -> dict:
    latencies = [ms for state in states for ms in state.latencies_ms]
    page_errors = [error for state in states for error in state.errors]
    timeouts = [timeout for state in states for timeout in state.timeouts]
    return {
        "sessions": sessions,
        "duration_s": duration_s,
        "reruns": len(latencies),
        "page_errors": len(page_errors),
        "page_load_timeouts": len(timeouts),
        "server_log_errors": len(log_errors),
        "rerun_p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "rerun_p95_ms": round(percentile(latencies, 0.95), 1) if latencies else None,
        "server_peak_rss_mb": round(peak_mb, 1),
        "server_cpu_s": round(cpu_s, 1),
        "machine_load_1min": round(os.getloadavg()[0], 1),
        "page_error_samples": page_errors[:5],
        "timeout_samples": timeouts[:3],
        "server_log_error_samples": log_errors[:5],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10, help="concurrent browser sessions (default 10)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load (default 60)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--url", help="drive this running server instead of starting one (e.g. http://127.0.0.1:8501)")
    parser.add_argument("--server-pid", type=int, help="with --url: the server's process id (memory, CPU time)")
    parser.add_argument("--server-log", type=Path, help="with --url: the server's log file (error lines)")
    args = parser.parse_args(argv)
    external = None
    if args.url:
        if args.server_pid is None or args.server_log is None:
            parser.error("--url needs --server-pid and --server-log (the figures read the server's process and log)")
        external = ExternalServer(args.url.rstrip("/"), args.server_pid, args.server_log)
    figures = load_test(args.sessions, args.duration, external)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>26}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
