"""Speed paths of the extraction (the speed5 round) give the answers of what they replace: each is
checked against the plain form it stands for, on every sentence of the annotated development
articles and on strings made to trip it (case folding, letters folding to a space, word joints)."""

from __future__ import annotations

import pytest

from tests.test_events_extraction_shortcuts import _TRICKY, _sentences


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _sentences() + _TRICKY


def test_places_outside_asides_stay_in_order_without_asides_or_home_towns(sentences):
    """A sentence with no aside, no "from" and no " of " keeps every place where it is, as the full
    weighing of asides, home towns and affiliations ("Senator Lisa Murkowski of Alaska") would: what
    the shortcut returns at once."""
    from dashboard.events.extraction import clauses, dates
    from dashboard.events.extraction.places import default_gazetteer

    gazetteer = default_gazetteer()
    for text in sentences:
        found = gazetteer.find(text)
        if clauses._aside_spans(text) != ((), ()) or "from" in text or " of " in text or not found:
            continue
        assert not any(clauses._HOMETOWN.search(text, max(0, p.start - 80), p.start) for p in found)
        when = dates.resolve_date(text, dates.date(2024, 1, 1))
        for keep in (True, False):
            assert clauses.outside_asides(text, found, when, keep_participles=keep) == found


def test_gazetteer_candidates_are_every_capitalised_name_of_the_sentence(sentences):
    """Reading only the words that may open a name, and the words after them only when some name
    starts with their key, finds what looking up every n-gram of every word finds: a name starting
    and ending with a capitalised word (or a lower-case joining word, or the lower-case word a gazetteer
    name ends with: "Greenland ice sheet"); where a word may fold into two, the reading of every word
    gives the same."""
    import re

    from dashboard.events.extraction import name_ngrams as ngrams
    from dashboard.events.extraction import places

    gazetteer = places.default_gazetteer()
    made_up = ["Ladd ArmyﹰAirfield", "the Gulf of Ob and the Kara Sea", "NUUK, Greenland -", "nuuk Nuuk", "1 Nuuk",
               "a-Nuuk", "x.Nuuk and x..Nuuk", "’Nuuk", "_Nuuk", "Über Nuuk", "Nuuk-Greenland", "ﹰNuuk", "Nuuk’s",
               "the Greenland ice sheet", "the Greenland Ice Sheet", "the Goliat field's output"]  # fmt: skip
    for text in [*sentences, *made_up]:
        words = ngrams.TOKEN.findall(text)
        keys = [ngrams.token_key(w) for w in words]
        expected = set()
        for i, j in ((a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1)):
            place = gazetteer._index.get(" ".join(keys[i:j]))
            last = words[j - 1]
            if (
                place
                and ngrams.capitalised(words[i])
                and (ngrams.capitalised(last) or last.lower() in gazetteer._lower_ends)
            ):
                expected.add((j - i, i, j, place))
        spans = [m.span() for m in re.finditer(ngrams.TOKEN, text)]
        ends = {end: index + 1 for index, (_, end) in enumerate(spans)}
        starts = {start: index for index, (start, _) in enumerate(spans)}
        found = ngrams.name_ngrams(text, gazetteer._index.get, gazetteer._lengths, gazetteer._lower_ends)
        assert {(n, starts[s], ends[e], p) for n, s, e, p in found} == expected, text
        assert found == sorted(found, key=lambda c: (-c[0], c[1]))
        assert found == ngrams._every_length(text, gazetteer._index.get, gazetteer._lengths, gazetteer._lower_ends), (
            text
        )


def test_only_regions_are_weighed_as_qualifiers(sentences):
    """Dropping the regions that qualify another place gives what weighing every pair gives."""
    from dashboard.events.extraction import finer_places, places

    gazetteer = places.default_gazetteer()
    met = 0
    for text in [*sentences, "Egvekinot in Chukotka", "GJOA HAVEN, Nunavut", "Hammerfest, Finnmark and Troms"]:
        found = sorted((p.spanning(s, e) for _, s, e, p, _ in gazetteer._candidates(text)), key=lambda p: p.start)
        expected = tuple(p for p in found if not any(finer_places._qualifies(text, q, p) for q in found))
        met += len(expected) < len(found)
        assert finer_places.without_qualifiers(text, found) == expected, text
    assert met > 5


def test_first_verb_is_where_the_verb_trigger_search_matches(sentences):
    """The summary's verb scan (a trie of VERB_TRIGGERS' words) starts where VERB_TRIGGERS'
    own search does, case folding included ("ſee" reads as "see", "İs" does not read as "is")."""
    from dashboard.events.extraction import summary
    from dashboard.events.extraction.trigger_words import VERB_TRIGGERS

    made_up = ["ſee it", "ARE PLANNED", "planning", "WarnS", "\u212aeep", "ıs", "İs", "has-been", "re-signed", "x_was"]
    for text in [*sentences, *made_up]:
        m = VERB_TRIGGERS.search(text)
        assert summary._first_verb(text) == (m.start() if m else None), text


def test_date_patterns_for_a_set_of_cues_are_those_it_needs(sentences):
    """The patterns looked up by a sentence's cues are the patterns whose needs it meets, in order."""
    from dashboard.events.extraction import dates
    from dashboard.events.extraction.date_words import NEEDS, PATTERNS, cues

    for text in sentences:
        present = cues(text)
        expected = tuple((kind, pattern) for kind, pattern in PATTERNS if NEEDS[kind] <= present)
        assert dates._patterns_for(frozenset(present)) == expected, text


def test_word_before_a_closing_dot_is_what_the_search_groups(sentences):
    """Reading the word before a sentence's closing "." backwards gives what the search for
    r"([\\w.]+)\\.$" groups, on every prefix of a development sentence up to a full stop."""
    import re

    from dashboard.events.extraction.text import _word_before_dot

    made_up = [
        ".",
        "..",
        "a.",
        " a.",
        "U.S.",
        "the U.S.",
        "Gov.",
        "x-y.",
        "é.",
        "a_b.",
        "3.5.",
        "(St.",
        "Mr.Smith.",
        "a!",
    ]
    prefixes = [text[: i + 1] for text in sentences for i, c in enumerate(text) if c in ".!?"]
    for text in [*prefixes, *made_up]:
        found = re.search(r"([\w.]+)\.$", text)
        assert _word_before_dot(text) == (found.group(1) if found else None), text


def test_until_scan_follows_the_words_it_ends_with(sentences):
    """Wherever _UNTIL matches the text before a position, that text ends (spaces stripped) with
    one of the words its shortcut looks for, so skipping the scan otherwise changes nothing."""
    from dashboard.events.extraction import happening_dates

    made_up = ["held UNTIL ", "up  to the end of\t", "ınto tılL ", "until", "till\n", "Up To The End Of  "]
    met = 0
    for text in [*sentences, *made_up]:
        for end in [i + 1 for i, c in enumerate(text) if c.isspace()]:
            before = text[:end]
            if happening_dates._UNTIL.search(before):
                met += 1
                assert happening_dates.until_before(before), before[-40:]
    assert met > 20


def test_day_patterns_test_the_word_boundary_after_the_first_digit_as_before_it(sentences):
    """A date pattern starting with a day finds, starting with the day's first digit (its word
    boundary tested after it, its second digit only after a 0-3), what it finds with r"\\b[0-3]?\\d":
    the same spans and groups."""
    import re

    from dashboard.events.extraction import date_words

    changed = [p for _, p in date_words.PATTERNS if p.pattern.startswith(date_words._DAY_AT_WORD_START)]
    assert len(changed) == 4
    made_up = ["x3 May 2024", "٣ May 2024", "12-14 June 2023", "35 May 2020", "on 3rd of June last year", "_4 May",
               "4.5 May 2021", "on 04 May 2021", "41 May", "3 and 5 May", "13th-15th March 2022", "9 May", "19 May"]  # fmt: skip
    for pattern in changed:
        plain = re.compile(pattern.pattern.replace(date_words._DAY_AT_WORD_START, r"\b" + date_words._DAY, 1))
        for text in [*sentences, *made_up]:
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == expected, text


def test_weekday_pattern_matches_only_where_a_weekday_is_named(sentences):
    """Every match of the "weekday" pattern holds a weekday's name, the cue it needs (not merely
    "day", which "today" and "holiday" hold too)."""
    from dashboard.events.extraction import date_words

    weekday = dict(date_words.PATTERNS)["weekday"]
    met = 0
    for text in [*sentences, "on Monday", "last FRIDAY", "Sunday's vote", "the holiday today"]:
        if weekday.search(text):
            met += 1
            assert "weekday" in date_words.cues(text), text
    assert met > 20


def test_locative_scan_follows_the_words_it_ends_with(sentences):
    """Wherever the places' locative scan matches the text before a word, that text ends with one of
    the words its shortcut tests for, so Gazetteer.located answers as the scan alone would."""
    from dashboard.events.extraction import locatives, places

    made_up = ["held IN ", "off northern\t", "ın ", "into the far north ", "At  the", "inside", "in the village\tof "]
    met = 0
    for text in [*sentences, *made_up]:
        for end in [i + 1 for i, c in enumerate(text) if c.isspace()] + [len(text)]:
            before = text[:end]
            expected = locatives.ends_with_locative(before)
            met += expected
            assert locatives.after_locative(before, locatives.last_letters(before)) == expected, before[-40:]
            assert places.Gazetteer.located(text, places.PlaceMatch("x", 0.0, 0.0, "city", end, end)) == expected
    assert met > 100
