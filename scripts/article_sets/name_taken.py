"""Whether an article file name is already used by an article set: ``python3 scripts/article_sets/name_taken.py NAME``.

For the writers of new held-out sets: prints only ``taken`` or ``free`` (a file of that name, or of the same name with
another extension, in any set). Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[2] / "tests" / "data" / "articles"


def is_taken(name: str, root: Path = ARTICLES) -> bool:
    """Whether a file named ``name`` (or with its stem) is in any set under ``root``."""
    wanted = Path(name)
    files = [p for p in root.rglob("*") if p.is_file()]
    return any(p.name == wanted.name or p.stem == wanted.stem for p in files)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: name_taken.py FILE-NAME")
    print("taken" if is_taken(sys.argv[1]) else "free")
