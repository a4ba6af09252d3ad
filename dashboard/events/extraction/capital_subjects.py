"""A capital named as the government that acts, the subject of the sentence's main clause, when the sentence also
names the capital's own state or a region of it: "Moscow answered by expelling a Norwegian diplomat from its embassy in
Russia", "Moscow had denounced the exercise, saying NATO's activity near Russia's borders was a threat". The capital
says who acts and where the decision was made; the state or region named after it is what the act is about (an
embassy's country, a border, an area), not where it happened. The annotation conventions put such an act at the
capital, as they put a ministry's decision at its seat."""

from __future__ import annotations

import re

from .actor_names import ACTORS
from .places import Gazetteer, PlaceMatch

__all__ = ["acting_capital_first"]

# Between the capital and its verb: an auxiliary, an adverb or a date ("Moscow on Tuesday denied", "Oslo has since
# raised").
_BETWEEN = (
    r"(?:\s+(?:had|has|have|will|would|also|then|later|quickly|swiftly|promptly|already|since|first|again|"
    r"immediately|on\s+[A-Z]\w+|in\s+\d{4}|last\s+\w+))*"
)
# The capital's verb: a past tense ("answered", "withdrew"), or a present one that is no noun after a city's name
# ("Oslo officials", "Moscow residents").
_IRREGULAR = (
    r"said|sent|made|took|gave|told|began|withdrew|won|held|sought|drew|struck|put|set|cut|hit|broke|chose|froze"
)
_NOUNS_AFTER_A_CITY = (
    r"officials|residents|authorities|leaders|analysts|diplomats|sources|observers|politicians|insiders|talks|"
    r"summits|meetings|is|was|has|does|"
    # A view held, no act: "Moscow sees the Arctic as a theatre of its own", "Ottawa considers the channels internal".
    r"sees|considers|regards|views|expects|believes|thinks|hopes|fears|wants|insists"
)
_VERB = rf"\s+(?:[a-z]+ed|{_IRREGULAR}|(?!(?:{_NOUNS_AFTER_A_CITY})\b)[a-z]{{3,}}s)\b"
_ACTS = re.compile(rf"{_BETWEEN}{_VERB}")
# The start of the sentence or of its main clause: "Days later, Moscow ...", "MOSCOW -- Moscow ...", "Oslo expelled
# a diplomat, and Moscow answered ...", "Days later Moscow ..." (an opener without a comma, up to three words), not a
# subordinate clause's ("After Moscow withdrew, ...").
_OPENING = re.compile(
    r"|[^,]{0,60},\s+|[^;]{0,160},\s+and\s+|[A-Z][A-Z .'-]+\s+(?:--|-|—)\s+|"
    r"(?!(?:After|When|Since|Before|While|If|Although|Though|As|Until|Because|Unless|Once)\b)[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+"
)


def acting_capital_first(sentence: str, ranked: list[PlaceMatch], mentions, gazetteer: Gazetteer) -> list[PlaceMatch]:
    """``ranked`` with the capital first when a capital named as its state (one of ``mentions``, actor mentions) is
    the subject of ``sentence``'s main clause and the place ranked first is that capital's state, or a region of it not named as the scene;
    ``ranked`` unchanged otherwise."""
    if not ranked or ranked[0].geo_precision not in ("country", "region"):
        return ranked
    # "Moscow held drills in Chukotka": a region after a locative is the scene, wherever the order was given.
    if ranked[0].geo_precision == "region" and gazetteer.located(sentence, ranked[0]):
        return ranked
    # "Helsinki accuses Moscow of ... pressure on Finland, which joined NATO in April": the state's own act, told of it.
    if sentence.startswith(", which", ranked[0].end):
        return ranked
    for mention in mentions:
        if mention.person or mention.start > 200 or mention.code not in ACTORS:
            continue
        if ACTORS[mention.code].home[0].split(",")[0] != mention.text:
            continue
        capital = gazetteer.lookup(mention.text)
        if capital is None or capital.iso3 != ranked[0].iso3 or capital.name == ranked[0].name:
            continue
        if _OPENING.fullmatch(sentence, 0, mention.start) and _ACTS.match(sentence, mention.end):
            return [capital.spanning(mention.start, mention.end), *ranked]
    return ranked
