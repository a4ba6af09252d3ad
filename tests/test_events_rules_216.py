"""Rules of rules-2.16, each through :func:`extract_events` on a short article written for it:
the tense a date is read in, a capital named as the state a policy aims at, the Faroes' own
seat, a field or refuge as the story's place within a region, and a capital dateline as the
story's place when nothing else names one."""

from __future__ import annotations

from datetime import date

from tests.helpers import event_saying


def test_next_of_a_person_is_no_future_for_the_weekday():
    """ "the territory's next premier on Wednesday", told on a Thursday, was the day before."""
    text = "Members of the legislative assembly in Iqaluit chose P.J. Akeeagok as the territory's next premier on Wednesday."
    assert event_saying("premier", text, date(2021, 11, 18)).event_date == date(2021, 11, 17)


def test_next_of_a_time_still_looks_ahead():
    text = "Norway's foreign minister will visit Murmansk next week and meet the governor on Tuesday."
    assert event_saying("Murmansk", text, date(2021, 9, 15)).event_date > date(2021, 9, 15)


def test_the_verb_before_a_date_tells_its_tense_over_a_plan_after_it():
    """Signed "on Thursday under which the Coast Guard is to acquire ...": the signing was last Thursday."""
    text = (
        "Donald Trump and Alexander Stubb signed a memorandum at the White House in Washington on Thursday "
        "under which the US Coast Guard is to acquire up to 11 icebreakers."
    )
    assert event_saying("memorandum", text, date(2025, 10, 10)).event_date == date(2025, 10, 9)


def test_an_election_called_for_a_day_lies_ahead():
    text = "Faroese parties in Tórshavn backed the deal before the general election, called for 8 December."
    assert event_saying("called for", text, date(2022, 11, 25)).event_date.year == 2022


def test_a_capital_a_policy_is_aimed_at_is_no_place():
    """ "a firm line towards Moscow" in a Finnish story does not make Moscow the story's place."""
    text = (
        "HELSINKI - Alexander Stubb won Finland's presidential election on Sunday.\n\n"
        "He succeeds Sauli Niinistö, who was first elected in 2012.\n\n"
        "The two finalists agreed on support for Ukraine and a firm line towards Moscow."
    )
    published = date(2024, 2, 12)
    assert event_saying("first elected", text, published).place != "Moscow"
    assert event_saying("presidential election", text, published).place != "Moscow"


def test_a_capital_dateline_places_a_story_that_names_no_other_place():
    text = (
        "HELSINKI - Alexander Stubb won Finland's presidential election on Sunday.\n\n"
        "Stubb was prime minister for a year from 2014."
    )
    assert event_saying("prime minister", text, date(2024, 2, 12)).place == "Helsinki"


def test_the_faroese_parliament_acts_at_torshavn():
    text = (
        "The Faroe Islands will renew their fisheries deal with Russia, despite pressure from Copenhagen.\n\n"
        "In May the Løgting passed a law allowing sanctions on Russia."
    )
    event = event_saying("Løgting", text, date(2022, 11, 25))
    assert (event.place, event.actors[0]) == ("Tórshavn", "FRO")


def test_an_oil_field_named_often_is_the_storys_place_within_its_region():
    """A story about Alaska that keeps naming Prudhoe Bay is at Prudhoe Bay, not Alaska's middle."""
    text = (
        "BP agreed on Tuesday to sell its business in Alaska, including its stake in Prudhoe Bay, to Hilcorp.\n\n"
        "BP first explored in Alaska in 1959, and oil from Prudhoe Bay first flowed through the pipeline in 1977.\n\n"
        "Hilcorp already runs several smaller fields in Alaska.\n\n"
        "The companies said they expect the deal to be completed next year."
    )
    assert event_saying("completed", text, date(2019, 8, 28)).place == "Prudhoe Bay"


def test_a_comment_reported_days_after_the_happening_is_dated_by_the_report():
    text = (
        "Russian warships ordered American fishing boats out of the Bering Sea on Wednesday.\n\n"
        "Senator Dan Sullivan of Alaska said in Washington that the episode was unacceptable."
    )
    assert event_saying("Sullivan", text, date(2020, 8, 28)).event_date == date(2020, 8, 28)
