"""Rules of rules-2.18, each through :func:`extract_events` on a short article written for it: a
coordinated clause whose verb is left out ("gained home rule in 1979 and wider self-government in
2009") is a happening of its own, and a passive ahead ("is due to be held in late May") is dated ahead."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events


def _dates_of(text: str, published: date, word: str) -> set[date]:
    return {e.event_date for e in extract_events(text, published) if word in e.evidence}


def test_a_clause_with_its_verb_left_out_is_a_happening_of_its_own():
    text = (
        "Greenland's parliament met in Nuuk on Monday.\n\n"
        "Greenland, which gained home rule in 1979 and wider self-government in 2009, has taken over more "
        "of its own affairs from Copenhagen."
    )
    assert _dates_of(text, date(2023, 3, 24), "home rule") >= {date(1979, 1, 1), date(2009, 1, 1)}


def test_a_second_party_with_its_verb_left_out_keeps_its_own_date_and_actor():
    text = "NATO's northern members met in Brussels on Monday.\n\nFinland joined last year and Sweden in March."
    events = [e for e in extract_events(text, date(2024, 7, 23)) if "Sweden in March" in e.evidence]
    # March is this year's: "last year" dates Finland's clause only, not the clause after "and Sweden".
    assert any(e.event_date == date(2024, 3, 1) and "SWE" in e.actors for e in events)
    assert any(e.event_date == date(2023, 1, 1) and "FIN" in e.actors for e in events)


def test_a_list_of_places_and_years_is_one_happening_each():
    text = (
        "The Council of Europe's leaders met in Reykjavík on Tuesday.\n\n"
        "It was only the fourth summit in the Council's history, after those in Vienna in 1993, in "
        "Strasbourg in 1997 and in Warsaw in 2005."
    )
    events = [e for e in extract_events(text, date(2023, 5, 17)) if "Warsaw" in e.evidence]
    assert {(e.place, e.event_date.year) for e in events} >= {("Strasbourg", 1997), ("Warsaw", 2005)}


def test_figures_and_ranges_are_no_gapped_happenings():
    """A list of figures or a range of years has no words of its own besides its date; a second clause
    with a present verb of its own says something else ("its language is sharper")."""
    text = (
        "Russia's navy held a parade in St. Petersburg on Sunday.\n\n"
        "Exports rose to 7 million tonnes in 2019 and 9 million in 2020.\n\n"
        "The drills were held in 2019 and 2020.\n\n"
        "The doctrine is the first since Russia invaded Ukraine in February, and its language is sharper "
        "than that of the 2015 version."
    )
    published = date(2022, 8, 1)
    assert date(2020, 1, 1) not in _dates_of(text, published, "Exports")
    assert date(2020, 1, 1) not in _dates_of(text, published, "drills")
    assert date(2015, 1, 1) not in _dates_of(text, published, "doctrine")


def test_a_state_a_journey_is_bound_for_is_where_it_happens():
    """A state named only as where something is would not place a story told elsewhere, but one a
    journey is bound for does ("British troops are heading to Norway")."""
    text = (
        "BIRMINGHAM - The Defence Secretary set out Britain's new Arctic strategy in Birmingham on Sunday.\n\n"
        "British troops are heading to Norway for NATO's exercise Trident Juncture, which opens at the end of "
        "this month."
    )
    events = [e for e in extract_events(text, date(2018, 10, 3)) if "heading to Norway" in e.evidence]
    assert events and events[0].place == "Norway"
