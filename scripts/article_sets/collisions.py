"""The maintainer's count of a new set's collisions with every set: ``python3 scripts/article_sets/collisions.py
NEW/annotations.json [OTHER/annotations.json ...]``.

Counts the new set's articles whose outlet name, web domain or file name another set (every set under
tests/data/articles, and the other annotation files given, such as a set written at the same time on another branch)
already uses. Prints counts only, never an outlet's name or an article's text. Standard library only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from outlet_taken import ARTICLES, domain, fold


def collisions(new: Path, others: list[Path]) -> dict[str, int]:
    """How many of ``new``'s articles share an outlet name, a web domain or a file name with those of ``others``."""
    names, domains, files = set(), set(), set()
    for path in others:
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            names.add(fold(article.get("outlet") or ""))
            files.add(article["file"])
            if article.get("source_url"):
                domains.add(domain(article["source_url"]))
    counts = {"articles": 0, "outlet name": 0, "web domain": 0, "file name": 0}
    for article in json.loads(new.read_text(encoding="utf-8"))["articles"]:
        counts["articles"] += 1
        counts["outlet name"] += fold(article["outlet"]) in names
        counts["web domain"] += bool(article.get("source_url")) and domain(article["source_url"]) in domains
        counts["file name"] += article["file"] in files
    return counts


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: collisions.py NEW/annotations.json [OTHER/annotations.json ...]")
    new = Path(sys.argv[1]).resolve()
    others = [p for p in ARTICLES.rglob("annotations.json") if p.resolve() != new]
    others += [Path(a) for a in sys.argv[2:] if Path(a).resolve() != new]
    print(collisions(new, others))
