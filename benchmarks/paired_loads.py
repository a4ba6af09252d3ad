"""First visits to the Map served from two (or more) trees, paired and alternating: does a change
move the first paint? One ``--paint-only`` run varies by ±2 s on this shared machine; pairs of
loads taken back to back, in alternating order, see the same load.

Run: ``python benchmarks/paired_loads.py --rounds 8 main=/path/to/main branch=.`` (the first tree
is the reference; add ``--shared-browser`` to time as the benchmark's warm trials do). A tree given
as ``NAME=PATH@/map`` is opened at that URL path instead of the root (``root=. direct=.@/map``
compares two ways into the same tree).

Each tree gets one warm ``streamlit run app.py`` server with its own event store (each serves its
own ``static/``). Every load opens a fresh headless Chromium, as a first visit (nothing compiled or
cached; with ``--shared-browser``, a fresh context in one browser), opens the server's root (the
Map; on trees before it became the default page, a forward to ``/map``), or the URL path given after
``@``, as ``python -m dashboard.bench`` does, and is timed by this tree's
``dashboard.bench`` (its draw probe and its first complete frame), so every tree is timed by the
same code. Rounds visit the trees in alternating order (A B, B A, ...: ABBA for two), so a drift in
the machine's load falls on both sides. Prints each load with the 1-minute load average at its
start, then per tree against the reference the median of the per-round differences and in how many
rounds it was lower: for the first complete frame (``painted``), the stand-in picture (``visible``),
our loader's first request (``mounted``) and the time from it to the complete frame (``after_mount``:
the map's own part, which the page before it does not blur).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.bench import CHROMIUM, CHROMIUM_ARGS, OURS, _new_page, _paint_times, _start

FIGURES = ("painted", "visible", "mounted", "data", "settled")
COMPARED = ("painted", "visible", "mounted", "after_mount")


def load(playwright, url: str, shared=None) -> dict[str, float]:
    """One first visit to ``url`` (a fresh browser unless ``shared``); the paint times in ms."""
    browser = shared or playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    try:
        context, page = _new_page(browser)
        opened = time.time() * 1000
        page.goto(url)
        times = _paint_times(page, OURS, opened)
        context.close()
        return times
    finally:
        if shared is None:
            browser.close()


def summary(rows: list[dict], names: list[str], rounds: int) -> list[str]:
    """Per tree: medians; per tree but the first: the median paired difference and rounds lower."""
    loads = [row["load"] for row in rows]
    lines = [f"loads: {len(rows)}, 1-minute load average {min(loads):.1f}-{max(loads):.1f}"]
    for name in names:
        medians = (statistics.median(r[k] for r in rows if r["side"] == name) / 1000 for k in COMPARED)
        lines.append(f"{name:<10} median " + ", ".join(f"{k} {m:.2f} s" for k, m in zip(COMPARED, medians)))
    at = {(row["round"], row["side"]): row for row in rows}
    for name in names[1:]:
        for k in COMPARED:
            diffs = [at[r, name][k] - at[r, names[0]][k] for r in range(rounds)]
            lower = sum(d < 0 for d in diffs)
            lines.append(
                f"{name} - {names[0]} {k:<8} median difference {statistics.median(diffs) / 1000:+.2f} s, "
                f"lower in {lower} of {rounds} [{', '.join(f'{d / 1000:+.2f}' for d in diffs)}]"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", help="NAME=PATH[@/url-path] of a checkout; the first is the reference")
    parser.add_argument("--rounds", type=int, default=8, help="pairs (rounds of one load per tree); default 8")
    parser.add_argument("--shared-browser", action="store_true", help="one browser, a fresh context per load")
    parser.add_argument("--json", type=Path, help="also write every load's times to this file")
    args = parser.parse_args()
    sides = dict(spec.split("=", 1) for spec in args.trees)
    names = list(sides)
    from playwright.sync_api import sync_playwright

    rows: list[dict] = []
    servers = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        try:
            urls = {}
            for name, spec in sides.items():
                tree, _, path = spec.partition("@")
                proc, url, _ = _start("app.py", Path(tmp), cwd=Path(tree).resolve())
                servers.append(proc)
                urls[name] = url + path
            shared = None
            if args.shared_browser:
                shared = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for name in names:  # warm each server (imports, caches, layer files written); not counted
                load(playwright, urls[name], shared)
            for r in range(args.rounds):
                for name in names if r % 2 == 0 else names[::-1]:
                    load_avg = os.getloadavg()[0]
                    times = load(playwright, urls[name], shared)
                    row = {"round": r, "side": name, "load": load_avg, **{k: times[k] for k in FIGURES}}
                    row["after_mount"] = times["painted"] - times["mounted"]  # the map's own part, past the page's
                    rows.append(row)
                    shown = "  ".join(f"{k} {times[k] / 1000:6.2f}" for k in FIGURES)
                    print(f"round {r} {name:<10} load {load_avg:4.1f}  {shown}", flush=True)
        finally:
            for proc in servers:
                proc.terminate()
                proc.wait(timeout=20)
    if args.json:
        args.json.write_text(json.dumps(rows), encoding="utf-8")
    print("\n" + "\n".join(summary(rows, names, args.rounds)))


if __name__ == "__main__":
    main()
