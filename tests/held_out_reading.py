"""Reading a held-out set the way tests/data/articles/README.md prescribes: once, as totals only, under the previous
and the new rules version in the same minute, and its floors set at the new version minus one item.

``python -m tests.held_out_reading compare OLD_TREE NEW_TREE [NEWER_TREE ...] blindNN`` (the trees checked out; each
measured in its own interpreter, at the same time) prints, per tree, event-level recall, place precision, date recall and fallbacks,
as counts. ``python -m tests.held_out_reading floors blindNN`` prints the floors dict for the newest floors file.
``python -m tests.held_out_reading pool blindA,blindB,...`` prints the sets' pooled totals. Nothing here prints a miss.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from tests.extraction_scoring import ArticleSet, Measured, measure
from tests.extraction_sets import ARTICLES

FIELDS = ("event", "place", "date", "actor")


def counts(name: str) -> dict[str, list[int]]:
    """The set ``name``'s tallies as [hit_p, predicted, hit_r, expected] ("tuned" is the top folder), its
    event-level tally as "happening" and [fallbacks, worst in an article, articles] as "fallbacks"."""
    directory = ARTICLES if name == "tuned" else ARTICLES / name
    result = measure(ArticleSet(name, directory, {}, 0, list_misses=False))
    tallies = {**result.tallies, "happening": result.happenings}
    out = {k: [t.hit_p, t.predicted, t.hit_r, t.expected] for k, t in tallies.items()}
    return out | {"fallbacks": [result.fallbacks, result.worst_fallbacks, result.articles]}


def floors_from(result: Measured) -> dict[str, float]:
    """Each figure of ``result`` with one item fewer, rounded down to two decimals (the floors' rule)."""

    def one_less(hits: int, total: int) -> float:
        return math.floor(max(hits - 1, 0) / total * 100) / 100 if total else 1.0

    floors = {}
    for name in FIELDS:
        tally = result.tallies[name]
        floors[f"{name}_precision"] = one_less(tally.hit_p, tally.predicted)
        floors[f"{name}_recall"] = one_less(tally.hit_r, tally.expected)
    floors["happening_recall"] = one_less(result.happenings.hit_r, result.happenings.expected)
    floors["happening_precision"] = one_less(result.happenings.hit_p, result.happenings.predicted)
    return floors | {"max_fallbacks_per_article": max(result.worst_fallbacks, 1)}


def summary(version: str, name: str, c: dict[str, list[int]]) -> str:
    """One line of totals: event-level recall, place precision, date recall, fallbacks."""
    h, p, d, f = c["happening"], c["place"], c["date"], c["fallbacks"]
    return (
        f"{version} {name}: events {h[2] / h[3]:.3f} ({h[2]}/{h[3]}), place precision {p[0] / p[1]:.3f} "
        f"({p[0]}/{p[1]}), date recall {d[2] / d[3]:.3f} ({d[2]}/{d[3]}); fallbacks {f[0]}, at most {f[1]} in an article"
    )


def _measured_in(tree: str, names: str) -> dict:
    env = dict(os.environ, PYTHONPATH=tree, PYTHONHASHSEED="0")
    run = subprocess.run(
        # This file run by its path, the tree's own code imported: an older tree without this file is read too.
        [sys.executable, str(Path(__file__).resolve()), "counts", names],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
    )
    if run.returncode:
        sys.exit(run.stderr[-2000:])
    return json.loads(run.stdout)


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "counts":  # in one tree, for compare and pool: JSON of every named set's counts
        from dashboard.events.extraction.extract import EXTRACTOR_VERSION

        print(json.dumps({"version": EXTRACTOR_VERSION} | {n: counts(n) for n in args[0].split(",")}))
    elif command == "compare":
        *trees, names = args  # the previous and the new version's trees (more when versions came in between)
        start = datetime.now(UTC).strftime("%H:%M")
        with ThreadPoolExecutor(len(trees)) as pool:
            results = list(pool.map(lambda tree: _measured_in(str(Path(tree).resolve()), names), trees))
        print(f"read from {start} to {datetime.now(UTC).strftime('%H:%M')} UTC")
        for result in results:
            version = result.pop("version")
            print("\n".join(summary(version, name, c) for name, c in result.items()))
    elif command == "floors":
        print(floors_from(measure(ArticleSet(args[0], ARTICLES / args[0], {}, 0, list_misses=False))))
    elif command == "pool":
        result = _measured_in(str(Path.cwd()), args[0])
        version, total = result.pop("version"), {}
        for c in result.values():
            for key, values in c.items():
                total[key] = [a + b for a, b in zip(total.get(key, [0] * len(values)), values, strict=True)]
        total["fallbacks"][1] = max(c["fallbacks"][1] for c in result.values())  # the worst article, not a sum
        print(summary(version, f"{len(result)} sets", total))
    else:
        sys.exit(f"unknown command {command!r}: counts, compare, floors or pool")


if __name__ == "__main__":
    main(sys.argv[1:])
