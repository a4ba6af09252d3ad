"""Rules of rules-2.86 (carried86), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a state named as the bare subject of a sentence that names no place, staging a happening
of its own ("Russia on Tuesday began a naval exercise", "Norway hosted the previous exercise"), is at the state's own
area (country-level), not at the dateline's capital nor at the story's place."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 9, 12)


def test_a_state_beginning_its_own_exercise_is_at_the_state_not_the_datelines_capital():
    text = "MOSCOW -- Russia on Tuesday began a large naval exercise that will last a week, the Kremlin's press office said."
    first = extract_events(text, _PUBLISHED)[0]
    assert (first.place, first.geo_precision) == ("Russia", "country")


def test_a_state_hosting_an_earlier_exercise_is_at_the_state_not_the_storys_town():
    text = (
        "BODO - About 9,000 troops began a winter exercise around Bodø on Monday, the armed forces said.\n\n"
        "Norway hosted the previous exercise in the series in March 2022 with about 30,000 troops."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert (last.place, last.geo_precision) == ("Norway", "country")


def test_a_state_with_an_aside_that_staged_a_drill_is_at_the_state():
    text = (
        "HELSINKI - Finnish and Swedish jets flew together over Lapland on Wednesday.\n\n"
        "Finland, which shares a long border with Russia, staged its largest reservist drill in 2023."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert (last.place, last.geo_precision) == ("Finland", "country")


def test_a_state_leaving_a_body_is_at_the_state_not_its_capital():
    text = (
        "TOKYO - Japanese whalers landed the season's first catch at a port on Monday.\n\n"
        "Japan, which calls whaling part of its food culture, left the International Whaling Commission in 2019."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert (last.place, last.geo_precision) == ("Japan", "country")
