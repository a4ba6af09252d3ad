"""Rules of places94 (session 44), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a town named after a bare compass direction ("in the gulf, east of the town") only says
where the area named before it lies; the happening is in the area, not at the town. A verb or a short stated distance
before the direction still puts it at the town ("40 miles south of Nome"). A person named with "of" and a place
("Senator Lisa Murkowski of Alaska") is from there; the place is not where the person acts."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 1)


def test_a_town_after_a_compass_direction_only_locates_the_gulf():
    text = "A cruise ship struck a rock in Coronation Gulf, east of Kugluktuk, on Tuesday."
    assert extract_events(text, _PUBLISHED)[0].place == "Coronation Gulf"


def test_a_town_after_a_hyphenated_direction_only_locates_the_strait():
    text = "A fishing vessel ran aground in Hinlopen Strait, north-east of Longyearbyen, on Monday."
    assert extract_events(text, _PUBLISHED)[0].place == "Hinlopen Strait"


def test_a_senator_of_a_state_does_not_act_in_that_state():
    text = "Senator Lisa Murkowski of Alaska introduced the bill on Tuesday."
    assert extract_events(text, _PUBLISHED)[0].place != "Alaska"


def test_an_envoy_named_with_her_home_territory_was_named_at_the_dateline():
    text = "OTTAWA - Canada named Anna Kuptana of Nunavut as its first Arctic ambassador on Monday."
    assert extract_events(text, _PUBLISHED)[0].place == "Ottawa"
