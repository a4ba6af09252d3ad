"""Rules of rules-2.63, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a story whose main place is the seat of an international body it names (Geneva, for the UN Human Rights
Committee) is about that body's work, not about the seat's state, so offices and bodies the story names by title alone
("the ministry", "the Sámi Parliament") are the state the story names most, not Switzerland."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2019, 2, 1)


def test_a_ministry_after_a_un_finding_in_geneva_is_the_states_the_finding_is_about():
    text = (
        "OSLO -- Norway breached the rights of a reindeer herder when it ordered him to cut his herd, the UN Human "
        "Rights Committee found on Friday.\n\n"
        "The committee adopted its views at a session in Geneva in November.\n\n"
        "The ministry said on Friday that it would study the findings carefully."
    )
    actors = extract_events(text, _PUBLISHED)[-1].actors
    assert "NOR" in actors and "CHE" not in actors


def test_a_body_named_by_title_in_a_story_about_a_un_finding_is_not_swiss():
    text = (
        "Finland broke the rules of its own electoral roll, the United Nations Human Rights Committee said on Friday "
        "in Geneva.\n\n"
        "Finland's Supreme Administrative Court had added 93 people to the roll in 2015.\n\n"
        "The Sámi Parliament, based in Inari, said on Friday that the government must now change the law."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert (last.place, last.actors) == ("Inari", ("FIN",))


def test_a_story_at_a_national_capital_still_names_that_states_officials():
    text = (
        "Norway's government met in Oslo on Monday to discuss the Svalbard fisheries zone.\n\n"
        "The ministry said on Tuesday that new rules would follow in the spring."
    )
    assert "NOR" in extract_events(text, _PUBLISHED)[-1].actors
