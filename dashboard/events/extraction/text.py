"""Article input (plain text, Markdown or HTML) to clean text, and clean text to sentences.

HTML is read with the standard library's ``html.parser`` as data: tags are dropped, the
content of ``script``/``style``/``template``/``head`` is discarded, nothing is evaluated.
Sentences keep their role in the article (``title``, ``byline``, ``heading``, ``caption``,
``bullet``, ``body``) because a photo caption or a bullet is a statement of its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = [
    "Sentence",
    "clean_text",
    "clip",
    "detect_format",
    "html_to_text",
    "lower_for_cues",
    "markdown_to_text",
    "split_sentences",
]

BULLET = "•"

# Letters re.IGNORECASE matches to an ASCII letter ("ı" and "İ" to "i", "ſ" to "s") that
# str.lower() does not lower to it.
_IGNORECASE_ODDITIES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (a run-on sentence or title line)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def lower_for_cues(text: str) -> str:
    """``text`` lower-cased for cheap substring tests before a case-insensitive scan: any
    ASCII word an ``re.IGNORECASE`` pattern can match in ``text`` is a substring of it."""
    if not text.isascii() and any(c in text for c in "İıſ"):
        text = text.translate(_IGNORECASE_ODDITIES)
    return text.lower()


_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "hr",
    "title",
    "main",
    "aside",
    "dd",
    "dt",
}
_SKIP_TAGS = {"script", "style", "template", "noscript", "head", "svg", "iframe", "object", "nav"}
# Marks a line that starts inside an <aside> (a box beside the article), and how many words its paragraph needs to be
# kept as the article's text when trafilatura's main text leaves it out.
_ASIDE_MARK = "\ue000"  # a private-use character: no whitespace, never in a page's text
_BOX_PROSE_WORDS = 20


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article and its role: title, byline, heading, caption, bullet or body."""

    text: str
    kind: str = "body"
    #: Which block of the article (paragraph, list item, heading) the sentence is in, from 0.
    paragraph: int = 0


class _TextCollector(HTMLParser):
    """Collect the visible text of an HTML document, one block element a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._aside_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
            return
        if tag == "aside":
            self._aside_depth += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
            if self._aside_depth:
                self.parts.append(_ASIDE_MARK)  # the line is a box's: see html_to_text
        if tag == "li":
            self.parts.append(f"{BULLET} ")
        elif tag == "figcaption":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "aside":
            self._aside_depth = max(0, self._aside_depth - 1)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str, *, main_text_only: bool = True) -> str:
    """Visible text of an HTML fragment or page; list items become ``•`` bullet lines.

    With ``main_text_only`` (the default), a whole news page keeps only its article: the
    lines that trafilatura's main-text extraction also keeps, so navigation, cookie
    notices, "related stories" lists and footers, each of which can read like an event,
    are dropped (measured in benchmarks/library_measurements.py). The structure (headings,
    bullets, captions) is still read by our own parser; when trafilatura finds no main
    text (a short fragment), every visible line is kept. trafilatura also drops every box
    (``<aside>``); a box's paragraph of prose (an explainer beside the story) is kept, its lists
    of headlines and links are not.
    """
    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    boxed = {i for i, line in enumerate(lines) if line.startswith(_ASIDE_MARK)}
    lines = [line.removeprefix(_ASIDE_MARK).strip() for line in lines]
    if main_text_only:
        main = _main_text(html)
        if main:
            lines = [
                line
                for i, line in enumerate(lines)
                if not line
                or _squash(line.lstrip(BULLET)) in main
                # A box's paragraph of prose ("The few nations that have done it: ... China shattered its old
                # weather satellite in January 2007"), which trafilatura drops with the related-story boxes: kept
                # when it reads as prose, not as a list of headlines or links.
                or (i in boxed and not line.startswith(BULLET) and len(line.split()) >= _BOX_PROSE_WORDS)
            ]
    return _join_blocks(lines)


def _squash(text: str) -> str:
    """``text`` with all whitespace removed, for comparing two readers' versions of a line."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def _main_text(html: str) -> str:
    """The article's main text by trafilatura, whitespace removed ("" when it finds none).

    trafilatura works on the string alone: it fetches nothing (no URL is given) and is
    imported on first use, because its import takes most of a second.
    """
    import trafilatura  # deferred: only HTML input needs it

    text = trafilatura.extract(html, include_comments=False, include_tables=True, include_images=False)
    return _squash(text) if text and len(text) >= 40 else ""


_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*$", re.M), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: keep the alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: keep the link text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+", re.M), f"{BULLET} "),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"^\s*([-*_])\s*(?:\1\s*){2,}$", re.M), ""),  # horizontal rules
)


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document: markup removed, list items as ``•`` bullet lines."""
    text = markdown
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return _join_blocks(text.splitlines())


# Headings or bullets at a line start, links, bold: r"^\s{0,3}#{1,6}\s|\]\([^)]+\)|^\s*[-*+]\s|\*\*[^*\n]+\*\*" (re.M)
# as three scans, two of which skip fast to their first character (speed: the one alternation tried every branch
# at every character of the article).
_MARKDOWN_SIGNS = (
    re.compile(r"^(?:\s{0,3}#{1,6}\s|\s*[-*+]\s)", re.M),
    re.compile(r"\]\([^)]+\)"),
    re.compile(r"\*\*[^*\n]+\*\*"),
)


def detect_format(text: str, filename: str = "") -> str:
    """Guess ``"html"``, ``"markdown"`` or ``"text"`` from a file name or, failing that, the content."""
    suffix = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if suffix in ("html", "htm", "xhtml"):
        return "html"
    if suffix in ("md", "markdown"):
        return "markdown"
    if suffix == "txt":
        return "text"
    if re.search(r"<(?:html|body|p|div|article|br|li|h[1-6]|span|a\s)[^>]*>", text, re.I):
        return "html"
    # Headings, links, bullets, or bold ("in its **long-term defence plan of April 2024**").
    if any(pattern.search(text) for pattern in _MARKDOWN_SIGNS):
        return "markdown"
    return "text"


def clean_text(raw: str, fmt: str | None = None, filename: str = "") -> str:
    """Clean article text: markup removed, Unicode NFC, one block a line, blank lines between blocks.

    Parameters
    ----------
    raw : str
        The article as given (plain text, Markdown or HTML).
    fmt : {"text", "markdown", "html"}, optional
        Input format; detected from ``filename`` or the content when omitted.
    """
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    raw = raw.replace("\u00a0", " ").replace("\u200b", "")
    fmt = fmt or detect_format(raw, filename)
    if fmt == "html":
        return html_to_text(raw)
    if fmt == "markdown":
        return markdown_to_text(raw)
    return _join_blocks(raw.splitlines())


_BULLET_MARK = re.compile(r"^[\u2022\u25aa\u25cf\u2023\u2043\u00b7\u2013\u2014*-]\s+")
_SPACES = re.compile(r"[ \t]+")


def _join_blocks(lines) -> str:
    out: list[str] = []
    for line in lines:
        line = _BULLET_MARK.sub(f"{BULLET} ", line.strip())
        if "  " in line or "\t" in line:  # else _SPACES would replace each single space by itself
            line = _SPACES.sub(" ", line)
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


# Words whose trailing period does not end a sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "adm",
    "capt",
    "cmdr",
    "sgt",
    "st",
    "sen",
    "sens",  # "Sens. Lisa Murkowski and Dan Sullivan"
    "rep",
    "reps",  # "Anchorage Reps. David Nelson ... and Zack Fields"
    "gov",
    "pres",
    "jr",
    "sr",
    "th",  # an Icelandic patronymic's initial: "President Guðni Th. Jóhannesson"
    "no",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "approx",
    "dept",
    "corp",
    "inc",
    "ltd",
    "co",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "d.c",
    "a.m",
    "p.m",
    "mt",
    "ft",
}
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9•])")
_CREDIT = re.compile(r"\s*\(([^()]*(?:/|Photo|photo|Credit|credit|©)[^()]*)\)\s*$")
_BYLINE = re.compile(r"^By\s+[A-Z][^\d]{1,80}?(?:\s+[A-Z][a-z]+\.? \d{1,2},? \d{4})?$")


# The word before a sentence's closing full stop, read from the end of the reversed sentence.
_WORD_BEFORE_DOT_REVERSED = re.compile(r"\.([\w.]+)")


def _word_before_dot(text: str) -> str | None:
    r"""The word a final "." closes ("U.S" of "the U.S.", "Gov" of "Gov."), or None: what
    ``re.search(r"([\w.]+)\.$", text)`` groups in a ``text`` that ends with its end mark (no
    newline after it): the run of word characters and full stops before the last character.
    Read backwards (speed: the search tries every position of the sentence so far)."""
    m = _WORD_BEFORE_DOT_REVERSED.match(text[::-1]) if text.endswith(".") else None
    return m.group(1)[::-1] if m else None


def _split_prose(text: str) -> list[str]:
    pieces, start = [], 0
    for match in _BOUNDARY.finditer(text):
        before = text[start : match.start() + 1]
        word = _word_before_dot(before)
        if word:
            token = word.lower()
            # An abbreviation or an initial ("J. Smith", "U.S.") does not end a sentence.
            if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                continue
        pieces.append(text[start : match.end()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def split_sentences(text: str) -> list[Sentence]:
    """Split clean text (see :func:`clean_text`) into sentences with their role.

    The first short line without end punctuation is the ``title``; a line starting with
    "By " is the ``byline``; other short lines without end punctuation are ``heading``;
    ``•`` lines are ``bullet``; a sentence ending with a photo credit in parentheses is a
    ``caption`` (the credit is dropped). Lines of digits only (share counters) are dropped.
    """
    sentences: list[Sentence] = []
    seen_title = False
    for block, line in enumerate(text.splitlines()):
        line = line.strip()
        if not line or re.fullmatch(r"[\d\s.,:/|-]+", line):
            continue
        if line.startswith(BULLET):
            body = line.lstrip(BULLET).strip()
            sentences.extend(Sentence(s, "bullet", block) for s in _split_prose(body))
            continue
        if _BYLINE.match(line):
            sentences.append(Sentence(line, "byline", block))
            continue
        if len(line) < 140 and not re.search(r"[.!?:\"”)]$", line):
            sentences.append(Sentence(line, "heading" if seen_title else "title", block))
            seen_title = True
            continue
        seen_title = True
        for piece in _split_prose(line):
            credit = _CREDIT.search(piece) if piece.rstrip().endswith(")") else None  # as every credit does
            if credit and re.search(r"[.!?]", piece[: credit.start()][-2:] or ""):
                sentences.append(Sentence(piece[: credit.start()].strip(), "caption", block))
            else:
                sentences.append(Sentence(piece, "body", block))
    return sentences
