"""Category triggers: which category a sentence is an event of, by its trigger words
(the word tables are in :mod:`.trigger_words`).

Each trigger is a regex fragment matched case-insensitively on word boundaries. A
sentence's category is the one with the most trigger hits (weighted); ties go to the
earlier category in :data:`.trigger_words.TRIGGERS`, which lists the more specific
categories first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .irregular_pasts import HAPPENING_PASTS
from .regex_forms import first_letter_cased, trie_alternation  # the trie, also for the modules importing it from here
from .trigger_words import TRIGGERS

__all__ = ["choose_category", "choose_trigger", "happening_verb", "trie_alternation"]


_LITERAL_HEAD = re.compile(r"[^\\\[\](){}?*+|.]*")
_WORD_START = re.compile(r"(?<![\w-])\w")


# A fragment opening with a group of plain words ("(?:take|takes|took|taking) office").
_LEADING_CHOICE = re.compile(r"\(\?:([\w' -]+(?:\|[\w' -]+)*)\)")


def _head(fragment: str) -> str:
    """The lower-cased letters every match of ``fragment`` starts with ("" when unknown)."""
    head = _LITERAL_HEAD.match(fragment).group(0)
    if fragment[len(head) : len(head) + 1] in ("?", "*", "{"):
        head = head[:-1]  # "bans?" promises "ban", not "bans"
    return head.lower()


def _keys(fragment: str) -> tuple[str, ...] | None:
    """The first three letters (lower-cased) a match of ``fragment`` may start with, or None when
    they are unknown; a leading group of plain words gives one per word, so that such a fragment
    is tried only at its own words, not at every word."""
    choice = _LEADING_CHOICE.match(fragment)
    rest = fragment[choice.end() :] if choice else ""
    heads = [_head(word + rest) for word in choice.group(1).split("|")] if choice else [_head(fragment)]
    return tuple(head[:3] for head in heads) if all(len(head) >= 3 for head in heads) else None


@lru_cache(maxsize=1)
def _fragment_keys() -> tuple[tuple[tuple[str, tuple[str, ...] | None], ...], ...]:
    """Each category's fragments with their :func:`_keys`, worked out once: :func:`_pattern_at` reads them for
    every new word start (speed: a process's first articles made thousands of _keys calls)."""
    return tuple(tuple((fragment, _keys(fragment)) for fragment in fragments) for _, _, fragments in TRIGGERS)


@lru_cache(maxsize=1)
def _by_head() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Which categories (indexes into :data:`TRIGGERS`) may match at a word starting with
    given three letters, and the categories with a fragment too short to index (tried at
    every word)."""
    heads: dict[str, set[int]] = {}
    always: set[int] = set()
    for index, fragments in enumerate(_fragment_keys()):
        for _, keys in fragments:
            for key in keys or ():
                heads.setdefault(key, set()).add(index)
            if keys is None:
                always.add(index)
    return {key: tuple(sorted(v)) for key, v in heads.items()}, tuple(sorted(always))


@lru_cache(maxsize=4096)
def _pattern_at(index: int, key: str) -> re.Pattern[str]:
    """Category ``index``'s pattern with only the fragments a word starting with ``key`` can
    match (and any too short to index), in their order: at such a word it matches as the whole
    pattern does, the other fragments being unable to, and tries a few alternatives, not all."""
    kept = [f for f, keys in _fragment_keys()[index] if keys is None or key in keys]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(kept)})(?![\w])", re.I)


@lru_cache(maxsize=1)
def _word_starts() -> re.Pattern[str]:
    """Where a word starts that some category may match at: the word starts whose first three
    letters are a key of :func:`_by_head` (a few more under ``re``'s case folding, dropped by the
    key lookup), or every word start when a category is tried at every word. The keys' first
    letters are written out in every case (regex_forms.first_letter_cased): at a word start ``re``
    dismisses the keys of other first letters at once instead of comparing each lower-cased."""
    heads, always = _by_head()
    if always:
        return _WORD_START
    return re.compile(rf"(?<![\w-])(?={first_letter_cased(list(heads), join=trie_alternation)})")


@lru_cache(maxsize=4096)
def _tried_at(key: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The categories that may match at a word starting with ``key`` (its first three letters,
    lower-cased), each with its :func:`_pattern_at`, in category order: looked up once per
    word start instead of once per category there."""
    heads, always = _by_head()
    return tuple((index, _pattern_at(index, key)) for index in (*heads.get(key, ()), *always))


def _trigger_hits(sentence: str) -> list[list[re.Match[str]]]:
    """Each category's trigger matches in ``sentence``, as ``pattern.finditer`` gives them,
    but trying a category's pattern only at words whose first three letters start one of
    its fragments, and there only those fragments (:func:`_pattern_at`): one cheap scan for
    such word starts instead of one large scan per category."""
    hits: list[list[re.Match[str]]] = [[] for _ in TRIGGERS]
    ends = [0] * len(TRIGGERS)
    for word in _word_starts().finditer(sentence):
        start = word.start()
        for index, pattern in _tried_at(sentence[start : start + 3].lower()):
            if start < ends[index]:
                continue  # inside this category's previous match, as finditer would skip it
            m = pattern.match(sentence, start)
            if m:
                hits[index].append(m)
                ends[index] = m.end()
    return hits


def choose_category(sentence: str) -> tuple[str | None, int]:
    """The sentence's category and its trigger score, or ``(None, 0)`` without a trigger."""
    category, score, _, _ = choose_trigger(sentence)
    return category, score


def choose_trigger(sentence: str) -> tuple[str | None, int, re.Match[str] | None, int | None]:
    """The sentence's category, its trigger score, the first trigger of that category, and
    where the first trigger of any category starts (None without a trigger)."""
    best, best_score, best_hits, first = None, 0, None, None
    for (category, weight, _), found in zip(TRIGGERS, _trigger_hits(sentence), strict=True):
        if not found:
            continue
        first = found[0].start() if first is None else min(first, found[0].start())
        if weight * len(found) > best_score:
            best, best_score, best_hits = category, weight * len(found), found
    return best, best_score, (best_hits[0] if best_hits else None), first


# A verb that tells of a single happening: the past tense (regular "-ed" or a common irregular
# form), "took place", or a statement ("said"). A sentence with no trigger word can still be
# an event when such a verb comes with a date or a place of its own ("Trump Jr. spent a few
# hours in Nuuk on Tuesday", "The previous forum took place in Arkhangelsk in 2017"), and so can a
# plan told with its own date ("Novatek expects to start the first train in 2023", "the center will publish its
# analysis next month", "Crews are to start work on Saturday").
_PARTICIPLES = (
    "set|broken|chosen|taken|built|given|won|begun|sworn|beaten|frozen|written|shot|flown|kept|put|sold|brought|found|"
    "made|paid|laid|led|left|lost|met|sent|spent|held|cut|hit|run|struck|sunk|seen|told|drawn|known"
)
_HAPPENING_VERB = re.compile(
    r"(?<![\w-])(?:took place|(?!(?:need|indeed|red|bed|speed|seed|feed|breed|shed|hundred|based|related|"
    r"interested|concerned|limited|united|advanced|detailed|experienced|sophisticated|so-called|called)\b)"
    # ... hyphenated too: "was re-formed last June", "had pre-qualified six contractors".
    r"[a-z]{3,}ed|[a-z]{2,5}-[a-z]{3,}ed|met|held|said|told|took|made|began|ran|left|won|went|came|flew|gave|sent|"
    # "called" only as a verb of its own ("Dunleavy called it an assault", "He called her remarks absurd", "The premier
    # called an early election"), not naming ("a place called Nome").
    r"struck|saw|called\s+(?:it|for|off|on|the|her|him|them|his|their|its|an?)|brought|sought|fought|found|bought|"
    r"sold|led|spent|spoke|stood|wrote|"
    r"drew|broke|chose|drove|became|arrived|set sail|set off|set up|laid|sank|froze|paid|shut|lost|swore|rose|fell|"
    # An irregular participle after a past auxiliary: "The record was set on August 27, 2003", "Ground had been
    # broken on 19 June 2006", "Qaqqaq had taken the seat in October 2019", "were flown out of the camp last week".
    rf"(?:was|were|been|had)\s+(?:{_PARTICIPLES})|"
    # A plan, a hope or a promise told in the present ("LKAB aims to start mining in 2021", "The town hopes to open
    # a new quay next year"), as "expects to" is.
    r"(?:expects?|plans?|intends?|hopes?|aims?|seeks?|wants?|vows?|pledges?|promises?|proposes?)\s+to\s+[a-z]+|"
    r"(?:is|are)\s+(?:due|set|scheduled|expected)\s+to\s+[a-z]+|"
    # Stationed since a date or to be ("The Marines have been based at Vaernes since January 2017", "Part of the force
    # is to be based at Setermoen"), not a bare "based" ("based on", "a company based in Oslo").
    r"been\s+based\s+(?:at|in)(?=[^.;]*\bsince\b)|(?:is|are|was|were)\s+to\s+be\s+based\s+(?:at|in)|"
    # A past progressive ("Searchers were combing the shore on Friday"); a plan or a schedule ("will publish", "was
    # due to brief reporters on Friday", "are to start work on Saturday").
    r"(?:was|were)\s+[a-z]{3,}ing|will\s+[a-z]{3,}|(?:was|were|is|are)\s+(?:due\s+)?to\s+[a-z]{3,}|"
    # A plan told with "should" ("The sale should close by the end of March", "the second hull should be ready by
    # 2019"); a bare participle with its own day ("One image, taken on 14 September 1986, shows", "the old record,
    # set on November 13, 2000").
    r"should\s+(?:be\s+)?[a-z]{3,}|"
    # A schedule told in the present ("Joint Viking runs until 14 March", "The summit takes place in Reykjavik on 16
    # May", "The hunt opens on Saturday", "Finland takes over the presidency on 1 July", "The ban takes effect in
    # March", "The treaty enters into force on 15 January") and irregular past forms not listed above ("Thousands fled
    # the town").
    r"(?:takes?\s+place|takes?\s+(?:over|effect)|(?:comes?|enters?)\s+into\s+force|goes\s+into\s+effect|kicks\s+off|"
    r"(?:begins|starts|opens|ends|closes|runs|lasts|continues)(?=\s+(?:on|until|till|through|from|"
    r"in|at|next|this|today|tomorrow)\b)|fled|withdrew|grew|threw|blew|caught|kept|overtook|undertook|upheld|swam|"
    r"dug|tore|shook|stole|quit)|"
    # "-ed" on a stem of two letters, too short for the test above: "Two fishermen died off Sørøya on Sunday".
    r"died|"
    rf"(?:{_PARTICIPLES})\s+on(?=\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)))(?![\w-])"
)


# Irregular past tenses of other happenings ("A storm hit the coast", "The convoy sped north"): tried only where the
# scan above finds nothing (speed).
_OTHER_HAPPENING = re.compile(rf"(?<![\w-])(?:{HAPPENING_PASTS})(?![\w-])")


def happening_verb(sentence: str) -> re.Match[str] | None:
    """The first verb in ``sentence`` that tells of a happening (see above), or else the first irregular past of
    :data:`_OTHER_HAPPENING`, or None."""
    return _HAPPENING_VERB.search(sentence) or _OTHER_HAPPENING.search(sentence)
