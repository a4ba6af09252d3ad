"""Rules of rules-2.31, through :func:`extract_events` on short articles written for them: a sentence folded into
an earlier event (a comment on it, a follow-up that states it again) adds its words to that event's evidence, so
the analyst reads what was said about the happening; a sentence with a happening of its own stays an event of its
own."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_saying, places_saying

LICENCE = (
    "NUUK - Greenland's government on Monday refused a licence for the Kvanefjeld uranium mine in southern Greenland."
    "\n\nPremier Mute Egede told reporters that the decision was final."
)


def test_a_comment_on_a_happening_is_part_of_its_evidence():
    refused = events_saying("refused a licence", LICENCE, date(2021, 11, 30))
    assert len(refused) == 1
    assert "Premier Mute Egede told reporters that the decision was final." in refused[0].evidence
    assert refused[0].event_date == date(2021, 11, 29)


def test_a_sentence_with_a_happening_of_its_own_keeps_its_own_event():
    text = LICENCE + "\n\nOn Wednesday the mining company filed an appeal in Copenhagen."
    refused = events_saying("refused a licence", text, date(2021, 12, 2))
    appealed = events_saying("filed an appeal", text, date(2021, 12, 2))
    assert len(refused) == 1 and "filed an appeal" not in refused[0].evidence
    assert [e.event_date for e in appealed] == [date(2021, 12, 1)]


def test_a_federal_departments_decision_about_places_in_its_state_is_made_at_the_capital():
    text = (
        "ANCHORAGE - The Bureau of Land Management on Friday finalized a rule protecting 13 million acres of the "
        "National Petroleum Reserve on Alaska's North Slope."
    )
    assert places_saying("finalized a rule", text, date(2024, 4, 20)) == {"Washington, D.C."}


def test_an_administrations_decision_in_a_clause_about_a_project_stays_at_the_project():
    text = (
        "ANCHORAGE - ConocoPhillips began drilling at the Willow project on Monday, two years after the Biden "
        "administration approved it."
    )
    assert places_saying("began drilling", text, date(2025, 1, 14)) == {"Willow project"}
