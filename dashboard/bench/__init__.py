"""Benchmark of the map: our component against the naive ``st.pydeck_chart`` baseline, same run.

Run ``python -m dashboard.bench`` (a table) or ``python -m dashboard.bench --json`` (one JSON
object). Each side gets its own ``streamlit run`` server and a fresh headless Debian Chromium
(software WebGL, the flags of ``tests/browser/conftest.py``). Figures are medians and p95 over
the trials; timings on a shared machine are noisy, which is why the baseline runs beside ours.
A third side, "map alone" (``benchmarks/map_alone_app.py``: the app's page config and our map
with the Map's default layers and camera, nothing else on the page), gets the first-paint
figures only: the floor a Streamlit page with our map reaches in the same run, which a missed
target's verdict quotes.

How a paint is timed (the same on both sides)
    Every page gets the draw probe (:mod:`dashboard.bench.draw_probe`) before its own scripts: it
    records each WebGL draw call to the screen, grouped per animation frame, when a fence after
    a frame's draws signalled (the GPU process, SwiftShader here, had drawn them), the
    pointerdown/click ``timeStamp`` and each WebSocket message. The page is at rest once it has
    drawn, received and compiled nothing for ``SETTLED_S`` (1.5 s).

What is measured
    toggle: from the press (pointerdown) on a layer's checkbox (the map's own switcher; the
    baseline's sidebar) to the last frame drawn before rest, every frame counted, the rerun's
    too; a toggle whose pixels after rest equal those before is counted as not repainted, not
    timed. ``toggle_screenshot_poll`` is the measure used before, on as many toggles in the same
    run (interleaved): Playwright's click call to the last change between successive
    screenshots. first paint: warm server, fresh browser context, navigation to the map's first
    frame as complete as its finished one (as many draw calls), and ``settled`` to its last
    frame before rest; ``old_criterion`` is the earlier definition (ours: a second frame with
    the states loaded; the baseline: a canvas exists), ``data_arrived`` when the map's layer
    data had arrived (ours: the static layer files; the baseline: its deck message), and
    ``visible`` when the map's stand-in picture of its base map (:mod:`dashboard.briefing.poster`,
    an image timed by the Element Timing API) was painted, or the first complete frame if that
    came first or there was none (the baseline). cold start: launching ``streamlit run`` to the
    same first complete frame (and ``visible``: to the picture). ``mounted`` (our map only): when the
    component's loader first asked for a file; Streamlit's front end runs it only once it has
    rendered the rest of the page, so what comes before is not the map's. Bytes per toggle:
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
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

from dashboard.bench import draw_probe
from dashboard.bench.measures import (
    SETTLED_S,
    Meter,
    Side,
    ToggleTimes,
    click_to_details,
    percentile,
    redraw_cost,
    toggle_by_probe,
    toggle_by_screenshots,
)

REPO = Path(__file__).resolve().parents[2]
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


def _start(script: str, workdir: Path, cwd: Path = REPO) -> tuple[subprocess.Popen, str, float]:
    """Launch ``streamlit run script`` in ``cwd`` (this checkout; ``benchmarks/paired_loads.py`` passes
    another); its process, URL and launch time (Unix epoch ms) once healthy."""
    port = _free_port()
    launched_epoch_ms = time.time() * 1000
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port)]
        + ["--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"]
        + ["--server.enableStaticServing", "true", "--browser.gatherUsageStats", "false"],
        cwd=cwd,
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
    return proc, url, launched_epoch_ms


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


_ALL_VISIBLE_LOADED = (
    "(() => { const r = document.querySelector('.atlas-map'); if (!r || !r.dataset.visible) return false;"
    " const loaded = new Set((r.dataset.loadedLayers || '').split(','));"
    " return r.dataset.visible.split(',').filter(Boolean).every((id) => loaded.has(id)); })()"
)
OURS = Side(
    name="component",
    script="app.py",
    chart=".atlas-map",
    loaded_js=_ALL_VISIBLE_LOADED,
    # The layer files, their descriptions and the icon atlas, fetched from the static server.
    data_arrival_js="Math.max(0, ...performance.getEntriesByType('resource')"
    ".filter((e) => e.name.includes('/app/static/map-data/')).map((e) => e.responseEnd))",
    old_painted_js="(() => { const m = document.querySelector('.atlas-map');"
    " return !!m && (m.dataset.loadedLayers || '').includes('states') && Number(m.dataset.painted || 0) > 1; })()",
    # The component's loader asks for its files (layers, picture, bundles) as soon as it runs.
    mounted_js="(() => { const s = performance.getEntriesByType('resource')"
    ".filter((e) => e.name.includes('/app/static/')).map((e) => e.startTime); return s.length ? Math.min(...s) : null; })()",
    toggles=".atlas-map-layers label",  # the map's own layer switcher: a tick repaints before any rerun
    open_toggles=".atlas-map-layers summary",
)
BASELINE = Side(
    name="pydeck baseline",
    script="benchmarks/baseline_app.py",
    chart="[data-testid=stDeckGlJsonChart]",
    loaded_js="!!document.querySelector('[data-testid=stDeckGlJsonChart] canvas')",
    # The whole deck travels in one WebSocket message, the largest the page receives.
    data_arrival_js="window.__drawProbe.messages.reduce((big, m) => (!big || m.size > big.size ? m : big), null)?.at ?? null",
    old_painted_js="!!document.querySelector('[data-testid=stDeckGlJsonChart] canvas')",  # a canvas exists
    toggles="[data-testid=stSidebar] label",
)
# The same map on a page with nothing else: what in the Map's first paint is Streamlit's and SwiftShader's.
MAP_ALONE = replace(OURS, name="map alone", script="benchmarks/map_alone_app.py", paint_only=True)
SIDES = (OURS, MAP_ALONE, BASELINE)  # run in this order, the two pages of our map next to each other


def _new_page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    draw_probe.install(context)
    return context, context.new_page()


def _wait_painted(page, side: Side, timeout_s: float = 120) -> None:
    page.wait_for_function(side.loaded_js, timeout=timeout_s * 1000, polling=100)
    draw_probe.settle(page, 0, quiet_s=SETTLED_S, arrival_js=side.data_arrival_js, timeout_s=timeout_s)


def _paint_times(page, side: Side, from_epoch_ms: float) -> dict[str, float]:
    """Milliseconds from ``from_epoch_ms`` (Unix epoch) to the map painted in ``page``, opened
    just now: ``old`` by the criterion used before the draw probe (ours: a second frame with the
    states loaded; the baseline: a canvas exists), ``data`` when the map's layer data had
    arrived, ``painted`` its first frame as complete as the finished one, ``settled`` the last
    frame before the page rests."""
    page.wait_for_function(side.old_painted_js, timeout=120_000, polling=50)
    old = time.time() * 1000 - from_epoch_ms
    page.wait_for_function(side.loaded_js, timeout=120_000, polling=100)
    seen = draw_probe.settle(page, 0, quiet_s=SETTLED_S, arrival_js=side.data_arrival_js)
    painted = seen.epoch_ms(seen.first_complete_frame) - from_epoch_ms
    picture = draw_probe.first_image_painted(page)
    mounted = page.evaluate(side.mounted_js)
    return {
        "old": old,
        "mounted": seen.time_origin + mounted - from_epoch_ms if mounted is not None else float("nan"),
        "data": seen.time_origin + (seen.data_at or float("nan")) - from_epoch_ms,
        "painted": painted,
        # The map's stand-in picture painted, if it came before the live map's complete frame.
        "visible": min(painted, seen.time_origin + picture - from_epoch_ms) if picture is not None else painted,
        "settled": seen.epoch_ms(seen.last_frame) - from_epoch_ms,
    }


def _median_of(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(row[key] for row in rows)


def _toggles(page, side: Side, toggles: int) -> dict:
    """``toggles`` toggles timed by the draw probe and as many by the screenshot poll, in the
    order probe, poll, poll, probe, ... so each measure sees as many ticks off as on, and the
    machine's load drifts over both alike."""
    meter = Meter(page)
    probed: list[ToggleTimes] = []
    polled: list[float] = []
    sizes, reruns, frames, failures = [], [], [], {"probe": 0, "poll": 0}
    for i in range(2 * toggles):
        meter.reset()
        if i % 4 in (0, 3):
            timed = toggle_by_probe(page, side)
            if timed is None:
                failures["probe"] += 1
            else:
                probed.append(timed)
        else:
            polled_ms = toggle_by_screenshots(page, side)
            if polled_ms is None:
                failures["poll"] += 1
            else:
                polled.append(polled_ms)
        if side is OURS:  # in the page: from the tick to deck.gl's frame with it
            frames.append(float(page.locator(side.chart).first.get_attribute("data-tick-to-paint-ms") or "nan"))
        sizes.append(meter.ws_in + meter.http)
        if meter.first_sent and meter.last_received:
            reruns.append((meter.last_received - meter.first_sent) * 1000)
        page.wait_for_timeout(300)
    finished = [t.finished_ms for t in probed]
    out = {
        "toggle_p50_ms": statistics.median(finished) if finished else float("nan"),
        "toggle_p95_ms": percentile(finished, 0.95),
        "toggle_first_frame_p50_ms": statistics.median(t.first_frame_ms for t in probed) if probed else float("nan"),
        "toggle_handed_on_p50_ms": statistics.median(t.handed_on_ms for t in probed) if probed else float("nan"),
        "toggle_frames_max": max((t.frames for t in probed), default=0),
        "toggle_not_repainted": failures["probe"] + failures["poll"],
        "toggle_screenshot_poll_p50_ms": statistics.median(polled) if polled else float("nan"),
        "toggle_screenshot_poll_p95_ms": percentile(polled, 0.95),
        "bytes_per_toggle": statistics.median(sizes),
        "rerun_round_trip_p50_ms": statistics.median(reruns) if reruns else float("nan"),
    }
    if frames:
        out["toggle_tick_to_frame_p50_ms"] = statistics.median(frames)
    return out


def measure(side: Side, browser, workdir: Path, toggles: int, trials: int, paint_only: bool = False) -> dict:
    proc, url, launched_epoch_ms = _start(side.script, workdir)
    out: dict = {}
    try:
        context, page = _new_page(browser)
        page.goto(url)
        cold = _paint_times(page, side, launched_epoch_ms)
        out["cold_start_ms"], out["cold_start_settled_ms"] = cold["painted"], cold["settled"]
        out["cold_start_visible_ms"] = cold["visible"]
        out["cold_start_old_criterion_ms"] = cold["old"]
        context.close()
        paints, loads, map_loads = [], [], []
        for _ in range(trials):
            context, page = _new_page(browser)
            meter = Meter(page)
            opened = time.time() * 1000
            page.goto(url)
            paints.append(_paint_times(page, side, opened))
            loads.append(meter.http + meter.ws_in)
            map_loads.append(meter.map_http + meter.ws_in)
            context.close()
        out["first_paint_p50_ms"] = _median_of(paints, "painted")
        out["first_paint_p95_ms"] = percentile([row["painted"] for row in paints], 0.95)
        out["first_paint_settled_p50_ms"] = _median_of(paints, "settled")
        out["first_paint_visible_p50_ms"] = _median_of(paints, "visible")
        out["first_paint_old_criterion_p50_ms"] = _median_of(paints, "old")
        out["first_paint_data_arrived_p50_ms"] = _median_of(paints, "data")
        out["first_paint_mounted_p50_ms"] = _median_of(paints, "mounted")
        out["first_load_default_total_bytes"] = statistics.median(loads)
        out["first_load_default_map_bytes"] = statistics.median(map_loads)
        if paint_only or side.paint_only:
            return out
        if side is OURS:
            context, page = _new_page(browser)
            meter = Meter(page)
            import geodata

            page.goto(f"{url}/?layers={quote(','.join(geodata.layer_names()))}")
            _wait_painted(page, side)
            out["first_load_all_map_bytes"] = meter.map_http + meter.ws_in
            context.close()
        context, page = _new_page(browser)
        page.goto(url)
        _wait_painted(page, side)
        if side.open_toggles:
            page.locator(side.open_toggles).click()
            page.wait_for_timeout(300)
        out.update(_toggles(page, side, toggles))
        if side is OURS:
            # The last full label placement (JavaScript time, after the camera or layers settled).
            out["label_place_ms"] = float(page.locator(side.chart).first.get_attribute("data-place-ms") or "nan")
            out.update(redraw_cost(page))
            out.update(click_to_details(page, side, _wait_painted))
        for path in PAGES if side is OURS else ():
            page.goto(f"{url}/{path}")
            page.wait_for_timeout(2500)
        out["server_peak_rss_mb"] = _peak_rss_mb(proc.pid)
        context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return out


def _verdict(name: str, value: float, alone: float = float("nan")) -> str:
    """Whether ``value`` meets its target; a miss says by how much and, where the map alone was
    measured (``alone``, the same figure on a page with nothing but our map), what that reached."""
    if name not in TARGETS or value != value:
        return ""
    target, unit, sense = TARGETS[name]
    ok = value <= target if sense == "max" else value >= target
    if ok:
        return f"meets {'≤' if sense == 'max' else '≥'} {target:,} {unit}"
    miss = value - target if sense == "max" else target - value
    verdict = f"MISSES {'≤' if sense == 'max' else '≥'} {target:,} {unit} by {miss:,.1f} {unit} ({value / target:.2f}× target)"
    return verdict + (f"; {MAP_ALONE.name} on a Streamlit page: {alone:,.0f} {unit}" if alone == alone else "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m dashboard.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--toggles", type=int, default=20, help="toggles per side (default 20)")
    parser.add_argument("--trials", type=int, default=3, help="warm first-paint trials per side (default 3)")
    parser.add_argument(
        "--paint-only",
        action="store_true",
        help="measure only cold start, first paint and first-load bytes (no toggles, click, redraw or RSS)",
    )
    args = parser.parse_args(argv)
    import tempfile

    from playwright.sync_api import sync_playwright

    results: dict = {"machine": f"{os.cpu_count()} CPUs, {os.uname().machine}, Chromium software WebGL"}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        for side in SIDES:  # a fresh browser each: no side's cold start finds another's shaders compiled
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            results[side.name] = measure(side, browser, Path(tmp), args.toggles, args.trials, args.paint_only)
            browser.close()
    ours, base, alone = results[OURS.name], results[BASELINE.name], results[MAP_ALONE.name]
    if not args.paint_only:
        ours["toggle_speedup"] = base["toggle_p50_ms"] / ours["toggle_p50_ms"]
        ours["toggle_screenshot_poll_speedup"] = (
            base["toggle_screenshot_poll_p50_ms"] / ours["toggle_screenshot_poll_p50_ms"]
        )
    if args.json:
        print(json.dumps(results, indent=None))
        return
    print(f"machine: {results['machine']}")
    print(f"{'figure':<34}{'component':>14}{'baseline':>14}{'map alone':>14}  target")
    for name in sorted(set(ours) | set(base)):
        a, b, c = (side.get(name, float("nan")) for side in (ours, base, alone))
        print(f"{name:<34}{a:>14,.1f}{b:>14,.1f}{c:>14,.1f}  {_verdict(name, a, c)}")
