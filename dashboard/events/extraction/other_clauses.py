"""A sentence's further dated clauses as events of their own.

News packs a sequence into one sentence: "The submarine was laid down in 2009 and launched in
March 2017". :func:`.clauses.dated_clauses` cuts it; each clause other than the one the sentence's
event was dated by becomes an event with its own date, and its own place and parties where it
names them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..model import Event, event_id_of, is_storable_date, validate_event
from .clauses import dated_clauses
from .dates import find_dates
from .lexicon import choose_trigger
from .places import Gazetteer
from .summary import summarise

__all__ = ["other_happenings"]


def other_happenings(
    text: str, masked: str, when, event: Event, mentions, spans, published: date, gazetteer: Gazetteer
) -> list[Event]:
    """Events for the sentence's other dated clauses ("... laid down in 2009 and launched in
    March 2017"): each with its clause's date, its clause's place and parties when it names
    them (the sentence event's otherwise), and the whole sentence as evidence."""
    if not when.explicit or when.start < 0:
        return []
    found = []
    for start, end, dated in dated_clauses(text, find_dates(text, published)):
        if dated.start == when.start or (dated.date, dated.precision) == (event.event_date, event.date_precision):
            continue
        if not is_storable_date(dated.date):
            continue
        inside = [s for s in spans if start <= s[0] < end]
        places = gazetteer.rank(masked, [p for p in gazetteer.find(masked, exclude=spans) if start <= p.start < end])
        codes = list(dict.fromkeys(m.code for m in mentions if start <= m.start < end)) or list(event.actors)
        category = choose_trigger(text[start:end])[0] or event.category
        place = places[0] if places and places[0].geo_precision not in ("country", "arctic") else None
        other = replace(
            event,
            event_id=event_id_of(event.source, event.evidence, category, dated.date, tuple(codes)),
            event_date=dated.date,
            date_precision=dated.precision,
            category=category,
            actors=tuple(codes),
            summary=summarise(text[start:end], codes, [(a - start, b - start) for a, b in inside]),
            place=place.name if place else event.place,
            lat=round(place.lat, 5) if place else event.lat,
            lon=round(place.lon, 5) if place else event.lon,
            geo_precision=place.geo_precision if place else event.geo_precision,
            places=(),
            place_mention=text[place.start : place.end] if place else event.place_mention,
        )
        found.append(validate_event(other))
    return found
