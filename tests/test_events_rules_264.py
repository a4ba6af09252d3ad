"""Rules of rules-2.64, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): places Arctic news names that the gazetteer lacked (geodata/SOURCES.md, "Places Arctic news names, round
of session 34") now place the happenings told at them, instead of the state or the story's seat."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from tests.helpers import places_of


def test_an_intercept_in_the_alaska_identification_zone_is_over_the_bering_sea_not_inland_alaska():
    text = (
        "ANCHORAGE - NORAD said on Thursday that it had tracked two Russian bombers flying in the Alaskan ADIZ on "
        "Wednesday."
    )
    event = extract_events(text, date(2024, 7, 26))[0]
    assert event.place == "Alaska Air Defense Identification Zone"
    assert 58 < event.lat < 64 and -172 < event.lon < -164  # over the sea west of the mainland


def test_a_meeting_at_the_presidents_residence_is_there_not_in_moscow():
    text = "MOSCOW - Putin met the governor of the Murmansk region at Novo-Ogaryovo on Thursday."
    assert places_of(text, date(2024, 7, 26)) == ["Novo-Ogaryovo"]


def test_a_plant_beside_the_geothermal_station_is_at_the_station():
    text = (
        "REYKJAVIK - A new carbon-capture plant began running on Wednesday next to the Hellisheidi Power Station east "
        "of the capital."
    )
    assert places_of(text, date(2021, 9, 9)) == ["Hellisheiði Power Station"]


def test_arctic_mines_and_a_command_headquarters_are_their_own_places():
    mine = "TORONTO - Agnico Eagle said on Wednesday that gold output at its Meadowbank mine had fallen."
    assert set(places_of(mine, date(2019, 5, 30))) == {"Meadowbank mine"}
    command = (
        "US Northern Command said on Thursday from Peterson Space Force Base that it had sent more aircraft north."
    )
    assert places_of(command, date(2024, 7, 26)) == ["Peterson Space Force Base"]


def test_alaska_itself_is_still_alaska():
    text = "ANCHORAGE - Wildfires burned across interior Alaska on Monday, the state's forestry division said."
    assert "Alaska Air Defense Identification Zone" not in places_of(text, date(2024, 7, 2))
