"""How far two annotators agree on the same events: the bound on what any extractor can score.

A second annotator, who never saw a set's annotations, annotated the same happenings (given only the
articles, the annotation conventions and each gold event's evidence phrases) in
``tests/data/articles/<set>/second_annotation.json``. This compares the two by the measures of
``tests/test_events_quality.py``, treating the second annotation as if it were extracted:

- **place**: within 150 km of the gold place (the place measure);
- **date**: the gold date at the gold precision, and at least as precise;
- **actors**: the same set of codes; **shares an actor** as the event-level match asks;
- **event level**: place within 250 km or by name, a shared actor and the date (the issue's match).

For comparison it prints the extractor's figures on the same events (the gold events it finds).

    python -m tests.annotation_agreement
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tests.extraction_scoring import ArticleSet, date_agrees, event_matches, measure
from tests.helpers import geodesic_km

ARTICLES = Path(__file__).parent / "data" / "articles"
SECOND = "second_annotation.json"


@dataclass(frozen=True)
class AnnotatedEvent:
    """A second annotator's event, shaped like an extracted one for the scoring functions
    (coordinates in degrees, EPSG:4326)."""

    place: str
    lat: float
    lon: float
    places: tuple[tuple[str, float, float], ...]
    event_date: date
    date_precision: str
    actors: tuple[str, ...]
    evidence: str


def as_event(e: dict) -> AnnotatedEvent:
    alternatives = tuple((n, e["lat"], e["lon"]) for n in e.get("places") or () if n and n != e["place"])
    return AnnotatedEvent(
        e["place"] or "",
        e["lat"] if e["lat"] is not None else 0.0,
        e["lon"] if e["lon"] is not None else 0.0,
        alternatives,
        date.fromisoformat(e["date"]),
        e["date_precision"],
        tuple(e["actors"]),
        e["evidence_contains"],
    )


@dataclass
class Agreement:
    """Counts of agreement between a second annotation and the gold, over the same events."""

    events: int = 0
    placed: int = 0  # events both annotators gave a place
    place: int = 0
    date: int = 0
    same_actors: int = 0
    event_level: int = 0

    def lines(self, label: str) -> list[str]:
        def share(n: int, d: int) -> str:
            return f"{n / d:.2f} ({n}/{d})" if d else "-"

        return [
            f"{label}: {self.events} events",
            f"  place within 150 km      {share(self.place, self.placed)}",
            f"  date                     {share(self.date, self.events)}",
            f"  the same actors          {share(self.same_actors, self.events)}",
            f"  event level              {share(self.event_level, self.events)}",
        ]


def pairs(set_dir: Path) -> list[tuple[dict, dict]]:
    """(gold event, second annotator's event) for every event of the set, matched by evidence phrase.

    Raises ValueError when the two files do not list the same events in the same articles."""
    gold = json.loads((set_dir / "annotations.json").read_text(encoding="utf-8"))
    second = json.loads((set_dir / SECOND).read_text(encoding="utf-8"))
    by_file = {a["file"]: a["events"] for a in second["articles"]}
    out = []
    for article in gold["articles"]:
        theirs = by_file.get(article["file"])
        if theirs is None or [e["evidence_contains"] for e in theirs] != [
            e["evidence_contains"] for e in article["events"]
        ]:
            raise ValueError(f"{set_dir.name}/{SECOND}: the events of {article['file']} differ from the gold")
        out += list(zip(article["events"], theirs, strict=True))
    return out


def agreement(set_dir: Path) -> Agreement:
    tally = Agreement()
    for g, theirs in pairs(set_dir):
        event = as_event(theirs)
        tally.events += 1
        if g["place"] is not None and theirs["place"] is not None:
            tally.placed += 1
            tally.place += geodesic_km(event.lon, event.lat, g["lon"], g["lat"]) <= 150
        tally.date += date_agrees(event, g)
        tally.same_actors += set(event.actors) == set(g["actors"])
        # A second annotator who gave no place cannot match a gold place (its stand-in point is 0, 0).
        tally.event_level += (g["place"] is None or theirs["place"] is not None) and event_matches(event, g)
    return tally


def second_annotated_sets() -> list[Path]:
    return sorted(p.parent for p in ARTICLES.glob(f"*/{SECOND}"))


def extractor_lines(set_dir: Path) -> list[str]:
    """The extractor's figures on the same gold events, for comparison: place recall (its aligned event
    within 150 km, over every gold event with a place), date recall and event-level recall."""
    measured = measure(ArticleSet(set_dir.name, set_dir, {}, min_articles=0, list_misses=False))
    place, dates, happenings = measured.tallies["place"], measured.tallies["date"], measured.happenings
    return [
        f"the extractor against the gold, {set_dir.name}",
        f"  place within 150 km      {place.recall:.2f} ({place.hit_r}/{place.expected})",
        f"  date                     {dates.recall:.2f} ({dates.hit_r}/{dates.expected})",
        f"  event level              {happenings.recall:.2f} ({happenings.hit_r}/{happenings.expected})",
    ]


def main() -> None:
    total = Agreement()
    for set_dir in second_annotated_sets():
        tally = agreement(set_dir)
        print("\n".join(tally.lines(f"second annotator against the gold, {set_dir.name}")))
        print("\n".join(extractor_lines(set_dir)))
        for name in ("events", "placed", "place", "date", "same_actors", "event_level"):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
    print("\n".join(total.lines("all second-annotated sets")))


if __name__ == "__main__":
    main()
