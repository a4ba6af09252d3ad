"""Rules of rules-2.55, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a site stays the place when the sea after it carries an adjective ("in the Arctic Barents Sea"); a
national high court named with its nationality decides at the seat; "on the settlement of X" places at X; a prize won
("won the design competition") is no state's politics, so it stays where the story is; and an ocean is the story's
place only when no other place is named twice."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from tests.helpers import places_of

_PUBLISHED = date(2024, 10, 4)


def test_a_field_in_the_arctic_sea_is_the_field():
    text = "Equinor began pumping oil from its Johan Castberg field in the Arctic Barents Sea on Monday."
    assert places_of(text, _PUBLISHED) == ["Johan Castberg field"]


def test_a_national_high_court_named_with_its_nationality_decides_at_the_seat():
    text = "The Norwegian Supreme Court on Monday stripped two wind farms on the Fosen peninsula of their licences."
    assert places_of(text, _PUBLISHED) == ["Oslo"]


def test_a_settlement_after_on_is_where_it_happened():
    text = (
        "On Sunday, rescuers on the Svalbard archipelago were called out after an avalanche fell on the settlement of "
        "Barentsburg."
    )
    assert places_of(text, _PUBLISHED) == ["Barentsburg"]


_CENTRE = (
    "Greenland's government opened a visitor centre at the Ilulissat Icefjord on Saturday.\n\n"
    "The centre at the Ilulissat Icefjord was paid for by Greenland and a Danish foundation.\n\n"
    "Dorte Mandrup won the international design competition in 2016.\n\n"
    "Greenland's parliament voted for the money in 2017."
)


def test_a_prize_won_stays_where_the_story_is_and_a_vote_goes_to_the_seat():
    events = {e.event_date.year: e.place for e in extract_events(_CENTRE, _PUBLISHED)}
    assert events[2016] == "Ilulissat Icefjord"
    assert events[2017] == "Nuuk"


def test_an_ocean_gives_way_to_a_place_named_twice():
    text = (
        "Denmark will base two long-range drones at Kangerlussuaq to guard the North Atlantic, the defence ministry "
        "said on Monday.\n\nRussian submarines have been seen more often in the North Atlantic.\n\n"
        "Allied supply lines cross the North Atlantic.\n\nThe hangars at Kangerlussuaq are to be ready next year.\n\n"
        "Construction of the hangars began on Tuesday."
    )
    construction = [e for e in extract_events(text, _PUBLISHED) if e.evidence.startswith("Construction")]
    assert [e.place for e in construction] == ["Kangerlussuaq"]


def test_an_ocean_named_alone_is_still_where_the_story_is():
    text = (
        "Danish warships tracked two Russian submarines in the North Atlantic on Monday, the Danish navy said.\n\n"
        "The submarines sailed through the North Atlantic towards the Faroe Islands.\n\n"
        "A Danish frigate shadowed them until Wednesday."
    )
    assert places_of(text, _PUBLISHED)[-1] == "North Atlantic"
