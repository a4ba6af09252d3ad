"""Rules of rules-2.28, each through :func:`extract_events` on a short article written for it: a standing
international body's finding or decision is made at its seat when the sentence tells no place for it; a capital
deciding about an area of its state ("Ottawa announced ... in Canada's Arctic waters") decides at home; and a
capital named by its state's adjective ("the Icelandic capital") or as "the <place> capital" is that capital, but
a region's capital only when a national capital lies near it (the gazetteer has no regional capitals)."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_saying


def test_a_un_committees_finding_is_made_at_its_seat_not_in_the_state_it_judged():
    text = (
        "INARI, Finland - The Sami Parliament elected a new president on Monday.\n\n"
        "In 2019 the UN Human Rights Committee found that Finland had breached the Sami people's political rights."
    )
    assert places_saying("Human Rights Committee found", text, date(2024, 3, 5)) == {"Geneva"}


def test_a_commission_adopting_recommendations_after_an_aside_does_so_at_its_seat():
    text = (
        "On 6 February the Commission on the Limits of the Continental Shelf, the expert body set up under the "
        "law of the sea, adopted its recommendations on Russia's claim to the Lomonosov Ridge."
    )
    assert places_saying("adopted its recommendations", text, date(2023, 2, 20)) == {"New York City"}


def test_a_ban_adopted_by_the_maritime_organization_is_adopted_at_its_seat():
    text = "Ships in the Arctic face a heavy fuel oil ban adopted by the International Maritime Organization in 2021."
    assert places_saying("heavy fuel oil ban", text, date(2024, 7, 1)) == {"London"}


def test_a_body_told_as_meeting_somewhere_else_stays_there():
    text = (
        "The International Energy Agency published its Nordic energy review in Oslo on Monday, praising Norway's grid."
    )
    assert places_saying("Nordic energy review", text, date(2024, 6, 4)) == {"Oslo"}


def test_what_the_body_confirmed_happening_at_a_named_point_stays_there():
    text = (
        "The World Meteorological Organization has confirmed a record of 18.3C measured at Argentina's "
        "Esperanza Base in February 2020."
    )
    assert places_saying("18.3C", text, date(2021, 7, 1)) == {"Esperanza Base"}


def test_the_icelandic_capital_is_reykjavik():
    text = (
        "KANGERLUSSUAQ, Greenland - Antony Blinken toured the airport on Thursday.\n\n"
        "The evening before, Blinken had met Sergei Lavrov at a concert hall in the Icelandic capital."
    )
    assert places_saying("concert hall", text, date(2021, 5, 21)) == {"Reykjavík"}


def test_the_faroese_capital_is_torshavn_not_copenhagen():
    text = "Danish and Faroese ministers signed a radar agreement in the Faroese capital on Thursday."
    assert places_saying("radar agreement", text, date(2022, 6, 10)) == {"Tórshavn"}


def test_a_territorys_capital_is_never_the_far_national_capital():
    text = (
        "A blizzard closed in on the Nunavut capital on Thursday and forced the prime minister's plane to "
        "turn back.\n\nFlights to Nunavut's capital resumed on Friday."
    )
    for phrase in ("blizzard closed in", "Flights to Nunavut"):
        assert "Ottawa" not in places_saying(phrase, text, date(2019, 3, 8)), phrase


def test_a_capital_deciding_about_its_states_waters_decides_at_home():
    text = "Ottawa announced a moratorium on new oil and gas licences in Canada's Arctic waters on Wednesday."
    assert places_saying("moratorium", text, date(2016, 12, 22)) == {"Ottawa"}
