"""The Arctic organisations table (geodata/sources/organisations.csv): each row cited, chosen from
a general list the registry's layers hold, and read by the extractor as the actor it acts for."""

from __future__ import annotations

from datetime import date

import pytest

import geodata
from dashboard.events import extract_events
from dashboard.events.extraction.actor_names import ACTORS
from dashboard.events.extraction.actors import find_actors
from geodata.gazetteer import lookup, names_of
from geodata.organisations import load_organisations

ORGANISATIONS = load_organisations()


def test_every_row_is_cited_and_acts_for_a_known_actor():
    assert len(ORGANISATIONS) >= 20
    for row in ORGANISATIONS:
        assert row["source"] and row["basis"], row["name"]
        assert row["actor"] in ACTORS, row["name"]


def test_rows_named_in_a_layer_are_named_there():
    operators = " ".join(geodata.layer("resource_projects")["operator"])
    port_notes = " ".join(geodata.layer("ports")["note"])
    base_names = " ".join(geodata.layer("bases")["name"])
    for row in ORGANISATIONS:
        if row["basis"] == "named in resource_projects":
            assert row["name"].split()[0] in operators, row["name"]
        elif row["basis"] == "named in the ports layer":
            assert row["name"] in port_notes, row["name"]
        elif row["basis"] == "named in the bases layer":
            assert row["name"] in base_names, row["name"]


@pytest.mark.parametrize("row", ORGANISATIONS, ids=lambda r: r["name"])
def test_each_name_is_read_as_its_actor_and_is_no_place(row):
    for name in names_of(row["name"], row["alt_names"]):
        mentions = find_actors(f"On Monday {name} said it would appeal the decision.")
        assert [(m.code, m.text) for m in mentions] == [(row["actor"], name)]
        place = lookup(name)
        # A company town's gazetteer entry may hold the company's name ("Norilsk Nickel" is also Norilsk): the row's
        # source says so, by naming the town.
        assert place is None or f"name of {place['name']}," in row["source"], (name, place)


def test_a_unit_the_bases_layer_names_acts_for_its_state():
    [event] = extract_events("Joint Task Force North led an exercise near Resolute on 3 May 2024.", date(2024, 5, 5))
    assert event.actors == ("CAN",)
    assert event.place == "Resolute"


def test_a_company_carries_its_state_into_the_event():
    [event] = extract_events(
        "Fednav's bulk carrier Umiak I left Voisey's Bay on 12 March 2024, breaking ice along the Labrador coast.",
        date(2024, 3, 13),
    )
    assert "CAN" in event.actors


def test_a_national_agency_acts_for_its_state_and_its_source_does_not_move_the_happening():
    text = (
        "Rain fell on Summit Station in Greenland on 14 August 2021.\n\n"
        "Melting spread over much of the ice sheet on 15 August 2021, according to the National Snow and "
        "Ice Data Center."
    )
    melting = extract_events(text, date(2021, 8, 18))[-1]
    assert melting.actors == ("USA",)
    assert melting.place == "Summit Camp"  # the gazetteer's name for Summit Station


def test_a_row_with_an_unquoted_comma_is_refused_with_its_line(tmp_path, monkeypatch):
    import geodata.organisations as organisations

    table = tmp_path / "organisations.csv"
    table.write_text(
        "name,alt_names,actor,kind,basis,source\nAcme,,USA,company,a list, with a comma,somewhere\n", encoding="utf-8"
    )
    monkeypatch.setattr(organisations, "ORGANISATIONS_CSV", table)
    organisations._load.cache_clear()
    try:
        with pytest.raises(organisations.OrganisationError, match=r":2: 6 fields expected"):
            organisations.load_organisations()
    finally:
        organisations._load.cache_clear()
