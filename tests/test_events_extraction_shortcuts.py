"""The extraction's speed shortcuts give the answers of the scans they replace: each cheap test
is checked against the regular expression it stands for, on every sentence of the annotated
development articles and on strings made to trip it (case folding, digits of other scripts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.events.extraction.date_words import MAY_HAVE_DATE, may_have_date
from dashboard.events.extraction.text import clean_text, split_sentences
from tests.extraction_sets import HELD_OUT

_ARTICLES = Path(__file__).parent / "data" / "articles"

_TRICKY = [
    "",
    "No date words here at all.",
    "The SPRING thaw",
    "WEEKLY",
    "ſummer camp",  # long s folds to "s" under re.IGNORECASE
    "TODAY'S ıce",
    "weeK",  # Kelvin sign folds to "k"
    "Yİ",
    "Sector ٣ of the plan",  # an Arabic-Indic digit is a decimal digit
    "Area² grew",  # a superscript two is a digit but not a decimal one
    "March on the capital",
    "a Decree",
    "the Monday",
    "the ago",
    "quarterly",
]


def _sentences() -> list[str]:
    found = []
    for path in sorted([*_ARTICLES.glob("*.*"), *_ARTICLES.glob("*/*.*")]):
        if path.suffix in (".txt", ".md", ".html") and path.parent.name not in HELD_OUT:
            found += [s.text for s in split_sentences(clean_text(path.read_text(encoding="utf-8")))]
    return found


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _sentences() + _TRICKY


def test_may_have_date_answers_as_its_scan(sentences):
    assert [may_have_date(s) for s in sentences] == [bool(MAY_HAVE_DATE.search(s)) for s in sentences]


def test_digit_cue_answers_as_a_test_of_every_character(sentences):
    from dashboard.events.extraction.date_words import cues

    for text in [*sentences, "Area² grew", "Sector ٣", "①", "x²", "7"]:
        assert ("digit" in cues(text)) == any(c.isdigit() for c in text), text


def test_located_state_and_seat_scans_follow_the_words_they_end_with(sentences):
    """A match of each "$"-anchored scan of the text before a name ends with one of the words its
    shortcut looks for, so skipping the scan when the text ends otherwise changes nothing."""
    from dashboard.events.extraction import actors, actors_as_places

    shortcuts = [
        (actors_as_places.IN_STATE, actors_as_places.IN_STATE_ENDS),
        (actors_as_places.NAME_LOCATIVE, actors_as_places.NAME_LOCATIVE_ENDS),
        (actors_as_places.AFTER_LOCATED_CITY, (",",)),
    ]
    for sentence in [*sentences, "troops to central  Norway", "in Oslo ,  Norway", "visited Oslo and\tNuuk"]:
        for word in actors._WORDS.finditer(sentence):
            before = sentence[: word.start()]
            for pattern, ends in shortcuts:
                if pattern.search(before):
                    assert before.rstrip().endswith(ends), (pattern.pattern[:40], before[-40:])


def test_scans_skipped_for_want_of_their_words_find_nothing(sentences):
    """Where a text holds none of a scan's literal starts, the scan finds nothing there."""
    from dashboard.events.extraction import actors

    names, seats, _, masks, outlets, groups = actors._compiled()
    checks = [
        (outlets, actors._OUTLET_HEADS),
        (masks, actors._MASK_HEADS),
        (seats, actors._SEAT_HEADS),
        (groups, actors._GROUP_HEADS),
    ]
    assert all(heads for _, heads in checks)
    for sentence in sentences:
        for pattern, heads in checks:
            assert actors._may_hold(sentence, heads) or not pattern.search(sentence)
    from dashboard.events.extraction.name_scan import literal_starts

    fragments = ["Nordic (?:countries|states)", r"NORAD|North Defen[cs]e", "bans?", r"a\|b", "(?<!Royal )Marines"]
    assert literal_starts(fragments) == ("Nordic ", "NORAD", "North Defen", "ban", "a", "Marines")
    assert literal_starts(["(?:US )?Navy"]) is None


def test_names_scan_finds_what_the_whole_pattern_finds(sentences):
    """The names scan that tries only the names fitting a word's first letters gives the whole
    alternation's matches: the same spans, the same actor codes."""
    from dashboard.events.extraction import actors
    from dashboard.events.extraction.name_scan import literal_start

    whole, scan = actors._compiled()[0], actors._names_scan()
    made_up = [
        "The eight Arctic states met; the eight Arctic nations too.",
        "US Marine Corps and U.S. Marines, not the Royal Marines, with the EU-China talks.",
        "North America, South Korea's Korean Air, and Americans in America.",
        "U.S.-Russia ties, USA, the US, NATO's Secretary General, a Papal visit, papal words.",
        "Tthe Pentagon, the Pentagon, the White House",
    ]
    for text in [*sentences, *made_up]:
        masked = actors._mask_non_actors(text)
        for t in (text, masked):
            expected = [(m.span(), m.lastgroup) for m in whole.finditer(t)]
            assert [(m.span(), m.lastgroup) for m in scan.finditer(t)] == expected, t
    assert literal_start("Americans?") == "American"
    assert literal_start("(?<!North )(?<!South )Korea") == "Korea"
    assert literal_start(r"U\.S\.(?:A\.)?") == "U"
    assert literal_start("[Tt]he eight Arctic states") == ""


def test_only_the_kinds_reading_tense_resolve_differently_by_tense(sentences):
    """A date of a kind outside READS_TENSE resolves alike whatever its clause's tense, so its
    clause's tense need not be read."""
    from datetime import date

    from dashboard.events.extraction import dates
    from dashboard.events.extraction.date_words import PATTERNS

    made_up = ["In the first quarter of 2024 and Q3 last year", "at the start of the year", "three weeks ago",
               "next year's budget", "last summer", "on Christmas Day 2019", "next week", "this month"]  # fmt: skip
    published = date(2024, 3, 15)
    kinds_met = set()
    for sentence in [*sentences, *made_up]:
        for kind, pattern in PATTERNS:
            if kind in dates.READS_TENSE or kind == "later":
                continue
            for m in pattern.finditer(sentence):
                try:
                    answers = {dates._resolve(kind, m, published, tense) for tense in ("", "past", "future")}
                except ValueError:
                    continue
                kinds_met.add(kind)
                assert len(answers) == 1, (kind, m.group(0))
    assert {"iso", "mdy", "dmy", "my", "year", "relyear", "quarter", "ago", "yearpart"} <= kinds_met


def test_word_tests_before_election_and_office_scans_hold_for_every_match(sentences):
    from dashboard.events.extraction import default_places, officials
    from dashboard.events.extraction.text import lower_for_cues

    made_up = ["won Saturday's ELECTION", "Gov. Mike Dunleavy", "the City Council", "the Bergen-based Institute"]
    for sentence in [*sentences, *made_up]:
        if default_places._ELECTION.search(sentence):
            assert "election" in lower_for_cues(sentence)
        if officials._LOCAL_OFFICIALS.search(sentence):
            assert officials._may_name_local_official(sentence)
        if officials._BASED_IN.search(sentence):
            assert "-based" in sentence


def test_word_tests_before_company_and_record_scans_hold_for_every_match(sentences):
    from dashboard.events.extraction import officials, other_clauses
    from dashboard.events.extraction.text import lower_for_cues

    made_up = [
        "the Zurich start-up Climeworks",
        "a Bergen startup",
        "since RECORDS BEGAN in ",
        "since record-keeping began ",
    ]
    for sentence in [*sentences, *made_up]:
        if officials._CITY_COMPANY.search(sentence):
            assert officials._ANY_CITY_COMPANY_NOUN.search(sentence)
        for end in range(len(sentence) + 1):
            if other_clauses._RECORDS_BEGAN.search(sentence, 0, end):
                assert "record" in lower_for_cues(sentence)


def test_year_patterns_tested_after_the_year_match_as_written_before_it(sentences):
    """The "year", "iso" and "ordday" patterns test what precedes their first word after matching it
    (a fast start); they match as the forms with the test before it do."""
    import re

    from dashboard.events.extraction import date_words

    before = {
        "iso": re.compile(rf"\b{date_words._YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        "year": re.compile(rf"(?:(?<![\d.,$€£-])|(?<=mid-)){date_words._YEAR}{date_words._NOT_QUANTITY}\b"),
        "ordday": re.compile(rf"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{date_words._MONTH})"),
    }
    made_up = [
        "1999",
        "x1999",
        ".1999",
        "mid-1999",
        "$2020",
        "in 2020 km",
        "2020s",
        "12020",
        "a2024-05-01",
        "2024-05-01",
        "on the 12th",
        "won the 12th",
        "Upon the 3rd",
        "on the 1st of May",
    ]
    patterns = dict(date_words.PATTERNS)
    for sentence in [*sentences, *made_up]:
        for kind, written in before.items():
            expected = [(m.span(), m.groupdict()) for m in written.finditer(sentence)]
            assert [(m.span(), m.groupdict()) for m in patterns[kind].finditer(sentence)] == expected, sentence


def test_trigger_scan_finds_what_each_category_pattern_finds(sentences):
    """Trying a category's fragments only at the word starts its first letters allow gives each
    category's whole pattern's matches (a leading group of words, "(?:take|took) office", included)."""
    import re

    from dashboard.events.extraction import lexicon
    from dashboard.events.extraction.trigger_words import TRIGGERS

    whole = [re.compile(rf"(?<![\w-])(?:{'|'.join(fragments)})(?![\w])", re.I) for _, _, fragments in TRIGGERS]
    made_up = ["She TOOK OFFICE in May; he takes office, taking office soon.", "taKe office", "Oil-gas LNG"]
    for text in [*sentences, *made_up]:
        found = [[m.span() for m in hits] for hits in lexicon._trigger_hits(text)]
        assert found == [[m.span() for m in p.finditer(text)] for p in whole], text
    assert lexicon._keys("(?:take|took) office") == ("tak", "too")
    assert lexicon._keys("vot(?:e|ed)") == ("vot",)
    assert lexicon._keys("(?:US )?Navy") is None


def test_date_cues_answer_as_their_scans(sentences):
    """The month cue with its word boundary tested after the letters finds what the plain
    "\\b(?:Jan|...)" scan finds, and the flat substring tests give each cue's words' answer."""
    import re

    from dashboard.events.extraction import date_words

    plain = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
    for text in [*sentences, "Jan", "xJan", "2Jan", "_Jan", " Jan", "\nJan", "éJan", "Janx"]:
        assert [m.span() for m in date_words.MONTH_CUE.finditer(text)] == [m.span() for m in plain.finditer(text)]
        lower = text.lower()
        expected = {c for c, words in date_words._SUBSTRING_CUES.items() if any(w in lower for w in words)}
        assert {c for c in date_words.cues(text) if c not in ("digit", "month", "in month")} == expected


def test_month_patterns_test_the_word_boundary_after_the_first_letter_as_before_it(sentences):
    """A date pattern starting with a month name finds, with its word boundary tested after the
    name's first letter, what it finds with "\\b" before the name: the same spans and groups."""
    import re

    from dashboard.events.extraction import date_words

    changed = [p for _, p in date_words.PATTERNS if p.pattern.startswith(date_words._MONTH_AT_WORD_START)]
    assert len(changed) == 6
    made_up = ["xMay 5", "_May 5, 2020", "May 5, 2020", "éMay 2020", "1May 2020", "(Sept. 3) Sept 4, 2021"]
    for pattern in changed:
        plain = re.compile(pattern.pattern.replace(date_words._MONTH_AT_WORD_START, r"\b" + date_words._MONTH, 1))
        for text in [*sentences, *made_up]:
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == expected, text


def test_gazetteer_tries_only_name_lengths_and_finds_what_every_length_finds(sentences, monkeypatch):
    """Looking up only the n-grams of a length some name starting with the word has finds the
    candidates that trying every length up to the longest finds (a word folded into two, "ﹰ"
    folding to a space, included)."""
    from dashboard.events.extraction.actors import mask_outlets
    from dashboard.events.extraction.places import default_gazetteer

    gazetteer = default_gazetteer()
    shortcut = gazetteer._lengths
    every = {word: tuple(range(sizes[0], 0, -1)) for word, sizes in shortcut.items()}
    assert any(sizes != every[word] for word, sizes in shortcut.items())  # the shortcut skips lengths
    # "Ladd ArmyﹰAirfield": two words, a three-word name, and no two-word name starts with "Ladd".
    made_up = ["Ladd ArmyﹰAirfield", "Ladd Army Airfield", "New YorkﹰCity", "the Kara Sea and the Barents Sea",
               "Cape  Dorset, Nuuk, Greenland's capital", "NUUK, Greenland -", "Nuuk"]  # fmt: skip
    for text in [*sentences, *made_up]:
        for t in (text, mask_outlets(text)):
            found = gazetteer._candidates(t)
            monkeypatch.setattr(gazetteer, "_lengths", every)
            assert found == gazetteer._candidates(t), t
            monkeypatch.setattr(gazetteer, "_lengths", shortcut)


def test_in_month_cue_is_found_wherever_the_inmonth_pattern_matches(sentences):
    """The "inmonth" pattern is skipped in a sentence without the "in month" cue (a month right
    after one of its words): wherever it matches, the cue is there."""
    from dashboard.events.extraction import date_words

    inmonth = dict(date_words.PATTERNS)["inmonth"]
    made_up = ["mid-May", "MID  June", "in\tJuly", "ſince Aug.", "İN May", "the end of\n\n   July", "Since\u2003Oct",
               "from Dec", "by Feb.", "during March", "this May", "Beginning Of Sept", "within May", "xin May"]  # fmt: skip
    met = 0
    for text in [*sentences, *made_up]:
        if inmonth.search(text):
            met += 1
            assert "in month" in date_words.cues(text), text
    assert met > 100
    assert "in month" not in date_words.cues("May 5 and Marchers in the square, 12 June")


def test_a_place_spanning_a_name_is_the_place_replaced_with_that_span():
    """PlaceMatch.spanning copies every field but the span, as dataclasses.replace does (a field
    added to PlaceMatch and left out of spanning fails here)."""
    from dataclasses import replace

    from dashboard.events.extraction.places import PlaceMatch, default_gazetteer

    places = [*default_gazetteer()._index.values(), PlaceMatch("X", 1.0, 2.0, "city", 3, 4, "port", "NOR", True)]
    for place in places:
        assert place.spanning(5, 9) == replace(place, start=5, end=9)
        assert place.spanning(-1, -1) == replace(place, start=-1, end=-1)


def test_people_named_by_surname_openings_are_those_whose_surname_the_text_holds(sentences):
    from dashboard.events.extraction.actors import _surname_of, people_named

    surnames = _surname_of()
    # Each surname alone, glued inside words and in capitals too: every index that a test of each surname gives.
    made_up = [f"x{s}y {s.upper()} {s}" for s in surnames] + [" ".join(surnames), "".join(surnames)]
    for text in [*sentences, *made_up]:
        assert people_named(text) == tuple(i for i, s in enumerate(surnames) if s in text), text


def test_locative_scans_from_the_last_words_find_what_they_find_from_the_start(sentences):
    import re

    from dashboard.events.extraction import locatives

    def read(m):
        return (m.span(), m.groups()) if m else None

    made_up = [
        "(in  \t the   far\n northern ",
        "fishing at\u2003the village of ",
        "in the small Hudson Bay fishing community of ",
        "about 75 nautical  miles north of the ",
        "40km from ",
        "x" * 50 + " into the far south-eastern ",
    ]
    scans = [
        (locatives.LOCATIVE, locatives._LOCATIVE_WORDS),
        (locatives.SETTLEMENT_OF, locatives._SETTLEMENT_WORDS),
        (locatives._DISTANCE_OF, locatives._DISTANCE_WORDS),
    ]
    found = 0
    for text in [*sentences, *made_up]:
        # Every text before a word, as the place readers pass it, and each made-up text whole.
        ends = [m.start() for m in re.finditer(r"(?<=\s)\S", text)] + [len(text)]
        for before in (text[:end] for end in ends):
            for scan, words in scans:
                whole = read(scan.search(before))
                assert read(scan.search(before, locatives._tail_start(before, words))) == whole, before
                found += whole is not None
    assert found > 100
