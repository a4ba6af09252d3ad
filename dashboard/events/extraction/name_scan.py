"""A scan for many names (regex fragments) that tries, at each place a name may start, only the
names whose literal start fits the text there.

``NameScan(groups, before, after).finditer(text)`` gives the matches of the single pattern
``{before}(?:(?P<code>name|name...)|...){after}`` (each group's names longest first) that
``re.finditer`` would give, with the same spans and ``lastgroup``. One large alternation tries
every name at every capital of a sentence; here a name whose first letters differ from the
text's is left out of the pattern tried there, which cannot change what matches (it could not
have matched), and at each position the remaining names are tried in their order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["NameScan", "literal_start", "literal_starts"]

_KEY_LENGTH = 2
# Leading lookbehinds ("(?<!North )America") say nothing about the name's own first letters.
_LEADING_LOOKBEHINDS = re.compile(r"(?:\(\?<[!=][^()]*\))*")
_LITERAL_HEAD = re.compile(r"[^\\\[\](){}?*+|.^$]*")


def literal_start(fragment: str) -> str:
    """The letters every match of ``fragment`` starts with ("" when unknown): "Americans?" ->
    "American", "(?<!North )Korea" -> "Korea", "U\\.S\\." -> "U", "[Tt]he ..." -> ""."""
    body = fragment[_LEADING_LOOKBEHINDS.match(fragment).end() :]
    head = _LITERAL_HEAD.match(body).group(0)
    if body[len(head) : len(head) + 1] in ("?", "*", "{"):
        head = head[:-1]  # "bans?" promises "ban", not "bans"
    return head


_TOP_LEVEL_PART = re.compile(r"\\.|\[(?:\\.|[^\]])*\]|[()|]")


def literal_starts(fragments: Iterable[str]) -> tuple[str, ...] | None:
    """Words one of which every match of any of ``fragments`` contains: the literal start of each
    top-level alternative ("Nordic " for "Nordic (?:countries|states)", "NORAD" and "North" for
    "NORAD|North Command"). None when some alternative has no literal start (a text cannot then
    be ruled out by its words)."""
    alternatives = []
    for fragment in fragments:
        depth, start = 0, 0
        for part in _TOP_LEVEL_PART.finditer(fragment):
            depth += {"(": 1, ")": -1}.get(part.group(0), 0)
            if part.group(0) == "|" and depth == 0:
                alternatives.append(fragment[start : part.start()])
                start = part.end()
        alternatives.append(fragment[start:])
    starts = tuple(literal_start(alternative) for alternative in alternatives)
    return None if not all(starts) else starts


# A name's opening that literal_start cannot read but that has a few literal forms: an optional group of plain
# alternatives ("(?:U\\.S\\. |US )?Northern Command") or a class of letters ("[Tt]he eight Arctic states").
_OPTIONAL_OPENING = re.compile(r"\(\?:((?:\\.|[^()\\])*)\)\?(?![?+])")
_LETTERS_OPENING = re.compile(r"\[([A-Za-z]+)\](?![?*+{])")


def _heads_of(name: str) -> tuple[str, ...]:
    """Literal starts one of which every match of ``name`` opens with; ("",) when unknown (tried everywhere)."""
    forms = [name]
    if optional := _OPTIONAL_OPENING.match(name):
        rest = name[optional.end() :]
        forms = [*(choice + rest for choice in re.split(r"(?<!\\)\|", optional.group(1))), rest]
    elif letters := _LETTERS_OPENING.match(name):
        forms = [letter + name[letters.end() :] for letter in letters.group(1)]
    return literal_starts(forms) or ("",)


class NameScan:
    """``finditer`` over ``{before}(?:(?P<code>...)|...){after}`` for ``groups`` (code -> names,
    regex fragments), trying at each possible start only the names that may start there.

    ``starts`` finds every position where ``before`` may let a name start (a superset is fine):
    one character, consumed, for the fast character-set search of the ``re`` module.
    """

    def __init__(self, groups: dict[str, tuple[str, ...]], before: str, after: str, starts: str) -> None:
        self._names = [(code, name) for code, names in groups.items() for name in sorted(names, key=len, reverse=True)]
        # The names by their keys (their heads' first _KEY_LENGTH letters), and those with a shorter head, tried
        # wherever one fits: a new key's names are looked up, not found by testing every head; a name is tried only
        # where one of its heads fits, not everywhere (speed: the compiling of a process's first articles).
        self._keyed: dict[str, list[int]] = {}
        self._short: list[tuple[int, tuple[str, ...]]] = []
        for i, heads in enumerate(_heads_of(name) for _, name in self._names):
            if all(len(head) >= _KEY_LENGTH for head in heads):
                for key in dict.fromkeys(head[:_KEY_LENGTH] for head in heads):
                    self._keyed.setdefault(key, []).append(i)
            else:
                self._short.append((i, tuple(head[:_KEY_LENGTH] for head in heads)))
        self._before, self._after = before, after
        self._starts = re.compile(starts)
        self._by_key: dict[str, re.Pattern[str] | None] = {}
        self._by_members: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _pattern(self, key: str) -> re.Pattern[str] | None:
        """The pattern of the names that may start with ``key`` (None when none may)."""
        fits = (i for i, heads in self._short if any(map(key.startswith, heads)))
        members = tuple(sorted([*self._keyed.get(key, ()), *fits]))
        if not members:
            return None
        if members not in self._by_members:
            groups: list[tuple[str, list[str]]] = []
            for i in members:
                code, name = self._names[i]
                if groups and groups[-1][0] == code:
                    groups[-1][1].append(name)
                else:
                    groups.append((code, [name]))
            alternatives = "|".join(f"(?P<{code}>{'|'.join(names)})" for code, names in groups)
            self._by_members[members] = re.compile(f"{self._before}(?:{alternatives}){self._after}")
        return self._by_members[members]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``re.finditer`` of the whole pattern would give, in text order."""
        end = 0
        for start in self._starts.finditer(text):
            position = start.start()
            if position < end:
                continue  # inside the previous match, as finditer would skip it
            key = text[position : position + _KEY_LENGTH]
            if key not in self._by_key:
                self._by_key[key] = self._pattern(key)
            pattern = self._by_key[key]
            m = pattern.match(text, position) if pattern is not None else None
            if m:
                yield m
                end = m.end()
