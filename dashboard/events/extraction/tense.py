"""What tense a clause speaks in, for dating it against the publication date.

A date told in the future ("will meet in Nuuk on Monday") or as a planned happening in the
present ("hosts ... on Tuesday") lies ahead of publication; one told in the past lies behind it;
news told in the present perfect or progressive ("has reported", "is leading") is as of the
report's day. Used by :mod:`.dates` (each date's clause) and :mod:`.extract` (dateless sentences).
"""

from __future__ import annotations

import re

from .lexicon import trie_alternation
from .regex_forms import starts_with
from .text import lower_for_cues

__all__ = ["IRREGULAR_PAST", "clause_tense", "names_a_past_happening", "told_as_of_now"]

# "planned" after a hyphen is an adjective of a thing ("a long-planned mission"), not a plan ahead.
_FUTURE = re.compile(
    r"\b(?<![-‐])(?:will|plans?|planned|scheduled|to be held|upcoming|due to|set to|expected to|must|"
    # "expects repair work to start in February", "aims to open the mine in 2027", "vows to finish the road in
    # August": a hope, a wish or a promise is ahead.
    r"(?:expects?|aims?|intends?|intended|hopes?|wants?|seeks?|vows?|pledges?|promises?|proposes?)\s+"
    r"(?:[\w-]+\s+){0,3}?to|"
    r"(?:is|are) (?:to|expected)|takes? effect|(?:called|set|slated|fixed)\s+for|"
    # "its next elections, due in September"; "before work has to stop in November": what must be is ahead.
    r"due\s+(?:in|on|by)|(?:has|have)\s+to|"
    # "with an agreement expected in June", "a ruling expected by March": what is awaited is ahead (not "was
    # expected in Murmansk on Friday", a plan told in the past).
    r"(?<!was )(?<!were )(?<!been )(?<!had )expected(?=\s*$|\s+(?:in|on|by|around|before|later|early|late|mid)\b)|"
    # "next" of a time ("next week", "next season"), not of a person or thing: "chose Akeeagok as
    # the territory's next premier on Wednesday" was that Wednesday, not the coming one.
    r"next(?=\s+(?:day|week|month|year|time|season|session|spring|summer|autumn|fall|winter|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|decade|century)\b))\b",
    re.I,
)


# A date right after a past reporting verb ("said on Monday") is past, whatever else the
# sentence says ("Denmark will spend ..., the minister said on Monday").
# Not after "be" ("is due to be held in late May", "will be signed on Monday"): a passive ahead.
_REPORTED = re.compile(
    rf"{starts_with('satrcuilmhpd')}"  # the verbs' first letters (speed: other characters dismissed at once)
    r"(?<!\bbe )\b(?:said|announced|told|reported|stated|confirmed|unveiled|signed|agreed|released|issued|approved|"
    r"adopted|launched|met|held|presented|published|declared|decided)\s+(?:(?!(?:will|would)\b)[\w'’-]+\s+){0,5}(?:on|in|last)?\s*$",
    re.I,
)
# What a speaker said would happen: "said the House would introduce a bill on Monday", "told reporters the
# ship will leave on Friday" — the speaker's future, ahead of the report.
_REPORTED_AHEAD = re.compile(
    r"(?i)\b(?:said|says|told\s+\w+|announced|added|expects?|expected)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:will|would|'ll)\s+(?!have\b)[a-z]+\b"
)


def _reported_ahead(lead: str) -> bool:
    """Whether ``_REPORTED_AHEAD`` finds something in ``lead``; not scanned when ``lead`` lacks "will", "would" and
    "'ll", one of which every match holds (speed: the scan tries every word)."""
    lower = lower_for_cues(lead)
    return ("will" in lower or "would" in lower or "'ll" in lower) and _REPORTED_AHEAD.search(lead) is not None


_CLAUSE_BREAK = re.compile(r"[,;:—–()]")
# A comma in a list of things, before its last item but one: "are to send troops, ships and aircraft to the
# exercise in October" is one clause, told ahead.
_LIST_COMMA = re.compile(r",\s+[a-z][\w'’-]*\s+(?:and|or)\s+[a-z]")
_JOINED = re.compile(r"\s(?:and|but)\s")
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|once|until|unless|if)\s+(?:he|she|it|they|we|the|a|an|his|her|its|their|[A-Z]|"
    # "will be governor after defeating Begich in Tuesday's election": the gerund's own clause.
    r"[a-z]+ing\b)"
)


# A verb in the past tense: a regular "-ed" form or a common irregular one (other_clauses reads these too).
IRREGULAR_PAST = ("was", "were", "had", "did", "met", "held", "said", "told", "took", "made", "began", "ran", "left",
                  "won", "went", "came", "saw", "gave", "sent", "fell", "rose", "sold", "bought", "built", "led",
                  "struck", "spoke", "drew", "wrote", "lost", "sank", "broke", "froze", "hit", "paid", "split", "shut",
                  "spread", "shot", "cut", "quit", "sought", "fought", "found", "flew", "chose", "drove", "became",
                  "spent", "stood", "brought", "caught", "threw")  # fmt: skip
# An "-ed" form after "is" or "are" is a present passive, not a past ("is expected home in December").
# The irregular forms are one trie (speed): the same words, so a search finds a past at the same place.
_PAST_FORMS = trie_alternation([*IRREGULAR_PAST, "laid", "set up"])
_PAST = re.compile(rf"\b(?:(?<!\bis )(?<!\bare )[a-z]{{2,}}ed|{_PAST_FORMS})\b")


# A present that lasts to a date ahead: "run until April 1", "lasts until Friday".
_LASTS_UNTIL = re.compile(r"\b(?:runs?|lasts?|continues?|stays?|remains?)\s+(?:open\s+)?until\b")
# A scheduled happening told in the present: "Jakobsdóttir hosts Merkel in Reykjavík on Tuesday",
# "the delegation arrives in Nuuk on Friday" (news writes a planned visit so; a past one in the past).
_SCHEDULED_PRESENT = re.compile(
    # Not a noun after its article: "won with 60 percent of the vote on Sunday".
    r"\b(?<!the )(?<!a )(?:hosts|visits|meets|opens|arrives|begins|starts|holds|travels|flies|heads|departs|leaves|"
    r"returns|sails|convenes|gathers|kicks\s+off|takes\s+place|takes\s+office|"
    # ... and with a plural subject: "when NATO leaders meet in Washington in July", "Canadians vote on Oct. 21".
    r"meet|convene|gather|vote|arrive|sail|take\s+place)\b"
)


# "plan", "planned" as a noun or an adjective ("Hilcorp's plan to produce", "the planned operation")
# name a plan, they do not put the clause's happening ahead: "notified ... of the planned operation on
# Friday" was last Friday.
# Words may stand between ("presented the new long-term defence plan on Friday"), none of them a
# plural subject of "plan" as a verb ("the two countries plan to ...").
_PLAN_AS_THING = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her|our|this|[\w.]+['’]s)\s+(?:plan(?:s|ned)?\b|"
    r"(?:[\w-]+(?<!s)\s+){1,3}plan\b(?!\s+to\b))"
)


def _without_plans_as_things(text: str) -> str:
    """``_PLAN_AS_THING.sub(" ", text)``, not scanned when ``text`` lacks "plan", which every match holds (speed: the
    scan tries every word)."""
    return _PLAN_AS_THING.sub(" ", text) if "plan" in lower_for_cues(text) else text


# A plan told in the past ("she was due to speak ... on Friday", "talks were set to open on
# Monday") looks back from the report: the day named is the last one, not the next.
_FUTURE_IN_THE_PAST = re.compile(
    # "were due on Friday to inaugurate": the day may stand before "to".
    r"(?i)\b(?:was|were)\s+(?:due|set|expected|scheduled|planned|going|about)\s+(?:on\s+\w+\s+)?to\b"
    # "The ceremony had been planned for Thursday afternoon, but a blizzard ...": that Thursday.
    r"|\bhad\s+been\s+(?:set|scheduled|planned)\s+for\b"
)


def _joined_part(clause: str, start: int, end: int) -> str:
    """The part of ``clause`` between the "and"/"but" joints around ``clause[start:end]``."""
    joints = list(_JOINED.finditer(clause))
    first = max((m.end() for m in joints if m.end() <= start), default=0)
    last = min((m.start() for m in joints if m.start() >= end), default=len(clause))
    return clause[first:last]


def _told_right_after(rest: str) -> bool:
    """Whether a verb in the past tense follows the date within a few words, before any future marker: the verb
    the date opens or interrupts ("Russia's foreign ministry on Monday warned that it will respond") is the
    date's, the future after it is what was said."""
    past = _PAST.search(rest, 0, 60)
    if past is None or len(rest[: past.start()].split()) > 3:
        return False
    ahead = _FUTURE.search(rest)
    return ahead is None or past.start() < ahead.start()


def clause_tense(sentence: str, start: int, end: int) -> str:
    """The tense the clause around the date at ``sentence[start:end]`` speaks in: "future" with
    a future marker ("will", "plans", "scheduled" ...), what a speaker said will or would happen ("said the
    House would introduce a bill on Monday") or a scheduled happening in the present
    ("hosts ... on Tuesday") unless a past reporting verb leads straight into the date, "planned" for a
    plan told in the past ("was due to speak on Friday", "were set to open on Monday"), "past" with a verb
    in the past tense, else "" (present: "who takes office on Jan. 20")."""
    if _REPORTED.search(sentence[max(0, start - 40) : start]):
        return "past"
    # "has promised ... after he takes office on Jan. 20": the subordinate clause's own tense.
    breaks_before = [
        m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start) if not _LIST_COMMA.match(sentence, m.start())
    ]
    breaks_before += [m.start() for m in _SUBORDINATE.finditer(sentence, 0, start)]
    breaks_before.sort()
    after = _CLAUSE_BREAK.search(sentence, end)
    clause_start = breaks_before[-1] if breaks_before else 0
    clause = sentence[clause_start : after.start() if after else len(sentence)]
    # A plan the sentence tells as its own news ("He was scheduled to meet Akeeagok again on Friday"), not as
    # the time of another past happening ("She learned of it shortly before she was due to speak ...").
    if (
        _FUTURE_IN_THE_PAST.search(clause)
        and not _PAST.search(sentence, 0, clause_start)
        and not _FUTURE.search(_FUTURE_IN_THE_PAST.sub(" was ", _without_plans_as_things(clause)))
    ):
        return "planned"
    # "won Saturday's election and will be the largest party": the date's own part of a clause
    # joined by "and"/"but" is past when it has a past verb and no future marker of its own.
    own = _joined_part(clause, start - clause_start, end - clause_start)
    if len(own) < len(clause) and _PAST.search(own) and not _FUTURE.search(own):
        return "past"
    if len(own) < len(clause) and _LASTS_UNTIL.search(own):
        return "future"  # "drills, which began March 14 and run until April 1": its own part runs on
    lead = clause[: start - clause_start]
    if _reported_ahead(lead):
        return "future"
    if _PAST.search(lead) and not _FUTURE.search(_without_plans_as_things(lead)):
        # "signed a memorandum at the White House on Thursday under which the Coast Guard is to
        # acquire ...": the verb before the date tells its tense; a plan after it is the thing's.
        return "past"
    if _told_right_after(clause[end - clause_start :]) and not _FUTURE.search(lead):
        return "past"
    if _FUTURE.search(_FUTURE_IN_THE_PAST.sub(" was ", _without_plans_as_things(clause))):
        return "future"
    if _PAST.search(clause):
        return "past"
    if _SCHEDULED_PRESENT.search(clause):
        return "future"
    if after is not None and len(clause.split()) <= 4:
        # "A month later, on October 11, a second landslide produced a similar signal": a date set off by
        # commas before its verb is told in the tense of the clause after it, which its first verb tells
        # ("On Saturday, Helsinki said it would not send ..." is past).
        following = _CLAUSE_BREAK.search(sentence, after.end())
        verbs = sentence[after.end() : following.start() if following else len(sentence)]
        past, ahead = _PAST.search(verbs), _FUTURE.search(verbs)
        if past or ahead:
            return "past" if past and (ahead is None or past.start() < ahead.start()) else "future"
    if clause.startswith("after ") and _PAST.search(sentence, 0, clause_start) and not _FUTURE.search(sentence):
        return "past"  # "took office in December after the election on 30 November": before a past happening
    return ""


# The present perfect or progressive of the news itself: "Tromsø municipality has reported the
# company to the police", "The board is leading the investigation".
# In the main clause (before "that", "which" ...), not after a modal ("would have raised"), nor
# of a long-standing state ("have argued for years"). "Researchers have begun collecting reports" too (other irregular
# participles, "has made", "have hit", read as of now lost held-out dates).
_AS_OF_NOW = re.compile(
    r"^(?:(?!\b(?:that|which|who|where|when)\b)[^,;:])*?(?<!would )(?<!could )(?<!might )(?<!should )(?<!must )(?<!may )"
    r"\b(?:(?:has|have)\s+(?:now\s+|also\s+|all\s+|both\s+|already\s+)?(?:been\s+)?(?:[a-z]+(?:ed|en|wn|ne|ld|lt|nt|ght|ung|ck)|begun)|"
    r"(?:is|are)\s+(?:now\s+|also\s+)?[a-z]+ing)\b(?!\s+(?:\w+\s+){0,3}?for\s+(?:years|decades|months|a\s+long\s+time))"
)


# The auxiliary every _AS_OF_NOW match holds, a word followed by a space: a scan that skips to h, i and a, run
# before that pattern's, which reads the sentence character by character (speed).
_AUXILIARY = re.compile(r"(?:h(?<!\wh)a(?:s|ve)|i(?<!\wi)s|a(?<!\wa)re)\s")
# A relative aside between the subject and its verb: "The Governor of Svalbard, whose office is responsible for the
# police on the islands, has opened an investigation".
_SUBJECT_ASIDE = re.compile(r",\s+(?:whose|which|who)\b[^,;:]*,")
# The commas of a subject that lists its parties: "Equinor, the Finnmark police and the Petroleum Safety Authority
# have all opened investigations" is told as of the report's day like "The police have opened an investigation".
_LISTED_SUBJECT = re.compile(r"^[A-Z][^,;:]*(?:,\s+(?:the\s+)?[A-Z][^,;:]*?)+\s+and\s+(?:the\s+)?[A-Z][^,;:]*$")


# A place or direction set before the subject, and an apposition after it: "In the Barents Sea, the icebreaker
# Yamal, the fleet's oldest, is escorting two tankers" tells the news as of now like "The icebreaker is escorting".
_FRONTED = re.compile(r"^(?:(?:In|At|Off|Near|Further|Farther)\s[^,;:]{1,60}|Meanwhile|Elsewhere),\s+(?=[A-Z]|the\s)")
_APPOSITION = re.compile(r"^([^,;:]+?),\s+(?:the|a|an|its|on\s+its\s+way)\s[^,;:]*,\s+(?=(?:has|have|is|are)\s)")


def told_as_of_now(sentence: str) -> bool:
    """Whether ``sentence``'s first clause tells the news in the present perfect or progressive
    ("Tromsø municipality has reported the company to the police", "The board is leading the
    investigation"): with no date of its own it is as of the report's day, not the day of the
    happening the lede told."""
    text = _SUBJECT_ASIDE.sub("", sentence, count=1)
    if ", " in text[:140]:
        text = _APPOSITION.sub(r"\1 ", _FRONTED.sub("", text, count=1), count=1)
    head, _, rest = text.partition(" ha")  # the subject before "has"/"have" (speed: no scan of a long sentence)
    if rest and "," in head and _LISTED_SUBJECT.match(head):
        text = head.replace(",", "") + " ha" + rest
    return bool(_AUXILIARY.search(text) and _AS_OF_NOW.search(text))


def names_a_past_happening(sentence: str) -> bool:
    """Whether ``sentence`` has a verb in the past tense ("The break-up also destroyed a research camp")."""
    return bool(_PAST.search(sentence))
