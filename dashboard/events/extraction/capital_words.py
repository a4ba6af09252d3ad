"""The words that name a capital by its country or region: "Greenland's capital", "Norway's capital city", "the
Nunavut capital", "the capital of the Northwest Territories". Which capital they name is the gazetteer's reading
(:meth:`.places.Gazetteer.find`); a capital named by its state's adjective ("the Faroese capital") is
:mod:`.capitals`' reading."""

from __future__ import annotations

import re

__all__ = ["THE_BEFORE", "capital_words"]

THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "Greenland's capital", "Norway's capital city", "the Nunavut capital": the capital, not the country.
_CAPITAL_OF = re.compile(r"(?:(?<=['’]s)|(?<=s['’])|['’]s?)\s+capital(?:\s+city)?\b")
_THE_PLACE_CAPITAL = re.compile(r"\s+capital(?:\s+city)?\b")
# "the capital of the Northwest Territories": said the other way round (rules-2.32).
_CAPITAL_BEFORE = re.compile(r"\b[Cc]apital(?:\s+city)?\s+of\s+(?:the\s+)?$")


def capital_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the words of ``text`` that name, with the place named at ``start``..``end``, that place's
    capital; None when they name the place itself."""
    said = _CAPITAL_OF.match(text, end)
    if said is None and THE_BEFORE.search(text, max(0, start - 5), start):
        said = _THE_PLACE_CAPITAL.match(text, end)
    if said is not None:
        return start, said.end()
    if "apital" in (before := text[max(0, start - 30) : start]) and (said := _CAPITAL_BEFORE.search(before)):
        return start - len(before) + said.start(), end
    return None
