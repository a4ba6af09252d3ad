"""What an article has established so far, for the sentences that follow.

News introduces a party once ("the Chinese icebreaker Xue Long 2", "Canada's foreign minister, Melanie Joly",
"Everest Energy, a Chinese-owned company") and then names it bare ("Xue Long 2 left Tianjin", "Joly said").
:class:`ArticleMemory` reads each sentence in article order, learns such introductions, and lets later sentences find
the actor behind the bare name (a person also by surname). It also remembers vessel names, so that "the submarine
Kazan" or "the anti-submarine ship Severomorsk" is never read as the town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actors import ActorMention
from .companies import COMPANY_NOUNS, company_names, home_companies, is_company, opens_with_company, short_name
from .datelines import dateline_end
from .demonyms import is_demonym
from .lexicon import trie_alternation
from .offices import titles_in
from .proper_names import NAME, WORD
from .regex_forms import any_substring
from .sentence_openers import SCENE_OPENER
from .surnames import surname_aliases
from .tense import IRREGULAR_PAST
from .vessels import ANY_HULL, ANY_HULL_PREFIX, HULLS, VESSEL_NAME, VESSEL_NOUNS, operator_after, owner_before

__all__ = ["ArticleMemory"]

# Lower-case words between an actor and the name it introduces ("Canada's foreign minister
# Melanie Joly"): descriptive words only. A preposition, article or past-tense verb means the name is an object
# ("the United States imposed sanctions on Novatek", "Blinken saw Prime Minister Mette Frederiksen"), not the actor's.
_FUNCTION_WORDS = (
    r"(?:on|of|to|in|at|by|for|from|with|against|over|into|and|or|but|than|the|a|an|its|their|his|her|"
    r"said|says|told|is|was|are|were|has|had|have|will|would)"
)
_PAST_VERB = rf"(?:[a-z]+ed|{trie_alternation(IRREGULAR_PAST)})"
_LOWER_RUN = rf"(?:(?!{_FUNCTION_WORDS}\s)(?!{_PAST_VERB}\s)[a-z][\w-]*\s+){{0,4}}?"
# Nouns that show the name after an actor is a person's ("foreign minister Melanie Joly"):
# only then is the surname alone learnt too ("Nordic Response exercise" teaches no "Response").
_PERSON_NOUNS = re.compile(
    r"\b(?:minister|president|premier|secretary|consul|ambassador|envoy|official|spokes\w+|admiral|"
    r"general|commander|captain|chief|senator|governor|mayor|leader|lawmaker|politician|diplomat|"
    r"researcher|scientist|businessman|businesswoman|citizen|national|chair\w*|head|director|officer)\b",
    re.I,
)
# Words that head a title, not a name ("Foreign Minister Melanie Joly" is "Melanie Joly").
_TITLE_WORDS = {"foreign", "defence", "defense", "prime", "deputy", "vice", "minister", "president", "premier",
                "secretary", "general", "consul", "ambassador", "admiral", "commander", "captain", "chief",
                "senator", "governor", "mayor", "spokesperson", "spokesman", "spokeswoman", "state", "fisheries",
                "energy", "trade", "natural", "resources", "northern", "affairs", "arctic", "mr", "ms", "mrs", "dr"}  # fmt: skip
# Words a name must not be or start with: pronouns, months, weekdays, numbers ("Seven of the Arctic Council's eight"),
# and words that open a sentence before its subject ("Meanwhile, the Arctic Council ..."; "From Tuesday").
_NOT_NAMES = {"the", "a", "an", "in", "on", "at", "but", "and", "however", "it", "its", "he", "she", "they", "this",
              "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
              "december", "meanwhile", "instead", "today", "yesterday", "tomorrow", "now", "also", "still", "later",
              "earlier", "separately", "elsewhere", "moreover", "nevertheless", "nonetheless", "overall", "together",
              "most", "many", "some", "several", "both", "all", "members", "from", "after", "before", "when", "while",
              "since", "during", "despite", "although", "though", "here", "there", "these", "those", "such", "last",
              "next", "for", "with", "by", "as", "if", "so", "yet", "thus", "then", "one", "two", "three", "four", "five",
              "six", "seven", "eight", "nine", "ten"}  # fmt: skip
# A direction, continent or ocean alone is no actor's name ("Canada's North", "Russia's Pacific Fleet").
_REGION_WORDS = {"north", "south", "east", "west", "europe", "asia", "africa", "pacific", "atlantic", "baltic"}
# Last words of an organisation's name: never a surname.
_ORG_WORDS = {"energy", "group", "company", "corp", "corporation", "ltd", "inc", "shipping", "resources", "mining",
              "minerals", "holdings", "line", "lines", "council", "agency", "ministry", "service", "institute",
              "university", "fund", "bank", "partners", "international", "oil", "gas"}  # fmt: skip


# The nouns that name a body again after its full name ("the council", "the alliance").
_BODY_NOUNS = {"council", "alliance", "union", "commission", "board", "court", "agency", "forum"}
# How a state's adjective ends: "Chinese", "Russian", "Danish", "American", "Icelandic", "Dutch".
# A thing a state's adjective introduces, named again by its noun: "The Chinese balloon ... the balloon
# entered American airspace" (China's balloon, whatever airspace it entered).
_THING_AFTER_DEMONYM = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?P<noun>balloon|ship|vessel|icebreaker|submarine|trawler|tanker|freighter|satellite|"
    r"bombers|warships|drones|carrier|cutter|frigate|destroyer|cruiser)\b"
)
# What an organisation known by its acronym is called again: "NATO ... the alliance".
_ORG_NOUNS = {"NATO": ("alliance",), "EU": ("bloc", "union"), "ARC": ("council", "forum"), "UN": ("organization",)}


_AFTER_ACTOR = re.compile(rf"(?:'s?)?(?:-\w+)?\s+{_LOWER_RUN}(?:{WORD}\s+)*?{NAME}")
_OF_ACTOR = re.compile(rf"{NAME},?\s+of\s+(?:the\s+)?$")
_APPOSITIVE = re.compile(rf"{NAME},\s+(?:a|an|the)\s+[^,;.]{{0,40}}$")
# What follows the comma of an _APPOSITIVE match, which is the text's last comma: a cheap test first.
_APPOSITIVE_TAIL = re.compile(r",\s+(?:a|an|the)\s+[^,;.]{0,40}$")


# Between a state and its office: "Danish ", "Canada's ", "Russian Foreign ".
_STATE_TO_TITLE = re.compile(r"^(?:'s)?\s+$")
# Whether a sentence holds some vessel noun as plain text (the vessel-name scan needs one): one search, not a
# substring test for each noun (speed).
_ANY_VESSEL_NOUN = any_substring(list(VESSEL_NOUNS))
# A sentence whose subject is a person named before, also after the scene ("At a news conference in Florida on
# 7 January he refused to rule out ...").
_PRONOUN = re.compile(rf"(?:{SCENE_OPENER})?(He|She|(?<=\s)he|(?<=\s)she)\s+(?!is\b|was\b)")
# "South Korea ... has been seeking a bigger role. It has held observer status ...", "Last month it hosted": "It" opening
# a sentence (or after "Last month") with a past verb (not "It was", "It took three days") is the sentence before's subject.
_IT_ACTS = re.compile(
    rf"(?:(?:Last|This|Earlier|Later)\s+(?:week|month|year|spring|summer|autumn|winter),?\s+(?=it\b))?"
    rf"([Ii]t)\s+(?:has\s+|had\s+)?"
    rf"(?!was\b|were\b|had\b|did\b|took\b|came\b|became\b|made\b)(?:[a-z]{{2,}}ed|{_PAST_VERB})\b"
)


def _is_word_char(text: str, index: int) -> bool:
    """Whether ``text[index]`` exists and is a word character (as ``\\w`` reads it)."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _name_spans(names: frozenset[str], text: str) -> list[tuple[int, int]]:
    """Where ``text`` names any of ``names`` as a whole word, left to right, the longest name first
    where several start at one character: what one regular expression of the names would find,
    without compiling one for every set of names an article learns (compiling was 8% of a new
    article's time)."""
    best: dict[int, int] = {}  # start -> length of the longest whole-word name starting there
    for name in names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            if not _is_word_char(text, start - 1) and not _is_word_char(text, end) and len(name) > best.get(start, 0):
                best[start] = len(name)
            start = text.find(name, start + 1)
    spans: list[tuple[int, int]] = []
    for start in sorted(best):
        if not spans or start >= spans[-1][1]:
            spans.append((start, start + best[start]))
    return spans


def _overlaps(start: int, mentions: list[ActorMention], other_than: str = "") -> bool:
    """Whether a mention (of another actor than ``other_than``, when given) covers character ``start``."""
    return any(o.start <= start < o.end and o.code != other_than for o in mentions)


@dataclass
class ArticleMemory:
    """Aliases an article has introduced (name -> actor code) and the vessel names it used."""

    aliases: dict[str, str] = field(default_factory=dict)
    vessels: set[str] = field(default_factory=set)
    titles: dict[str, str] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)
    companies: set[str] = field(default_factory=set)  # names learnt as a company's ("the British company Beowulf")
    last_person: str = ""  # the state of the person named last, for "He said ..."
    last_subject: str = ""  # the party the sentence before opened with, for "It hosted ..."
    home: str = ""  # the state the story is about, whose company "the country's only whaling company" is

    def learn(self, sentence: str, mentions: list[ActorMention], is_place, home: str = "") -> None:
        """Learn introductions in ``sentence`` given its actor ``mentions``.

        ``is_place(name)`` says whether a name is a gazetteer place: "the Russian port of
        Murmansk" introduces a place, not an actor, unless a vessel noun precedes the name.
        ``home`` is the state the story is about, when known.
        """
        self.home = home or self.home
        text = sentence.replace("’", "'")
        hulls = ANY_HULL_PREFIX.search(text) and ANY_HULL.search(text)  # substrings first: cheaper
        for pattern, code in HULLS if hulls else ():
            for m in pattern.finditer(text):
                name = self._clean(m.group("name"))
                if name:
                    self.vessels.add(name)
                    if code:
                        self.aliases.setdefault(name, code)
        for m in VESSEL_NAME.finditer(text) if _ANY_VESSEL_NOUN.search(text) else ():
            name = self._clean(m.group("name"))
            # "the most capable submarines Russia has built": a state named whole after a vessel noun is no vessel.
            whole = any(o.start == m.start("name") and o.end == m.end("name") for o in mentions)
            if not name or (whole and is_place(name)):
                continue
            self.vessels.add(name)
            owner = owner_before(m.start(), mentions, text) or operator_after(m.end(), mentions, text)
            if owner:
                self.aliases.setdefault(name, owner)
        self._learn_titles(text, mentions)
        for mention in mentions:
            head = mention.text.rsplit(" ", 1)[-1].lower()
            nouns = (head,) if " " in mention.text and head in _BODY_NOUNS else _ORG_NOUNS.get(mention.code, ())
            for noun in nouns:
                # "the Arctic Council ... the council has agreed": a body named again by its noun.
                self.aliases.setdefault(f"the {noun}", mention.code)
                self.aliases.setdefault(f"The {noun}", mention.code)
            after = text[mention.end :]
            if is_demonym(mention.text) and (thing := _THING_AFTER_DEMONYM.match(after)):
                self.aliases.setdefault(f"the {thing['noun']}", mention.code)
                self.aliases.setdefault(f"The {thing['noun']}", mention.code)
            # "Chinese company Everest Energy", "Canada's foreign minister Melanie Joly"
            m = _AFTER_ACTOR.match(after)
            start = mention.end + m.start("name") if m else 0
            if m and not re.search(r"[,;.:]", after[: m.start("name")]) and not _overlaps(start, mentions):
                lead = after[: m.start("name")] + m.group("name")
                self._remember(m.group("name"), mention.code, is_place, person=bool(_PERSON_NOUNS.search(lead)))
                if COMPANY_NOUNS.search(lead):
                    self.companies.add(self._clean(m.group("name")))
            # "Melanie Joly of Canada"
            before = text[: mention.start]
            # _OF_ACTOR's matches end the text with "of" or "the" and spaces: test that before the scan.
            m = _OF_ACTOR.search(before) if before.rstrip().endswith(("of", "the")) else None
            if m and not _overlaps(m.start("name"), mentions, other_than=mention.code):
                self._remember(m.group("name"), mention.code, is_place)
            # "Everest Energy, a Chinese-owned company" / "Frode Berg, a retired Norwegian"; not a party of a list
            # ("Canada, the European Union, the United States": the European Union is no name of the United States).
            tail = before[-160:]
            m = _APPOSITIVE.search(tail) if _APPOSITIVE_TAIL.match(tail, max(0, tail.rfind(","))) else None
            if m and not _overlaps(len(before) - len(tail) + m.start("name"), mentions, other_than=mention.code):
                self._remember(m.group("name"), mention.code, is_place)
                if COMPANY_NOUNS.search(m.group(0)):
                    self.companies.add(self._clean(m.group("name")))
        for name in map(self._clean, home_companies(text) if self.home else ()):
            if len(name) >= 3 and not is_place(name) and not _overlaps(text.find(name), mentions):
                self.aliases.setdefault(name, self.home)
                self.companies.add(name)
        surnames = dict(surname_aliases(mentions, is_place))  # "Troels Lund Poulsen ... Poulsen told"
        self.aliases, self.people = {**surnames, **self.aliases}, self.people | set(surnames)
        again = self.mentions(text, mentions)
        self._learn_companies(text, sorted([*mentions, *again], key=lambda o: o.start), is_place)
        named = [m for m in [*mentions, *again] if m.person or m.text in self.people]
        if named:
            self.last_person = max(named, key=lambda m: m.start).code
        subject_at = dateline_end(text)  # "SEOUL - South Korea ...": the subject after the dateline
        self.last_subject = next((m.code for m in [*mentions, *again] if m.start == subject_at), "")

    def _learn_companies(self, text: str, mentions: list[ActorMention], is_place) -> None:
        """A company named again by its name's first words ("Beowulf Mining ... Beowulf"), and "the company" as
        the company named last (:mod:`.companies`), none when that is a company of no known state."""
        known = [(m.start, m.end) for m in mentions]
        unknown = [s for s, e in company_names(text) if not any(s < b and a < e for a, b in known)]
        if unknown:
            self.aliases.pop("the company", None)
            self.aliases.pop("The company", None)
        for mention in (m for m in mentions if not unknown or m.start > unknown[-1]):
            if mention.text in ("the company", "The company") or not (
                is_company(mention.text) or mention.text in self.companies
            ):
                continue
            self.aliases["the company"] = self.aliases["The company"] = mention.code
            short = short_name(mention.text)
            if len(short) >= 3 and not is_place(short) and short.split()[0].lower() not in _NOT_NAMES | _REGION_WORDS:
                self.aliases.setdefault(short, mention.code)

    def mentions(self, sentence: str, taken: list[ActorMention]) -> list[ActorMention]:
        """Mentions in ``sentence`` of names learnt earlier, not overlapping ``taken``."""
        found: list[ActorMention] = []
        if not self.aliases:
            return found
        text = sentence.replace("’", "'")
        present = frozenset(n for n in self.aliases if n in text)
        if not present:
            return found
        for start, end in _name_spans(present, text):
            if text[start:end] in ("the company", "The company") and not opens_with_company(text, start):
                continue
            if not any(start < o.end and o.start < end for o in [*taken, *found]):
                found.append(ActorMention(self.aliases[text[start:end]], text[start:end], start, end))
        return found

    def pronoun_mentions(self, sentence: str, taken: list[ActorMention]) -> list[ActorMention]:
        """A sentence opening with "He" or "She" ("He first floated buying the island ...") names
        the person named last before it: their state, unless the sentence names it already."""
        if (it := _IT_ACTS.match(sentence)) and self.last_subject and all(o.code != self.last_subject for o in taken):
            return [ActorMention(self.last_subject, it.group(1), it.start(1), it.end(1))]
        m = _PRONOUN.match(sentence)
        if m is None or not self.last_person or any(o.code == self.last_person for o in taken):
            return []
        return [ActorMention(self.last_person, m.group(1), m.start(1), m.end(1), person=True)]

    def _learn_titles(self, text: str, mentions: list[ActorMention]) -> None:
        """Tie each office in ``text`` to the state named right before it ("Danish Prime Minister", "Russia's foreign
        ministry"), or whose name holds it whole ("the U.S. Air Force"), or to the person named right after it ("Prime
        Minister Mark Carney")."""
        for m in titles_in(text) if mentions else ():
            before = next((o for o in reversed(mentions) if o.end <= m.start()), None)
            after = next((o for o in mentions if o.start >= m.end()), None)
            whole = next((o for o in mentions if o.start < m.start() and o.end == m.end()), None)
            if whole is not None or (before is not None and _STATE_TO_TITLE.match(text[before.end : m.start()])):
                self.titles[m.group(0).lower()] = (whole or before).code
            elif after is not None and 0 < after.start - m.end() <= 2:
                self.titles[m.group(0).lower()] = after.code

    def title_mentions(self, sentence: str, taken: list[ActorMention]) -> list[ActorMention]:
        """Offices in ``sentence`` named by title alone ("the prime minister said") whose
        state the article established earlier; not an office whose state the sentence names."""
        found: list[ActorMention] = []
        # The offices of the text learn() read (same offsets: "’" is "'" there, and in no office's words).
        for m in titles_in(sentence.replace("’", "'")) if self.titles else ():
            code = self.titles.get(m.group(0).lower())
            if code is None or any(
                o.end <= m.start() and _STATE_TO_TITLE.match(sentence[o.end : m.start()]) for o in taken
            ):
                continue
            if not any(m.start() < o.end and o.start < m.end() for o in taken):
                found.append(ActorMention(code, m.group(0), m.start(), m.end()))
        return found

    def vessel_spans(self, sentence: str) -> list[tuple[int, int]]:
        """Character spans in ``sentence`` of vessel names, which are never places."""
        if not self.vessels:
            return []
        text = sentence.replace("’", "'")
        present = frozenset(n for n in self.vessels if n in text)
        return _name_spans(present, text) if present else []

    @staticmethod
    def _clean(name: str) -> str:
        words = name.split()
        while words and words[0].lower().rstrip(".") in _TITLE_WORDS | _NOT_NAMES:
            words = words[1:]
        return " ".join(words)

    def _remember(self, raw: str, code: str, is_place, person: bool = True) -> None:
        name = self._clean(raw)
        # "Russia's Northern Sea Route": a place before its first word is cleaned off ("Sea Route") is no alias. A first
        # word that owns what follows ("Baffinland Iron Mines Corp.'s Mary River mine") ends the actor's own name.
        first = name.split()[0] if name else ""
        if len(name) < 3 or is_place(name) or is_place(raw) or first.lower() in _NOT_NAMES or first.endswith("'s"):
            return
        if name.lower() in _REGION_WORDS:
            return
        self.aliases.setdefault(name, code)
        if person:
            self.people.add(name)
        words = name.split()
        surname = words[-1]
        if (
            person
            and 2 <= len(words) <= 3
            and surname.isalpha()
            and not surname.isupper()  # "Delta II", "Hilcorp Alaska LLC": a numeral or a company's suffix
            and surname.lower() not in _ORG_WORDS | _NOT_NAMES  # "Vice Premier Liu He": the family name comes first
            and not is_place(surname)
        ):
            self.aliases.setdefault(surname, code)
            self.people.add(surname)
