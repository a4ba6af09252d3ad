"""Scoring of extracted events against gold annotations, for tests/test_events_quality.py.

A set is a directory of articles with an annotations.json. Sentence-level scores match a gold
event by its evidence phrase; the event-level score (issue 11) matches by place (250 km or
name), a shared actor and the date at the gold precision. ``report`` prints the figures.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dashboard.events import extract_events
from dashboard.events.extraction.actors import find_actors, mask_outlets
from dashboard.events.extraction.clauses import taken_spans
from dashboard.events.extraction.places import default_gazetteer, fold, gazetteer_source
from tests.helpers import geodesic_km

__all__ = [
    "PLACE_MISS_KINDS",
    "ArticleSet",
    "Measured",
    "aligned_event",
    "date_agrees",
    "event_matches",
    "load_gold",
    "measure",
    "place_agrees",
    "place_miss_kind",
    "report",
]

_RANK = {"year": 0, "month": 1, "day": 2}


@dataclass(frozen=True)
class ArticleSet:
    """A directory of annotated articles (its annotations.json) and the floors it is held to."""

    label: str
    directory: Path
    floors: dict[str, float]
    min_articles: int
    list_misses: bool = True


def _truncate(day: date, precision: str) -> tuple[int, ...]:
    return (day.year, day.month, day.day)[: _RANK[precision] + 1]


def _article(path: Path) -> tuple[str, date]:
    """The article body (header lines removed) and its publication date from the header."""
    text = path.read_text(encoding="utf-8")
    published = date.fromisoformat(re.search(r"^Published: (\d{4}-\d{2}-\d{2})", text, re.M).group(1))
    if path.suffix != ".html":  # the HTML header is a comment, which the HTML reader drops
        text = text.split("\n\n", 1)[1]
    return text, published


@dataclass
class Tally:
    """Counts for one measure: true positives over predicted and over expected."""

    hit_p: int = 0
    predicted: int = 0
    hit_r: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.hit_p / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.hit_r / self.expected if self.expected else 1.0


def load_gold(articles: ArticleSet) -> dict:
    return json.loads((articles.directory / "annotations.json").read_text(encoding="utf-8"))


def _phrases(g: dict) -> list[str]:
    """The gold event's evidence phrases: the clearest sentence's first, then the others."""
    return [g["evidence_contains"], *g.get("also_evidence", ())]


def date_agrees(event, g: dict) -> bool:
    """The event's date agrees with the gold date at the gold precision and is at least as precise."""
    return _RANK[event.date_precision] >= _RANK[g["date_precision"]] and _truncate(
        event.event_date, g["date_precision"]
    ) == _truncate(date.fromisoformat(g["date"]), g["date_precision"])


def _event_places(event) -> list[tuple[str, float, float]]:
    """Every (name, lat, lon) the event puts on the map: its place, then any further places it lists."""
    extra = getattr(event, "places", ()) or ()
    return [(event.place, event.lat, event.lon), *((p[0], p[1], p[2]) for p in extra)]


def gold_readings(g: dict) -> set[str]:
    """The folded names of a gold event's place and of the second defensible readings its annotator gave in
    ``places``."""
    return {fold(n) for n in [g["place"], *g.get("places", ())] if n}


def place_agrees(event, g: dict) -> bool:
    """Event-level place match: within 250 km of the gold place, or named as any of the gold places."""
    names = gold_readings(g)
    return any(
        geodesic_km(lon, lat, g["lon"], g["lat"]) <= 250 or fold(name) in names
        for name, lat, lon in _event_places(event)
    )


def event_matches(event, g: dict) -> bool:
    """The issue's event-level match: place (250 km or by name), a shared actor and the date.

    A gold event without a locatable place is matched by its evidence phrases instead of a place.
    """
    placed = any(p in event.evidence for p in _phrases(g)) if g["place"] is None else place_agrees(event, g)
    shares_actor = not g["actors"] or bool(set(event.actors) & set(g["actors"]))
    return placed and shares_actor and date_agrees(event, g)


def events_holding(events: list, g: dict) -> list:
    """The extracted events whose evidence holds the gold event's first phrase that any of them holds (its
    ``evidence_contains``, then its ``also_evidence``); empty when none does."""
    return next(
        (
            [e for e in events if phrase in e.evidence]
            for phrase in _phrases(g)
            if any(phrase in e.evidence for e in events)
        ),
        [],
    )


def aligned_event(found: list, g: dict, taken: set[str]):
    """The extracted event a gold event is scored against, of those whose evidence holds its phrase.

    A sentence with several happenings makes an event for each, all with the sentence as evidence
    ("Yukon took over its lands in 2003, and the Northwest Territories did so in 2014"). The gold event
    is scored against its own happening's event: the one that matches it at event level, else agrees
    on the date, else on the place (150 km); among equals, one no other gold event was scored against,
    then the first in the article. (Up to rules-2.17 the first event was taken whatever its date.)
    """

    def agreement(event) -> tuple[bool, bool, bool, bool]:
        placed = g["place"] is not None and geodesic_km(event.lon, event.lat, g["lon"], g["lat"]) <= 150
        return event_matches(event, g), date_agrees(event, g), placed, event.event_id not in taken

    return max(found, key=agreement)  # max keeps the first of equals: article order


def is_fallback(event) -> bool:
    """Whether ``event`` sits at a country or "the Arctic" only because no place was named.

    Judged from the evidence, independently of the extractor's internals: the event's place
    must be a gazetteer place named in the evidence other than as an actor ("Russia said"). A land
    named as invaded, annexed or occupied is named as a place as well as a party ("a week after Russia
    invaded Ukraine": the invasion's place, which the annotation conventions put at the country).
    """
    if event.geo_precision not in ("country", "arctic"):
        return False
    masked = mask_outlets(event.evidence)
    spans = [(m.start, m.end) for m in find_actors(event.evidence, on=event.event_date)]
    lands = taken_spans(masked, spans)
    named = {p.name for p in default_gazetteer().find(masked, exclude=[s for s in spans if s not in lands])}
    return event.place not in named


@dataclass
class Measured:
    """What one article set measured: per-field tallies, event-level tallies, fallbacks, misses."""

    tallies: dict[str, Tally]
    happenings: Tally
    fallbacks: int
    articles: int
    worst_fallbacks: int
    # Not in the repr: a failing floor's traceback shows the measured value, and a held-out
    # set's misses must never be printed one by one.
    misses: list[str] = field(repr=False)
    # Place misses (beyond 150 km) by kind (:func:`place_miss_kind`), counted on every set.
    place_misses: Counter = field(default_factory=Counter)


# Kinds of place miss, in the order the report lists them. The first two are conventions on which
# annotators and rules can both be defended: a state-wide act at the country or at its seat.
PLACE_MISS_KINDS = (
    "state-wide act at the country",
    "seat of government",
    "elsewhere in the same state",
    "another state or at sea",
)


# Place misses whose event names one of the gold event's readings (its place or a second defensible one).
AT_A_GOLD_READING = "named as a gold reading"


def place_miss_kind(event, g: dict) -> str:
    """Why an extracted place is more than 150 km from the gold one, by the two places' states in the
    gazetteer: the gold place a whole country and the extracted one in it; one of them a capital and
    the other in the same state; both in the same state; or not (seas have no state)."""
    gazetteer = default_gazetteer()
    gold, got = gazetteer.lookup(g["place"]), gazetteer.lookup(event.place)
    if gold is None or got is None or not gold.iso3 or gold.iso3 != got.iso3:
        return PLACE_MISS_KINDS[3]
    if g.get("geo_precision") == "country":
        return PLACE_MISS_KINDS[0]
    if "capital" in (gold.kind, got.kind):
        return PLACE_MISS_KINDS[1]
    return PLACE_MISS_KINDS[2]


def measure(articles: ArticleSet) -> Measured:
    gold = load_gold(articles)
    tallies = {k: Tally() for k in ("event", "place", "date", "actor")}
    happenings = Tally()
    fallbacks, worst = 0, 0
    misses: list[str] = []
    place_misses: Counter = Counter()
    for entry in gold["articles"]:
        text, published = _article(articles.directory / entry["file"])
        events = extract_events(text, published)
        tallies["event"].predicted += len(events)
        matched_ids = set()
        for g in entry["events"]:
            found = events_holding(events, g)
            tallies["event"].expected += 1
            tallies["place"].expected += g["place"] is not None
            tallies["date"].expected += 1
            tallies["actor"].expected += len(g["actors"])
            if not found:
                misses.append(f"{entry['file']}: no event for {g['evidence_contains']!r}")
                continue
            event = aligned_event(found, g, matched_ids)
            matched_ids.add(event.event_id)
            tallies["event"].hit_r += 1
            if g["place"] is not None:
                tallies["place"].predicted += 1
                distance = geodesic_km(event.lon, event.lat, g["lon"], g["lat"])
                if distance <= 150:
                    tallies["place"].hit_p += 1
                    tallies["place"].hit_r += 1
                else:
                    kind = place_miss_kind(event, g)
                    place_misses[kind] += 1
                    # Counted apart as well (not a fifth kind): the event names the gold place, or the second defensible
                    # reading the annotator gave in ``places``, but its point is more than 150 km from the gold's
                    # (a sea or a region drawn at another point of it, the country's other reading).
                    place_misses[AT_A_GOLD_READING] += fold(event.place) in gold_readings(g)
                    misses.append(
                        f"{entry['file']}: place {event.place!r} is {distance:.0f} km from {g['place']!r} ({kind})"
                    )
            tallies["date"].predicted += 1
            if date_agrees(event, g):
                tallies["date"].hit_p += 1
                tallies["date"].hit_r += 1
            else:
                misses.append(
                    f"{entry['file']}: date {event.event_date} ({event.date_precision}) "
                    f"vs {g['date']} ({g['date_precision']})"
                )
            shared = set(event.actors) & set(g["actors"])
            tallies["actor"].predicted += len(event.actors)
            tallies["actor"].hit_p += len(shared)
            tallies["actor"].hit_r += len(shared)
            if set(event.actors) != set(g["actors"]):
                misses.append(f"{entry['file']}: actors {sorted(event.actors)} vs {sorted(g['actors'])}")
        tallies["event"].hit_p += len(matched_ids)
        misses += [f"{entry['file']}: unannotated event {e.summary!r}" for e in events if e.event_id not in matched_ids]
        # Event level: one extracted event per happening, matched on place, actor and date.
        happenings.expected += len(entry["events"])
        happenings.predicted += len(events)
        happenings.hit_r += sum(any(event_matches(e, g) for e in events) for g in entry["events"])
        happenings.hit_p += sum(any(event_matches(e, g) for g in entry["events"]) for e in events)
        article_fallbacks = sum(is_fallback(e) for e in events)
        fallbacks += article_fallbacks
        worst = max(worst, article_fallbacks)
        if article_fallbacks > 1:
            misses.append(f"{entry['file']}: fallbacks: {article_fallbacks} country/Arctic events")
    happenings.hit_p = min(happenings.hit_p, happenings.predicted)
    return Measured(tallies, happenings, fallbacks, len(gold["articles"]), worst, misses, place_misses)


def _miss_kind(miss: str) -> str:
    return miss.split(": ", 1)[1].split(" ", 1)[0]


def report(articles: ArticleSet, result: Measured) -> str:
    """The printed figures for one set; its misses listed, or only counted by kind for a set
    held out from rule writing (``list_misses=False``), so that nobody fits rules to its wording."""
    lines = [
        f"extraction quality, {articles.label} ({result.articles} articles; gazetteer: {gazetteer_source()})",
    ]
    for name, tally in result.tallies.items():
        lines.append(
            f"  {name:6s} precision {tally.precision:.2f} ({tally.hit_p}/{tally.predicted})"
            f"  recall {tally.recall:.2f} ({tally.hit_r}/{tally.expected})"
        )
    h = result.happenings
    lines.append(
        f"  event-level (place 250 km or name + shared actor + date): recall {h.recall:.2f} ({h.hit_r}/{h.expected})"
        f"  precision {h.precision:.2f} ({h.hit_p}/{h.predicted})"
    )
    lines.append(
        f"  country/Arctic fallback events: {result.fallbacks} in {result.articles} articles "
        f"({result.fallbacks / result.articles:.2f} per article, at most {result.worst_fallbacks} in one)"
    )
    lines.append(
        "  place misses: "
        + ", ".join(f"{result.place_misses[kind]} {kind}" for kind in PLACE_MISS_KINDS)
        + f"; of all of them, {result.place_misses[AT_A_GOLD_READING]} {AT_A_GOLD_READING} at a point over 150 km away"
    )
    if articles.list_misses:
        lines.append("  misses:\n    " + "\n    ".join(result.misses))
    else:
        kinds = Counter(_miss_kind(m) for m in result.misses)
        lines.append("  misses by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    return "\n".join(lines)
