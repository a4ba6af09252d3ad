"""Print how long the polar map takes to build and how much it sends to the browser.

Run: ``python benchmarks/map_benchmark.py``. Not a test: timings on a shared machine are noisy,
so this prints figures for a person to compare across changes.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geodata
from benchmarks.pydeck_baseline import build_deck
from dashboard.map.deck import project_for_display
from dashboard.map.selection import default_layers


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    cold, _ = timed(lambda: [project_for_display(n) for n in geodata.layer_names()])
    print(f"load + project + simplify every layer (cold): {cold * 1000:8.0f} ms")
    for label, names in (("default layers", default_layers()), ("all layers", geodata.layer_names())):
        seconds, deck = timed(lambda names=names: build_deck(names).to_json(), repeat=5)
        print(
            f"{label:>14}: build + serialise {seconds * 1000:6.0f} ms (median of 5, warm), "
            f"{len(deck) / 1e6:5.2f} MB of JSON per rerun"
        )
    for name in geodata.layer_names():
        size = len(build_deck([name]).to_json()) / 1e6
        print(f"    {name:<18} {size:6.3f} MB")


if __name__ == "__main__":
    main()
