"""Scans led by the letters their matches start with (regex_forms.starts_with, the speed3 round) find what
they found without that lead: the same spans and groups on every sentence of the annotated development articles
and on strings made of the scans' own words in every case, and with the letters re.IGNORECASE folds ("ſ", "İ",
"ı", the Kelvin sign)."""

from __future__ import annotations

import itertools
import re

import pytest

from tests.test_events_extraction_shortcuts import _TRICKY, _sentences


def _led_scans() -> list[re.Pattern[str]]:
    from dashboard.events.extraction import date_words, other_clauses, story, summary, tense

    scans = [pattern for _, pattern in date_words.PATTERNS]
    scans += [story._SPAN_AWAY, tense._REPORTED, summary._CLAUSE_END, other_clauses._PAST_OR_PLAN]
    return [scan for scan in scans if scan.pattern.startswith("(?=[")]


def _without_lead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    lead = re.match(r"\(\?=\[[^\]]*\]\)", pattern.pattern)
    assert lead is not None, pattern.pattern
    return re.compile(pattern.pattern[lead.end() :], pattern.flags)


def _made_up(pattern: re.Pattern[str]) -> list[str]:
    """Runs of the scan's own words (each as written, in capitals, capitalised and with a folding letter), joined by
    spaces, tabs and commas, with digits and words of no scan between."""
    words = sorted(set(re.findall(r"[A-Za-z]+", pattern.pattern)))
    forms = [
        form
        for word in words
        for form in {
            word,
            word.upper(),
            word.capitalize(),
            word.replace("s", "ſ", 1),
            word.replace("i", "İ", 1),
            word.replace("i", "ı", 1),
            word.replace("k", "\u212a", 1),
        }  # fmt: skip
    ]
    fillers = ["2019", "12", "x", "-", "'s"]
    joints = itertools.cycle([" ", ", ", "\t", "  ", ""])
    texts = []
    for index, form in enumerate(forms):
        run = [form, forms[(index * 7 + 3) % len(forms)], forms[(index * 13 + 5) % len(forms)]]
        run.insert(index % 4, fillers[index % len(fillers)])
        texts.append("".join(word + next(joints) for word in run))
    return texts


@pytest.mark.parametrize("index", range(len(_led_scans())))
def test_a_scan_led_by_its_first_letters_finds_what_it_found_without_the_lead(index):
    scan = _led_scans()[index]
    plain = _without_lead(scan)
    for text in [*_sentences(), *_TRICKY, *_made_up(scan)]:
        found = [(m.span(), m.groupdict()) for m in scan.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def test_every_scan_led_by_first_letters_is_checked():
    """The date scans that open with r"\\b" and optional words, the span from the last date, the reported verb
    before a date, a summary's clause end and the past-or-plan verb: each is led by its first letters, so that the
    test above reads it."""
    assert len(_led_scans()) == 11
