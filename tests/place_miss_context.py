"""Where the place of a missed event comes from: the sentence, the story, or the reader's own knowledge.

For every gold event of the development sets (never a held-out set: their misses are not printed) that no
extracted event matches at event level only because of its place (the date and a shared actor agree), this
asks where the gold place is told:

- **in the sentence**: the sentence names it, and the rules chose another of its places;
- **the story's place**: the sentence names no gold place, which is the story's main place
  (:func:`dashboard.events.extraction.story.main_place`, within 250 km);
- **named earlier**: the article names it before this sentence, but it is not the story's main place;
- **named nowhere before**: the reader supplied it ("The UN Human Rights Committee found ..." is at Geneva,
  "a draft appeared in the Federal Register" at Washington).

    python -m tests.place_miss_context            # the counts
    python -m tests.place_miss_context --list     # and each miss, kind first
"""

from __future__ import annotations

import sys
from collections import Counter

from dashboard.events import extract_events
from dashboard.events.extraction.places import default_gazetteer
from dashboard.events.extraction.story import main_place
from dashboard.events.extraction.text import clean_text, split_sentences
from tests.extraction_scoring import _article, aligned_event, date_agrees, event_matches, events_holding, load_gold
from tests.extraction_sets import SETS
from tests.helpers import geodesic_km

KINDS = ("in the sentence", "the story's place", "named earlier", "named nowhere before")


def _told(name: str) -> str:
    """A gold place's name as an article would write it: "Ambler Road (planned route)" is "Ambler Road"."""
    return name.split(" (")[0].lower()


def place_misses() -> list[tuple[str, str, str, str]]:
    """(kind, set/article, gold place, extracted place) for each development-set event missed by its place alone."""
    gazetteer = default_gazetteer()
    found_misses = []
    for articles in SETS:
        if not articles.list_misses:
            continue  # a held-out set: nobody looks at its misses
        for entry in load_gold(articles)["articles"]:
            text, published = _article(articles.directory / entry["file"])
            events = extract_events(text, published)
            story = main_place(split_sentences(clean_text(text)), gazetteer, published, "")
            taken: set[str] = set()
            for g in entry["events"]:
                holding = events_holding(events, g)
                matched = any(event_matches(e, g) for e in events)
                if not holding:
                    continue
                event = aligned_event(holding, g, taken)
                taken.add(event.event_id)
                shares = not g["actors"] or bool(set(event.actors) & set(g["actors"]))
                if matched or g["place"] is None or not shares or not date_agrees(event, g):
                    continue
                told = _told(g["place"])
                before = text[: max(0, text.find(event.evidence[:40]))].lower()
                if told in event.evidence.lower():
                    kind = KINDS[0]
                elif story is not None and geodesic_km(story.lon, story.lat, g["lon"], g["lat"]) <= 250:
                    kind = KINDS[1]
                elif told in before:
                    kind = KINDS[2]
                else:
                    kind = KINDS[3]
                found_misses.append((kind, f"{articles.directory.name}/{entry['file']}", g["place"], event.place))
    return found_misses


def main(argv: list[str]) -> None:
    misses = place_misses()
    counts = Counter(kind for kind, *_ in misses)
    print(f"development-set events missed by their place alone: {len(misses)}")
    for kind in KINDS:
        print(f"  {kind}: {counts[kind]}")
    if "--list" in argv:
        for kind, where, gold, got in sorted(misses):
            print(f"  [{kind}] {where}: gold {gold!r}, extracted {got!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
