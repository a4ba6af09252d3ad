"""Extraction work in instructions, for comparing two trees on a host whose speed varies.

CPU time on this shared machine moved by half within an hour (README, rules-2.19), so two trees'
extraction speed is compared by instruction counts under callgrind, which do not depend on the host's
load. Run it twice per tree, once with ``--load-only`` (import and gazetteer load), and subtract::

    valgrind --tool=callgrind --callgrind-out-file=load.out python benchmarks/extraction_instructions.py TREE --load-only
    valgrind --tool=callgrind --callgrind-out-file=full.out python benchmarks/extraction_instructions.py TREE
    grep '^summary' load.out full.out   # extraction = full - load

``TREE`` is the checkout to import the extractor from (default: this one). The articles are fixed: the
tuned set and the fresh set of *this* checkout (35 articles, 7,041 words), read as new articles, so that
both trees extract the same text. The count includes the work a process does once, on its first articles (compiling
the name scans' and trigger tables' patterns as keys are first met): about two-thirds of it in session 32, when a
second pass over the same texts, forgotten (as ``extraction_benchmark.py`` meets them), counted 608 M of 1,183 M.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    tree = Path(next((a for a in argv if not a.startswith("--")), HERE)).resolve()
    sys.path.insert(0, str(tree))
    from dashboard.events import extract_events
    from dashboard.events.extraction.places import default_gazetteer

    default_gazetteer()
    if "--load-only" in argv:
        return 0
    articles = HERE / "tests" / "data" / "articles"
    files = sorted(articles.glob("*.txt")) + sorted((articles / "fresh").glob("*.txt"))
    words = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        published = date.fromisoformat(re.search(r"^Published: (\d{4}-\d{2}-\d{2})", text, re.M).group(1))
        body = text.split("\n\n", 1)[1]
        words += len(body.split())
        extract_events(body, published)
    print(f"{len(files)} articles, {words:,} words, extracted with {tree}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
