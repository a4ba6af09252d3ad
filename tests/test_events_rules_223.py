"""Rules of rules-2.23, each through :func:`extract_events` on a short article written for it: years and
months a sentence names without their year ("in December of that year", "the second half of July", "the
end of last year"), a deadline that cuts no clause, a plan named as a thing, a territory named again, a
clause placed by its own words, a war told as background, and a statement about areas abroad."""

from __future__ import annotations

from datetime import date

from dashboard.events.extraction.dates import find_dates, resolve_date
from tests.helpers import events_saying, places_saying


def _dated(sentence: str, published: date) -> list[tuple[date, str]]:
    return [(d.date, d.precision) for d in find_dates(sentence, published)]


def test_a_month_of_that_year_is_in_the_year_the_sentence_named_not_a_deadline():
    sentence = (
        "In May 2018 Putin signed a decree setting a target of 80 million tonnes by 2024, and a law adopted in "
        "December of that year made Rosatom the route's operator."
    )
    assert (date(2018, 12, 1), "month") in _dated(sentence, date(2022, 8, 5))
    # ... and the deadline does not stop the sentence from telling two happenings.
    text = f"MOSCOW - {sentence}"
    dated = {(e.event_date, e.date_precision) for e in events_saying("a law adopted", text, date(2022, 8, 5))}
    assert {(date(2018, 5, 1), "month"), (date(2018, 12, 1), "month")} <= dated


def test_a_journey_told_day_by_day_keeps_the_year_it_started_in():
    sentence = "The ship left St Petersburg on July 7, 2023, reached Shanghai on Aug. 4 and was back on Oct. 9."
    assert _dated(sentence, date(2024, 9, 20)) == [
        (date(2023, 7, 7), "day"),
        (date(2023, 8, 4), "day"),
        (date(2023, 10, 9), "day"),
    ]


def test_months_named_by_a_part_or_after_since_are_months():
    assert _dated("Since December, 52 bears have been seen in the settlement.", date(2019, 2, 11)) == [
        (date(2018, 12, 1), "month")
    ]
    assert _dated("The ice sheet lost mass in the second half of July.", date(2022, 9, 20)) == [
        (date(2022, 7, 1), "month")
    ]
    assert _dated("SSC signed an agreement with the researchers at the end of last year.", date(2021, 3, 30)) == [
        (date(2020, 12, 1), "month")
    ]
    # "Since May 12" is still a day, and a year after the comma still the year.
    assert _dated("Since May 12, the port has been closed.", date(2019, 8, 1)) == [(date(2019, 5, 12), "day")]


def test_a_plan_named_as_a_thing_does_not_put_its_day_ahead():
    found = resolve_date(
        "Prime Minister Jonas Gahr Støre presented the new long-term defence plan on Friday.", date(2024, 4, 6)
    )
    assert (found.date, found.precision) == (date(2024, 4, 5), "day")
    # A plan as a verb still looks ahead.
    found = resolve_date("The two countries plan to meet in Oslo on Friday.", date(2024, 4, 6))
    assert found.date == date(2024, 4, 12)


def test_the_territory_and_its_election_are_the_region_the_article_named():
    text = (
        "IQALUIT, Nunavut - Nunavut's premier named a new cabinet on Tuesday.\n\n"
        "Candidates in the territorial election on October 27 ran as independents, and the members then "
        "chose the premier among themselves."
    )
    assert places_saying("territorial election", text, date(2025, 11, 20)) == {"Nunavut"}


def test_a_dated_clause_of_a_parliament_is_not_placed_by_its_sibling_clause():
    text = (
        "COPENHAGEN - Denmark's parliament approved the defence agreement with the United States on Wednesday.\n\n"
        "The Folketing held the first of three readings of the bill only in April, and by then relations had "
        "soured: at the end of March, the US vice president visited the American base at Pituffik."
    )
    places = places_saying("The Folketing held", text, date(2025, 6, 12))
    assert "Copenhagen" in places and "Pituffik Space Base" in places


def test_a_war_told_as_background_does_not_place_a_decision():
    text = (
        "KIRKENES, Norway - Russian trawlers still call at three Norwegian ports.\n\n"
        "Norway decided on April 29 to close its borders and ports to Russian trucks and ships, following "
        "the European Union's fifth sanctions package against Russia over the war in Ukraine."
    )
    places = places_saying("Norway decided on April 29", text, date(2022, 5, 3))
    assert "Ukraine" not in places and places == {"Oslo"}


def test_a_statement_about_an_area_abroad_is_made_at_the_seat():
    text = (
        "NUUK - Greenland's premier criticised a visit by a delegation of American businessmen on Monday.\n\n"
        "A State Department spokesperson said the US government does not control what private American "
        "citizens do in Greenland."
    )
    assert places_saying("State Department spokesperson", text, date(2025, 1, 8)) == {"Washington, D.C."}
    # A report of what happened there stays there.
    text = (
        "TROMSO, Norway - Norwegian fighter jets were scrambled twice last week.\n\n"
        "Norway's defence ministry said Russian bombers had flown over the Norwegian Sea on Tuesday."
    )
    assert places_saying("bombers had flown", text, date(2025, 1, 8)) == {"Norwegian Sea"}


def test_a_further_clause_is_not_placed_at_a_home_town():
    text = (
        "LONGYEARBYEN, Svalbard - A polar bear was shot near a cruise ship's landing site on Saturday.\n\n"
        "In August 2011 a British teenager died when a bear attacked a camp near Longyearbyen, and in 1995 a "
        "22-year-old woman from Oslo was killed by a bear."
    )
    events = events_saying("In August 2011", text, date(2018, 7, 30))
    assert {(e.event_date.year, e.place) for e in events} == {(2011, "Longyearbyen"), (1995, "Longyearbyen")}


def test_the_source_a_sentence_opens_with_does_not_place_it():
    text = (
        "NUUK - Greenland's ice sheet lost more ice than it gained for the 26th year in a row.\n\n"
        "According to the National Snow and Ice Data Center in Boulder, Colorado, surface melting on the "
        "Greenland ice sheet peaked on September 3."
    )
    places = places_saying("surface melting", text, date(2022, 9, 20))
    assert places and "Boulder, Colorado" not in places


def test_cities_far_from_the_arctic_that_arctic_news_names_are_places():
    text = "NORAD released video of the intercept at its headquarters in Colorado Springs on Monday."
    assert places_saying("NORAD released", text, date(2024, 9, 30)) == {"Colorado Springs"}
    text = "Canada's premiers met Prime Minister Mark Carney in Saskatoon, Sask., on Monday."
    assert places_saying("premiers met", text, date(2025, 6, 4)) == {"Saskatoon, Saskatchewan"}


def test_a_thing_a_state_introduced_stays_that_states_when_named_again_by_its_noun():
    text = (
        "KETCHIKAN, Alaska - The Chinese balloon that a fighter shot down off South Carolina began its trip "
        "over Alaska, officials said on Monday.\n\n"
        "The balloon entered American airspace north of the Aleutian Islands on Jan. 28."
    )
    [event] = events_saying("entered American airspace", text, date(2023, 2, 14))
    assert "CHN" in event.actors
