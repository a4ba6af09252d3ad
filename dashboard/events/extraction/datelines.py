"""The dateline that opens a news lede ("SEOUL - ", "ROVANIEMI, Finland - "): where the story was filed, before the
sentence's own words. Readers that need the sentence's subject or its first party start after it."""

from __future__ import annotations

import re

__all__ = ["dateline_end"]

# A dateline opening a lede: "SEOUL - ", "ROVANIEMI, Finland - ", "KIRUNA, Sweden, Aug 20 (AFP) -- ".
_DATELINE = re.compile(r"[A-ZÅÄÖÆØ][A-ZÅÄÖÆØ .'’-]+(?:,[^-–—]{0,40}?)?\s[-–—]+\s+")


def dateline_end(text: str) -> int:
    """Where the dateline opening ``text`` ends (its town in capitals, any state and date, then a dash), 0 if none:
    the sentence's subject comes after it, and the dateline's state is no party."""
    m = _DATELINE.match(text)
    return m.end() if m else 0
