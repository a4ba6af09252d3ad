"""Benchmark of the map: our component against the naive ``st.pydeck_chart`` baseline, same run.

Run ``python -m dashboard.bench`` (a table) or ``python -m dashboard.bench --json`` (one JSON
object). Each side gets its own ``streamlit run`` server and a fresh headless Debian Chromium
(software WebGL, the flags of ``tests/browser/conftest.py``). Figures are medians and p95 over
the trials; timings on a shared machine are noisy, which is why the baseline runs beside ours.

What is measured
    cold start: launching ``streamlit run`` to the map painted; first paint: warm server, fresh
    browser context, navigation to the map painted; toggle: a click on a layer checkbox
    (the map's own switcher; the baseline's sidebar) to the map's last pixel change before it
    settles, its finished frame (the same screenshot poll on both sides); bytes per toggle:
    WebSocket frames plus HTTP responses received meanwhile (CDP); first-load bytes: everything
    the page receives until painted, and the map's share (WebSocket + ``app/static``) apart from
    Streamlit's own front end; rerun round trip: the toggle's first WebSocket frame sent to the
    last received; server peak RSS (VmHWM) after every page has been opened; click: mouse-up on
    Finland (every default layer on) to its details shown; redraw: one full frame of the default
    map, and of an empty deck of the same size (SwiftShader's floor), waited for by a pixel read.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("ATLAS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
]
TOGGLE_TITLE = "Arctic states"
PAGES = ("", "ingest", "events", "states", "routes", "resources", "sources")

#: (figure, target, unit, "max" = at most / "min" = at least)
TARGETS = {
    "toggle_p50_ms": (300, "ms", "max"),
    "toggle_speedup": (10, "×", "min"),
    "bytes_per_toggle": (20_000, "B", "max"),
    "first_load_default_map_bytes": (1_000_000, "B", "max"),
    "first_load_all_map_bytes": (2_500_000, "B", "max"),
    "first_paint_p50_ms": (3000, "ms", "max"),
    "cold_start_ms": (8000, "ms", "max"),
    "click_p50_ms": (1000, "ms", "max"),
    "server_peak_rss_mb": (400, "MB", "max"),
}


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start(script: str, workdir: Path) -> tuple[subprocess.Popen, str, float]:
    port = _free_port()
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port)]
        + ["--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"]
        + ["--server.enableStaticServing", "true", "--browser.gatherUsageStats", "false"],
        cwd=REPO,
        env={**os.environ, "ATLAS_DB": str(workdir / f"bench-{port}.sqlite")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                break
        except OSError:
            time.sleep(0.1)
    return proc, url, started


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Side:
    """One app under test: its chart selector and how to tell the map is painted."""

    def __init__(self, name: str, script: str, chart: str, painted_js: str, toggles: str, open_toggles: str | None):
        self.name, self.script, self.chart, self.painted_js = name, script, chart, painted_js
        # Where the layer checkboxes are (labels), and what to click first to show them, if anything.
        self.toggles, self.open_toggles = toggles, open_toggles


OURS = Side(
    "component",
    "app.py",
    ".atlas-map",
    "(() => { const m = document.querySelector('.atlas-map');"
    " return !!m && (m.dataset.loadedLayers || '').includes('states') && Number(m.dataset.painted || 0) > 1; })()",
    ".atlas-map-layers label",  # the map's own layer switcher: a tick repaints before any rerun
    ".atlas-map-layers summary",
)
BASELINE = Side(
    "pydeck baseline",
    "benchmarks/baseline_app.py",
    "[data-testid=stDeckGlJsonChart]",
    "!!document.querySelector('[data-testid=stDeckGlJsonChart] canvas')",
    "[data-testid=stSidebar] label",
    None,
)


class Meter:
    """Bytes and WebSocket timings seen by one page, through the Chrome DevTools Protocol."""

    def __init__(self, page):
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Network.enable")
        self.reset()
        self.cdp.on("Network.webSocketFrameReceived", self._frame_in)
        self.cdp.on("Network.webSocketFrameSent", self._frame_out)
        self.cdp.on("Network.responseReceived", self._response)
        self.cdp.on("Network.loadingFinished", self._finished)

    def reset(self) -> None:
        self.ws_in = 0
        self.http = 0
        self.map_http = 0
        self.urls: dict[str, str] = {}
        self.first_sent: float | None = None
        self.last_received: float | None = None

    def _frame_in(self, event) -> None:
        self.ws_in += len(event["response"]["payloadData"]) * 3 // 4  # base64 for binary frames
        self.last_received = time.perf_counter()

    def _frame_out(self, _event) -> None:
        if self.first_sent is None:
            self.first_sent = time.perf_counter()

    def _response(self, event) -> None:
        self.urls[event["requestId"]] = event["response"]["url"]

    def _finished(self, event) -> None:
        size = int(event.get("encodedDataLength", 0))
        self.http += size
        if "/app/static/" in self.urls.get(event["requestId"], ""):
            self.map_http += size


def _wait_painted(page, side: Side, timeout_s: float = 120) -> None:
    page.wait_for_function(side.painted_js, timeout=timeout_s * 1000, polling=50)
    page.wait_for_timeout(50)


def _shot(page, side: Side) -> bytes:
    # A clip of the page, not an element screenshot: that waits for the element to be "stable",
    # which a busy baseline page may not be for 30 s.
    box = page.locator(side.chart).first.bounding_box()
    return page.screenshot(clip=box, animations="disabled") if box else b""


#: A toggle's frame is finished when the map's pixels have not changed for this long (seconds).
SETTLED_S = 1.5


def _toggle_once(page, side: Side) -> float:
    """Milliseconds from the click on a layer's checkbox to the last change of the map's pixels
    before they settle (the finished frame, not the first change: the baseline first clears
    its re-created chart; ours paints once, its labels placed in that frame)."""
    previous = _shot(page, side)
    start = time.perf_counter()
    page.locator(side.toggles).filter(has_text=TOGGLE_TITLE).first.click()
    changed_at = None
    while time.perf_counter() - start < 60:
        shot = _shot(page, side)
        now = time.perf_counter()
        if shot != previous:
            changed_at, previous = now, shot
        elif changed_at is not None and now - changed_at >= SETTLED_S:
            break
    elapsed = (changed_at or time.perf_counter()) - start
    page.wait_for_timeout(500)  # let the rerun finish before the next toggle
    return elapsed * 1000


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def measure(side: Side, browser, workdir: Path, toggles: int, trials: int) -> dict:
    proc, url, started = _start(side.script, workdir)
    out: dict = {}
    try:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        meter = Meter(page)
        page.goto(url)
        _wait_painted(page, side)
        out["cold_start_ms"] = (time.perf_counter() - started) * 1000
        context.close()
        paints, loads, map_loads = [], [], []
        for _ in range(trials):
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            meter = Meter(page)
            t0 = time.perf_counter()
            page.goto(url)
            _wait_painted(page, side)
            paints.append((time.perf_counter() - t0) * 1000)
            page.wait_for_timeout(500)
            loads.append(meter.http + meter.ws_in)
            map_loads.append(meter.map_http + meter.ws_in)
            context.close()
        out["first_paint_p50_ms"], out["first_paint_p95_ms"] = statistics.median(paints), _p(paints, 0.95)
        out["first_load_default_total_bytes"] = statistics.median(loads)
        out["first_load_default_map_bytes"] = statistics.median(map_loads)
        if side is OURS:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            meter = Meter(page)
            import geodata

            page.goto(f"{url}/?layers={quote(','.join(geodata.layer_names()))}")
            _wait_painted(page, side)
            names = json.dumps(geodata.layer_names())
            page.wait_for_function(
                f"(() => {{ const got = (document.querySelector('.atlas-map').dataset.loadedLayers || '').split(',');"
                f" return {names}.every((n) => got.includes(n)); }})()",
                timeout=120_000,
            )
            page.wait_for_timeout(500)
            out["first_load_all_map_bytes"] = meter.map_http + meter.ws_in
            context.close()
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.goto(url)
        _wait_painted(page, side)
        page.wait_for_timeout(1000)
        if side.open_toggles:
            page.locator(side.open_toggles).click()
            page.wait_for_timeout(300)
        meter = Meter(page)
        times, sizes, reruns, frames = [], [], [], []
        for _ in range(toggles):
            meter.reset()
            times.append(_toggle_once(page, side))
            if side is OURS:  # in the page: from the tick to deck.gl's frame with it (no screenshot)
                frames.append(float(page.locator(side.chart).first.get_attribute("data-tick-to-paint-ms") or "nan"))
            sizes.append(meter.ws_in + meter.http)
            if meter.first_sent and meter.last_received:
                reruns.append((meter.last_received - meter.first_sent) * 1000)
        out["toggle_p50_ms"], out["toggle_p95_ms"] = statistics.median(times), _p(times, 0.95)
        out["bytes_per_toggle"] = statistics.median(sizes)
        if frames:
            out["toggle_tick_to_frame_p50_ms"] = statistics.median(frames)
        out["rerun_round_trip_p50_ms"] = statistics.median(reruns) if reruns else float("nan")
        if side is OURS:
            # The last full label placement (JavaScript time, after the camera or layers settled).
            out["label_place_ms"] = float(page.locator(side.chart).first.get_attribute("data-place-ms") or "nan")
            out.update(_redraw_cost(page))
            out.update(_click(page, side))
        for path in PAGES if side is OURS else ():
            page.goto(f"{url}/{path}")
            page.wait_for_timeout(2500)
        out["server_peak_rss_mb"] = _peak_rss_mb(proc.pid)
        context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return out


def _redraw_cost(page) -> dict:
    """One full redraw of the map as shown (default layers) and of an empty deck of the same size,
    each waited for with a pixel read-back, in milliseconds: the floor software WebGL sets."""
    cost = page.evaluate(
        """async () => {
          const url = performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.includes('polar_map.js'));
          const bundle = await import(url);
          return await bundle.redrawCost(document.querySelector('.atlas-map'), 3);
        }"""
    )
    slowest = sorted(cost["layer_ms"].items(), key=lambda item: -item[1])[:3]
    print("redraw ms by layer (slowest):", ", ".join(f"{k} {v:,.0f}" for k, v in slowest), file=sys.stderr)
    return {"redraw_map_ms": cost["map_ms"], "redraw_empty_deck_ms": cost["empty_ms"]}


def _click(page, side: Side) -> dict:
    import geopandas as gpd
    from shapely.geometry import Point

    page.goto(page.url.split("?")[0])
    _wait_painted(page, side)
    page.wait_for_timeout(1000)
    finland = gpd.GeoSeries([Point(26.0, 64.0)], crs=4326).to_crs(3413).iloc[0]
    box = page.locator(".atlas-map canvas").first.bounding_box()
    # The camera the map shows (x,y,zoom in EPSG:3413 metres; the opening view is fitted to the map's size).
    cam_x, cam_y, zoom = (float(v) for v in page.locator(".atlas-map").get_attribute("data-camera").split(","))
    scale = 2**zoom
    x = box["x"] + box["width"] / 2 + (finland.x - cam_x) * scale
    y = box["y"] + box["height"] / 2 - (finland.y - cam_y) * scale
    clicks = []
    for _ in range(3):
        page.mouse.move(x, y)
        page.mouse.down()
        t0 = time.perf_counter()
        page.mouse.up()
        page.locator(".st-key-feature_details").filter(has_text="Finland").wait_for(timeout=60_000)
        clicks.append((time.perf_counter() - t0) * 1000)
        page.reload()
        _wait_painted(page, side)
        page.wait_for_timeout(800)
    return {"click_p50_ms": statistics.median(clicks), "click_p95_ms": _p(clicks, 0.95)}


def _verdict(name: str, value: float) -> str:
    if name not in TARGETS or value != value:
        return ""
    target, unit, sense = TARGETS[name]
    ok = value <= target if sense == "max" else value >= target
    if ok:
        return f"meets {'≤' if sense == 'max' else '≥'} {target:,} {unit}"
    miss = value - target if sense == "max" else target - value
    return f"MISSES {'≤' if sense == 'max' else '≥'} {target:,} {unit} by {miss:,.1f} {unit} ({value / target:.2f}× target)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--toggles", type=int, default=20, help="toggles per side (default 20)")
    parser.add_argument("--trials", type=int, default=3, help="warm first-paint trials per side (default 3)")
    args = parser.parse_args(argv)
    import tempfile

    from playwright.sync_api import sync_playwright

    results: dict = {"machine": f"{os.cpu_count()} CPUs, {os.uname().machine}, Chromium software WebGL"}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for side in (OURS, BASELINE):
            results[side.name] = measure(side, browser, Path(tmp), args.toggles, args.trials)
        browser.close()
    ours, base = results[OURS.name], results[BASELINE.name]
    ours["toggle_speedup"] = base["toggle_p50_ms"] / ours["toggle_p50_ms"]
    if args.json:
        print(json.dumps(results, indent=None))
        return
    print(f"machine: {results['machine']}")
    print(f"{'figure':<34}{'component':>14}{'baseline':>14}  target")
    for name in sorted(set(ours) | set(base)):
        a, b = ours.get(name, float("nan")), base.get(name, float("nan"))
        print(f"{name:<34}{a:>14,.1f}{b:>14,.1f}  {_verdict(name, a)}")


if __name__ == "__main__":
    main()
