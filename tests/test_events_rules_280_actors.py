"""Rules of rules-2.80 (actors79), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): an institution that acts from its state's seat of government ("the Kremlin") and leads
its sentence is the state's party and a place as well, so a sentence whose only place it is stands as an event of
its own at the seat instead of folding into the story's last one; and an aircraft only the US flies ("B-2",
"F-22", "MV-22B") or the Air Force's "Bomber Task Force" names the US as the party."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 1)


def test_a_statement_by_the_kremlin_after_a_drill_is_an_event_at_moscow():
    text = (
        "ARKHANGELSK - Russia began a naval exercise in the Barents Sea on Tuesday. "
        "The Kremlin said the president had been informed."
    )
    events = extract_events(text, _PUBLISHED)
    said = [e for e in events if "Kremlin" in e.evidence]
    assert said and said[0].place == "Moscow" and "RUS" in said[0].actors
    assert [e.place for e in events if "exercise" in e.evidence] == ["Barents Sea"]


def test_the_kremlin_named_as_criticised_is_placed_by_its_own_name():
    text = (
        "MURMANSK - A fire broke out on a Russian research submarine in the Barents Sea on Monday.\n\n"
        "All 14 sailors aboard died, and the Kremlin was criticised for its silence on Tuesday."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.place == "Moscow" and last.place_mention == "Kremlin"


def test_an_aircraft_only_the_us_flies_is_the_us_party():
    text = "On Tuesday two B-52s flew over the Norwegian Sea with fighters from RAF Lossiemouth, Scotland."
    assert "USA" in extract_events(text, _PUBLISHED)[0].actors


def test_the_air_forces_bomber_rotations_are_the_us_party_where_they_land():
    text = "The Air Force sent a Bomber Task Force to Orland, Norway, in February."
    assert "USA" in extract_events(text, _PUBLISHED)[0].actors
