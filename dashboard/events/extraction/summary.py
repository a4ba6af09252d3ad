"""One-line event summaries: the actor codes, then the sentence's first clause.

"USA, RUS: discussed cooperation on Arctic trade routes": a reporting lead ("Reuters
reports that") and a subject made only of actor names are dropped, the clause is cut at
its first subordinate break and at fourteen words.
"""

from __future__ import annotations

import re

from .lexicon import trie_alternation
from .regex_forms import first_letter_cased, letter_cases
from .trigger_words import VERB_TRIGGERS

__all__ = ["summarise"]

_MAX_SUMMARY_WORDS = 14
_REPORTING = re.compile(
    r"^(?:[A-Z][\w.&' -]{0,40}?\s+(?:reports?|reported|says?|said|writes?|wrote)\s+(?:that\s+)?|"
    r"According to [^,]{1,60},\s*)"
)
# Every match starts with white space, ";" or ",": the lookahead dismisses any other character at once, where
# re would enter the optional space and every alternative (speed; the same matches).
_CLAUSE_END = re.compile(
    r"(?=[\s;,])\s*(?:;|\s[–—]\s|,\s+(?=(?:which|who|though|although|while|whereas|signal\w*|increasing|benefiting|"
    r"intensifying|according|after|as|in a|following|prompting|making|saying|raising|citing)\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|"
    r"\w+ing\b)|"
    r"\s+(?=(?:though|although|while|whereas|because)\b))"
)
# Words a subject may contain besides actor names and still be dropped from the summary.
_SUBJECT_FILLER = {
    "the",
    "and",
    "its",
    "their",
    "officials",
    "official",
    "president",
    "prime",
    "minister",
    "ministers",
    "foreign",
    "defence",
    "defense",
    "government",
    "governments",
    "leaders",
    "leader",
    "some",
    "both",
    "s",
    "of",
    "premier",
    "chancellor",
    "secretary",
    "state",
    "u",
    "mr",
    "ms",
    "new",
    "top",
}
_FILLER_WORDS = ("and", "or", "in", "of", "the", "to", "a", "an", "on", "for", "with", "by", "as", "at", "from", "its",
                 "their", "that", "which", "who")  # fmt: skip
_TRAILING_FILLER = re.compile(rf"(?:\s+(?:{'|'.join(_FILLER_WORDS)}))+$", re.I)
_AUXILIARY = re.compile(r"^(?:are|is|was|were|has|have|had|will)\s+(?=\w+(?:ed|ing|en)\b|planned|met)", re.I)


# What _CLAUSE_END needs somewhere in a clause to match at all (a cheap test before the scan).
_CLAUSE_END_CUES = (";", "–", "—", ",", "though", "while", "whereas", "because")


def _verb_words() -> list[str]:
    """The single words :data:`VERB_TRIGGERS` matches, its alternatives expanded ("warns?" ->
    "warn", "warns"). A phrase ("are planned") is left out: its first word is listed on its own,
    so the search starts a match at the same word without it."""
    words: list[str] = []
    for alternative in VERB_TRIGGERS.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|"):
        if " " in alternative:
            assert alternative.split(" ")[0] in VERB_TRIGGERS.pattern.split("|"), alternative
        elif alternative.endswith("s?"):
            words += [alternative[:-2], alternative[:-1]]
        else:
            assert alternative.isalpha(), alternative
            words.append(alternative)
    return words


# VERB_TRIGGERS as a trie of its words behind a lookahead on their first letters: the same
# matches, but ``re`` reads each letter once (speed: the plain alternation tries every word at every
# character, a loop over words costs Python). Case-insensitive but for the first letters, written
# out in every case (regex_forms.first_letter_cased): re dismisses a word of another first letter
# at once instead of comparing it lower-cased.
_VERB_WORDS = _verb_words()
_VERB_FIRST_LETTERS = "".join(case for first in sorted({w[0] for w in _VERB_WORDS}) for case in letter_cases(first))
_VERB_WORD = re.compile(rf"(?=[{_VERB_FIRST_LETTERS}])\b{first_letter_cased(_VERB_WORDS, join=trie_alternation)}\b")


def _first_verb(clause: str) -> int | None:
    """Where ``VERB_TRIGGERS.search(clause)`` would match, or None (found by :data:`_VERB_WORD`)."""
    m = _VERB_WORD.search(clause)
    return m.start() if m else None


def _drop_trailing_filler(clause: str) -> str:
    """``_TRAILING_FILLER.sub("", clause)``, skipping the scan (which tries every position
    although its matches end the clause) when the last word is no filler word. re's
    IGNORECASE also matches "ı", "İ" and "ſ" to ASCII letters, so a last word that is not
    ASCII always gets the scan."""
    last = clause.rsplit(None, 1)[-1:]
    if last and last[0].isascii() and last[0].lower() not in _FILLER_WORDS:
        return clause
    return _TRAILING_FILLER.sub("", clause)


def summarise(sentence: str, actor_codes: list[str], actor_spans: list[tuple[int, int]]) -> str:
    """A short normalised summary: ``"USA, RUS: <first clause, subject dropped if only actors>"``."""
    text = sentence.strip().rstrip(".!? ")
    lead = _REPORTING.match(text)
    offset = lead.end() if lead else 0
    clause = text[offset:]
    verb = _first_verb(clause)
    if verb is not None and actor_spans:
        subject = clause[:verb]
        # Blank out actor names; if only filler words remain, the subject is "the actors".
        for start, end in actor_spans:
            lo, hi = max(0, start - offset), max(0, end - offset)
            subject = subject[:lo] + " " * (hi - lo) + subject[hi:]
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", subject)]
        if all(w in _SUBJECT_FILLER or w[:1].isupper() for w in words) and len(words) <= 6:
            clause = clause[verb:]
    clause = _AUXILIARY.sub("", clause)
    end = _CLAUSE_END.search(clause) if any(cue in clause for cue in _CLAUSE_END_CUES) else None
    if end and end.start() > 15:
        clause = clause[: end.start()]
    words = clause.split()
    if len(words) > _MAX_SUMMARY_WORDS:
        clause = " ".join(words[:_MAX_SUMMARY_WORDS])
    for _ in range(2):  # "... Asia, Europe, and" -> "... Asia, Europe"
        clause = _drop_trailing_filler(clause.strip(" ,;:\"“”'’")).strip()
    prefix = ", ".join(actor_codes)
    return f"{prefix}: {clause}" if prefix else clause
