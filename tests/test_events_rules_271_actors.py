"""Rules of rules-2.71 (actors), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a company introduced as "the country's" is the story's state's, also when named again
by its short name; an office that is the subject after an opening date ("In May 2016 the government awarded ...") is
the story's state's; "he" after an opening scene ("At a news conference in Florida on 7 January he ...") is the person
named before."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 6, 20)


def test_a_company_introduced_as_the_countrys_is_the_story_states_when_named_again():
    text = (
        "REYKJAVIK - Nordhval hf., the country's only fin whaling company, landed a whale near Reykjavik on Monday.\n\n"
        "A Japanese importer in Tokyo said on Tuesday that it would buy the meat.\n\n"
        "Nordhval resumed hunting in June after two years in port."
    )
    assert "ISL" in extract_events(text, _PUBLISHED)[-1].actors


def test_the_government_after_an_opening_date_is_the_story_states():
    text = (
        "OSLO - The oil ministry in Oslo opened new areas of the Barents Sea to drilling on Monday.\n\n"
        "In May 2016 the government awarded twelve licences to oil companies, among them Chevron of the United States."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert "NOR" in last.actors


def test_the_parliament_after_an_opening_date_is_the_story_states():
    text = (
        "HELSINKI - Finland's supreme court in Helsinki ruled on Monday on the electoral roll of a northern assembly.\n\n"
        "In March last year the parliament's committee struck 40 names from the roll, citing United Nations bodies."
    )
    assert "FIN" in extract_events(text, _PUBLISHED)[-1].actors


def test_he_after_an_opening_scene_is_the_person_named_before():
    text = (
        "COPENHAGEN - Danish Prime Minister Mette Frederiksen met European leaders in Berlin on Tuesday.\n\n"
        "US President Donald Trump has said he wants the island.\n\n"
        "At a news conference in Florida on 7 January he refused to rule out force to gain control of the island, "
        "which is part of the Kingdom of Denmark."
    )
    assert "USA" in extract_events(text, date(2025, 1, 28))[-1].actors
