"""Rules of rules-2.5, each through :func:`extract_events` on a short article written for it:
sentences without a trigger word, dates that set the scene, states inside place names,
offices and organisations named again, statements made abroad."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.extraction.datelines import is_dateline
from dashboard.events.extraction.demonyms import is_demonym
from dashboard.events.extraction.places import default_gazetteer
from tests.helpers import event_saying


def test_a_past_tense_verb_with_its_own_date_and_place_is_an_event_without_a_trigger_word():
    text = "Two Russian citizens landed in a small boat near Gambell on Tuesday, Alaska's senators said."
    event = event_saying("Gambell", text, date(2022, 10, 6))
    assert event is not None
    assert (event.place, event.event_date, event.date_precision) == ("Gambell", date(2022, 10, 4), "day")
    assert "RUS" in event.actors


def test_a_verb_with_no_date_place_or_speaker_of_its_own_stays_background():
    text = (
        "Russian warships sailed near the Aleutian Islands on Monday, the US Navy said.\n\n"
        "It did not say whether they would return."
    )
    assert event_saying("whether", text, date(2023, 8, 8)) is None


def test_a_sentence_without_trigger_still_sets_the_day_for_the_same_day():
    text = (
        "Donald Trump Jr. spent a few hours in Nuuk on Tuesday.\n\n"
        "At a news conference at Mar-a-Lago the same day, the president-elect refused to rule out military force."
    )
    event = event_saying("Mar-a-Lago", text, date(2025, 1, 8))
    assert (event.place, event.event_date) == ("Mar-a-Lago", date(2025, 1, 7))


def test_a_state_inside_a_place_name_is_where_not_who():
    text = "Chinese and Russian warships held joint drills in the Sea of Japan in July and later in the East China Sea."
    event = event_saying("drills", text, date(2023, 8, 8))
    assert set(event.actors) == {"CHN", "RUS"}
    assert event.place == "Sea of Japan"


def test_a_bare_month_takes_the_year_the_sentence_names():
    text = "The decision follows a similar step last year, when Norway expelled three Russian diplomats in April."
    event = event_saying("expelled", text, date(2023, 4, 13))
    assert (event.event_date, event.date_precision) == (date(2022, 4, 1), "month")


def test_next_years_budget_does_not_date_the_agreement():
    text = (
        "The Norwegian government has agreed to delay seabed mining in the Norwegian Sea to win support for "
        "next year's state budget."
    )
    event = event_saying("agreed", text, date(2024, 12, 2))
    assert event.event_date.year == 2024


def test_in_the_spring_is_this_years_spring_in_an_autumn_article():
    text = "In the spring, during Xi Jinping's state visit to Moscow, China and Russia signed a statement on Arctic shipping."
    event = event_saying("signed", text, date(2023, 9, 14))
    assert (event.event_date, event.date_precision) == (date(2023, 1, 1), "year")


def test_a_day_after_he_takes_office_lies_ahead_of_publication():
    text = "President-elect Donald Trump has promised to open the Arctic refuge to drilling after he takes office on Jan. 20."
    event = event_saying("takes office", text, date(2025, 1, 7))
    assert event.event_date == date(2025, 1, 20)


def test_a_statement_in_moscow_at_the_start_of_a_sentence_is_placed_there():
    text = (
        "Norway expelled 15 Russian diplomats from the embassy in Oslo on Thursday.\n\n"
        "In Moscow, foreign ministry spokeswoman Maria Zakharova said Russia would respond."
    )
    event = event_saying("Zakharova", text, date(2023, 4, 13))
    assert (event.place, event.actors) == ("Moscow", ("RUS",))


def test_officials_by_title_belong_to_the_state_of_the_storys_place():
    text = (
        "The federal government has rejected a plan to double production at the Mary River mine.\n\n"
        "Northern Affairs Minister Dan Vandal announced the decision on Wednesday at the Mary River mine."
    )
    event = event_saying("Vandal", text, date(2022, 11, 17))
    assert event is not None and event.actors == ("CAN",)


def test_the_ends_of_a_span_are_not_where_it_lies():
    text = "The Storting voted in January to open the Norwegian Sea, between Jan Mayen and Svalbard, to seabed mining."
    event = event_saying("Storting", text, date(2024, 12, 2))
    assert event.place == "Norwegian Sea"
    assert {"Jan Mayen", "Svalbard"} <= {p[0] for p in event.places}


@pytest.mark.parametrize(
    "lede",
    [
        "SHANGHAI, July 12 (Xinhua) -- The icebreaker Xue Long 2 left for the Arctic on Wednesday.",
        "ST. PETERSBURG, April 9. /TASS/. Russia opened a new Arctic shipping office on Tuesday.",
        "ANCHORAGE, Alaska (AP) — Two Russians landed near Gambell on Tuesday.",
    ],
)
def test_wire_datelines_with_a_date_or_a_slashed_agency_are_datelines(lede):
    first = default_gazetteer().find(lede)[0]
    assert first.start == 0
    assert is_dateline(lede, first)


def test_a_place_opening_an_ordinary_sentence_is_no_dateline():
    text = "Shanghai, China's largest port, shipped more Arctic cargo this year."
    assert not is_dateline(text, default_gazetteer().find(text)[0])


def test_a_voyages_destination_state_is_no_party_to_it():
    text = "Sovcomflot's tanker returned to Sabetta on Monday after a round trip to China along the Northern Sea Route."
    event = event_saying("returned", text, date(2021, 2, 22))
    assert event.actors == ("RUS",)


def test_a_sentence_dated_beyond_what_the_store_keeps_is_no_event_not_an_error():
    """A plan decades ahead, or history before 1800, once ended the whole article in a validation
    error (rules-2.11 on the fifth blind set); now such a sentence makes no event and the rest stand."""
    from dashboard.events import extract_events

    text = (
        "The Norwegian government plans to rebuild the naval base in Tromsø by 2045. "
        "Vitus Bering reached Alaska in 1741, and Russia sold it to the United States in 1867."
    )
    events = extract_events(text, date(2025, 3, 3))
    assert [(e.place, e.event_date) for e in events] == [("Alaska", date(1867, 1, 1))]


def test_an_actorless_happening_at_its_own_place_on_the_storys_day_is_an_event():
    """A storm story names town after town with no party: each is an event of the story's day."""
    from dashboard.events import extract_events

    text = (
        "A storm pushed the sea over Nome's seawall on Saturday, flooding Front Street.\n\n"
        "In Hooper Bay, on the Yukon-Kuskokwim Delta coast, the surge flooded much of the village."
    )
    events = extract_events(text, date(2022, 9, 19))
    assert ("Hooper Bay", date(2022, 9, 17)) in [(e.place, e.event_date) for e in events]


def test_a_meeting_told_in_the_present_with_a_plural_subject_lies_ahead():
    from dashboard.events.extraction.dates import resolve_date

    found = resolve_date("The issue will come up when NATO leaders meet in Washington in July.", date(2024, 6, 10))
    assert (found.date, found.precision) == (date(2024, 7, 1), "month")


def test_one_demonym_reader_serves_the_memory_and_the_seat_rule():
    assert all(map(is_demonym, ["Chinese", "Russians", "South Korean", "French", "Danish", "Icelandic"]))
    assert not any(map(is_demonym, ["China", "Canada", "Equinor", "Norway", "the Kremlin"]))
