"""Rules of dates91, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a happening told as "came a day after ..." is counted from the lede's day, and a vote's outcome told
with no date of its own ("won the most votes", "Voters in the region rejected ...") is on the vote's day, not the
day the results were reported, also when a late count names that day weeks back ("the Nov. 5 election")."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events


def _dates(text: str, published: date, words: str) -> list[date]:
    return [e.event_date for e in extract_events(text, published) if words in e.evidence]


def test_a_happening_a_day_after_the_ledes_is_the_day_before():
    text = (
        "OSLO -- The Norwegian government on Thursday approved a new strategy for the High North.\n\n"
        "The decision came a day after the prime minister, visiting Tromso for talks with Sami leaders, promised "
        "more money for the region's roads."
    )
    assert _dates(text, date(2021, 3, 12), "visiting Tromso") == [date(2021, 3, 10)]


def test_days_are_counted_from_the_ledes_day_not_the_latest():
    text = (
        "HELSINKI -- Finland closed its last border crossing with Russia on Saturday.\n\n"
        "Border guards had first reported a rise in arrivals at Salla on Thursday evening.\n\n"
        "The closure came two days after the interior minister warned in Rovaniemi that the government was ready "
        "to act."
    )
    assert _dates(text, date(2023, 11, 19), "warned in Rovaniemi") == [date(2023, 11, 16)]


def test_a_partys_win_is_on_the_day_of_the_vote_named_later():
    text = (
        "REYKJAVIK -- The Progressive Party won the most votes in Iceland's municipal elections, a result few "
        "polls had foreseen.\n\n"
        "The party took 24 per cent of the vote in Saturday's election, according to results published on Sunday."
    )
    assert _dates(text, date(2022, 5, 16), "won the most votes") == [date(2022, 5, 14)]


def test_voters_rejecting_a_measure_vote_on_the_day_voting_ended_not_the_count():
    text = (
        "VADSO -- Voters in Finnmark rejected the Norwegian government's plan to merge the county with Troms.\n\n"
        "With all ballots counted, about 60 percent voted against, the county election board said on Monday. "
        "Voting ended on Sunday after three days."
    )
    assert _dates(text, date(2021, 9, 21), "Voters in Finnmark") == [date(2021, 9, 19)]


def test_a_late_counts_outcome_is_on_the_election_day_named_weeks_back():
    text = (
        "JUNEAU -- Alaska voters narrowly rejected a measure to repeal ranked-choice voting.\n\n"
        "The last absentee ballots from the Nov. 5 election were counted on Wednesday, the Division of Elections said."
    )
    assert _dates(text, date(2024, 11, 22), "narrowly rejected") == [date(2024, 11, 5)]
