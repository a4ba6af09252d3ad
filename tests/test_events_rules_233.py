"""Rules of rules-2.33, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a count of happenings before a list of their dates dates each; a date its own joined part runs until
lies ahead; the House of Commons decides at the seat; help brought in from a place does not work there; a railway's
name holds no sea; a people named by its land is no place; a destination still ahead comes after where the ship is;
a town written with its state still stands next to its date."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_saying, places_saying


def _days(phrase: str, text: str, published: date) -> set[date]:
    return {e.event_date for e in events_saying(phrase, text, published)}


def test_a_count_of_happenings_before_a_list_of_dates_dates_each():
    text = "REYKJAVIK - The Fagradalsfjall area has erupted three times, in March 2021, August 2022 and July 2023."
    assert _days("erupted three times", text, date(2023, 11, 20)) == {
        date(2021, 3, 1),
        date(2022, 8, 1),
        date(2023, 7, 1),
    }


def test_a_date_its_own_part_runs_until_lies_ahead():
    text = (
        "BODØ - This year's drills, which began March 14 and run until April 1, involve about 30,000 troops from 27 "
        "countries in Nordland."
    )
    assert date(2022, 4, 1) in _days("run until April 1", text, date(2022, 3, 20))
    assert date(2021, 4, 1) not in _days("run until April 1", text, date(2022, 3, 20))


def test_the_house_of_commons_decides_at_the_seat():
    text = (
        "WHITEHORSE - Yukon's legislature declared a climate emergency on Thursday.\n\n"
        "The House of Commons passed a motion in June declaring a national climate emergency."
    )
    assert places_saying("House of Commons", text, date(2019, 10, 11)) == {"Ottawa"}


def test_help_brought_in_from_a_city_does_not_work_there():
    text = (
        "NORILSK - Diesel fuel leaked from a tank at a power plant near Norilsk on May 29.\n\n"
        "Specialists brought in from Moscow placed booms across the river on Friday."
    )
    assert places_saying("placed booms", text, date(2020, 6, 6)) == {"Norilsk"}


def test_a_railways_name_holds_no_sea():
    text = (
        "CHURCHILL, Manitoba - The first train in 18 months reached Churchill on Wednesday after Canadian crews of "
        "the Hudson Bay Railway repaired the line."
    )
    assert places_saying("first train", text, date(2018, 11, 2)) == {"Churchill, Manitoba"}


def test_a_people_named_by_its_land_is_no_place():
    text = "KUUJJUAQ - Makivvik said on Tuesday it would keep working with Ottawa on the priorities of Nunavik Inuit."
    assert "Nunavik" not in places_saying("priorities", text, date(2025, 4, 29))


def test_a_destination_still_ahead_comes_after_where_the_ship_is():
    text = "On Thursday the LNG carrier Boris Davydov entered the Ob Bay on its way to Sabetta."
    assert places_saying("entered the Ob Bay", text, date(2021, 11, 26)) == {"Gulf of Ob"}


def test_a_town_written_with_its_state_stands_next_to_its_date():
    text = "The Navy re-established the 2nd Fleet in Norfolk, Va., in 2018 to focus on the North Atlantic."
    assert places_saying("2nd Fleet", text, date(2020, 5, 6)) == {"Norfolk, Virginia"}
