"""Rules of rules-2.90 (dates90), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): what was said or done on election night happened on the day of the vote, the day the
article gives the vote or, when it gives none, the day before publication; not on the publication day. What a campaign
was about ("The campaign was dominated by ...") is no happening of its own; a result of the vote ("was re-elected")
is on the day the article named for the vote."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2022, 10, 5)  # a Wednesday


def _dates_of(text: str) -> list[date]:
    return [event.event_date for event in extract_events(text, _PUBLISHED)]


def test_an_election_night_speech_is_on_the_day_the_article_gives_the_vote():
    text = (
        "TORSHAVN -- The opposition won a narrow majority in Saturday's parliamentary election in the Faroe Islands.\n\n"
        "With all the votes counted on Monday, the party had 17 of the 33 seats.\n\n"
        "At the party's election-night rally in Torshavn, its leader promised voters lower taxes."
    )
    assert _dates_of(text)[-1] == date(2022, 10, 1)


def test_an_election_night_concession_without_a_day_for_the_vote_is_the_day_before_publication():
    text = (
        "REYKJAVIK -- Iceland's governing coalition lost its majority in a general election, official figures showed.\n\n"
        "The prime minister conceded defeat on election night in Reykjavik."
    )
    assert _dates_of(text)[-1] == date(2022, 10, 4)


def test_a_day_after_the_vote_is_not_the_vote_day():
    text = (
        "STOCKHOLM -- Sweden woke up to a hung parliament on Wednesday after a general election.\n\n"
        "The prime minister told supporters at an election-night party in Stockholm that he would stay on."
    )
    assert _dates_of(text)[-1] == date(2022, 10, 4)


def test_what_the_campaign_was_about_is_no_event_of_its_own():
    text = (
        "HELSINKI -- The opposition Centre Party won Sunday's parliamentary election in Finland.\n\n"
        "The campaign was dominated by health care, pensions and the price of electricity."
    )
    assert all("campaign was dominated" not in event.evidence for event in extract_events(text, _PUBLISHED))


def test_thanks_as_results_came_in_overnight_are_on_the_day_of_the_vote():
    text = (
        "NUUK -- Greenland's premier kept his seat in an election held on Saturday, official figures showed.\n\n"
        "With all the votes counted on Monday, his party had 12 of the 31 seats.\n\n"
        "He thanked voters in Nuuk as the first results came in overnight."
    )
    assert _dates_of(text)[-1] == date(2022, 10, 1)


def test_a_result_of_a_vote_is_on_the_day_the_article_named_for_it():
    text = (
        "COPENHAGEN -- The Social Democrats won Saturday's general election in Denmark.\n\n"
        "On Tuesday the prime minister handed the Queen his government's resignation.\n\n"
        "In the Faroe Islands, a former fisheries minister was re-elected to the Folketing."
    )
    assert _dates_of(text)[-1] == date(2022, 10, 1)
