"""Towns that name a document, not where a happening is: "the Paris climate agreement", "the Ilulissat Declaration".

"Greenland will become a party to the Paris climate agreement" happened in Nuuk, not in Paris. A sentence that
tells the document being made ("The Ilulissat Declaration was signed in 2008", "the accord reached in Paris")
keeps the town: the signing happened there (rules-2.25).
"""

from __future__ import annotations

import re

from .regex_forms import at_word_start

__all__ = ["without_documents"]

# A capitalised name, then what kind of document it names: "Paris climate agreement", "Kyoto Protocol",
# "Ilulissat Declaration", "Helsinki Final Act", "Washington Treaty".
_DOCUMENT = re.compile(
    r"\b(?P<town>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:[Cc]limate\s+|[Ff]inal\s+|[Pp]eace\s+)?"
    r"(?:[Aa]greement|[Aa]ccords?|[Dd]eclaration|[Pp]rotocol|[Tt]reaty|[Cc]onvention|[Aa]ct|[Ss]tatement)\b"
)
# The document being made, where the town is its place: "signed", "adopted", "reached", "concluded".
_MADE = re.compile(
    at_word_start(["signed", "signing", "adopted", "adopting", "reached", "concluded", "negotiated", "agreed", "drafted",
                   "struck"]) + r"\b"
)  # fmt: skip
_DOCUMENT_CUES = ("greement", "ccord", "eclaration", "rotocol", "reaty", "onvention", " Act", "tatement")


def without_documents(text: str, found: list) -> list:
    """``found`` (places named in ``text``) without the towns that only name a document ("the Paris climate
    agreement"); a region keeps its place ("the Svalbard Treaty" concerns Svalbard), and every town does when the
    sentence tells a document being made ("The Ilulissat Declaration was signed in 2008")."""
    if not any(cue in text for cue in _DOCUMENT_CUES) or _MADE.search(text):
        return found  # speed: most sentences name no document
    towns = {m.start("town") for m in _DOCUMENT.finditer(text)}
    return [p for p in found if not (p.geo_precision == "city" and p.start in towns)]
