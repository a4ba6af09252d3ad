"""Rules of rules-2.31, through :func:`extract_events` on short articles written for them: a sentence folded into
an earlier event (a comment on it, a follow-up that states it again) adds its words to that event's evidence, so
the analyst reads what was said about the happening; a sentence with a happening of its own stays an event of its
own. A federal department or administration deciding about places in its state decides at the capital. A plan told
in the past for the day after the report ("was scheduled to meet ... on Friday" on a Thursday) is that day."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_saying, places_saying


def _days(phrase: str, text: str, published: date) -> set[date]:
    return {e.event_date for e in events_saying(phrase, text, published)}


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


def test_a_plan_told_in_the_past_for_the_next_day_is_the_next_day():
    """Thursday's report of what was set for Friday: "was scheduled to" is the reporter's past, not a plan gone by."""
    text = (
        "IQALUIT - Prime Minister Justin Trudeau signed the devolution agreement with Nunavut in Iqaluit on Thursday."
        "\n\nHe was scheduled to meet Premier P.J. Akeeagok again on Friday to discuss housing."
    )
    assert _days("scheduled to meet", text, date(2024, 1, 18)) == {date(2024, 1, 19)}
    # Published on the Saturday, the same words tell the day before.
    assert _days("scheduled to meet", text, date(2024, 1, 20)) == {date(2024, 1, 19)}


def test_a_month_someone_expects_something_to_happen_in_is_the_next_one():
    text = (
        "LONGYEARBYEN - One of the two fibre cables to Svalbard was cut on Friday, the operator Space Norway said.\n\n"
        "Space Norway said it expects repair work to start in February."
    )
    assert _days("expects repair work", text, date(2022, 1, 10)) == {date(2022, 2, 1)}


def test_a_regional_government_decides_at_its_regional_capital():
    text = (
        "CAMBRIDGE BAY, Nunavut - Ottawa promised $21.5 million for the Grays Bay road on Monday.\n\n"
        "In May 2018 the Nunavut government withdrew as co-proponent of a federal funding application for the road."
    )
    assert places_saying("Nunavut government withdrew", text, date(2025, 5, 13)) == {"Iqaluit"}


def test_a_regional_capital_named_as_the_regions_capital_is_that_town():
    text = "Foreign ministers of Canada and the Nordic states met in the Nunavut capital on Saturday."
    assert places_saying("met in the Nunavut capital", text, date(2024, 9, 29)) == {"Iqaluit"}


def test_a_regional_department_acts_where_the_story_is():
    text = (
        "UNALASKA - Alaska cancelled the Bering Sea snow crab season for the first time on Monday.\n\n"
        "The Alaska Department of Fish and Game announced on Monday that the stock had collapsed in the Bering Sea."
    )
    assert places_saying("Fish and Game announced", text, date(2022, 10, 11)) == {"Bering Sea"}
