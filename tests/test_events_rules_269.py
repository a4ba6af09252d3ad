"""Rules of rules-2.69, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a region's head named by title alone ("Gov. Mike Dunleavy", "Premier Caroline Cochrane") decides or
speaks at the region's seat of government, the region being the one the sentence names, else the one the article named
last: not where the story's storm or project is, nor in the state's capital."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2022, 9, 19)


def _place_of(text: str, opening: str) -> str:
    return next(event.place for event in extract_events(text, _PUBLISHED) if event.evidence.startswith(opening))


def test_a_governor_named_by_title_declares_at_the_state_capital():
    text = (
        "NOME, Alaska - The remnants of a typhoon flooded coastal villages in Alaska on Saturday.\n\n"
        "Gov. Mike Dunleavy issued a state disaster declaration on Sunday for the communities hit by the storm."
    )
    assert _place_of(text, "Gov. Mike Dunleavy") == "Juneau"


def test_a_governor_acting_on_places_of_the_region_the_sentence_names_is_at_its_capital():
    text = "Gov. Mike Dunleavy banned all nonessential travel within Alaska on March 27."
    assert _place_of(text, "Gov. Mike Dunleavy") == "Juneau"


def test_a_territorial_premier_speaks_at_the_territorial_capital():
    text = (
        "HAY RIVER - Wildfires forced the evacuation of Hay River in the Northwest Territories on Sunday.\n\n"
        "Premier Caroline Cochrane said on Monday that the territory was working to house the evacuees."
    )
    assert _place_of(text, "Premier Caroline Cochrane") == "Yellowknife"


def test_a_governor_told_where_he_spoke_stays_there():
    text = "Gov. Mike Dunleavy said in Anchorage on Monday that the state would pay for the repairs."
    assert _place_of(text, "Gov. Mike Dunleavy") == "Anchorage"
