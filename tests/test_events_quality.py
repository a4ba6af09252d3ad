"""Measured extraction quality on hand-written test articles (tests/data/articles): for every article set of
tests/extraction_sets.py (how each was made and how it is held out is told there and in
tests/data/articles/README.md), precision and recall of events, places (within 150 km), dates and actors, held
above the floors of the tests/extraction_floors*.py files, so that a regression fails CI. ``python -m
tests.test_events_quality`` prints the figures without pytest."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from tests.extraction_scoring import (
    ArticleSet,
    Measured,
    aligned_event,
    load_gold,
    measure,
    place_miss_kind,
    report,
)
from tests.extraction_sets import ARTICLES, RESERVED, SETS


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s.label.replace(" ", "-"))
def measured(request) -> tuple[ArticleSet, Measured]:
    """For each article set: the set and what it measured."""
    return request.param, measure(request.param)


@pytest.mark.parametrize("articles", SETS, ids=lambda s: s.label.replace(" ", "-"))
def test_each_set_has_enough_annotated_articles(articles):
    gold = load_gold(articles)
    assert len(gold["articles"]) >= articles.min_articles
    for entry in gold["articles"]:
        assert (articles.directory / entry["file"]).is_file(), entry["file"]


def test_every_annotated_folder_is_measured_or_reserved():
    """A set merged into the repository is either scored here or reserved (then every reader skips it): a new set
    cannot be read by the benchmark or the development checks before its rules version is finished."""
    folders = {p.parent.name for p in ARTICLES.glob("*/annotations.json")}
    measured = {s.directory.name for s in SETS}
    assert not RESERVED & measured
    assert folders <= measured | RESERVED, sorted(folders - measured - RESERVED)


def test_held_out_articles_are_new():
    """No article appears in two sets."""
    files = [{e["file"] for e in load_gold(s)["articles"]} for s in SETS]
    for i, first in enumerate(files):
        for second in files[i + 1 :]:
            assert not first & second


def test_precision_and_recall_hold_above_floors(measured, capsys):
    articles, result = measured
    with capsys.disabled():
        print("\n" + report(articles, result))
    figures = {f"{name}_precision": t.precision for name, t in result.tallies.items()}
    figures |= {f"{name}_recall": t.recall for name, t in result.tallies.items()}
    figures |= {"happening_recall": result.happenings.recall, "happening_precision": result.happenings.precision}
    for name, floor in articles.floors.items():
        if name == "max_fallbacks_per_article":
            assert result.worst_fallbacks <= floor, (articles.label, name, result.worst_fallbacks)
        else:
            assert figures[name] >= floor, (articles.label, name, figures[name])


@pytest.mark.parametrize(
    ("extracted", "gold", "gold_precision", "kind"),
    [
        ("Nuuk", "Greenland", "country", "state-wide act at the country"),
        ("Helsinki", "Finland", "country", "state-wide act at the country"),
        ("Alaska", "Washington, D.C.", "city", "seat of government"),
        ("Anchorage", "Utqiaġvik", "city", "elsewhere in the same state"),
        ("Barents Sea", "Oslo", "city", "another state or at sea"),
        ("Moscow", "Oslo", "city", "another state or at sea"),
    ],
)
def test_place_misses_are_told_apart_by_the_two_places_states(extracted, gold, gold_precision, kind):
    """The report counts place misses by kind, held-out sets included (counts only): which are a
    convention (a state-wide act at the country or at its seat) and which are a wrong place."""
    assert place_miss_kind(SimpleNamespace(place=extracted), {"place": gold, "geo_precision": gold_precision}) == kind


def _clause_event(event_id: str, year: int, place: str, lat: float, lon: float) -> SimpleNamespace:
    return SimpleNamespace(
        event_id=event_id,
        evidence="Yukon took over its lands and resources in 2003, and the Northwest Territories did so in 2014.",
        event_date=date(year, 1, 1),
        date_precision="year",
        place=place,
        lat=lat,
        lon=lon,
        places=(),
        actors=("CAN",),
    )


def test_a_gold_event_is_scored_against_its_own_clauses_event():
    """A sentence with two dated happenings makes an event for each, with the same sentence as evidence.
    Each gold event is scored against its own happening's event, not the sentence's first (which had
    scored the Northwest Territories' transfer with Yukon's year and place)."""
    yukon = _clause_event("a", 2003, "Yukon", 63.0, -135.0)
    territories = _clause_event("b", 2014, "Northwest Territories", 64.8, -119.0)
    gold = {
        "evidence_contains": "the Northwest Territories did so in 2014",
        "date": "2014-01-01",
        "date_precision": "year",
        "place": "Northwest Territories",
        "lat": 64.8,
        "lon": -119.0,
        "actors": ["CAN"],
    }
    assert aligned_event([yukon, territories], gold, taken=set()) is territories
    # Neither agreeing on anything: the first in the article, as before.
    elsewhere = {**gold, "date": "1999-01-01", "place": "Oslo", "lat": 59.9, "lon": 10.7}
    assert aligned_event([yukon, territories], elsewhere, taken=set()) is yukon


if __name__ == "__main__":  # python -m tests.test_events_quality: the figures without pytest
    for article_set in SETS:
        print(report(article_set, measure(article_set)) + "\n")
