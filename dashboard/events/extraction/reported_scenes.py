"""The scene of a happening reported at another place, as an event of its own.

"In Beijing, the ministry said its bombers flew over the Chukchi Sea" tells two things: a statement at Beijing
and a flight over the Chukchi Sea. The sentence's event is placed where it was said; :func:`reported_scene`
adds the reported happening at its own scene, with the same parties and date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geodata.measure import WGS84

from ..model import Event, event_id_of, validate_event
from .places import Gazetteer, PlaceMatch, further_places
from .summary import summarise

__all__ = ["reported_scene"]

# A verb that reports what happened elsewhere: "said", "announced", "confirmed".
_SAYING = r"(?:said|says|told\s+\w+(?:\s+\w+)?|announced|confirmed|reported|stated)"
_SAYING_WORD = re.compile(r"\b(?:said|says|told|announced|confirmed|reported|stated)\b")
# Where the statement was made, named before its verb: "In Beijing, the ministry said", "Officials in Washington
# said", "The embassy in Oslo told reporters" (the place's end is where the match starts).
_AT_PLACE_THEN_SAYING = re.compile(r"(?:,\s*(?:[\w'’.-]+\s+){1,8}?|\s+)" + _SAYING + r"\b(?:\s+(?:on|last)\s+\w+)?")
# ... or right after it: "the ministry said in Moscow that", "said at a briefing in Ottawa on Tuesday that".
_SAYING_AT_PLACE = re.compile(_SAYING + r"\s+(?:at\s+(?:a|an|the)\s+[\w\s]{1,30}?\s+)?in\s+$")
_THAT_AFTER_PLACE = re.compile(r"(?:\s+(?:on|last)\s+\w+)?\s+that\b")
# A scene is named by where the happening was: "flew over the Chukchi Sea", "exercised in the Barents Sea", "off
# Alaska", "after it entered the Barents Sea"; not as a name's modifier ("asked the Tromsø police") nor as a whole
# ("spoke for the mayor of the Sisimiut district").
_LOCATIVE = re.compile(
    r"\b(?:in|at|over|off|near|into|across|through|along|to|from|for|on|around|towards?|beyond|via|entered|reached|"
    r"crossed|visited|left)\s+(?:the\s+)?$"
)
# What was said tells a happening when it has a verb of the past or of a plan before the scene: "its bombers had flown",
# "would reopen its consulate in Nuuk"; not a view ("the ban goes against fishing cooperation in the Barents
# Sea").
_HAPPENED = re.compile(
    r"\b(?:[a-z]{2,}ed|had|has|have|was|were|would|will|flew|went|began|took|made|sent|held|met|ran)\b"
)
_MIN_KM = 150.0  # closer than this, the scene is the place of the statement


def _km(a: PlaceMatch, b: PlaceMatch) -> float:
    """Geodesic distance between two places (EPSG:4326 degrees), in kilometres on the WGS84 ellipsoid."""
    return WGS84.inv(a.lon, a.lat, b.lon, b.lat)[2] / 1000.0


def _reported_clause(text: str, stated: PlaceMatch) -> int:
    """Where the clause reported from ``stated`` begins in ``text`` ("In Beijing, the ministry said| its bombers
    flew ..."), or -1 when ``stated`` is not named as where it was said."""
    opener = stated.start == 3 and text.startswith("In ") and text.startswith(",", stated.end)
    if opener or re.search(r"\b(?:in|at)\s+$", text[max(0, stated.start - 4) : stated.start]):
        m = _AT_PLACE_THEN_SAYING.match(text, stated.end)
        if m is not None:
            return m.end()
    if _SAYING_AT_PLACE.search(text, max(0, stated.start - 60), stated.start):
        m = _THAT_AFTER_PLACE.match(text, stated.end)
        if m is not None:
            return m.end()
    return -1


def reported_scene(text: str, masked: str, event: Event, spans, gazetteer: Gazetteer) -> list[Event]:
    """The happening ``text`` reports from the place of its statement, at its own scene, when the sentence's
    ``event`` is placed where it was said: "Officials in Washington said the jets intercepted the aircraft off
    Alaska" happened off Alaska. Empty when the reported clause names no place of its own far from it."""
    if not event.place_mention or not _SAYING_WORD.search(masked):
        return []  # placed by no name of the sentence, or nothing reported: no place lookup (speed)
    named = gazetteer.find(masked, exclude=list(spans))
    stated = next((p for p in named if p.name == event.place), None)
    if stated is None:
        return []
    start = _reported_clause(masked, stated)
    if start < 0:
        return []
    # A country or "the Arctic" named in what was said is a party or a setting, not a scene.
    scenes = [
        p
        for p in gazetteer.rank(masked, [p for p in named if p.start >= start])
        if p.geo_precision not in ("country", "arctic")
        and _km(p, stated) > _MIN_KM
        and _LOCATIVE.search(masked, max(0, p.start - 12), p.start)
        and _HAPPENED.search(masked, start, p.start)
    ]
    if not scenes:
        return []
    scene = scenes[0]
    scene_event = replace(
        event,
        # The statement's own id key with the scene's name: the same sentence, date and parties, another happening.
        event_id=event_id_of(
            event.source, f"{event.evidence}\x1f{scene.name}", event.category, event.event_date, event.actors
        ),
        summary=summarise(text[start:], list(event.actors), []),
        place=scene.name,
        lat=round(scene.lat, 5),
        lon=round(scene.lon, 5),
        geo_precision=scene.geo_precision,
        places=further_places(scenes),
        place_mention=text[scene.start : scene.end],
    )
    return [validate_event(scene_event)]
