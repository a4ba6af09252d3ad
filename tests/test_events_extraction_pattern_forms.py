"""Speed forms of the extraction's patterns (the speed5 round) find what their plain forms find: each pattern written
with its first letters in every case, with regex_forms.at_word_start or with its first character before a lookbehind
is checked against the plainly written pattern it stands for, on every sentence of the annotated development articles
and on strings made to trip it. (Split from tests/test_events_extraction_fast_paths.py, which checks the scans and
shortcuts that skip work.)"""

from __future__ import annotations

import pytest

from tests.test_events_extraction_shortcuts import _TRICKY, _sentences


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _sentences() + _TRICKY


def test_word_start_forms_find_what_their_plain_patterns_find(sentences):
    """Each pattern written with regex_forms.at_word_start finds, in whole texts and in the windows it
    is searched in, what its plain form with r"\\b" before the words finds: the same spans and groups."""
    import re

    from dashboard.events.extraction import (
        actors,
        actors_as_places,
        clauses,
        happening_verbs,
        names_in_other_roles,
        officials,
        seats,
    )
    from dashboard.events.extraction.regex_forms import at_word_start

    plain = {
        happening_verbs.REPORTED_SPEECH: r"\b(?:said|says|told|tells|according to|added|adds|noted|warned|stressed|insisted|"
        r"argued|wrote|described|called it)\b",
        happening_verbs._REPORTED_PAST: r"(?<!\bhave )(?<!\bhas )\b(?:said|told|added|noted|warned|stressed|insisted|argued|"
        r"wrote|described)\b",
        clauses._HOMETOWN: r"\b(?:inspectors?|m[ae]n|wom[ae]n|fishermen|residents?|delegates?|delegations?|hunters?|"
        r"activists?|journalists?|citizens?|people|students?|scientists?|researchers?|sailors?|workers?|families|"
        r"locals|villagers|leaders?|politicians?|lawmakers?|representatives?|officials?|elders?|youth|athletes?|teams?|"
        r"crews?)\s+from\s+(?:the\s+)?(?:(?:town|village|city|hamlet|community|region)\s+of\s+)?"
        r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,\s*|\s+and\s+))*$",
        officials._CITY_COMPANY: r"\b(?:[Tt]he|an?)\s+(?P<city>[A-Z][\w'-]+)\s+(?:company|firm|group|start-?up|"
        r"shipowner|operator|miner|producer|developer|shipyard|carrier)\b",
        officials._OFFICIALS: r"\b(?:[Mm]inister|[Mm]inistry|[Pp]remier|[Gg]overnment|[Pp]arliament|[Cc]oast [Gg]uard|"
        r"[Nn]avy|[Aa]rmed [Ff]orces|[Dd]efen[cs]e [Ff]orces|[Aa]uthorities|[Oo]fficials|[Ss]tate-(?:owned|run)|"
        r"(?:Directorate|Department|Agency|Authority|Inspectorate|Meteorological (?:Office|Institute)|Civil Protection|"
        r"Royal House|Investigative Committee))\b",
        seats._ACCORDING_TO: r"\baccording to\b",
        names_in_other_roles._ORGANISATION_OF: r"\b(?:Court|University|Bank|Government|Board|Ministry|Department|Museum|Parliament|"
        r"Assembly|Centre|Center|Secretariat|Institute|Agency|Office|Service)\s+(?:of|for)\s+(?:the\s+)?"
        r"(?:(?:north|south|east|west)(?:ern)?\s+)?$",
        actors._FEATURE_BEFORE: r"\b(?:Sea|Gulf|Bay|Strait)\s+of\s+(?:the\s+)?$",
        actors_as_places.DESTINATION: r"\b(?:(?:trip|voyage|journey|passage|transit|sailing|route|cargoes?|shipments?|flights?|"
        r"deliveries|delivery|cruises?|missions?|expeditions?|deployments?|crossings?)\s+"
        r"(?:back\s+)?to|bound\s+for|(?:north|south|east|west)(?:-?[a-z]+)?\s+towards?|head(?:ed|ing)\s+(?:to|for)|"
        r"borders?\s+with|visit(?<!state\svisit)(?:s|ed|ing)?(?:\s+to)?|tour(?:ed|ing)?(?:\s+of)?|"
        r"(?:travell?ed|returned|flew|sailed|went|moved|fled|emigrated|shipped|exported)\s+"
        r"(?:back\s+|home\s+)?(?:[^.;:]{0,60}?\s+as\s+well\s+as\s+)?to|"
        r"(?:deployed|redeployed|dispatched|sent|rotated|transferred|delivered)(?:\s+(?![^.;:,]{0,50}?\b(?:letters?|"
        r"notes?|messages?|signals?|invitations?|requests?|protests?|complaints?|demands?|proposals?|offers?|condolences|"
        r"congratulations|greetings|warnings?|bills?|invoices?)\b)[^.;:,]{0,50}?)?\s+(?:to|into)|"
        r"(?:crossed|poured|strayed|ventured|sailed|flew|moved|came|drifted|floated)\s+(?:back\s+)?into)\s+(?:the\s+)?"
        r"(?:[A-Z][\w'-]*(?:\s*,\s*|\s+and\s+))*$",
    }
    made_up = ["xsaid", "_said that", "have said", "has  said", "ahave said", "She has said", "who have\tsaid",
               "men from ", "hunters from Pond Inlet and ", "xmen from Nuuk, ", "The Zurich company", "an Oslo firm",
               "aan Oslo firm", "THE Oslo firm", "é said", "2told", "according to", "called it", "SAID", "the ministry",
               "Ministry", "xMinistry", "Coast guard", "coast Guard", "state-run", "Meteorological Institute",
               "University of the northern ", "xCourt of ", "Sea of ", "the Bay of the ", "Gulf  of", "a trip back to ",
               "bound for Oslo and ", "drifted south-west toward ", "travelled home to Germany, ", "xwent to ",
               "sailed to Norway as well as to ", "visited ", "a state visit to ", "during a visit to ", "toured ",
               "deployed 300 Marines to ", "sent a protest note to ", "crossed into ", "came back into ", "flights to "]  # fmt: skip
    for pattern, form in plain.items():
        expected_pattern = re.compile(form)
        for text in [*sentences, *made_up]:
            found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert found == [(m.span(), m.groupdict()) for m in expected_pattern.finditer(text)], text
        for text in sentences[::7]:
            for end in range(0, len(text) + 1, 5):
                for window in ((max(0, end - 80), end), (max(0, end - 40), end)):
                    m, e = pattern.search(text, *window), expected_pattern.search(text, *window)
                    assert (m and m.span()) == (e and e.span()), text
                    for tail in (text[max(0, end - 20) : end], text[max(0, end - 120) : end]):  # slices read
                        m, e = pattern.search(tail), expected_pattern.search(tail)
                        assert (m and m.span()) == (e and e.span()), tail
    for bad in (["[Tt]he"], ["s?aid"], [" said"]):
        with pytest.raises(ValueError):
            at_word_start(bad)


def test_first_letters_cased_find_what_re_ignorecase_finds(sentences):
    """The cases written out for a first letter are every character re.IGNORECASE matches to it; the
    trigger words' start scan and the summary's verb scan, so written, find what their forms compiled
    with re.IGNORECASE find."""
    import re
    import sys

    from dashboard.events.extraction import lexicon, regex_forms, summary

    every_character = "".join(map(chr, [*range(0xD800), *range(0xE000, sys.maxunicode + 1)]))
    for letter in "abcdefghijklmnopqrstuvwxyz0123456789":
        assert sorted(regex_forms.letter_cases(letter)) == sorted(set(re.findall(letter, every_character, re.I)))
    heads, always = lexicon._by_head()
    assert not always
    plain_starts = re.compile(rf"(?<![\w-])(?={lexicon.trie_alternation(list(heads))})", re.I)
    letters = "".join(sorted({w[0] for w in summary._VERB_WORDS}))
    plain_verb = re.compile(rf"(?=[{letters}])\b{lexicon.trie_alternation(summary._VERB_WORDS)}\b", re.I)
    made_up = ["İNTO the", "ıntO", "ſaid", "\u212ailled", "x-agreed", "-agreed", "AGREED", "a-b signed", "é signed"]
    for text in [*sentences, *made_up]:
        starts = [m.start() for m in lexicon._word_starts().finditer(text)]
        assert starts == [m.start() for m in plain_starts.finditer(text)], text
        assert [m.span() for m in summary._VERB_WORD.finditer(text)] == [m.span() for m in plain_verb.finditer(text)]
    for bad in ("é", "[Aa]", "ab"):
        with pytest.raises(ValueError):
            regex_forms.letter_cases(bad)


def test_case_insensitive_word_start_forms_find_what_their_plain_forms_find(sentences):
    """The comparison and locative scans, written with their first letters in every case and the
    word boundary after them, find in the texts before each word what their r"\b" forms compiled
    with re.IGNORECASE find: the same spans."""
    import re

    from dashboard.events.extraction import actors, locatives

    points = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+"
    plain = {
        actors._COMPARISON: r"\b(?:unlike|like|than|compared\s+(?:with|to)|similar\s+to|as\s+did)\s+(?:the\s+)?$",
        locatives.LOCATIVE: rf"\b(?:(?:in|at|near|off|outside|inside|on|over|across)\s+(?:the\s+)?(?:(?:far\s+)?{points})?|"
        rf"(?:to|into)\s+(?:the\s+)?(?:far\s+)?{points})$",
    }
    made_up = ["UNLIKE the ", "ſimilar to ", "xlike ", "İn the far NORTHERN ", "ıNTO north-east ", "off\tthe "]
    for pattern, form in plain.items():
        expected_pattern = re.compile(form, re.I)
        for text in [*sentences, *made_up]:
            for end in [i + 1 for i, c in enumerate(text) if c.isspace()] + [len(text)]:
                for before in (text[:end], text[max(0, end - 30) : end]):
                    m, e = pattern.search(before), expected_pattern.search(before)
                    assert (m and m.span()) == (e and e.span()), before[-40:]


def test_first_character_forms_find_what_their_lookbehind_first_forms_find(sentences):
    """The name-start scan and the where-a-name-is scan, with their first character consumed before
    their lookbehinds are tested, find what their lookbehind-first forms find: the same spans, in
    whole texts and in the windows the second is searched in."""
    import re

    from dashboard.events.extraction import name_ngrams, story

    plain = {
        name_ngrams._NAME_START: r"(?<!\w)(?<!\w['’.-])(?![a-z_])\w+(?:['’.-]\w+)*",
        story._WHERE_A_NAME_IS: r"(?<=[a-z,] )(?:[A-Z][\w&.'’-]*\s+){1,4}[A-Z][\w&.'’-]*\s+in\s+$",
    }
    made_up = ["a.Nuuk", "x..Nuuk", "’Nuuk", "_Nuuk", "Über Nuuk", "1 Nuuk", "ǅemal", "said, VT Halter Marine in ",
               "to VT Halter Marine Group Ltd Co in ", "xY in ", "a, B C in ",
               " ".join(map(chr, range(0x80, 0x2100))), "".join(map(chr, range(0x20, 0x3100)))]  # fmt: skip
    for pattern, form in plain.items():
        expected_pattern = re.compile(form)
        for text in [*sentences, *made_up]:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in expected_pattern.finditer(text)]
            for end in [i + 1 for i, c in enumerate(text) if c.isspace()]:
                window = (max(0, end - 80), end)
                m, e = pattern.search(text, *window), expected_pattern.search(text, *window)
                assert (m and m.span()) == (e and e.span()), text[:end][-60:]


def test_case_insensitive_date_patterns_find_what_their_re_ignorecase_forms_find(sentences):
    """The date patterns and the office titles, written with their first words' letters in every
    case, find what their r"\\b" forms under re.IGNORECASE find: the same spans and groups."""
    import re

    from dashboard.events.extraction import date_words, offices

    month = date_words._MONTH
    plain = {
        "relday": (
            r"\b(?P<rel>yesterday|today|tomorrow|tonight|last night|this\s+(?:morning|afternoon|evening))\b",
            re.I,
        ),
        "relweek": (
            r"\b(?P<dir>last|next|this|earlier this|later this|earlier in the|later in the)\s+week(?:end)?\b(?!\s+of\b)",
            re.I,
        ),
        "weekend": (r"\b(?:(?:over|on|at|during)\s+the|this\s+past|this)\s+weekend\b", re.I),
        "yearpart": (
            r"\b(?P<part>end|start|beginning|middle|close|turn)\s+of\s+(?P<dir>the|this|last|next)\s+year\b",
            re.I,
        ),
        "relmonth": (r"\b(?P<dir>last|next|this|earlier this|later this)\s+month\b", re.I),
        "relyear": (r"\b(?P<dir>last|next|this|earlier this|later this)\s+year\b", re.I),
        "title": (
            r"(?i:\b(?:(?:prime|foreign|defen[cs]e|finance|fisheries|energy|trade|interior|justice|northern affairs)\s+)?"
            r"minist(?:er|ry)|\bpresident(?:-elect)?|\bpremier|\bchancellor|\bambassador|\bconsul(?:\s+general)?|"
            r"\bspokes(?:wo)?man|\bspokesperson|\bsecretary\s+of\s+state|\bgovernor|\bmayor|"
            r"\bair\s+force(?!\s+(?:base|station|one)\b))\b",
            0,
        ),
        "inmonth": (
            rf"\b(?P<dir>(?i:in|since|by|until|early|late|mid-?|last|next|this|from|during|"
            rf"(?:the\s+)?(?:end|start|beginning|middle)\s+of|(?:the\s+(?:first|second|latter)|first|second)\s+half\s+of|"
            rf"the\s+(?:first|second|third|last|final)\s+(?:week|weekend|days|few\s+days)\s+of))"
            rf"(?:\s+|(?<=-)){month}\b(?!\s+[0-3]?\d\b|,?\s+\d{{4}}\b)"
            r"(?!(?:(?<=Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)|(?<=Sept))\s+[A-Z])",
            0,
        ),
    }
    patterns = dict(date_words.PATTERNS) | {"title": offices.TITLE}
    made_up = ["Prime  Minister", "DEFENSE MINISTRY", "xpresident", "President-elect", "the Northern Affairs minister",
               "Consul General", "spokeswoman", "Secretary of State", "primeminister", "ſpokesman", "İnterior Minister",
               "İn May", "ſince June", "THE END OF July", "mid-May", "midMay", "xin May", "Later This Week",
               "TONIGHT", "THIS  Evening", "AIR FORCE", "Air Force Base", "Last Night", "last  night", "this past weekend", "over the  weekend", "the turn of the year", "earlier in the week"]  # fmt: skip
    for kind, (form, flags) in plain.items():
        expected_pattern = re.compile(form, flags)
        for text in [*sentences, *made_up]:
            expected = [(m.span(), m.groupdict()) for m in expected_pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in patterns[kind].finditer(text)] == expected, (kind, text)
