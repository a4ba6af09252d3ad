"""Rules of rules-2.89 (choice89), through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): a lede filed from the town where a court, an election office or a government sits, telling that
body's act, with only the town's own territory, state or country named beside it, happened in the dateline's town."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2022, 3, 10)


def test_a_judge_in_the_state_rules_in_the_dateline_town():
    text = "ANCHORAGE -- A federal judge in Alaska on Tuesday vacated the permit for a gold mine, ruling that it broke the law."
    assert extract_events(text, _PUBLISHED)[0].place == "Anchorage"


def test_a_premier_sworn_in_at_the_dateline_town():
    text = "WHITEHORSE -- Sandy Silver was sworn in as premier of Yukon on Wednesday, heading a minority government."
    assert extract_events(text, _PUBLISHED)[0].place == "Whitehorse"


def test_an_election_office_rejects_at_the_dateline_town():
    text = "JUNEAU -- Alaska's Division of Elections on Monday rejected a petition to put the fishing ban to a vote."
    assert extract_events(text, _PUBLISHED)[0].place == "Juneau"


def test_a_governor_elected_in_the_regional_capital():
    text = (
        "MURMANSK -- Andrei Chibis won the election for governor of the Murmansk region on Sunday with 60 percent of "
        "the vote."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Murmansk"


def test_a_head_of_state_declaring_from_the_capital_about_a_town():
    text = (
        "MOSCOW -- President Vladimir Putin declared a state of emergency on Friday after a dam burst at a gold mine "
        "near Norilsk."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Moscow"


def test_a_voyage_through_a_passage_between_two_ports_is_on_the_passage():
    text = "In 2019 the cruise ship Nordic Star sailed through the Northwest Passage from Nome to Halifax."
    assert extract_events(text, _PUBLISHED)[0].place == "Northwest Passage"
