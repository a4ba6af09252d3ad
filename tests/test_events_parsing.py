"""Unit tests for dates, actors and text cleaning in dashboard.events."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.extraction.actors import find_actors
from dashboard.events.extraction.dates import resolve_date
from dashboard.events.extraction.text import clean_text, split_sentences

THURSDAY = date(2025, 2, 27)  # the seed article's publication date


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("after their meeting in Helsinki, Finland, July 16, 2018.", date(2018, 7, 16), "day"),
        ("Finland joined on 4 April 2023.", date(2023, 4, 4), "day"),
        ("The talks resumed on February 27.", date(2025, 2, 27), "day"),
        ("On Tuesday the ministers met.", date(2025, 2, 25), "day"),
        ("They will meet next Tuesday.", date(2025, 3, 4), "day"),
        ("The ship docked yesterday.", date(2025, 2, 26), "day"),
        ("It was agreed last month.", date(2025, 1, 1), "month"),
        ("The drill took place in March 2022.", date(2022, 3, 1), "month"),
        ("The talks will resume in March.", date(2025, 3, 1), "month"),
        ("In March, Russia said so.", date(2024, 3, 1), "month"),
        ("China declared itself a near-Arctic state in 2018.", date(2018, 1, 1), "year"),
        ("The icebreaker will be delivered next year.", date(2026, 1, 1), "year"),
        ("Ministers met last week.", date(2025, 2, 20), "month"),
        ("The cable was cut on 2022-01-07.", date(2022, 1, 7), "day"),
        # rules-2.8
        ("The shelf lost 40 per cent of its area at the end of January.", date(2025, 1, 1), "month"),
        ("OSLO, Feb 27 -- The Supreme Court ruled on Tuesday that the fine stands.", date(2025, 2, 25), "day"),
        ("The base, known until 2023 as Thule Air Base, operates under a 1951 agreement.", date(1951, 1, 1), "year"),
        # rules-2.12 (published Thursday 2025-02-27)
        ("The ice broke up in mid-January.", date(2025, 1, 1), "month"),
        ("Output peaked in mid-2023.", date(2023, 1, 1), "year"),
        ("The talks ran on 15-16 January.", date(2025, 1, 15), "day"),
        ("The talks ran between 3 and 5 February 2024.", date(2024, 2, 3), "day"),
        ("Exports rose in Q3 2024.", date(2024, 7, 1), "month"),
        ("Drilling will start in the first quarter of next year.", date(2026, 1, 1), "month"),
        ("The premier spoke on New Year's Day.", date(2025, 1, 1), "day"),
        ("The trawler was seized on Christmas Eve 2019.", date(2019, 12, 24), "day"),
        ("The ferry ran aground on the 12th.", date(2025, 2, 12), "day"),
        # A weekend is dated by its Saturday, at day precision since rules-2.37 (annotators give the day).
        ("Two trawlers were detained over the weekend.", date(2025, 2, 22), "day"),
        ("The coalition agreed earlier in the week.", date(2025, 2, 27), "month"),
        # "the end of the year" is its December (rules-2.23), "the turn of the year" only the year.
        ("The plan must be filed by the end of the year.", date(2025, 12, 1), "month"),
        ("Storms came at the turn of the year.", date(2025, 1, 1), "year"),
        ("SSC had signed an agreement at the end of last year.", date(2024, 12, 1), "month"),
        ("The minister arrived on Tuesday, February 4.", date(2025, 2, 4), "day"),
        # rules-2.14
        ("The accord was signed on the first day of August.", date(2024, 8, 1), "day"),
        ("The quota runs out on the last day of February 2024.", date(2024, 2, 29), "day"),
        ("The ice camp was evacuated this past weekend.", date(2025, 2, 22), "day"),
        ("The ice was thin in late summer.", date(2024, 1, 1), "year"),
        # rules-2.14: a past reporting verb with a longer object before the day ("signed a new maritime
        # doctrine on Sunday"), or "released", dates the past day whatever the rest says ("will defend").
        (
            "Putin signed a new maritime doctrine on Sunday that says Russia will defend the Arctic.",
            date(2025, 2, 23),
            "day",
        ),
        (
            "The Pentagon released a new Arctic strategy on Monday that says the military must be ready.",
            date(2025, 2, 24),
            "day",
        ),
        # rules-2.15: "long-planned" names a thing, it does not put the arrival ahead; a season "of next
        # year" is next year's; "two years later", "the following year" count from the year named before.
        ("The bombers arrived on Monday for a long-planned mission.", date(2025, 2, 24), "day"),
        ("The ship is to be handed over in the autumn of next year.", date(2026, 1, 1), "year"),
        (
            "The court sided with the herders in 2016, but the appeal court ruled two years later.",
            date(2016, 1, 1),
            "year",
        ),
        ("The airline flew there in May 2007 but dropped the service the following year.", date(2007, 5, 1), "month"),
        # rules-2.18: a passive ahead ("to be held") is no past reporting verb; "is expected" looks ahead.
        ("The larger exercise is due to be held in late May.", date(2025, 5, 1), "month"),
        ("The frigate is expected home in Halifax in December.", date(2025, 12, 1), "month"),
        # ... and a plan told in the past perfect looks back: that Tuesday, which the blizzard spoiled.
        ("The ceremony had been planned for Tuesday afternoon, but a blizzard closed in.", date(2025, 2, 25), "day"),
    ],
)
def test_dates_resolve_against_the_publication_date(sentence, expected, precision):
    found = resolve_date(sentence, THURSDAY)
    assert (found.date, found.precision, found.explicit) == (expected, precision, True)


@pytest.mark.parametrize(
    "sentence",
    ["The route is 2,018 km long.", "About 1,500 ships sailed.", "They may meet again.", "Troops march north."],
)
def test_numbers_and_verbs_are_not_dates(sentence):
    found = resolve_date(sentence, THURSDAY)
    assert (found.date, found.precision, found.explicit) == (THURSDAY, "day", False)


def test_a_period_naming_a_thing_dates_nothing():
    """rules-2.8: "this month's election" says which election, not when the sentence's happening was."""
    assert not resolve_date("The winner of this month's election formed a coalition.", THURSDAY).explicit
    assert resolve_date("The coalition was formed this month.", THURSDAY).explicit


def test_years_later_count_from_the_year_named_before_them():
    """rules-2.15: the clause of "ruled two years later" is dated 2018, not the publication year."""
    ruling = "The district court sided with the herders in 2016, but the appeal court ruled two years later"
    assert resolve_date(ruling, THURSDAY, anchor=ruling.index("ruled")).date == date(2018, 1, 1)
    dropped = "The airline began flying there in 2007, but dropped the service the following year"
    assert resolve_date(dropped, THURSDAY, anchor=dropped.index("dropped")).date == date(2008, 1, 1)
    assert not resolve_date("The court ruled two years later.", THURSDAY).explicit
    crash = "A jet and a helicopter collided over the Potomac on January 29, and a medical jet crashed two days later"
    assert resolve_date(crash, THURSDAY, anchor=crash.index("crashed")).date == date(2025, 1, 31)
    # Never finer than the date counted from: "in 2016 ... two days later" is still a year.
    assert resolve_date("It opened in 2016 and closed two days later", THURSDAY, anchor=24).precision == "year"


def test_a_day_without_year_after_publication_belongs_to_last_year():
    assert resolve_date("Signed on December 30.", date(2025, 1, 5)).date == date(2024, 12, 30)


def _codes(text: str, on: date | None = THURSDAY) -> list[str]:
    return [m.code for m in find_actors(text, on)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("NATO allies worry about engagement between Washington and the Kremlin.", ["NATO", "USA", "RUS"]),
        ("The Pentagon's new Arctic strategy warns of Russia-China cooperation.", ["USA", "RUS", "CHN"]),
        ("Rosatom and COSCO signed a deal; Equinor declined.", ["RUS", "CHN", "NOR"]),
        ("Beijing has invested in Arctic research.", ["CHN"]),
        ("US and Russian officials discussed trade routes.", ["USA", "RUS"]),
        ("The Arctic Council paused its work.", ["ARC"]),
        ("Trump spoke with Putin.", ["USA", "RUS"]),
    ],
)
def test_actors_by_name_capital_demonym_institution_company_and_leader(text, codes):
    assert _codes(text) == codes


def test_outlets_are_not_actors():
    assert _codes("Bloomberg reports that the Washington Post and the Moscow Times agree.") == []


def test_a_capital_after_a_locative_is_a_place_not_an_actor():
    assert _codes("They met in Helsinki, Finland, and then in Moscow.") == []
    assert _codes("Moscow rejected the offer.") == ["RUS"]


def test_leaders_count_only_within_their_term():
    assert _codes("Trump met Putin.", date(2016, 6, 1)) == ["RUS"]
    assert _codes("Trump met Putin.", date(2018, 7, 16)) == ["USA", "RUS"]


def test_lowercase_us_and_sea_names_are_not_actors():
    assert _codes("Let us sail the Norwegian Sea to North America.") == []


def test_html_is_read_as_data_scripts_and_styles_dropped():
    html = (
        "<html><head><script>alert('x')</script><style>p{}</style></head><body>"
        "<h1>Title here</h1><p>Russia met China &amp; Norway.</p><ul><li>One bullet.</li></ul>"
        "<img src=x onerror=alert(1)></body></html>"
    )
    text = clean_text(html)
    assert "alert" not in text and "<" not in text
    assert "Russia met China & Norway." in text
    assert "• One bullet." in text


def test_markdown_links_emphasis_and_lists_become_plain_text():
    text = clean_text("# Head\n\nSome **bold** [link](http://example.org) text.\n\n- item one\n* item two")
    assert text.splitlines() == ["Head", "", "Some bold link text.", "• item one", "• item two"]


_PAGE_WITH_BOXES = (
    "<html><body><article><h1>Coast Guard cutter reaches the North Pole</h1>"
    "<p>The Coast Guard cutter Healy reached the North Pole on Friday, the first American surface ship to get there "
    "alone since 2015, the service said in a statement released on Saturday.</p>"
    "<p>The crew spent several hours on the ice before turning south toward the Chukchi Sea, where scientists on "
    "board will recover moorings that were placed there last summer.</p>"
    "<aside><h2>A long summer in the ice</h2><p>The Healy left its homeport in Seattle on July 11 and worked in the "
    "Beaufort and Chukchi seas through July and August, deploying sensors, gliders and buoys for the Navy.</p></aside>"
    "<p>The deployment comes as the nation's icebreaking fleet is stretched thin, with only two large icebreakers "
    "in service and the first new polar security cutter still years away.</p>"
    "<aside><h2>Related</h2><ul><li><a href='/a'>Icebreaker funding stalls in Congress</a></li>"
    "<li><a href='/b'>Polar Star returns from Antarctica</a></li></ul></aside>"
    "</article></body></html>"
)


def test_a_boxs_paragraph_of_prose_is_kept_and_a_related_stories_box_dropped():
    # rules-2.41: trafilatura's main text leaves out every <aside>; a box's paragraph of prose is the article's.
    text = clean_text(_PAGE_WITH_BOXES)
    assert "The Healy left its homeport in Seattle on July 11" in text
    assert "Icebreaker funding stalls" not in text and "Polar Star returns" not in text


def test_markdown_with_only_bold_is_read_as_markdown():
    # rules-2.41: a pasted Markdown article may have no heading, link or bullet, only bold; its stars are markup.
    text = clean_text(
        "Oslo set out the need in its **long-term defence plan of April 2024**, which made the navy a priority."
    )
    assert text == "Oslo set out the need in its long-term defence plan of April 2024, which made the navy a priority."


def test_plural_titles_do_not_end_a_sentence():
    # rules-2.41: "Reps." and "Sens." before names, as "Rep." and "Sen." already were.
    text = "On Tuesday, Anchorage Reps. David Nelson and Zack Fields wrote a letter. Sens. Lisa Murkowski and Dan Sullivan agreed."
    assert [s.text for s in split_sentences(clean_text(text))] == [
        "On Tuesday, Anchorage Reps. David Nelson and Zack Fields wrote a letter.",
        "Sens. Lisa Murkowski and Dan Sullivan agreed.",
    ]


def test_sentences_keep_title_byline_caption_headings_and_bullets_apart():
    text = clean_text(
        "Arctic talks resume\n\nBy Jane Doe February 27, 2025\n55\n"
        "Leaders shake hands in Helsinki, July 16, 2018.(John Roe / Agency File Photo)\n\n"
        "Dr. Smith went to the U.S. capital. He met Mr. Jones there.\n\nKey Points\n\n"
        "  • First bullet. Second sentence.\n  • Another bullet."
    )
    kinds = [(s.kind, s.text) for s in split_sentences(text)]
    assert kinds == [
        ("title", "Arctic talks resume"),
        ("byline", "By Jane Doe February 27, 2025"),
        ("caption", "Leaders shake hands in Helsinki, July 16, 2018."),
        ("body", "Dr. Smith went to the U.S. capital."),
        ("body", "He met Mr. Jones there."),
        ("heading", "Key Points"),
        ("bullet", "First bullet."),
        ("bullet", "Second sentence."),
        ("bullet", "Another bullet."),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Published Thursday 2025-01-30: the future tense of the news does not move the reported day.
        ("Denmark will spend 14.6 billion kroner on Arctic ships, the minister said on Monday.", date(2025, 1, 27)),
        ("The ministers will meet in Nuuk on Monday.", date(2025, 2, 3)),
        ("Norway announced on Tuesday that talks will resume next year.", date(2025, 1, 28)),
        # rules-2.8: a planned happening told in the present lies ahead; told in the past, behind.
        ("Frederiksen hosts the Nordic prime ministers in Nuuk on Tuesday.", date(2025, 2, 4)),
        ("Frederiksen hosted the Nordic prime ministers in Nuuk on Tuesday.", date(2025, 1, 28)),
        # rules-2.10: "plan" as a thing ("the planned operation", "Hilcorp's plan") puts nothing ahead;
        # "plans to" as a verb still does.
        ("The Navy notified Moscow of the planned operation on Friday.", date(2025, 1, 24)),
        ("The agency on Wednesday approved Hilcorp's plan to produce oil.", date(2025, 1, 29)),
        ("The company plans to start drilling on Friday.", date(2025, 1, 31)),
        # A plan told in the past looks back: the Friday before publication.
        ("She learned of it shortly before she was due to speak in Munich on Friday.", date(2025, 1, 24)),
    ],
)
def test_future_tense_applies_only_to_the_clause_of_the_date(sentence, expected):
    assert resolve_date(sentence, date(2025, 1, 30)).date == expected


def test_the_end_of_a_span_does_not_date_the_happening():
    """rules-2.10: "until the end of August" bounds the suspension; the suspension itself is undated."""
    found = resolve_date("The minister has suspended the hunting of fin whales until the end of August.", THURSDAY)
    assert not found.explicit and found.date == THURSDAY
    assert resolve_date("The base, known until 2023 as Thule, was renamed on Monday.", THURSDAY).text == "on Monday"


def test_every_city_of_a_located_list_is_a_place_not_an_actor():
    assert [m.code for m in find_actors("Canada will open consulates in Anchorage and Nuuk.")] == ["CAN"]
    assert [m.code for m in find_actors("Washington and Moscow agreed.")] == ["USA", "RUS"]
