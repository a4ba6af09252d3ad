"""Companies named again: by the first words of their name, or as "the company".

Business news introduces a company by its full name and then shortens it: "the British company
Beowulf Mining ... Beowulf first applied for the concession in 2013"; "Yangpu NewNew Shipping ...
NewNew, based in Hainan province"; and it names the company it is about as "the company" ("In March
the company stopped trading Russian oil" after "Equinor has become the first ..."). The
company is the state's it was introduced with (:class:`.document.ArticleMemory` learns that),
wherever the later sentence says it acted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geodata.gazetteer import names_of
from geodata.organisations import load_organisations

from .regex_forms import any_substring

__all__ = ["COMPANY_NOUNS", "company_names", "home_companies", "is_company", "opens_with_company", "short_name"]

# The last words of a company's name, which news drops when it names the company again
# ("Beowulf Mining" is "Beowulf", "Shandong Gold Mining Co." is "Shandong Gold").
_SUFFIXES = frozenset(
    {"mining", "minerals", "metals", "mines", "energy", "energi", "resources", "shipping", "group", "holdings",
     "voyages", "corp", "corporation", "inc", "ltd", "limited", "co", "plc", "llc", "lp", "as", "asa", "ab", "hf",
     "oil", "petroleum", "exploration", "line", "lines", "maritime", "logistics", "industries"}
)  # fmt: skip
# A first word that is no company's own name ("Arctic Shipping", "Royal Arctic Line", "North Atlantic Holdings").
_GENERIC = frozenset(
    {"arctic", "north", "northern", "south", "southern", "east", "eastern", "west", "western", "central", "national",
     "royal", "polar", "global", "international", "united", "general", "atlantic", "pacific", "baltic", "nordic",
     "ocean", "sea", "marine", "new", "first", "great", "the", "state", "federal", "american", "european", "asian"}
)  # fmt: skip
# Nouns that introduce a company: "the British company Beowulf Mining", "Fednav, a Montreal shipowner".
# "Toronto-based TMAC": a company by its home city.
COMPANY_NOUNS = re.compile(
    r"\b(?:company|firm|miner|shipowner|shipping line|operator|producer|developer|manufacturer|subsidiary|"
    r"conglomerate|shipyard|airline)\b|-based\b"
)
# A company's name by its last word, whatever state it is ("the sale of TMAC Resources to China's Shandong Gold"):
# "the company" after it may be this one.
# The last words of a company's name that tell it is one ("TMAC Resources", "OmniTRAX Inc."), some with an optional
# full stop.
_NAME_LAST_WORDS = ("Mining", "Minerals", "Metals", "Mines", "Resources", "Shipping", "Holdings", "Inc", "Ltd", "Corp",
                    "Co.", "LLC", "plc", "ASA", "hf")  # fmt: skip
_DOT_OPTIONAL = frozenset({"Inc", "Ltd", "Corp", "hf"})
_ANY_COMPANY = re.compile(
    r"\b[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}\s+(?:"
    + "|".join(re.escape(word) + (r"\.?" if word in _DOT_OPTIONAL else "") for word in _NAME_LAST_WORDS)
    + r")(?!\w)"
)


# A company introduced as the state's the story is about: "Hvalur hf., the country's only fin whaling company" (in a
# story about Iceland), "Landsvirkjun, the nation's power company". Its name's last word may be a lower-case suffix.
_HOME_COMPANY = re.compile(
    r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|hf|ehf|asa|as|ab)\.?){0,3}),\s+the\s+(?:country|nation)'s\s+"
    r"(?:[\w-]+\s+){0,4}?(?:company|firm|miner|shipowner|shipping line|operator|producer|airline|carrier)\b"
)


def home_companies(text: str) -> list[str]:
    """The names ``text`` introduces as a company of the story's own state ("Hvalur hf., the country's only fin
    whaling company")."""
    return [m["name"] for m in _HOME_COMPANY.finditer(text)] if "'s " in text else []


# What every match of _ANY_COMPANY holds: its last word (the pattern is case-sensitive). One search for them as plain
# text dismisses most sentences before the scan, which tries every capitalised word (speed).
_ANY_COMPANY_WORD = any_substring(list(_NAME_LAST_WORDS))


def company_names(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that name some company by its name's last word ("TMAC Resources", "OmniTRAX Inc.")."""
    if not _ANY_COMPANY_WORD.search(text):
        return []
    return [m.span() for m in _ANY_COMPANY.finditer(text)]


@lru_cache(maxsize=1)
def _table_companies() -> frozenset[str]:
    return frozenset(
        name
        for row in load_organisations()
        if row["kind"] in ("company", "shipping line")
        for name in names_of(row["name"], row["alt_names"])
    )


def _words(name: str) -> list[str]:
    return name.replace(",", " ").split()


def short_name(name: str) -> str:
    """The first words of ``name`` before the suffix words a company's name ends with ("Beowulf Mining" ->
    "Beowulf", "Yangpu NewNew Shipping" -> "Yangpu NewNew"), "" when it ends with none or only they are left."""
    words = _words(name)
    kept = list(words)
    while kept and kept[-1].lower().rstrip(".") in _SUFFIXES:
        kept.pop()
    if not kept or len(kept) == len(words) or kept[0].lower() in _GENERIC or not kept[0][:1].isupper():
        return ""
    return " ".join(kept)


def is_company(name: str) -> bool:
    """Whether ``name`` is a company's by the organisations table or by its last word ("Beowulf Mining", "Equinor")."""
    words = _words(name)
    return name in _table_companies() or (
        len(words) >= 2 and words[-1].lower().rstrip(".") in _SUFFIXES and words[0].lower() not in _GENERIC
    )


# A capitalised word that is no name: a month or a weekday ("In March the company stopped trading").
_NOT_A_NAME = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


def opens_with_company(text: str, start: int) -> bool:
    """Whether "the company" at ``start`` is the sentence's subject, with no name before it but the words that open
    the sentence and a date ("The company says", "In March the company stopped"): after a name ("Via Rail said ...
    once the company has inspected the track", "Thorwaldsson said the company faced") it is that name's company."""
    words = re.findall(r"[A-Z][\w'-]*", text[:start])
    opener = text[:start].lstrip()[:1].isupper()
    return all(_NOT_A_NAME.match(w) for w in words[1 if opener else 0 :])
