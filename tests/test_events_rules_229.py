"""Rules of rules-2.29, each through :func:`extract_events` on a short article written for it: a national legislature
or highest court deciding about places of its own state (none told as where it sat) decides at the capital; a
state's court, a Sami parliament or a legislature told as meeting elsewhere does not."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from tests.helpers import places_saying


def test_a_national_legislature_voting_about_a_county_votes_at_the_capital():
    text = (
        "VADSØ, Norway - Finnmark county was restored on Monday.\n\n"
        "On June 14, 2022, the Storting voted by 74 to 23 to divide Troms og Finnmark into two counties."
    )
    assert places_saying("Storting voted", text, date(2024, 1, 2)) == {"Oslo"}


def test_the_highest_court_ruling_about_wind_farms_rules_at_the_capital_and_is_its_states():
    text = (
        "ÅFJORD, Norway - The Supreme Court ruled on Monday that the licences for two wind farms on Fosen violated "
        "the rights of Sami reindeer herders."
    )
    events = [e for e in extract_events(text, date(2021, 10, 12)) if "Supreme Court ruled" in e.evidence]
    assert {e.place for e in events} == {"Oslo"}
    assert all("NOR" in e.actors for e in events)


def test_a_state_court_or_a_sami_parliament_is_no_national_body():
    text = (
        "ANCHORAGE, Alaska - The Alaska Supreme Court ruled on Friday that the dividend cut in Juneau was lawful.\n\n"
        "KARASJOK, Norway - The Sami Parliament voted on Tuesday to oppose the mine at Kvalsund."
    )
    assert "Washington, D.C." not in places_saying("Alaska Supreme Court", text, date(2017, 8, 26))
    assert "Oslo" not in places_saying("Sami Parliament voted", text, date(2017, 8, 26))


def test_a_legislature_told_as_sitting_somewhere_sits_there():
    text = (
        "The Storting, meeting in Tromsø for the first time, voted on Tuesday to fund a new Arctic university campus."
    )
    assert places_saying("meeting in Tromsø", text, date(2024, 5, 2)) == {"Tromsø"}
