"""Whether an outlet is already used by an article set: ``python3 scripts/article_sets/outlet_taken.py [--writing blindNN]
"Full Name (domain)"``
(``--dev-only`` first: only the sets the rules are tuned on count).

For the writers of new held-out sets (tests/data/articles/README.md): prints only ``taken`` or ``free``, so that
checking an outlet reveals nothing of the sets. An outlet is taken when its name (case, punctuation and a leading
"The" ignored) equals, or differs only by a short prefix or suffix ("News", "Online") from, the outlet of any
article of any set; when its name is another outlet's acronym or its acronym another outlet's name; or when its web
domain (registrable part) is the domain of any article's ``source_url``. Sister titles that no name shows (an
owner's other outlets) are listed in :data:`SISTER_TITLES` as sets are found to need them. ``--writing blindNN``
leaves out the set being written (its own outlets would answer ``taken``).

``--dev-only`` (session 36, when the outlets no set used had run out in the stored pages): only the sets the rules are
tuned on count, every set but the held-out ones (``list_misses=False`` in tests/extraction_sets.py). A held-out set is
read as totals only, so its outlets' style was never seen by anyone writing rules; a new set may use them again, with
other reports (:func:`report_taken`). Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path
from urllib.parse import urlparse

ARTICLES = Path(__file__).resolve().parents[2] / "tests" / "data" / "articles"
#: Outlets found to be sister titles of a set's outlet (same owner, same newsroom), taken though no set uses them.
SISTER_TITLES = ("KPAX", "KTAR News", "American Family News")
_SECOND_LEVEL = ("co", "com", "org", "net", "gov", "ac")
_SMALL_WORDS = ("the", "of", "and", "for")


def fold(name: str) -> str:
    """``name`` lower-cased, "&" as "and", without a leading "the" and without anything but letters and digits."""
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("&", "and").removeprefix("the "))


def acronym(name: str) -> str:
    """The initials of a name of several words, small words left out ("" for a one-word name)."""
    words = [
        w for w in re.split(r"[\s\-/]+", re.sub(r"[^A-Za-z\s\-/]", "", name)) if w and w.lower() not in _SMALL_WORDS
    ]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def domain(url: str) -> str:
    """The registrable part of a web address's host ("bbc.co.uk", "arctictoday.com")."""
    host = (urlparse(url if "//" in url else "//" + url).hostname or "").lower().removeprefix("www.")
    parts = host.split(".")
    return ".".join(parts[-3:] if len(parts) > 2 and parts[-2] in _SECOND_LEVEL else parts[-2:])


#: Where the sets are declared: an ``ArticleSet(...)`` line with ``list_misses=False`` is a held-out set.
SET_DECLARATIONS = Path(__file__).resolve().parents[2] / "tests" / "extraction_sets.py"
_HELD_OUT_LINE = re.compile(r'ArticleSet\("[^"]*",\s*ARTICLES\s*/\s*"([^"]+)".*list_misses=False')


def held_out_folders(declarations: Path = SET_DECLARATIONS) -> set[str]:
    """The folder names of the held-out sets: read as totals only, never tuned on."""
    return set(_HELD_OUT_LINE.findall(declarations.read_text(encoding="utf-8")))


def annotation_files(root: Path = ARTICLES, writing: str = "", dev_only: bool = False) -> list[Path]:
    """Every set's annotations under ``root`` but the set in the folder named ``writing`` (and, ``dev_only``, but the
    held-out sets)."""
    skipped = {writing} | (held_out_folders() if dev_only else set())
    return [path for path in _annotation_paths(root) if path.parent.name not in skipped]


@cache
def _annotation_paths(root: Path) -> tuple[Path, ...]:
    # Walked once per process: a check is a process of its own, and the tests ask thousands of times.
    return tuple(sorted(root.rglob("annotations.json")))


def outlets_of(path: Path) -> tuple[frozenset[str], ...]:
    """The folded outlet names, acronyms, web domains and report addresses of the annotations at ``path``."""
    return _outlets_of(path, path.stat().st_mtime_ns)


@cache
def _outlets_of(path: Path, modified: int) -> tuple[frozenset[str], ...]:
    # Read again when ``modified`` changes: a set being written is checked as it grows.
    articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
    outlets = [a.get("outlet") or "" for a in articles]
    urls = [a["source_url"] for a in articles if a.get("source_url")]
    return (
        frozenset(map(fold, outlets)),
        frozenset(map(acronym, outlets)),
        frozenset(map(domain, urls)),
        frozenset(map(report_address, urls)),
    )


def used_outlets(
    root: Path = ARTICLES, writing: str = "", dev_only: bool = False
) -> tuple[set[str], set[str], set[str]]:
    """The folded names, the acronyms and the web domains of the outlets of :func:`annotation_files`."""
    names, acronyms, domains = set(), set(), set()
    for path in annotation_files(root, writing, dev_only):
        file_names, file_acronyms, file_domains, _ = outlets_of(path)
        names |= file_names
        acronyms |= file_acronyms
        domains |= file_domains
    names |= {fold(o) for o in SISTER_TITLES}
    acronyms |= {acronym(o) for o in SISTER_TITLES}
    return names - {""}, acronyms - {""}, domains - {""}


def is_taken(query: str, root: Path = ARTICLES, writing: str = "", dev_only: bool = False) -> bool:
    """Whether ``query`` ("Full Name (domain.tld)", or a name alone) names an outlet a set under ``root`` uses, the
    set being written (the folder named ``writing``) left out, and with ``dev_only`` the held-out sets too."""
    names, acronyms, domains = used_outlets(root, writing, dev_only)
    m = re.match(r"\s*(.*?)\s*\(([^)]*)\)\s*$", query)
    name, web = (m.group(1), m.group(2)) if m else (query, "")
    folded = fold(name)
    if folded in names or folded in acronyms or (acronym(name) and acronym(name) in names):
        return True
    if web and domain(web) in domains:
        return True
    # A used name with a short word before or after it: "Arctic Today" and "Arctic Today News".
    return any(len(used) >= 5 and abs(len(folded) - len(used)) <= 7 and used in folded for used in names) or any(
        len(folded) >= 5 and abs(len(folded) - len(used)) <= 7 and folded in used for used in names
    )


def report_address(url: str) -> str:
    """A report's web address without scheme, "www.", query, fragment or closing slash, lower-cased."""
    parsed = urlparse(url if "//" in url else "//" + url)
    host = (parsed.hostname or "").lower().removeprefix("www.")
    return host + parsed.path.rstrip("/").lower()


def report_taken(url: str, root: Path = ARTICLES, writing: str = "") -> bool:
    """Whether any set under ``root`` (held-out ones included) rests on the report at ``url``."""
    address = report_address(url)
    return any(address in outlets_of(path)[3] for path in annotation_files(root, writing))


def writing_option(args: list[str]) -> tuple[str, list[str]]:
    """The set named by ``--writing blindNN`` in ``args`` (or ""), and the other arguments."""
    if len(args) >= 2 and args[0] == "--writing":
        return args[1], args[2:]
    return "", args


if __name__ == "__main__":
    dev_only = sys.argv[1:2] == ["--dev-only"]
    writing, rest = writing_option(sys.argv[1 + dev_only :])
    if len(rest) != 1:
        sys.exit('usage: outlet_taken.py [--dev-only] [--writing blindNN] "Full Outlet Name (domain.tld)"')
    print("taken" if is_taken(rest[0], writing=writing, dev_only=dev_only) else "free")
