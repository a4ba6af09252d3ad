"""Actor names read as places: a state or a capital named as where something happens or goes, not who acts.

"Officials met in Helsinki, Finland, before troops were deployed to northern Norway": neither Finland nor Norway is a
party, for Helsinki and Finland say where the meeting was (a capital or city after a locative, every city of a located
list, the state after a located city) and "northern Norway" where the troops went (a state after a locative, or as a
journey's destination, a neighbour, or "Russia's Arctic coast"). A capital a policy is aimed at ("a firm line towards
Moscow") or a protest sent from ("a formal protest from Copenhagen") is still its state. :mod:`.actors` skips the
names and seats these patterns read as places.
"""

from __future__ import annotations

import re

from .actor_names import ACTORS
from .regex_forms import at_word_start
from .senders import SENT_FROM

__all__ = [
    "AFTER_LOCATED_CITY",
    "DESTINATION",
    "IN_STATE",
    "IN_STATE_ENDS",
    "NAME_LOCATIVE",
    "NAME_LOCATIVE_ENDS",
    "STANCE_TOWARDS",
    "STATE_AS_AREA",
    "STATE_NAMES",
]

_LOCATIVE_WORDS = (
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|to|[Ff]rom|into|via|[Aa]round|visited|visit|visiting|toward|towards|"
    r"left|leaving|leaves|departed|departing|reached|reaching)\s+"
    r"(?:the\s+)?"
)
# "a firm line towards Moscow", "a softer stance toward Beijing": a capital as the state a policy
# is aimed at, an actor rather than where anything happens. "a formal protest from Copenhagen": the state that sent it.
STANCE_TOWARDS = re.compile(
    r"\b(?:(?:line|stance|policy|policies|approach|attitude|posture|course|hostility|tone|position|openness)\s+"
    rf"(?:\w+\s+)?towards?|{SENT_FROM})\s+$"
)
# A capitalised word of a located list; a month or weekday is a date ("In April, Washington
# announced ..." names no place before Washington).
_LISTED_NAME = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
)
# "consulates in Anchorage and Nuuk": every city of a located list is a place.
NAME_LOCATIVE = re.compile(rf"{_LOCATIVE_WORDS}(?:{_LISTED_NAME}(?:\s*,\s*|\s+and\s+|\s+or\s+))*$")
# "an exercise in northern Norway", "troops to central Norway": a state named as where
# something happens is a place.
IN_STATE = re.compile(
    r"\b(?:(?:[Ii]n|[Ii]nside|[Aa]cross|[Tt]hroughout|[Oo]ff|[Nn]ear|[Aa]round)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+)?|(?:to|into)\s+(?:the\s+)?(?:far\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+)$"
)
# "a round trip to China", "bound for Japan", "travelled home to Germany and Denmark", "drifted south toward Greenland",
# "visited Norway": a state named as a journey's destination (every state of a listed destination); "its border with
# Russia": a state named as a neighbour.
_JOURNEYS = ("trip", "voyage", "journey", "passage", "transit", "sailing", "route", "cargoes?", "shipments?", "flights?",
             "deliveries", "delivery", "cruises?", "missions?", "expeditions?", "deployments?", "crossings?")  # fmt: skip
_JOURNEYED = ("travell?ed", "returned", "flew", "sailed", "went", "moved", "fled", "emigrated", "shipped", "exported")
_SENT = ("deployed", "redeployed", "dispatched", "sent", "rotated", "transferred", "delivered")
_ENTERED = ("crossed", "poured", "strayed", "ventured", "sailed", "flew", "moved", "came", "drifted", "floated")
_MESSAGES = (
    r"(?:letters?|notes?|messages?|signals?|invitations?|requests?|protests?|complaints?|demands?|proposals?|"
    r"offers?|condolences|congratulations|greetings|warnings?|bills?|invoices?)"
)
DESTINATION = re.compile(
    at_word_start(
        [
            *(rf"{noun}\s+(?:back\s+)?to" for noun in _JOURNEYS),
            r"bound\s+for",
            *(rf"{point}(?:-?[a-z]+)?\s+towards?" for point in ("north", "south", "east", "west")),
            r"head(?:ed|ing)\s+(?:to|for)",
            r"borders?\s+with",
            # "Frederik last visited Greenland", "during a visit to Norway", "a tour of Finland": where the
            # visitor went, not a party to the visit. Not a state visit, which is told when planned or called
            # off ("postponed a state visit to Denmark": the host is a party, and nobody went).
            r"visit(?<!state\svisit)(?:s|ed|ing)?(?:\s+to)?",
            r"tour(?:ed|ing)?(?:\s+of)?",
            *(rf"{verb}\s+(?:back\s+|home\s+)?(?:[^.;:]{{0,60}}?\s+as\s+well\s+as\s+)?to" for verb in _JOURNEYED),
            # "deployed 300 Marines to Norway", "sent four F-35s to Iceland", "crossed into Russia", "came back into
            # Canada": where forces or goods went. Not what is sent to a state as a party ("sent a protest note to Norway").
            *(rf"{verb}(?:\s+(?![^.;:,]{{0,50}}?\b{_MESSAGES}\b)[^.;:,]{{0,50}}?)?\s+(?:to|into)" for verb in _SENT),
            *(rf"{verb}\s+(?:back\s+)?into" for verb in _ENTERED),
        ]
    )
    + r"\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s*,\s*|\s+and\s+))*$"
)
# "Russia's Arctic coast", "Norway's northern waters": a state named as where, not who.
STATE_AS_AREA = re.compile(
    r"^'s\s+(?:(?:far\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|north-?\w+ern|"
    r"remote|vast|own|high)\s+)*(?:Arctic\s+)?(?:coast(?:line)?s?|waters|territory|territorial waters|north|"
    r"capital|mainland|shores?|airspace|interior|border regions?|frontier|islands?|soil|tundra|Arctic(?!\s+(?:policy|"
    r"strategy|ambitions?|council|ambassador|envoy|minister|operations|command|forces|[A-Z]))|"
    # "Norway's Pasvik valley", "Norway's Finnmark county": a named part of the state.
    r"(?:[A-Z][\w-]+\s+){1,2}(?:valley|county|district|peninsula|fjord|river|municipality))\b"
    r"(?!\s+guard)"
)
STATE_NAMES = frozenset({a.name for a in ACTORS.values()} | {"Russian Federation"})
# "in Helsinki, Finland": the state after a located city is part of the place (its name only:
# "In Copenhagen, Danish Prime Minister ..." is a party).
AFTER_LOCATED_CITY = re.compile(rf"{_LOCATIVE_WORDS}{_LISTED_NAME},\s*$")
# "In Oslo, Norway's transport minister said ...": after a located city, the state's office-holder is a party (but
# "in Tromsø, Norway's largest Arctic city" names the city again).
OFFICE_OF_STATE = re.compile(
    r"^'s\s+(?:[a-z-]+\s+){0,3}?(?:minister|ministry|government|president|prime minister|foreign minister|"
    r"ambassador|parliament|king|queen)\b"
)
# What the text before a match of IN_STATE, NAME_LOCATIVE or AFTER_LOCATED_CITY ends with, its
# trailing spaces stripped (speed: those patterns end in "$" and scan the whole text before a
# name; most names follow none of these words, and skip the scan).
IN_STATE_ENDS = ("in", "inside", "across", "throughout", "off", "near", "around", "In", "Inside", "Across",
                 "Throughout", "Off", "Near", "Around", "the", "north", "south", "east", "west", "central",
                 "ern")  # fmt: skip
NAME_LOCATIVE_ENDS = ("In", "in", "At", "at", "Near", "near", "Outside", "outside", "to", "From", "from", "into", "via",
                 "Around", "around", "visited", "visit", "visiting", "toward", "towards", "left", "leaving", "leaves",
                 "departed", "departing", "reached", "reaching", "the", ",", "and", "or")  # fmt: skip
