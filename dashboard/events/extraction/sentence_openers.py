"""What may open a sentence before its subject.

News often puts the date first: "In May 2016 the government awarded ten licences", "On Friday the ministry said",
"In March last year the parliament's committee removed 86 people"; or the scene ("At a news conference in Florida on
7 January he refused ..."). The subject after such an opener is still the sentence's subject, the party that acts.
"""

from __future__ import annotations

__all__ = ["DATE_OPENER", "SCENE_OPENER"]

_MONTHS_AND_DAYS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)

#: A date opening a sentence, with its comma and the space after it: "In May 2016 ", "In March last year ",
#: "On January 16, 2017, ", "Last year ", "On Sunday ". Only date words, never a place ("In Russia, ...").
DATE_OPENER = (
    rf"(?:(?:In|On|Last|Early|Late|By)\s+"
    rf"(?:(?:{_MONTHS_AND_DAYS}|early|late|last|this|the|year|\d{{1,4}}),?\s+){{1,3}})"
)

#: A scene opening a sentence, where and when what follows happened: "At a news conference in Florida on 7 January ",
#: "At a news conference at Mar-a-Lago in Florida the same day, ", "During a meeting in Oslo, ".
SCENE_OPENER = (
    r"(?:At|During)\s+(?:a|an|the|his|her)\s+(?:[a-z-]+\s+){1,3}?(?:(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,?\s+){0,2}"
    r"(?:(?:on\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?|the\s+same\s+day)?,?\s*"
)
