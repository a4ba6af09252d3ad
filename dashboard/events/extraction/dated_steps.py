"""A dated step of the story told after its one country-level event is taken: at the scene of the latest event.

"The Riksdag voted Löfven out on 25 September ... Moderate leader Ulf Kristersson was rejected on 14 November, and
Löfven himself was voted down on 14 December.": the later votes name no place, so their place would be Sweden alone,
and with the article's one country-level event taken they were folded into the latest event as more of it, losing
their own dates. A sentence that names a date of its own, other than the latest event's, tells a further step of the
same parties' story; it happened where the story is (the Riksdag in Stockholm), so it becomes an event there.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event


def step_at_scene(events: list[Event], latest: int, event: Event, explicit: bool) -> Event | None:
    """The event moved to the latest event's scene when it is a further dated step of its parties' story, else None.

    Only a scene finer than a country (a city, a point, a sea) is taken, and only when the latest event shares a
    party with the sentence and has another date.
    """
    if not explicit or not events:
        return None
    scene = events[latest]
    if scene.geo_precision in ("country", "arctic") or not set(scene.actors) & set(event.actors):
        return None
    if (scene.event_date, scene.date_precision) == (event.event_date, event.date_precision):
        return None
    return replace(at_scene_of(event, scene), places=())


def at_scene_of(event: Event, scene: Event) -> Event:
    """The event put at the scene's place: a step, or a further dated clause of its sentence ("Moderate leader Ulf
    Kristersson was rejected on 14 November, and Löfven himself was voted down on 14 December")."""
    return replace(event, place=scene.place, lat=scene.lat, lon=scene.lon, geo_precision=scene.geo_precision)
