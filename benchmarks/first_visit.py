"""Where a warm first visit to the Map goes: a timeline of milestones, and SwiftShader's own cost.

Run: ``python benchmarks/first_visit.py --loads 5`` (``--path /map`` to open another address;
``--tree PATH`` to time another checkout with this script).

One warm ``streamlit run app.py`` server (one visit first, not counted); then every load opens a fresh
headless Chromium (as ``benchmarks/paired_loads.py`` does) and reports, in ms from navigation start:
the HTML, Streamlit's own JavaScript and stylesheets fetched, DOMContentLoaded, the WebSocket's first
message out, the first script run (its ``new_session`` to its ``script_finished``: the server's run
plus the wire; the messages are decoded with Streamlit's protobuf classes, for their names only),
our loader's first request (``mounted``), the map bundle and the layer files arrived, the map
component's own marks (``atlas:*`` User Timing marks, ``frontend/polar-map/src/marks.ts``: bundle
evaluated, deck created, WebGL context ready, layer files decoded, layers built, the complete frame
issued and drawn by the GPU), the stand-in picture painted and the first complete frame (the
benchmark's draw probe, ``dashboard.bench``). Sampled from ``/proc`` meanwhile: the CPU time that
Chromium's GPU process (SwiftShader), its renderer and the server used until that frame.

Then, in the same run and browser settings, a bare page with no Streamlit (served by Playwright at
the server's origin, so it loads the same bundle and layer files) draws with our bundle: an empty deck
(no layers) and the Map's default layers with the Map's own arguments (taken from the warm visit's
WebSocket message), no stand-in picture; from navigation to the frame drawn. What those take is
SwiftShader's and our map's own share, with no Streamlit page before it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.bench import CHROMIUM, CHROMIUM_ARGS, OURS, _new_page, _paint_times, _start

MARKS = (
    "boot",
    "bundle-evaluated",
    "deck-created",
    "webgl-ready",
    "data-decoded",
    "layers-built",
    "complete-frame-issued",
    "first-frame-drawn",
)
COLLECT = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource').map((e) => ({
    name: e.name.replace(location.origin, ''), start: e.startTime, end: e.responseEnd, size: e.transferSize }));
  const marks = Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]));
  return { origin: performance.timeOrigin, html: nav.responseEnd, dcl: nav.domContentLoadedEventEnd, res, marks };
}"""


def _chromium_processes() -> dict[int, str]:
    """Chromium's processes now: pid -> kind (browser, gpu-process, renderer, utility, ...)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            words = (entry / "cmdline").read_bytes().replace(b"\0", b" ").split()
        except OSError:
            continue
        if words and b"chromium" in words[0]:
            kind = next((w.split(b"=", 1)[1].decode() for w in words if w.startswith(b"--type=")), "browser")
            found[int(entry.name)] = kind
    return found


def _cpu_ms(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


class CpuSampler(threading.Thread):
    """Every 50 ms: the CPU time (user + system, ms) of each Chromium process and the server."""

    def __init__(self, server_pid: int):
        super().__init__(daemon=True)
        self.server_pid = server_pid
        self.samples: list[tuple[float, dict[str, float]]] = []  # (epoch ms, kind -> CPU ms so far)
        self.stopped = threading.Event()
        self._last: dict[int, tuple[str, float]] = {}  # a process that ended keeps its last reading

    def run(self) -> None:
        while not self.stopped.is_set():
            for pid, kind in [*_chromium_processes().items(), (self.server_pid, "server")]:
                used = _cpu_ms(pid)
                if used is not None:
                    self._last[pid] = (kind, used)
            totals: dict[str, float] = {}
            for kind, used in self._last.values():
                totals[kind] = totals.get(kind, 0.0) + used
            self.samples.append((time.time() * 1000, totals))
            self.stopped.wait(0.05)

    def used_between(self, start_epoch_ms: float, end_epoch_ms: float) -> dict[str, float]:
        """CPU ms per process kind between two moments (the samples nearest inside them)."""
        inside = [s for s in self.samples if start_epoch_ms <= s[0] <= end_epoch_ms]
        if len(inside) < 2:
            return {}
        first, last = inside[0][1], inside[-1][1]
        return {kind: last[kind] - first.get(kind, 0.0) for kind in last}


def _decode(payload: bytes) -> tuple[str, str | None]:
    """A WebSocket message's type, and the JSON arguments if it mounts a component."""
    from google.protobuf.message import DecodeError
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    msg = ForwardMsg()
    try:
        msg.ParseFromString(payload)
    except DecodeError:  # not a ForwardMsg: named as such
        return "other", None
    kind = msg.WhichOneof("type") or "other"
    if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
        element = msg.delta.new_element
        if element.WhichOneof("type") == "bidi_component":
            return "bidi_component", element.bidi_component.json
    return kind, None


def first_visit(playwright, url: str, server_pid: int) -> dict:
    """One first visit in a fresh browser: its milestones (ms from navigation start), the CPU each
    process used until the first complete frame, and the map's arguments as sent."""
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    sampler = CpuSampler(server_pid)
    sampler.start()
    frames: list[tuple[str, float, bytes | str]] = []
    try:
        context, page = _new_page(browser)

        def on_socket(socket) -> None:
            socket.on("framereceived", lambda payload: frames.append(("in", time.time() * 1000, payload)))
            socket.on("framesent", lambda payload: frames.append(("out", time.time() * 1000, payload)))

        page.on("websocket", on_socket)
        opened = time.time() * 1000
        page.goto(url)
        times = _paint_times(page, OURS, opened)
        seen = page.evaluate(COLLECT)
        context.close()
    finally:
        sampler.stopped.set()
        browser.close()
        sampler.join()
    origin = seen["origin"]
    at = {"html": seen["html"], "dom_content_loaded": seen["dcl"]}
    for key in ("mounted", "data", "visible", "painted"):
        at[key] = times[key] + opened - origin
    streamlit_assets = [
        r for r in seen["res"] if r["name"].startswith("/static/") and r["start"] < at["dom_content_loaded"]
    ]
    at["streamlit_js"] = max(r["end"] for r in streamlit_assets)
    at["bundle"] = max((r["end"] for r in seen["res"] if "/polar_map.js" in r["name"]), default=float("nan"))
    args = None
    first_out = next((t for d, t, _ in frames if d == "out"), None)
    at["socket_first_out"] = first_out - origin if first_out is not None else float("nan")
    runs = []
    for direction, epoch, payload in frames:
        if direction != "in" or not isinstance(payload, bytes):
            continue
        kind, component_json = _decode(payload)
        if component_json and args is None:
            args = json.loads(component_json)
        if kind in ("new_session", "script_finished"):
            runs.append((kind, epoch - origin))
    before_mount = [t for k, t in runs if k == "script_finished" and t < at["mounted"]]
    at["run_start"] = next((t for k, t in runs if k == "new_session"), float("nan"))
    at["run_finished"] = max(before_mount, default=float("nan"))
    for mark in MARKS:
        at[mark] = seen["marks"].get(f"atlas:{mark}", float("nan"))
    cpu = sampler.used_between(origin, origin + at["painted"])
    runs_before_mount = len([k for k, t in runs if k == "new_session" and t < at["mounted"]])
    return {"at": at, "cpu": cpu, "args": args, "runs": runs_before_mount}


BARE_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<style>body { margin: 0 } #map { width: 744px; height: 831px }</style></head>
<body><div id="map"></div><script type="application/json" id="args">ARGS</script><script type="module">
const data = JSON.parse(document.getElementById("args").textContent);
const map = await import(new URL(data.bundle, location.origin).href);
map.render({ data, parentElement: document.getElementById("map"), setStateValue: () => {}, setTriggerValue: () => {} });
</script></body></html>"""


def bare_page(playwright, base: str, args: dict, empty: bool) -> dict[str, float]:
    """Our bundle on a page of its own (no Streamlit): an empty deck, or the Map's layers from
    its own arguments; the milestones in ms from navigation start."""
    data = {**args, "poster": None, "report_drawn": True, "fill_window": None, "fill_offset": None, "height": 831}
    if empty:
        data.update(layers=[], visible=[], panel=None, described=None, highlights=[])
    page_html = BARE_PAGE.replace("ARGS", json.dumps(data).replace("</", "<\\/"))
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    try:
        context, page = _new_page(browser)
        page.route(
            f"{base}/bare.html", lambda route: route.fulfill(status=200, content_type="text/html", body=page_html)
        )
        page.goto(f"{base}/bare.html")
        page.wait_for_function("performance.getEntriesByName('atlas:first-frame-drawn').length > 0", timeout=120_000)
        seen = page.evaluate(COLLECT)
        context.close()
    finally:
        browser.close()
    return {mark: seen["marks"].get(f"atlas:{mark}", float("nan")) for mark in MARKS}


TIMELINE = (
    ("html", "the page's HTML arrived"),
    ("streamlit_js", "Streamlit's JavaScript and CSS fetched"),
    ("dom_content_loaded", "DOMContentLoaded"),
    ("socket_first_out", "WebSocket: first message out"),
    ("run_start", "first script run: new_session in"),
    ("run_finished", "last script run before the map: script_finished in"),
    ("mounted", "our loader's first request (mounted)"),
    ("data", "layer files arrived"),
    ("bundle", "map bundle arrived"),
    ("boot", "atlas:boot (first bundle runs)"),
    ("bundle-evaluated", "atlas:bundle-evaluated"),
    ("visible", "stand-in picture painted (visible)"),
    ("deck-created", "atlas:deck-created"),
    ("webgl-ready", "atlas:webgl-ready (context and device)"),
    ("data-decoded", "atlas:data-decoded"),
    ("layers-built", "atlas:layers-built"),
    ("complete-frame-issued", "atlas:complete-frame-issued (draw calls)"),
    ("painted", "first complete frame drawn (draw probe)"),
    ("first-frame-drawn", "atlas:first-frame-drawn (its fence seen)"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5, help="first visits (fresh browsers); default 5")
    parser.add_argument("--path", default="/", help="URL path to open; default the app's root")
    parser.add_argument("--tree", type=Path, default=Path("."), help="checkout to serve; default this one")
    parser.add_argument("--json", type=Path, help="also write every load's figures to this file")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        proc, base, _ = _start("app.py", Path(tmp), cwd=args.tree.resolve())
        try:
            warm = first_visit(playwright, base + "/", proc.pid)  # imports, caches, layer files written
            visits = []
            for i in range(args.loads):
                load_avg = os.getloadavg()[0]
                visits.append({**first_visit(playwright, base + args.path, proc.pid), "load": load_avg})
                print(
                    f"visit {i}: load {load_avg:.1f}, first complete frame {visits[-1]['at']['painted'] / 1000:.2f} s",
                    flush=True,
                )
            bare = {"empty deck": [], "default layers": []}
            for _ in range(args.loads):
                for name in bare:
                    bare[name].append(bare_page(playwright, base, warm["args"], empty=name == "empty deck"))
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    if args.json:
        args.json.write_text(json.dumps({"visits": visits, "bare": bare}, default=str), encoding="utf-8")
    loads = [v["load"] for v in visits]
    print(f"\n{args.path} on {args.tree}: {len(visits)} first visits, 1-minute load {min(loads):.1f}-{max(loads):.1f}")
    print(f"{'milestone (ms from navigation start)':<58}{'median':>8}  each")
    for key, label in TIMELINE:
        values = [v["at"][key] for v in visits]
        print(f"{label:<58}{statistics.median(values):8.0f}  {' '.join(f'{x:6.0f}' for x in values)}")
    print(f"script runs before the map mounted (new_session messages): {sorted({v['runs'] for v in visits})}")
    print("CPU ms until the first complete frame, median per process kind:")
    kinds = sorted({k for v in visits for k in v["cpu"]})
    for kind in kinds:
        print(f"  {kind:<14}{statistics.median(v['cpu'].get(kind, 0.0) for v in visits):8.0f}")
    for name, rows in bare.items():
        print(
            f"bare page, {name} (no Streamlit): "
            + ", ".join(
                f"{m} {statistics.median(r[m] for r in rows):.0f}" for m in MARKS if rows and rows[0][m] == rows[0][m]
            )
        )


if __name__ == "__main__":
    main()
