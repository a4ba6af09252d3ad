"""Rules of rules-2.15, each through :func:`extract_events` on a short article written for it:
where a company or body sits is not where the story is, plans and laws made at the seat of
government for the seas they name, and a company known by its home city."""

from __future__ import annotations

from datetime import date

from tests.helpers import event_saying


def test_where_a_named_company_sits_is_not_the_storys_place():
    """A yard named deep in a comment ("VT Halter Marine in Pascagoula") does not pull the
    leaders' meeting there; the contract itself is at the yard."""
    text = (
        "The leaders of the United States, Canada and Finland on Thursday agreed to pool their know-how on icebreakers.\n\n"
        "Finland's yards have built most of the world's icebreakers.\n\n"
        "The Coast Guard awarded the contract for the first cutter to VT Halter Marine in Pascagoula, Mississippi, "
        "in April 2019."
    )
    published = date(2024, 7, 12)
    assert event_saying("pool", text, published).place != "Pascagoula"
    assert event_saying("awarded", text, published).place == "Pascagoula"


def test_a_parliament_agreeing_to_spend_on_seas_acts_at_its_seat():
    text = (
        "A broad majority in the Folketing agreed on Thursday to spend 1.5 billion kroner on surveillance "
        "in the Arctic and the North Atlantic."
    )
    event = event_saying("Folketing", text, date(2021, 2, 12))
    assert (event.place, event.event_date) == ("Copenhagen", date(2021, 2, 11))


def test_a_decree_a_leader_signs_for_the_arctic_is_signed_at_the_seat():
    text = (
        "Russia will develop the Northern Sea Route under a new strategy, the Kremlin said.\n\n"
        "The decree, which Putin signed on Monday, puts the state's Arctic policy into practice in the Arctic."
    )
    event = event_saying("decree", text, date(2020, 10, 27))
    assert (event.place, event.event_date, event.actors[0]) == ("Moscow", date(2020, 10, 26), "RUS")


def test_a_company_by_its_kind_and_home_city_acts_for_the_citys_state():
    text = "The Chicago-based airline announced a new route to Nuuk on Wednesday."
    assert "USA" in event_saying("airline", text, date(2024, 10, 10)).actors


def test_a_utility_in_the_organisations_table_is_its_states_actor():
    text = "On Thursday morning two employees of Svalbard Energi shut down the coal power plant in Longyearbyen."
    assert event_saying("Svalbard Energi", text, date(2023, 10, 20)).actors == ("NOR",)


def test_a_states_capital_named_by_its_state_is_that_capital():
    """ "Greenland's capital" is Nuuk (the capital nearest Greenland among Denmark's), not Greenland's middle."""
    from dashboard.events.extraction.places import default_gazetteer

    gazetteer = default_gazetteer()
    assert [p.name for p in gazetteer.find("Flights to Greenland's capital begin in June.")] == ["Nuuk"]
    assert [p.name for p in gazetteer.find("She reached Norway's capital by train.")] == ["Oslo"]
    assert [p.name for p in gazetteer.find("The Greenland ice sheet is melting.")] != ["Nuuk"]


def test_a_state_putting_out_its_policy_in_a_story_abroad_does_so_at_its_seat():
    text = (
        "Indian scientists opened a winter season at the Himadri station in Ny-Ålesund on Monday.\n\n"
        "The station in Ny-Ålesund has been staffed in summer since 2008.\n\n"
        "India became an observer at the Arctic Council in 2013, and in March 2022 it released its first Arctic Policy."
    )
    event = event_saying("Arctic Policy", text, date(2023, 12, 19))
    assert (event.place, event.event_date) == ("New Delhi", date(2022, 3, 1))


def test_a_states_election_is_placed_across_the_state_once_per_article():
    text = (
        "NUUK - Nielsen's Demokraatit party won the parliamentary election in March and now leads a broad "
        "coalition in Nuuk.\n\n"
        "The new premier met Danish ministers in Nuuk on Friday."
    )
    published = date(2025, 6, 15)
    election = event_saying("election", text, published)
    assert (election.place, election.geo_precision) == ("Greenland", "country")
    assert event_saying("ministers", text, published).place == "Nuuk"


def test_a_towns_district_court_rules_in_the_town():
    text = "The Gällivare District Court sided with the herders in 2016."
    assert event_saying("sided", text, date(2020, 1, 23)).place == "Gällivare"


def test_learnt_names_are_found_as_whole_words_longest_first():
    """The article memory's name scan (no regular expression compiled per set of names) finds what
    one alternation of the names, longest first, with word boundaries would."""
    from dashboard.events.extraction.document import _name_spans

    names = frozenset({"Yamal", "Yamal LNG", "LNG", "Novatek"})
    text = "Yamal LNG and Novatek's LNG, not Yamalo-Nenets or NovatekX."
    assert [text[a:b] for a, b in _name_spans(names, text)] == ["Yamal LNG", "Novatek", "LNG"]
