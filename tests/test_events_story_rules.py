"""Rules that read a sentence in the light of the article around it (rules-2.4), through
:func:`extract_events` on short articles written for each rule."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events
from tests.helpers import event_saying


def _dates(events) -> set[tuple[date, str]]:
    return {(e.event_date, e.date_precision) for e in events}


def test_two_dated_clauses_in_one_sentence_are_two_events():
    text = (
        "Russia's newest submarine joined the Northern Fleet in Severodvinsk on Friday.\n\n"
        "The submarine was laid down in 2009 and launched in March 2017 at the Sevmash yard in Severodvinsk."
    )
    events = extract_events(text, date(2021, 5, 8))
    laid_down = [e for e in events if e.evidence.startswith("The submarine")]
    assert _dates(laid_down) == {(date(2009, 1, 1), "year"), (date(2017, 3, 1), "month")}


def test_a_range_of_years_stays_one_event():
    text = "Russia built new icebreakers in Saint Petersburg between 2019 and 2024."
    assert len(extract_events(text, date(2025, 1, 10))) == 1


@pytest.mark.parametrize(
    ("paragraphs", "word", "published", "expected"),
    [
        (  # "later, in October": the first October after the date named before, not this year's
            [
                "The expedition ship left Tromsø on Sept. 20 last year, bound for the Laptev Sea, Germany's institute said.",
                "A few weeks later, in October, the German crew froze the ship into an ice floe north of the Laptev Sea.",
            ],
            "froze",
            date(2020, 10, 13),
            (date(2019, 10, 1), "month"),
        ),
        (  # "the same day" after "earlier this week" (a coarser date): the latest day named
            [
                "The US vice-president visited the Pituffik Space Base in Greenland on Friday.",
                "The visit was scaled back earlier this week after Greenland objected.",
                "On the same day, Greenland's parties signed a coalition agreement in Nuuk.",
            ],
            "coalition",
            date(2025, 3, 29),
            (date(2025, 3, 28), "day"),
        ),
        (  # "a week earlier": seven days before the day named last, not the report's day
            [
                "Greenland's premier Mute B. Egede met Danish ministers in Nuuk on 7 January 2025.",
                "In his New Year's speech a week earlier, Premier Egede said Greenland must work toward independence.",
            ],
            "speech",
            date(2025, 1, 10),
            (date(2024, 12, 31), "day"),
        ),
        (  # "the following year": the year after the one named last
            [
                "Norway's coast guard detained a Russian trawler near Svalbard in 2016.",
                "The following year Norway's government changed the fishing rules for Svalbard.",
            ],
            "changed",
            date(2020, 1, 24),
            (date(2017, 1, 1), "year"),
        ),
        (  # "two years later" after a year: that year plus two, as a year
            [
                "Norway's Supreme Court heard the fishing case in Oslo in 2016.",
                "Two years later Norway's government changed the fishing rules for Svalbard.",
            ],
            "changed",
            date(2020, 1, 24),
            (date(2018, 1, 1), "year"),
        ),
    ],
)
def test_dates_that_point_back_take_the_date_named_before(paragraphs, word, published, expected):
    event = event_saying(word, "\n\n".join(paragraphs), published)
    assert (event.event_date, event.date_precision) == expected


def test_an_official_named_by_title_alone_belongs_to_the_state_of_the_story():
    text = (
        "Canada opened a consulate in Nuuk on Monday.\n\n"
        "Canada also named a new Arctic ambassador in Ottawa on Tuesday.\n\n"
        "Greenland's premier welcomed the consulate in Nuuk on Wednesday.\n\n"
        "The Northern Affairs Minister announced more funding for the consulate on Thursday."
    )
    announced = event_saying("funding", text, date(2024, 6, 14))
    assert announced.actors == ("CAN",)


def test_a_minister_speaking_in_a_capital_is_that_states_whatever_the_story_is_about():
    """rules-2.10: a US jet shot the object down over Yukon; Canada's minister spoke in Ottawa."""
    text = (
        "A U.S. F-22 shot down an unidentified object over Yukon on Saturday, the Pentagon said.\n\n"
        "U.S. officials said the United States would help recover the debris.\n\n"
        "Defence Minister Anita Anand told reporters in Ottawa on Saturday evening that the object was small."
    )
    told = event_saying("reporters", text, date(2023, 2, 12))
    assert told.actors == ("CAN",)


def test_a_foreign_statement_is_made_at_home_not_where_the_story_is():
    text = (
        "Norway hosted NATO's exercise near Tromsø on Monday.\n\n"
        "Allied ships sailed from Tromsø to Andøya on Tuesday, Norway's armed forces said.\n\n"
        "Russia's foreign ministry said the exercise was a provocation."
    )
    statement = event_saying("provocation", text, date(2024, 3, 6))
    assert statement.place == "Moscow"


def test_a_month_beside_that_year_is_in_the_year_named_before():
    """rules-2.8: "In October that year" after "in 1983" is October 1983, not last October."""
    text = (
        "Early ice trapped dozens of ships off Pevek in 1983.\n\n"
        "In October that year the freighter Kolyma was crushed by the ice and sank in the East Siberian Sea."
    )
    event = event_saying("sank", text, date(2021, 11, 22))
    assert (event.event_date, event.date_precision) == (date(1983, 10, 1), "month")


def test_news_told_in_the_present_perfect_is_of_the_reports_day_not_the_ledes():
    """rules-2.8: a dateless "has reported" or "is leading" is news as of publication; a dateless
    past-tense follow-up still takes the lede's day, and so does "would have" or "for years"."""
    text = (
        "A Russian helicopter crashed off Barentsburg on Thursday with eight people on board.\n\n"
        "The Accident Investigation Board Norway is leading the investigation in Longyearbyen.\n\n"
        "Divers searched the wreck in Isfjorden.\n\n"
        "Miners in Barentsburg have warned for years that the flights were unsafe."
    )
    published = date(2017, 10, 28)  # a Saturday
    assert event_saying("leading", text, published).event_date == published
    assert event_saying("Divers", text, published).event_date == date(2017, 10, 26)
    assert event_saying("warned", text, published).event_date == date(2017, 10, 26)


def test_a_past_tense_clause_with_an_irregular_verb_is_a_happening_of_its_own():
    """rules-2.8: "split in two in 2002, and in August 2005 ... broke off" is two happenings."""
    text = "The Ward Hunt Ice Shelf split in two in 2002, and in August 2005 the Ayles Ice Shelf broke off."
    events = extract_events(text, date(2020, 8, 7))
    assert _dates(events) == {(date(2002, 1, 1), "year"), (date(2005, 8, 1), "month")}
    assert {e.place for e in events} == {"Ward Hunt Ice Shelf", "Ayles Ice Shelf"}


def test_same_day_beside_a_period_naming_a_thing_takes_the_day_named_before():
    text = (
        "The US vice-president visited the Pituffik Space Base in Greenland on Friday.\n\n"
        "On the same day, Greenland's parties signed a coalition agreement in Nuuk under the winner of "
        "this month's election."
    )
    event = event_saying("coalition", text, date(2025, 3, 29))
    assert (event.event_date, event.date_precision) == (date(2025, 3, 28), "day")


def test_a_planned_happening_with_its_own_date_is_an_event():
    """rules-2.10: "expects to start ... in 2023" tells a planned happening as a verb of a happening does."""
    text = (
        "Novatek took the final investment decision on Arctic LNG 2 on Thursday.\n\n"
        "Novatek expects to start the first train at Gydan in 2023."
    )
    planned = event_saying("first train", text, date(2019, 9, 6))
    assert (planned.event_date.year, planned.date_precision) == (2023, "year")


def test_a_keel_laid_and_a_body_set_up_are_happenings():
    """rules-2.11: "laid" and "set up" tell a happening as other irregular past verbs do."""
    text = (
        "Norway's parliament received the commission's report in Oslo on Thursday.\n\n"
        "The Storting set up the commission in June 2018.\n\n"
        "The keel of the coast guard ship was laid at the Vard yard in Tulcea in April 2017."
    )
    published = date(2023, 6, 3)
    assert (event_saying("set up the commission", text, published).event_date.year) == 2018
    keel = event_saying("keel", text, published)
    assert (keel.event_date, keel.date_precision) == (date(2017, 4, 1), "month")


@pytest.mark.parametrize(
    ("sentence", "phrase", "actor"),
    [
        # rules-2.11: the Pope acts for the Holy See wherever he is.
        (
            "Pope Francis apologised in Iqaluit on Friday for the role of Catholics in residential schools.",
            "apologised",
            "VAT",
        ),
        # rules-2.11: a US Marine unit is the United States' even on a Norwegian exercise.
        (
            "An aircraft of the 2nd Marine Aircraft Wing crashed near Bodø on Friday during a NATO exercise.",
            "crashed",
            "USA",
        ),
    ],
)
def test_the_holy_see_and_us_marines_are_actors(sentence, phrase, actor):
    assert actor in event_saying(phrase, sentence, date(2022, 7, 30)).actors


def test_royal_marines_are_not_american():
    event = event_saying("landed", "British Royal Marines landed near Harstad on Tuesday.", date(2024, 3, 8))
    assert "USA" not in event.actors and "GBR" in event.actors


def test_a_month_with_its_own_last_is_not_moved_by_a_later_in_the_same_sentence():
    text = (
        "Finnair cut its routes to Asia on Monday, the airline said in Helsinki.\n\n"
        "Its chief executive, who joined the company in 2016, wrote that he regretted nothing.\n\n"
        "Finnair ordered new aircraft last October but cancelled the order weeks later."
    )
    ordered = event_saying("ordered new aircraft", text, date(2022, 3, 9))
    assert (ordered.event_date, ordered.date_precision) == (date(2021, 10, 1), "month")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the weekday's own part is past, whatever the part after "and" says
        ("The Centre Party won Sunday's election in Helsinki and will lead the talks.", date(2023, 4, 2)),
        # the future marker is in the weekday's own clause: the next Friday
        ("The leaders will meet in Oslo and sign the accord on Friday.", date(2023, 4, 7)),
        # "after his party won": the subordinate clause keeps its own past tense
        ("The premier will stay on after his party won Sunday's election in Nuuk.", date(2023, 4, 2)),
        # "until" bounds a span: the happening is dated by the other date
        ("The council, where Norway holds the chair until May, has been frozen since March 2022.", date(2022, 3, 1)),
    ],
)
def test_a_date_takes_the_tense_of_its_own_part_of_a_joined_clause(sentence, expected):
    from dashboard.events.extraction.dates import resolve_date

    assert resolve_date(sentence, date(2023, 4, 3)).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crowds watched a walrus in the harbour on Monday.\n\n"
            "The Directorate of Fisheries put down the walrus in Oslo on Thursday.",
            ("NOR",),
        ),
        (
            "A landslide hit the town of Seydisfjordur on Friday.\n\n"
            "The Department of Civil Protection evacuated the town on Friday evening.",
            ("ISL",),
        ),
        # an international body is no state's
        (
            "Crowds watched a walrus in the harbour on Monday.\n\n"
            "The International Energy Agency praised the plan in Oslo on Thursday.",
            (),
        ),
    ],
)
def test_a_state_agency_named_generically_is_a_states(text, expected):
    """A directorate, department, agency or authority named without its state is the state's
    whose capital the sentence names, or whose place the story is about."""
    assert extract_events(text, date(2024, 6, 14))[-1].actors == expected


def test_a_parliament_or_government_by_name_acts_at_its_seat_in_a_story_abroad():
    text = (
        "Finland's defence minister signed a defence agreement in Washington on Monday.\n\n"
        "The minister signed the agreement at the Pentagon.\n\n"
        "The Eduskunta must approve the agreement, and the government will present a bill next year."
    )
    bill = event_saying("present a bill", text, date(2023, 12, 20))
    assert bill.place == "Helsinki"


def test_the_other_partys_answer_is_a_happening_of_its_own():
    text = (
        "Norway expelled three Russian diplomats in Oslo on Monday.\n\n"
        "Norway's foreign minister said the diplomats had worked for Russian intelligence.\n\n"
        "Russia said it regretted the decision and would respond."
    )
    events = extract_events(text, date(2023, 4, 14))
    answer = event_saying("regretted", text, date(2023, 4, 14))
    assert answer.actors[0] == "RUS"
    assert len(events) == 2  # the minister's comment folds into the expulsion; Russia's answer does not


def test_a_plan_for_seas_is_placed_where_it_was_announced():
    text = (
        "Norway boosts its coast guard\n\n"
        "Norway will spend 5 billion crowns on new coast guard ships for the Barents Sea and the Norwegian Sea, "
        "the defence minister said on Monday.\n\n"
        "The ships will be built at yards in Tromsø and Bergen."
    )
    plan = event_saying("5 billion crowns", text, date(2025, 3, 4))
    assert plan.place == "Oslo"


def test_a_foreign_ministry_speaks_from_its_seat_in_a_follow_up_sentence():
    text = (
        "Russian warships gathered near Murmansk today.\n\n"
        "The warships left Murmansk for the Barents Sea today.\n\n"
        "Norway's foreign ministry said Russian military activity near the border had increased."
    )
    said = event_saying("foreign ministry", text, date(2025, 3, 24))
    assert said.place == "Oslo"


def test_a_closing_attribution_does_not_date_the_happening_it_reports():
    text = "The Petermann Glacier lost a huge ice island in early August, the Danish Meteorological Institute said on Thursday."
    event = extract_events(text, date(2024, 8, 16))[0]
    assert (event.event_date, event.date_precision) == (date(2024, 8, 1), "month")
