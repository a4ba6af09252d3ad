"""How long does extraction take as articles grow? ``python benchmarks/article_size_benchmark.py``

Prints wall-clock time and characters per second (not a test, no thresholds) for articles of
100,000 characters up to the limit (``MAX_ARTICLE_CHARS``), built by repeating the test
articles. Time grows linearly with length: the limit is set so the longest accepted article
is extracted in seconds, not minutes.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from dashboard.events import MAX_ARTICLE_CHARS, extract_events

    articles = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in articles)
    extract_events(corpus, date(2024, 1, 10))  # warm the gazetteer and regexes
    for size in (100_000, 250_000, 500_000, MAX_ARTICLE_CHARS):
        text = (corpus * (size // len(corpus) + 1))[:size]
        started = time.perf_counter()
        events = extract_events(text, date(2024, 1, 10))
        seconds = time.perf_counter() - started
        print(f"{size:>9,} characters: {seconds:6.2f} s, {size / seconds:>9,.0f} characters/s, {len(events):>5} events")


if __name__ == "__main__":
    main()
