"""Rules of rules-2.25, each through :func:`extract_events` on a short article written for it: a happening
dated by its distance from the sentence's date ("On March 3, a week after Russia invaded Ukraine") is an
event of its own, at the land invaded; "there" is the place named last; a legislature's vote filed from
the town it sits in is there; "the evening before" is the day before the date named last. And the quality
test's count of country fallbacks reads an invaded land as named."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from dashboard.events.extraction.named_again import PlacesNamedBefore
from dashboard.events.extraction.places import default_gazetteer
from tests.extraction_scoring import is_fallback
from tests.helpers import events_saying, places_saying

_COUNCIL_PAUSE = (
    "TROMSØ, Norway - The Arctic Council resumed its working groups on Thursday.\n\n"
    "On March 3, a week after Russia invaded Ukraine, the seven other members of the council said they would "
    "pause their participation in its meetings."
)


def test_a_happening_dated_a_week_before_the_sentences_date_is_an_event_of_its_own_at_the_invaded_land():
    events = events_saying("a week after Russia invaded Ukraine", _COUNCIL_PAUSE, date(2022, 8, 29))
    assert {(e.event_date, e.place) for e in events} >= {(date(2022, 2, 24), "Ukraine")}
    assert date(2022, 3, 3) in {e.event_date for e in events}  # the pause keeps its own date


def test_the_day_before_a_dated_happening_is_the_day_after_it():
    text = (
        "WASHINGTON - The Biden administration cancelled the last oil leases in the Arctic refuge on Wednesday.\n\n"
        "The leases were issued on Jan. 19, 2021, the day before Joe Biden took office."
    )
    dates = {e.event_date for e in events_saying("the day before Joe Biden", text, date(2023, 9, 7))}
    assert dates == {date(2021, 1, 19), date(2021, 1, 20)}


def test_a_distance_from_an_undated_happening_dates_nothing():
    text = (
        "NORILSK, Russia - A court ordered Norilsk Nickel to pay a record fine on Friday.\n\n"
        "President Vladimir Putin declared a federal state of emergency on June 3 after it emerged that the "
        "authorities had learned of the spill from social media two days after it happened."
    )
    dates = {e.event_date for e in events_saying("declared a federal state", text, date(2021, 2, 5))}
    assert dates == {date(2020, 6, 3)}


def test_an_invaded_land_is_no_country_fallback_in_the_quality_test():
    (event,) = [
        e
        for e in events_saying("a week after Russia invaded Ukraine", _COUNCIL_PAUSE, date(2022, 8, 29))
        if e.place == "Ukraine"
    ]
    assert event.geo_precision == "country" and not is_fallback(event)


def test_there_is_the_place_named_last_not_the_speakers_seat():
    text = (
        "MOSCOW - Russian warships fired missiles in the Barents Sea on Friday, Russia's Defence Ministry said.\n\n"
        "On Monday, Russia's Defence Ministry said Tu-22M3 bombers had completed a four-hour patrol over neutral "
        "waters there."
    )
    assert places_saying("neutral waters there", text, date(2025, 9, 16)) == {"Barents Sea"}


def test_there_in_a_relative_clause_a_wish_or_a_possibility_names_no_place():
    earlier = PlacesNamedBefore()
    earlier.remember(default_gazetteer().find("Canada and Denmark settled their dispute over Hans Island."))
    assert earlier.named_again("The bombers completed a patrol there.").name == "Hans Island"
    for text in (
        "The framework was written with the people who live there.",
        "The company hoped to mine asbestos there.",
        "The Americans may invest in infrastructure there.",
        "There were no joint research cruises this year.",
    ):
        assert earlier.named_again(text) is None, text


def test_a_legislatures_vote_filed_from_its_town_is_there_not_across_the_territory():
    text = (
        "IQALUIT - The members of Nunavut's legislative assembly chose John Main as the territory's next premier "
        "on Tuesday."
    )
    assert places_saying("legislative assembly chose", text, date(2025, 11, 20)) == {"Iqaluit"}


def test_a_dateline_still_gives_way_to_the_place_a_sentence_names():
    text = "IQALUIT - The territory's legislators voted on Tuesday to fund a new port at Qikiqtarjuaq."
    assert places_saying("legislators voted", text, date(2025, 11, 20)) == {"Qikiqtarjuaq"}


def test_the_evening_before_is_the_day_before_the_date_named_last():
    text = (
        "KANGERLUSSUAQ, Greenland - Secretary of State Antony Blinken visited Kangerlussuaq on Thursday, May 20.\n\n"
        "The evening before, Blinken met Russian Foreign Minister Sergei Lavrov for talks in Reykjavik."
    )
    events = extract_events(text, date(2021, 5, 21))
    assert {e.event_date for e in events if "The evening before" in e.evidence} == {date(2021, 5, 19)}


def test_a_town_that_names_a_document_is_not_where_the_story_happens():
    text = (
        "NUUK -- Greenland will become a party to the Paris climate agreement after its parliament, Inatsisartut, "
        "voted on Tuesday to lift the territorial reservation.\n\n"
        "In March 2016 the government of the day asked Denmark to exclude Greenland from the agreement."
    )
    events = extract_events(text, date(2023, 11, 15), title="Greenland votes to join the Paris climate agreement")
    assert "Paris" not in {e.place for e in events}


def test_a_document_being_signed_or_a_region_it_concerns_keeps_its_place():
    signed = "The five coastal states signed the Ilulissat Declaration at Ilulissat on 28 May 2008."
    assert places_saying("signed", signed, date(2018, 5, 28)) == {"Ilulissat"}
    concerns = "Russia accused Norway on Tuesday of breaking the Svalbard Treaty."
    assert places_saying("accused", concerns, date(2020, 2, 12)) == {"Svalbard"}
