"""What a proper name looks like in news text: capitalised words, perhaps with a middle initial or a nobiliary particle
inside, perhaps ending with a hull number. In "Canada's foreign minister Melanie Joly met Ursula von der Leyen aboard the
icebreaker Xue Long 2", the names are "Melanie Joly", "Ursula von der Leyen" and "Xue Long 2". :data:`NAME` captures
such a name as its group ``name``: :mod:`.document` reads with it the people and parties an article introduces, and
:mod:`.vessels` the ships it names.
"""

from __future__ import annotations

__all__ = ["NAME", "WORD"]

# A proper name: capitalised words, optionally ending with a hull number ("Xue Long 2").
WORD = r"[A-Z][\w'’.-]*[\w]"
# Inside a name, a middle initial ("USS Harry S. Truman") and a nobiliary particle ("the tanker Christophe de Margerie",
# "Ursula von der Leyen") do not end it.
_PARTICLE = r"(?:de|du|des|la|le|van|von|der|den|da|di|dos|del)"
NAME = rf"(?P<name>{WORD}(?:\s+(?:{_PARTICLE}\s+)*(?:[A-Z]\.\s+)?{WORD}){{0,3}}(?:\s+\d{{1,3}}(?!\d))?)"
