"""Whether an article file name is already used by an article set: ``python3 scripts/article_sets/name_taken.py
[--writing blindNN] NAME``.

For the writers of new held-out sets: prints only ``taken`` or ``free`` (a file of that name, or of the same name with
another extension, in any set; ``--writing blindNN`` leaves out the set being written). Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from outlet_taken import writing_option

ARTICLES = Path(__file__).resolve().parents[2] / "tests" / "data" / "articles"


def is_taken(name: str, root: Path = ARTICLES, writing: str = "") -> bool:
    """Whether a file named ``name`` (or with its stem) is in any set under ``root`` but the folder named ``writing``."""
    wanted = Path(name)
    files = [p for p in root.rglob("*") if p.is_file() and not (writing and p.parent.name == writing)]
    return any(p.name == wanted.name or p.stem == wanted.stem for p in files)


if __name__ == "__main__":
    writing, rest = writing_option(sys.argv[1:])
    if len(rest) != 1:
        sys.exit("usage: name_taken.py [--writing blindNN] FILE-NAME")
    print("taken" if is_taken(rest[0], writing=writing) else "free")
