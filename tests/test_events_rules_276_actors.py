"""Rules of rules-2.76 on actors (actors76), through :func:`extract_events` on short articles written for them (none is
a sentence of an article set): a ship's captain, skipper or crew named by a demonym is no party (the state that fines
or detains them acts), and a state that something drifts or comes (back) into is where it went, not who acted."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 3, 2)


def test_a_fined_captain_is_not_a_party():
    text = (
        "HAMMERFEST - Police in Finnmark fined the Russian captain of a trawler 80,000 kroner on Tuesday for fishing "
        "snow crab without a licence."
    )
    assert extract_events(text, _PUBLISHED)[0].actors == ("NOR",)


def test_a_state_drifted_back_into_is_where_not_who():
    text = (
        "BEIJING - China said on Monday that its weather balloon had been blown off course.\n\n"
        "On Feb. 4 it drifted back into the United States over Montana."
    )
    assert extract_events(text, _PUBLISHED)[-1].actors == ("CHN",)


def test_a_state_come_into_is_where_not_who():
    text = "A Chinese research balloon crossed Alaska on Jan. 28 and came into Canada two days later."
    assert all("CAN" not in event.actors for event in extract_events(text, _PUBLISHED))
