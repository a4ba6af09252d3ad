"""A listed leader named again by the last word of a name of three words or more.

The people table matches such a name whole or by its double surname ("Lund Poulsen", "Løkke Rasmussen"),
but news names the person again by the last word alone: "Danish Defence Minister Troels Lund Poulsen
announced ... Poulsen told a press conference". :func:`surname_aliases` gives those last words, for
:class:`.document.ArticleMemory` to learn as the person's. (Two-word names are left to the table: learning
their last words too lost a date on the held-out sets.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .actors import ActorMention

__all__ = ["surname_aliases"]


def surname_aliases(mentions: Iterable[ActorMention], is_place: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    """(last word, actor code) for each person of ``mentions`` named by three words or more; not a
    last word that is a place or too short to be a name."""
    for mention in mentions:
        words = mention.text.split()
        if not mention.person or len(words) < 3:
            continue
        last = words[-1]
        if len(last) >= 3 and last.isalpha() and last[0].isupper() and not last.isupper() and not is_place(last):
            yield last, mention.code
