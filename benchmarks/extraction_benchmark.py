"""How fast is event extraction? ``python benchmarks/extraction_benchmark.py``

Prints CPU time on one core (``time.process_time``; not a test, no thresholds) for every
annotated development article (tests/data/articles and its set folders, the held-out blind4/ and blind8/
excepted), scaled to milliseconds per
1,000 words: the median and the slowest of five runs each, after one warm-up run that
loads the gazetteer. Issue 11's target is under 20 ms per 1,000-word article.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNS = 5
# A held-out set is measured only by whoever holds it out (its articles are not read here).
HELD_OUT = {"blind4", "blind8"}


def _articles() -> list[tuple[str, str, date]]:
    folder = ROOT / "tests" / "data" / "articles"
    found = []
    for path in sorted([*folder.glob("*.*"), *folder.glob("*/*.*")]):
        if path.suffix not in (".txt", ".md", ".html") or path.parent.name in HELD_OUT:
            continue
        text = path.read_text(encoding="utf-8")
        published = re.search(r"Published: (\d{4}-\d{2}-\d{2})", text)
        if published:
            found.append((path.relative_to(folder).as_posix(), text, date.fromisoformat(published.group(1))))
    return found


def main() -> None:
    t0 = time.process_time()
    from dashboard.events import extract_events
    from dashboard.events.extraction.places import default_gazetteer

    default_gazetteer()
    print(f"import + gazetteer load: {(time.process_time() - t0) * 1000:.0f} ms CPU (once per process)")
    articles = _articles()
    per_kword, words_total, seconds_total = [], 0, 0.0
    for _, text, published in articles:
        extract_events(text, published)  # warm-up
        runs = []
        for _ in range(RUNS):
            start = time.process_time()
            extract_events(text, published)
            runs.append(time.process_time() - start)
        words = len(re.findall(r"\w+", text))
        per_kword.append(statistics.median(runs) * 1000 / words * 1000)
        words_total += words
        seconds_total += statistics.median(runs)
    print(f"{len(articles)} articles, {words_total:,} words")
    print(
        f"ms per 1,000 words: median {statistics.median(per_kword):.1f}, slowest article {max(per_kword):.1f}, "
        f"all articles {seconds_total * 1000 / words_total * 1000:.1f}"
    )


if __name__ == "__main__":
    main()
