"""Whether the right place is among those a chooser could pick from: the headroom for choosing places better.

For every gold event with a place on the development sets (never a held-out set: nothing of theirs is read here),
scored against its aligned extracted event as the quality test scores it, this asks whether a place within 150 km of
the gold one is among the event's candidates:

- **the sentence**: a gazetteer place of the sentence that holds the gold phrase;
- **the story's place**: the article's main place (:func:`dashboard.events.extraction.story.main_place`);
- **named earlier**: a specific place of the six sentences before it;
- **an actor's seat**: the seat of government of one of the extracted event's actors.

A miss is counted under the first of these that holds a right place, or under "nowhere among them".

    python -m tests.place_candidates    # the counts, development sets only
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from dashboard.events import extract_events
from dashboard.events.extraction.actor_names import ACTORS
from dashboard.events.extraction.places import default_gazetteer
from dashboard.events.extraction.story import main_place
from dashboard.events.extraction.text import clean_text, split_sentences
from tests.extraction_scoring import ArticleSet, _article, _phrases, aligned_event, events_holding, load_gold
from tests.extraction_sets import SETS
from tests.helpers import geodesic_km

SOURCES = ("the sentence", "the story's place", "named earlier", "an actor's seat")
NOWHERE = "nowhere among them"
_EARLIER_SENTENCES = 6
_NEAR_KM = 150


def _candidates(stexts: list[str], index: int, main, actors: Iterable[str]) -> dict[str, list[tuple[float, float]]]:
    """The (lat, lon) candidates of the event told in ``stexts[index]``, by source (degrees, EPSG:4326)."""
    gazetteer = default_gazetteer()
    earlier = stexts[max(0, index - _EARLIER_SENTENCES) : index]
    return {
        SOURCES[0]: [(p.lat, p.lon) for p in gazetteer.find(stexts[index])],
        SOURCES[1]: [(main.lat, main.lon)] if main is not None else [],
        SOURCES[2]: [
            (p.lat, p.lon)
            for text in earlier
            for p in gazetteer.find(text)
            if p.geo_precision not in ("country", "arctic")
        ],
        SOURCES[3]: [(ACTORS[code].home[1], ACTORS[code].home[2]) for code in actors if code in ACTORS],
    }


def tally(sets: Iterable[ArticleSet] = SETS) -> Counter:
    """Scored events, those the rules place right, those with a right candidate, and each miss by where its right
    candidate is, over the development sets among ``sets``."""
    counts: Counter = Counter()
    gazetteer = default_gazetteer()
    for articles in sets:
        if not articles.list_misses:
            continue  # a held-out set: nothing of it is read
        for entry in load_gold(articles)["articles"]:
            text, published = _article(articles.directory / entry["file"])
            events = extract_events(text, published)
            sentences = split_sentences(clean_text(text))
            stexts = [s.text for s in sentences]
            main = main_place(sentences, gazetteer, published, "")
            taken: set[str] = set()
            for g in entry["events"]:
                phrases = _phrases(g)
                holding = events_holding(events, g)
                if not holding or g["place"] is None:
                    continue
                event = aligned_event(holding, g, taken)
                taken.add(event.event_id)
                index = next((i for i, s in enumerate(stexts) if any(p in s for p in phrases)), None)
                if index is None:
                    continue
                counts["scored"] += 1
                right = geodesic_km(event.lon, event.lat, g["lon"], g["lat"]) <= _NEAR_KM
                candidates = _candidates(stexts, index, main, event.actors)
                holds = [
                    source
                    for source in SOURCES
                    if any(geodesic_km(lon, lat, g["lon"], g["lat"]) <= _NEAR_KM for lat, lon in candidates[source])
                ]
                counts["placed right"] += right
                counts["a right candidate"] += right or bool(holds)
                if not right:
                    counts[holds[0] if holds else NOWHERE] += 1
    return counts


def main() -> None:
    counts = tally()
    scored = counts["scored"]
    print(f"development-set events with a gold place: {scored}")
    print(
        f"  placed within {_NEAR_KM} km by the rules: {counts['placed right']} ({counts['placed right'] / scored:.3f})"
    )
    print(
        f"  with a right place among the candidates: {counts['a right candidate']}"
        f" ({counts['a right candidate'] / scored:.3f})"
    )
    print(f"  misses by where the first right candidate is: {scored - counts['placed right']}")
    for source in (*SOURCES, NOWHERE):
        print(f"    {source}: {counts[source]}")


if __name__ == "__main__":
    main()
