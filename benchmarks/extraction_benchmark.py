"""How fast is event extraction? ``python benchmarks/extraction_benchmark.py``

Prints CPU time on one core (``time.process_time``; not a test, no thresholds) for every
annotated development article (tests/data/articles and its set folders, the held-out and reserved sets of
tests/extraction_sets.py excepted), scaled to milliseconds per 1,000 words. Issue 11's target is under 20 ms per
1,000-word article.

Two figures, because the extractor caches what it learnt about a text (a sentence's actors, dates
and places) and a server meets each article once:

- **a new article** (the figure the target is about): five passes over all the articles, each pass
  starting with the caches of texts and sentences cleared (:data:`TEXT_CACHES`; tables, compiled
  patterns and single words stay cached, as in a server that has read other articles); each article
  is timed at first sight and the median of its five times is kept;
- **the same article again**: one warm-up run of an article, then the median of five more (what
  this benchmark printed up to rules-2.15's first version; the caches answer most of the work).

Before each timed article the garbage collector runs a full collection, untimed, and its time is printed apart: up to
rules-2.81 a full collection triggered by the articles before landed inside one short article's time and made it the
"slowest article" (dev3's 167-word intrafish article at 74-147 ms per 1,000 words, no outlier with the collector off).
"""

from __future__ import annotations

import gc
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.extraction_sets import HELD_OUT  # noqa: E402 (after the path is set)

RUNS = 5
# The extraction package's caches keyed by a text or a sentence (module, function):
# cleared before each pass, so that every article is met as new. Caches of tables, compiled patterns and
# single words stay warm, as in a server that has read other articles. A new per-text cache belongs here.
TEXT_CACHES = (
    ("actors", "mask_outlets"),
    ("actors", "_mask_non_actors"),
    ("actors", "_actors_in"),
    ("actors", "_candidates_in"),
    ("dates", "_find_dates_cached"),
    ("clauses", "_aside_spans"),
    ("offices", "titles_in"),
    ("other_clauses", "_clauses_of"),
)


def _articles() -> list[tuple[str, str, date]]:
    folder = ROOT / "tests" / "data" / "articles"
    found = []
    for path in sorted([*folder.glob("*.*"), *folder.glob("*/*.*")]):
        # A held-out set is measured only by whoever holds it out (its articles are not read here).
        if path.suffix not in (".txt", ".md", ".html") or path.parent.name in HELD_OUT:
            continue
        text = path.read_text(encoding="utf-8")
        published = re.search(r"Published: (\d{4}-\d{2}-\d{2})", text)
        if published:
            found.append((path.relative_to(folder).as_posix(), text, date.fromisoformat(published.group(1))))
    return found


def _forget_texts() -> None:
    """Clear :data:`TEXT_CACHES` and the gazetteer's lookup cache: what the extractor learnt about
    earlier texts is gone, its tables stay loaded."""
    import importlib

    from dashboard.events.extraction.places import default_gazetteer

    for module, function in TEXT_CACHES:
        getattr(importlib.import_module(f"dashboard.events.extraction.{module}"), function).cache_clear()
    default_gazetteer()._find_cached.cache_clear()
    default_gazetteer()._candidates_cached.cache_clear()


def _collect_garbage() -> float:
    """Run a full garbage collection; return its CPU seconds (kept out of the articles' times)."""
    start = time.process_time()
    gc.collect()
    return time.process_time() - start


def _report(label: str, seconds: dict[str, float], words: dict[str, int]) -> None:
    per_kword = [seconds[name] * 1e6 / words[name] for name in seconds]
    total = sum(seconds.values()) * 1e6 / sum(words.values())
    print(
        f"{label}: ms per 1,000 words: median {statistics.median(per_kword):.1f}, "
        f"slowest article {max(per_kword):.1f}, all articles {total:.1f}"
    )


def main() -> None:
    t0 = time.process_time()
    from dashboard.events import extract_events
    from dashboard.events.extraction.places import default_gazetteer

    default_gazetteer()
    print(f"import + gazetteer load: {(time.process_time() - t0) * 1000:.0f} ms CPU (once per process)")
    articles = _articles()
    words = {name: len(re.findall(r"\w+", text)) for name, text, _ in articles}
    print(f"{len(articles)} articles, {sum(words.values()):,} words")

    first_sight: dict[str, list[float]] = {name: [] for name, _, _ in articles}
    collecting: list[float] = []
    for _ in range(RUNS):
        _forget_texts()
        for name, text, published in articles:
            collecting.append(_collect_garbage())
            start = time.process_time()
            extract_events(text, published)
            first_sight[name].append(time.process_time() - start)
    _report("a new article", {name: statistics.median(runs) for name, runs in first_sight.items()}, words)
    print(
        f"a full garbage collection before each article (not in the figures): median {statistics.median(collecting) * 1000:.1f} ms"
    )

    again: dict[str, float] = {}
    for name, text, published in articles:
        extract_events(text, published)  # warm-up
        runs = []
        for _ in range(RUNS):
            _collect_garbage()
            start = time.process_time()
            extract_events(text, published)
            runs.append(time.process_time() - start)
        again[name] = statistics.median(runs)
    _report("the same article again", again, words)


if __name__ == "__main__":
    main()
