"""Past tenses of happening verbs that the "-ed" test of :mod:`.lexicon` cannot see: irregular forms ("A storm hit
the coast on Monday", "The coast guard cut the tow line").

Some of them are nouns too ("a direct hit", "its first shot at the title"): after an article or a possessive they are
not read as verbs.
"""

from __future__ import annotations

from .regex_forms import trie_alternation

__all__ = ["HAPPENING_PASTS", "IRREGULAR_PAST_WORDS"]

# Damage and force: "A storm hit", "Police shot", "The wave swept",
# "The river burst its banks", "Rebels overran the town", "The trawler had sunk".
_FORCE = "hit shot sunk burnt swept burst overran"

# Handling, moving and taking charge: "Trump put him on speakerphone", "The convoy sped north", "Bombers overflew the
# island", "The ministry withheld the permit", "Troops retook the port", "The vessel underwent repairs", "Output shrank".
_HANDLING = "put cut rode sped slid overflew withheld rebuilt retook overthrew oversaw underwent overcame shrank hung"

IRREGULAR_PAST_WORDS: tuple[str, ...] = tuple(sorted({*_FORCE.split(), *_HANDLING.split()}))

# Not after an article, a possessive or a preposition: "a hit", "its shot at the title".
_NOT_A_NOUN = "".join(
    rf"(?<!\b{word}\s)" for word in ("a", "an", "the", "its", "his", "her", "their", "our", "of", "big", "first")
)

#: The forms as one regex fragment for :mod:`.lexicon`'s happening-verb scan.
HAPPENING_PASTS = (
    # The first-letter test first, so that the eleven noun tests run only where such a word may start (speed).
    rf"(?=[{''.join(sorted({word[0] for word in IRREGULAR_PAST_WORDS}))}]){_NOT_A_NOUN}"
    rf"(?:{trie_alternation(list(IRREGULAR_PAST_WORDS))})"
)
