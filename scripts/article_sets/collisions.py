"""The maintainer's count of a new set's collisions with every set: ``python3 scripts/article_sets/collisions.py
[--dev-only] NEW/annotations.json [OTHER/annotations.json ...]``.

Counts the new set's articles whose outlet name, web domain or file name another set (every set under
tests/data/articles, and the other annotation files given, such as a set written at the same time on another branch)
already uses, and the reports (source addresses) any set rests on; with ``--dev-only`` the names, domains and files
of the held-out sets are left out (their outlets may be used again, ``outlet_taken.py --dev-only``). Prints counts only, never an outlet's name or an article's text. Standard library only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from outlet_taken import annotation_files, domain, fold, outlets_of, report_address


def collisions(new: Path, others: list[Path], reports_of: list[Path] | None = None) -> dict[str, int]:
    """How many of ``new``'s articles share an outlet name, a web domain or a file name with those of ``others``, and
    a report (source address) with those of ``reports_of`` (``others`` when not given)."""
    names, domains, files, reports = set(), set(), set(), set()
    for path in others:
        file_names, _, file_domains, _ = outlets_of(path)
        names |= file_names
        domains |= file_domains
        files |= {article["file"] for article in json.loads(path.read_text(encoding="utf-8"))["articles"]}
    for path in others if reports_of is None else reports_of:
        reports |= outlets_of(path)[3]
    counts = {"articles": 0, "outlet name": 0, "web domain": 0, "file name": 0, "report": 0}
    for article in json.loads(new.read_text(encoding="utf-8"))["articles"]:
        url = article.get("source_url") or ""
        counts["articles"] += 1
        counts["outlet name"] += fold(article["outlet"]) in names
        counts["web domain"] += bool(url) and domain(url) in domains
        counts["file name"] += article["file"] in files
        counts["report"] += bool(url) and report_address(url) in reports
    return counts


if __name__ == "__main__":
    dev_only = sys.argv[1:2] == ["--dev-only"]
    args = sys.argv[1 + dev_only :]
    if not args:
        sys.exit("usage: collisions.py [--dev-only] NEW/annotations.json [OTHER/annotations.json ...]")
    new = Path(args[0]).resolve()
    given = [Path(a) for a in args[1:] if Path(a).resolve() != new]
    every = [p for p in annotation_files() if p.resolve() != new] + given
    others = [p for p in annotation_files(dev_only=dev_only) if p.resolve() != new] + given
    print(collisions(new, others, every))
