"""Every hand-annotated article set under tests/data/articles is well formed.

A set is a folder with an ``annotations.json`` (``{"_note": ..., "articles": [{"file", "events": [...]}, ...]}``)
beside its article files. The quality test (tests/test_events_quality.py) scores the extractor against these gold
events, so a phrase that is missing or occurs twice, an article without an entry, a date that does not parse or a
coordinate out of range would silently change what it measures. These checks read the files only; nothing here runs
the extractor. Coordinates are WGS 84 degrees (EPSG:4326).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from dashboard.events.model import CATEGORIES, DATE_PRECISIONS, GEO_PRECISIONS

ARTICLES = Path(__file__).parent / "data" / "articles"
NOT_ARTICLES = {"annotations.json", "README.md", "second_annotation.json"}

#: What issue #11 asks of a held-out set: at least this many articles from at least this many outlets.
MIN_ARTICLES = 20
MIN_OUTLETS = 6

#: Older sets written before that requirement, and what they fall short of (reported, not edited: the sets are frozen);
#: a reserved set still being completed is listed here until it holds 20 (it is read only then).
SMALLER_SETS = {
    "articles": "the original tuning set: 16 articles, no Outlet header",
    "heldout": "the first held-out set: 8 articles, no Outlet header",
    "dev2": "a development set of 17 articles",
    "dev3": "a development set of 16 articles",
}


@dataclass(frozen=True)
class ArticleSet:
    """One annotated folder: its name (the folder's, relative to tests/data/articles) and parsed annotations."""

    name: str
    folder: Path
    # Never in a failure's message: a held-out set's annotations must not be printed.
    articles: list[dict] = field(repr=False)

    def text(self, file: str) -> str:
        return (self.folder / file).read_text(encoding="utf-8")


def _load_sets() -> list[ArticleSet]:
    sets = []
    for path in sorted(ARTICLES.rglob("annotations.json")):
        folder = path.parent
        name = "articles" if folder == ARTICLES else folder.relative_to(ARTICLES).as_posix()
        sets.append(ArticleSet(name, folder, json.loads(path.read_text(encoding="utf-8"))["articles"]))
    return sets


SETS = _load_sets()


def _events(article_set: ArticleSet):
    for article in article_set.articles:
        for number, event in enumerate(article["events"], start=1):
            yield f"{article['file']} event {number}", article, event


def _header_field(text: str, field: str) -> str | None:
    """The value of a ``Field:`` line in an article's header block (plain text or an HTML comment)."""
    for line in text.removeprefix("<!--").lstrip().splitlines()[:6]:
        if line.startswith(f"{field}:"):
            return line.split(":", 1)[1].strip().removesuffix("-->").strip()
    return None


def by_name(sets: list[ArticleSet]) -> list:
    return [pytest.param(s, id=s.name) for s in sets]


def test_the_second_blind_set_is_among_the_sets_checked():
    assert {"blind", "blind2", "fresh"} <= {s.name for s in SETS}


@pytest.mark.parametrize("article_set", by_name(SETS))
def test_every_article_file_has_an_entry_and_every_entry_a_file(article_set):
    on_disk = {p.name for p in article_set.folder.iterdir() if p.is_file() and p.name not in NOT_ARTICLES}
    annotated = [a["file"] for a in article_set.articles]
    assert len(annotated) == len(set(annotated)), "an article is annotated twice"
    assert sorted(on_disk - set(annotated)) == [], "article files without an entry in annotations.json"
    assert sorted(set(annotated) - on_disk) == [], "entries in annotations.json without an article file"


@pytest.mark.parametrize("article_set", by_name(SETS))
def test_every_evidence_phrase_occurs_exactly_once_in_its_article(article_set):
    wrong = []
    for where, article, event in _events(article_set):
        text = article_set.text(article["file"])
        for phrase in [event["evidence_contains"], *event.get("also_evidence", [])]:
            if text.count(phrase) != 1:
                wrong.append(f"{where}: {phrase!r} occurs {text.count(phrase)} times")
    assert wrong == []


@pytest.mark.parametrize("article_set", by_name(SETS))
def test_dates_parse_and_agree_with_their_precision(article_set):
    wrong = []
    for where, _article, event in _events(article_set):
        day = date.fromisoformat(event["date"])
        precision = event["date_precision"]
        if precision not in DATE_PRECISIONS:
            wrong.append(f"{where}: precision {precision!r}")
        elif precision == "month" and day.day != 1 or precision == "year" and (day.month, day.day) != (1, 1):
            wrong.append(f"{where}: {event['date']} is not the first day of its {precision}")
    for article in article_set.articles:
        published = article.get("published") or _header_field(article_set.text(article["file"]), "Published")
        if published is not None:
            date.fromisoformat(published)
    assert wrong == []


@pytest.mark.parametrize("article_set", by_name(SETS))
def test_coordinates_are_degrees_in_range_and_present_with_a_place(article_set):
    wrong = []
    for where, _article, event in _events(article_set):
        lat, lon = event.get("lat"), event.get("lon")
        if event["place"] is None:
            if (lat, lon) != (None, None):
                wrong.append(f"{where}: coordinates without a place")
            continue
        if not (
            isinstance(lat, int | float) and -90 <= lat <= 90 and isinstance(lon, int | float) and -180 <= lon <= 180
        ):
            wrong.append(f"{where}: {event['place']} at ({lat}, {lon})")
    assert wrong == []


@pytest.mark.parametrize("article_set", by_name(SETS))
def test_categories_geo_precisions_and_actors_are_known_values(article_set):
    wrong = []
    for where, _article, event in _events(article_set):
        if "category" in event and event["category"] not in CATEGORIES:
            wrong.append(f"{where}: category {event['category']!r}")
        if event.get("geo_precision") is not None and event["geo_precision"] not in GEO_PRECISIONS:
            wrong.append(f"{where}: geo precision {event['geo_precision']!r}")
        if not all(isinstance(code, str) and code.isupper() for code in event["actors"]):
            wrong.append(f"{where}: actors {event['actors']!r}")
    assert wrong == []


@pytest.mark.parametrize(
    "article_set",
    [
        pytest.param(s, id=s.name, marks=pytest.mark.xfail(strict=True, reason=SMALLER_SETS[s.name]))
        if s.name in SMALLER_SETS
        else pytest.param(s, id=s.name)
        for s in SETS
    ],
)
def test_a_set_has_enough_articles_from_enough_outlets(article_set):
    outlets = {
        article.get("outlet") or _header_field(article_set.text(article["file"]), "Outlet")
        for article in article_set.articles
    } - {None}
    articles, outlet_count = len(article_set.articles), len(outlets)  # counts only in a failure's message
    assert articles >= MIN_ARTICLES
    assert outlet_count >= MIN_OUTLETS
