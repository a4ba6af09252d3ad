"""Join a checked small set into the held-out set it tops up: ``python3 scripts/article_sets/join_set.py PART TARGET``.

PART and TARGET are set folders (each with annotations.json, README.md and its article files). Copies PART's article
files into TARGET unchanged (a name TARGET already holds is refused, and nothing is written), appends PART's annotation
entries and its note to TARGET's annotations.json, and appends PART's README under a heading. Prints counts only
(articles, events, outlets), never an article's text or an annotation's value, so the maintainer may run it on a
reserved set. The counts in TARGET's own top paragraph are the maintainer's to update. Standard library only.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

_ARTICLE_SUFFIXES = (".txt", ".md", ".html")


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in _ARTICLE_SUFFIXES and p.name != "README.md")


def join(part: Path, target: Path) -> dict[str, int]:
    """Join ``part`` into ``target`` as the module says; the counts of ``target`` after it."""
    added = json.loads((part / "annotations.json").read_text(encoding="utf-8"))
    joined = json.loads((target / "annotations.json").read_text(encoding="utf-8"))
    clashes = sorted(p.name for p in _articles(part) if (target / p.name).exists())
    if clashes:
        raise SystemExit(f"{len(clashes)} file name(s) of {part.name} already in {target.name}: rename them first")
    for path in _articles(part):
        shutil.copy2(path, target / path.name)
    joined["articles"] += added["articles"]
    joined["_note"] += f"\n\nJoined from {part.name} (its own note): {added['_note']}"
    (target / "annotations.json").write_text(json.dumps(joined, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    readme = (part / "README.md").read_text(encoding="utf-8").replace("\n# ", "\n## ")
    with (target / "README.md").open("a", encoding="utf-8") as handle:
        handle.write(f"\n\n---\n\n# Part written as {part.name}\n\n{readme}")
    files = sorted(p.name for p in _articles(target))
    if files != sorted(a["file"] for a in joined["articles"]):
        raise SystemExit(f"{target.name}: article files and annotation entries differ after the join")
    return {
        "articles": len(joined["articles"]),
        "events": sum(len(a["events"]) for a in joined["articles"]),
        "outlets": len({a.get("outlet") for a in joined["articles"]}),
    }


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: join_set.py PART-FOLDER TARGET-FOLDER")
    print(join(Path(sys.argv[1]), Path(sys.argv[2])))
