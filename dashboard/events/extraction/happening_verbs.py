"""Verbs that tell what a sentence is: a happening, a reported comment, or only how things stand.

A sentence tells a happening when some verb form tells of something done, being done or to be done ("The
icebreaker reached the pole on Friday"); with none it only describes how things stand ("The border runs for 1,340
kilometres", "The island is uninhabited"), which is background. A verb of saying marks a reported comment ("...,
the senator said"), told in the simple past or as a long-standing view ("Miners have warned for years").
"""

from __future__ import annotations

import re

from .irregular_pasts import IRREGULAR_PAST_WORDS
from .lexicon import trie_alternation
from .regex_forms import at_word_start

__all__ = ["REPORTED_SPEECH", "is_background", "reported_in_the_past"]


# A verb form that tells of something done, being done or to be done: a past tense or participle ("-ed", or a common
# irregular one, as :mod:`.lexicon`'s happening verbs know them: "He then became foreign minister", "She kept her
# seat"), a progressive ("-ing"), a future or plan, or a present tense of an action verb.
_HAPPENING_WORD_LIST = """
will would shall plan plans planned began begun begin begins met meet meets held holds said says
told tells took takes made makes won wins left leaves flew flies sent sends sold sells bought buys
built builds led leads ran set sets struck strikes spoke speaks went goes came comes gave gives
brought brings shot fell rose cut cuts put puts sought seeks drew draws wrote writes lost loses
sank broke froze hit hits quit saw sees agreed signs joins opens closes warns visits calls launches
announces approves rejects sails arrives deploys reports claims drawn known shown seen given taken
written chosen frozen spoken driven flown grown sworn done gone sunk broken stolen
became chose drove fled fought found kept laid paid spent stood swore withdrew caught blew threw tore shook stole
dug swam overtook undertook upheld shut died
"""
# One of them as a whole run of letters, or an "-ed" or "-ing" form of five letters or more: one scan with the
# words as a trie (speed: it replaced a test of every word of the sentence, with the same answer).
_HAPPENING_WORDS = sorted({*_HAPPENING_WORD_LIST.split(), *IRREGULAR_PAST_WORDS})
_HAPPENING_WORD = re.compile(
    rf"(?<![a-z])(?:{trie_alternation(_HAPPENING_WORDS)}|[a-z]{{3,}}ed|[a-z]{{2,}}ing)(?![a-z])"
)


REPORTED_SPEECH = re.compile(
    at_word_start(
        [
            "said",
            "says",
            "told",
            "tells",
            "according to",
            "added",
            "adds",
            "noted",
            "warned",
            "stressed",
            "insisted",
            "argued",
            "wrote",
            "described",
            "called it",
        ]  # fmt: skip
    )
    + r"\b"
)


# A comment reported in the simple past ("Senator Sullivan said"), not a long-standing one ("Miners
# have warned for years").
_REPORTED_PAST = re.compile(
    at_word_start(
        ["said", "told", "added", "noted", "warned", "stressed", "insisted", "argued", "wrote", "described"],
        not_after=(r"\bhave ", r"\bhas "),
    )
    + r"\b"
)


def reported_in_the_past(sentence: str) -> bool:
    """Whether ``sentence`` reports a comment in the simple past ("..., the senator said"), not a
    long-standing one ("Miners have warned for years")."""
    return bool(_REPORTED_PAST.search(sentence))


# "The campaign was dominated by the economy and energy prices", "The four-week campaign was focused on housing": what
# a vote's run-up was about, told beside its result, not a happening of its own.
_CAMPAIGN_THEMES = re.compile(
    r"(?:The|This|Its|Their)\s+(?:[\w-]+\s+){0,2}campaign\s+(?:was|had\s+been)\s+(?:dominated|focused|centred|centered)\b"
)


def is_background(sentence: str) -> bool:
    """Whether ``sentence`` only describes how things are ("The border runs for 1,340
    kilometres", "The island is uninhabited"): no verb form that tells of a happening; or what a campaign was
    about."""
    if "campaign" in sentence and _CAMPAIGN_THEMES.match(sentence):
        return True
    return not _HAPPENING_WORD.search(sentence.lower())
