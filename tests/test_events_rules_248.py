"""Rules of rules-2.48, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a past progressive tells a happening ("Searchers were combing the shore on Friday"); a sentence whose
only sign of a happening is its verb goes on with the event just before it in the same paragraph (its evidence, or an
event of its own when it names a party of its own), where before it was dropped as background unless it had a date, a
place or a foreign speaker of its own; a state or region after a dateline town in capitals that the gazetteer does
not read ("HAINES, Alaska -") only says where the town is. (rules-2.53 lets a verb alone go on in a later paragraph
too: the test of a new paragraph now holds that.)"""

from __future__ import annotations

from datetime import date

from tests.helpers import events_saying

_PUBLISHED = date(2020, 12, 4)
_DETAINED = "Norway's coast guard detained a Russian trawler off Svalbard on Thursday."
_STAYED = "The crew stayed on board overnight."


def test_a_past_progressive_with_a_date_and_a_place_is_a_happening():
    text = "HAINES, Alaska -- Searchers were combing the mud along the shore at Haines on Friday for two missing residents."
    events = events_saying("Searchers were combing", text, _PUBLISHED)
    assert [(e.place, e.event_date) for e in events] == [("Haines", date(2020, 12, 4))]


def test_a_past_progressive_alone_is_still_background():
    text = "Searchers were combing the mud along the shore for two missing residents."
    assert events_saying("Searchers were combing", text, _PUBLISHED) == []


def test_a_verb_alone_goes_on_with_the_paragraphs_event():
    events = events_saying("stayed on board", f"{_DETAINED} {_STAYED}", _PUBLISHED)
    assert [(e.place, e.event_date) for e in events] == [("Svalbard", date(2020, 12, 3))]
    assert events[0].evidence == f"{_DETAINED} {_STAYED}"


def test_a_verb_alone_in_a_new_paragraph_goes_on_since_rules_253():
    # rules-2.48 kept it as background; rules-2.53 lets a verb alone go on with the story in a later paragraph too.
    events = events_saying("stayed on board", f"{_DETAINED}\n\n{_STAYED}", _PUBLISHED)
    assert [(e.place, e.event_date) for e in events] == [("Svalbard", date(2020, 12, 3))]


def test_a_region_after_a_dateline_town_in_capitals_only_says_where_the_town_is():
    text = (
        "HAINES, Alaska -- Rescuers searched the mud along Lynn Canal on Friday for two missing residents. "
        "A landslide destroyed four houses in Haines on Wednesday, the borough said. "
        "Crews in Haines worked through the night."
    )
    assert [e.place for e in events_saying("Rescuers searched", text, _PUBLISHED)] == ["Haines"]
