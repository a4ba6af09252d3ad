"""How long does the route calculator take? ``python benchmarks/route_benchmark.py``

Prints wall-clock times (not a test, no thresholds):
- import of dashboard.profiles.routes;
- the first compare_routes in the process (builds our copy of the searoute network and its
  port list: the cost a fresh Streamlit server pays once);
- a new pair on a warm network (two shortest-path searches and the geodesic lengths);
- the same pair again (paths cached by port names; only the speed-dependent numbers).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PAIRS = [("Rotterdam", "Shanghai"), ("New York", "Busan"), ("Hamburg", "Vancouver"), ("Murmansk", "Yokohama")]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    t0 = time.perf_counter()
    from dashboard.profiles import routes as routing

    print(f"import dashboard.profiles.routes            {_ms(time.perf_counter() - t0)}")

    t0 = time.perf_counter()
    routing.compare_routes("Rotterdam", "Yokohama", 14)
    print(f"first call (cold network)           {_ms(time.perf_counter() - t0)}")

    cold, warm = [], []
    for origin, destination in PAIRS:
        t0 = time.perf_counter()
        routing.compare_routes(origin, destination, 14)
        cold.append(time.perf_counter() - t0)
        for speed in (10, 14, 18):
            t0 = time.perf_counter()
            routing.compare_routes(origin, destination, speed)
            warm.append(time.perf_counter() - t0)
    print(f"new pair, warm network (median {len(cold)}) {_ms(statistics.median(cold))}  max {_ms(max(cold))}")
    print(f"same pair again (median {len(warm)})       {_ms(statistics.median(warm))}  max {_ms(max(warm))}")


if __name__ == "__main__":
    main()
