"""How wire copy writes a town's province or state: the gazetteer also knows "Churchill, Man." as
"Churchill, Manitoba"."""

from __future__ import annotations

__all__ = ["news_style_abbreviation"]

# How wire copy abbreviates a province or state after a town (The Canadian Press and AP style:
# "Churchill, Man.", "Norfolk, Va."); states AP writes in full (Alaska, Maine ...) are not listed.
_NEWS_STYLE_REGIONS = {
    "Alberta": "Alta.", "British Columbia": "B.C.", "Manitoba": "Man.", "New Brunswick": "N.B.",
    "Newfoundland and Labrador": "N.L.", "Nova Scotia": "N.S.", "Ontario": "Ont.", "Prince Edward Island": "P.E.I.",
    "Quebec": "Que.", "Saskatchewan": "Sask.", "Northwest Territories": "N.W.T.", "Yukon": "Y.T.",
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
    "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.", "Illinois": "Ill.",
    "Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.",
    "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.", "Missouri": "Mo.",
    "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.",
    "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.D.", "Oklahoma": "Okla.",
    "Oregon": "Ore.", "Pennsylvania": "Pa.", "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.",
    "Tennessee": "Tenn.", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.",
    "Wisconsin": "Wis.", "Wyoming": "Wyo.",
}  # fmt: skip


def news_style_abbreviation(name: str) -> str:
    """``name`` as wire copy writes it when it ends in a province or state ("Churchill, Manitoba"
    -> "Churchill, Man."), else ""."""
    town, comma, region = name.rpartition(", ")
    return f"{town}, {_NEWS_STYLE_REGIONS[region]}" if comma and region in _NEWS_STYLE_REGIONS else ""
