"""Rules of rules-2.40, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): researchers named by their institution and its city ("scientists at the National Snow and Ice Data
Center in Boulder, Colorado") are of the city's state, and the city says who they are, not where the happening was."""

from __future__ import annotations

from datetime import date

from tests.helpers import actors_saying, places_saying

_ICE_CAPS = (
    "OTTAWA - The last intact ice shelf in the Canadian Arctic lost more than 40 per cent of its area this summer.\n\n"
    "Earlier in July, scientists at the National Snow and Ice Data Center in Boulder, Colorado, reported that two "
    "small ice caps on the Hazen Plateau on Ellesmere Island had vanished."
)


def test_researchers_at_an_institution_in_a_city_are_of_its_state():
    text = (
        "REYKJAVIK - Iceland unveiled a memorial plaque on Sunday for Okjokull, the first glacier it lost to warming.\n\n"
        "The plaque was proposed in 2018 by two anthropologists at Rice University in Houston, who filmed the glacier."
    )
    assert "USA" in actors_saying("plaque was proposed", text, date(2019, 8, 19))


def test_the_institutions_city_is_not_the_happenings_place():
    assert places_saying("small ice caps", _ICE_CAPS, date(2020, 8, 7)) == {"Hazen Plateau"}
