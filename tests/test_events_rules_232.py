"""Rules of rules-2.32, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a head of government's words sent from afar are said at the seat; an area that only says where a town
lies does not outrank the town; "the capital of <region>" is that region's capital; a federal body deciding about
areas of its state sits at the capital unless a town is told; a national election in a story about one region is
the state's; a company described by what it does is an aside; a missile fired from one place at a target in
another is fired at the launch site."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_saying

CRASH = (
    "BODØ - Four U.S. Marines were killed on Friday when their Osprey aircraft crashed in Nordland during a NATO "
    "exercise, Norwegian police said.\n\n"
    "The wreck was found near Bodø late on Friday evening.\n\n"
    "Prime Minister Jonas Gahr Støre wrote on Twitter on Friday that Norway shared the grief of the United States."
)


def test_a_leaders_words_sent_from_afar_are_said_at_the_seat():
    assert places_saying("wrote on Twitter", CRASH, date(2022, 3, 19)) == {"Oslo"}


def test_a_leaders_words_on_the_spot_stay_where_the_story_is():
    text = CRASH.replace("wrote on Twitter on Friday that", "told reporters at the crash site on Friday that")
    assert places_saying("told reporters", text, date(2022, 3, 19)) == {"Bodø"}


def test_an_area_that_says_where_a_town_lies_does_not_outrank_the_town():
    text = (
        "The plant is to be towed along the Northern Sea Route to Pevek, a port of about 5,000 people in Chukotka, "
        "in September 2019."
    )
    assert places_saying("towed", text, date(2019, 5, 1)) == {"Pevek"}


def test_a_town_visited_in_a_region_described_by_its_sea_is_the_towns():
    text = (
        "On Thursday, Stoltenberg and Prime Minister Justin Trudeau flew to Cambridge Bay in Nunavut, a hamlet on the "
        "Northwest Passage."
    )
    assert places_saying("flew to", text, date(2022, 8, 26)) == {"Cambridge Bay"}


def test_the_capital_of_a_region_is_its_seat():
    text = (
        "Thousands of residents left on Thursday as a wildfire closed in on the capital of the Northwest Territories."
    )
    assert places_saying("wildfire", text, date(2023, 8, 18)) == {"Yellowknife"}


def test_a_federal_decision_about_an_area_of_its_state_is_made_at_the_capital():
    text = (
        "The Biden administration on Wednesday wiped out the last oil and gas leases in the Arctic National Wildlife "
        "Refuge."
    )
    assert places_saying("wiped out", text, date(2023, 9, 7)) == {"Washington, D.C."}


def test_a_federal_body_told_deciding_in_a_town_stays_in_the_town():
    text = "The Bureau of Land Management on Wednesday held a lease sale for the coastal plain in Anchorage."
    assert places_saying("lease sale", text, date(2021, 1, 7)) == {"Anchorage"}


def test_a_national_election_in_a_story_about_a_region_is_the_states():
    text = (
        "OSLO -- Labour Party leader Jonas Gahr Støre is on course to become Norway's next prime minister after "
        "voters handed the centre-left a clear majority in Monday's parliamentary election.\n\n"
        "In Finnmark, turnout was the lowest in the country.\n\n"
        "The Centre Party won two of Finnmark's five seats."
    )
    assert places_saying("clear majority", text, date(2021, 9, 14)) == {"Norway"}


def test_a_company_described_by_what_it_does_is_not_where_the_ministry_decided():
    text = (
        "OSLO - The ministry turned down an application from Trust Arktikugol, the Russian state company that runs "
        "the coal mine in Barentsburg, on June 15."
    )
    assert places_saying("turned down", text, date(2022, 6, 20)) == {"Oslo"}


def test_a_missile_fired_at_a_target_elsewhere_is_fired_at_the_launch_site():
    text = (
        "Last October the frigate Admiral Gorshkov fired a Zircon hypersonic missile from the White Sea at a target "
        "in the Barents Sea."
    )
    assert places_saying("fired", text, date(2021, 3, 1)) == {"White Sea"}
    text = "On Tuesday crews launched a Yars missile from the Plesetsk cosmodrome towards a target on Kamchatka."
    assert places_saying("launched", text, date(2019, 10, 17)) == {"Plesetsk Cosmodrome"}
