"""Do trafilatura and dateparser beat the hand-written rules? ``python benchmarks/library_measurements.py``

Issue 11 asks to weigh two maintained libraries on the annotated article sets. trafilatura
is a runtime dependency (requirements.txt); dateparser comes with it (htmldate needs it)
but the extractor does not use it. Prints, without thresholds:

* **trafilatura** (main text and publication date of an HTML page): import time; time per
  page; events, unannotated events and per-field figures when every annotated article is
  served inside the same news-site boilerplate (navigation, cookie notice, "related
  stories", "most read", footer) and read by the standard-library reader alone
  (``html_to_text(main_text_only=False)``), by that reader keeping only the lines
  trafilatura keeps (``html_to_text``, adopted), or by ``trafilatura.extract`` itself;
  the publication date trafilatura finds with a ``<meta>`` date, with a visible dateline
  only, and with no date at all; and the ``socket``/``connect`` system calls made while
  doing all that (run under ``strace`` when it is installed).
* **dateparser** (relative dates against the publication date, ``PREFER_DATES_FROM='past'``,
  English only): import time; time per expression and per sentence; date precision and
  recall and the event-level figures when (a) dateparser resolves the expressions the
  rules find, (b) dateparser's ``search_dates`` finds and resolves them, (c) the rules
  first and ``search_dates`` only for sentences the rules find no date in.

The fresh held-out set is measured only as totals, like in tests/test_events_quality.py.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# A news site's furniture around the article, written for this measurement: every piece
# of it reads like an Arctic event, so a reader that keeps it produces false events.
_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Polar Desk</title>
{meta}<script>window.dataLayer = [{{"page": "article"}}];</script>
<style>.cookie {{ position: fixed; }}</style></head>
<body>
<header><a href="/">The Polar Desk</a>
<nav><ul><li><a href="/arctic">Arctic</a></li><li><a href="/security">Security</a></li>
<li><a href="/climate">Climate</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<div class="cookie"><p>We use cookies to improve your experience. By continuing to browse the site you agree
to our use of cookies.</p><button>Accept</button></div>
<main><article>
<h1>{title}</h1>
<div class="byline">By Staff Writer{dateline}</div>
{body}
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a1">Russian bombers intercepted off Alaska by US fighter jets on Monday</a></li>
<li><a href="/a2">Norway approves a new oil field in the Barents Sea</a></li>
<li><a href="/a3">Chinese icebreaker Xue Long 2 sails into the Chukchi Sea</a></li>
</ul></aside>
<div class="most-read"><h3>Most read</h3>
<p><a href="/b1">Greenland's parliament votes to ban uranium mining near Narsaq.</a></p>
<p><a href="/b2">Canada and Denmark sign a deal dividing Hans Island.</a></p></div>
</main>
<footer><p>© 2025 The Polar Desk. All rights reserved.</p>
<p>Subscribe to our newsletter for weekly news on Arctic security, shipping and energy.</p></footer>
</body></html>
"""


def _page(title: str, paragraphs: list[str], published: date, date_kind: str) -> str:
    meta = dateline = ""
    if date_kind == "meta":
        meta = f'<meta property="article:published_time" content="{published.isoformat()}T08:00:00Z">\n'
    elif date_kind == "visible":
        dateline = f" · {published.strftime('%d %B %Y')}"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return _PAGE.format(title=html.escape(title), meta=meta, dateline=dateline, body=body)


def _article_pages(article_set, date_kind: str):
    """(gold entry, page HTML, published) for every article of ``article_set``."""
    from dashboard.events.extraction.text import clean_text, split_sentences
    from tests.extraction_scoring import _article, load_gold

    for entry in load_gold(article_set)["articles"]:
        path = article_set.directory / entry["file"]
        text, published = _article(path)
        clean = clean_text(text, filename=path.name)
        sentences = split_sentences(clean)
        title = next((s.text for s in sentences if s.kind == "title"), "Arctic news")
        paragraphs = [line for line in clean.splitlines() if line.strip() and line.strip() != title]
        yield entry, _page(title, paragraphs, published, date_kind), published


def measure_trafilatura() -> None:
    started = time.perf_counter()
    import trafilatura

    print(f"trafilatura {trafilatura.__version__}: import {1000 * (time.perf_counter() - started):.0f} ms")
    from dashboard.events import extract_events
    from dashboard.events.extraction.text import html_to_text
    from tests import extraction_scoring as scoring
    from tests.extraction_sets import SETS

    print("  readers: html.parser = our reader alone; filtered = our reader, lines trafilatura keeps (adopted);")
    print("  trafilatura = trafilatura.extract's text")
    for article_set in SETS:
        for reader in ("html.parser", "filtered", "trafilatura"):
            extracted: dict[str, list] = {}
            spent, pages = 0.0, 0
            for entry, page, published in _article_pages(article_set, "meta"):
                t0 = time.perf_counter()
                if reader == "trafilatura":
                    text = trafilatura.extract(page, include_comments=False, include_tables=False) or ""
                elif reader == "filtered":
                    text = html_to_text(page)
                else:
                    text = html_to_text(page, main_text_only=False)
                spent += time.perf_counter() - t0
                extracted[entry["file"]] = extract_events(text, published, fmt="text")
                pages += 1
            result = _measure_with(scoring, article_set, extracted)
            t = result.tallies
            print(
                f"  {article_set.label:20} {reader:12} events P {t['event'].precision:.2f} R {t['event'].recall:.2f}"
                f"  places P {t['place'].precision:.2f} R {t['place'].recall:.2f}"
                f"  event-level R {result.happenings.recall:.2f} P {result.happenings.precision:.2f}"
                f"  ({1000 * spent / pages:.1f} ms a page to text)"
            )
    for extensive in (True, False):
        for date_kind in ("meta", "visible", "none"):
            right = wrong = missing = 0
            for article_set in SETS:
                for _, page, published in _article_pages(article_set, date_kind):
                    found = trafilatura.extract_metadata(page, extensive=extensive).date
                    if not found:
                        missing += 1
                    elif found[:10] == published.isoformat():
                        right += 1
                    else:
                        wrong += 1
            print(
                f"  publication date (extensive={extensive!s:5}), page with {date_kind:7} date:"
                f" right {right}, wrong {wrong}, none {missing}"
            )


def _measure_with(scoring, article_set, extracted: dict[str, list]):
    """tests.extraction_scoring.measure over events already extracted (file -> events)."""
    real = scoring.extract_events
    files = iter(e["file"] for e in scoring.load_gold(article_set)["articles"])
    scoring.extract_events = lambda text, published: extracted[next(files)]
    try:
        return scoring.measure(article_set)
    finally:
        scoring.extract_events = real


_PERIOD_PRECISION = {"day": "day", "time": "day", "week": "month", "month": "month", "year": "year"}


def measure_dateparser() -> None:
    started = time.perf_counter()
    import dateparser
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    print(f"dateparser {dateparser.__version__}: import {1000 * (time.perf_counter() - started):.0f} ms")
    import dashboard.events.extraction.dates as dates
    from tests import extraction_scoring as scoring
    from tests.extraction_sets import SETS

    rules = dates.find_dates
    parsers: dict[date, DateDataParser] = {}

    def settings(published: date) -> dict:
        return {"RELATIVE_BASE": datetime(published.year, published.month, published.day), "PREFER_DATES_FROM": "past"}

    def parser(published: date) -> DateDataParser:
        if published not in parsers:
            parsers[published] = DateDataParser(languages=["en"], settings=settings(published))
        return parsers[published]

    def resolved_by_dateparser(sentence: str, published: date):
        out = []
        for found in rules(sentence, published):
            data = parser(published).get_date_data(found.text)
            if data.date_obj is None:
                out.append(found)  # dateparser has no reading: keep the rule's
            else:
                precision = _PERIOD_PRECISION.get(data.period, "day")
                out.append(dates.DateMatch(data.date_obj.date(), precision, found.text, found.start))
        return out

    def searched_by_dateparser(sentence: str, published: date):
        out, position = [], 0
        for text, when in search_dates(sentence, languages=["en"], settings=settings(published)) or []:
            start = sentence.find(text, position)
            position = max(position, start)
            precision = _PERIOD_PRECISION.get(parser(published).get_date_data(text).period, "day")
            out.append(dates.DateMatch(when.date(), precision, text, start))
        return out

    def rules_then_search(sentence: str, published: date):
        return rules(sentence, published) or searched_by_dateparser(sentence, published)

    sample = parser(date(2025, 8, 20))
    expressions = ["last Tuesday", "on 11 May", "last week", "earlier this month", "last summer", "in May 2022"]
    for expression in expressions:
        data = sample.get_date_data(expression)
        print(f"  {expression!r:22} (published 2025-08-20) -> {data.date_obj and data.date_obj.date()} {data.period}")
    t0 = time.perf_counter()
    for _ in range(50):
        for expression in expressions:
            sample.get_date_data(expression)
    print(f"  {1000 * (time.perf_counter() - t0) / (50 * len(expressions)):.2f} ms an expression")
    sentence = "Finland, which applied in May 2022, joined the alliance on Tuesday, the minister said last week."
    t0 = time.perf_counter()
    for _ in range(20):
        search_dates(sentence, languages=["en"], settings=settings(date(2023, 4, 6)))
    print(f"  search_dates: {1000 * (time.perf_counter() - t0) / 20:.1f} ms a sentence")
    variants = {
        "rules": rules,
        "dateparser resolves": resolved_by_dateparser,
        "dateparser searches": searched_by_dateparser,
        "rules, then search": rules_then_search,
    }
    for name, finder in variants.items():
        dates.find_dates = finder
        try:
            for article_set in SETS:
                result = scoring.measure(article_set)
                d, h = result.tallies["date"], result.happenings
                print(
                    f"  {name:20} {article_set.label:20} dates P {d.precision:.2f} ({d.hit_p}/{d.predicted})"
                    f" R {d.recall:.2f} ({d.hit_r}/{d.expected})  event-level R {h.recall:.2f} P {h.precision:.2f}"
                )
        finally:
            dates.find_dates = rules


def main() -> None:
    if "--inner" not in sys.argv and shutil.which("strace"):
        # Count the network system calls of the whole measurement (the child does the work).
        log = Path(os.environ.get("TMPDIR", "/tmp")) / "library_measurements.strace"
        cmd = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), sys.executable, __file__, "--inner"]
        code = subprocess.call(cmd)
        lines = log.read_text().splitlines()
        sockets = [line for line in lines if "socket(AF_INET" in line]
        connects = [line for line in lines if "connect(" in line]
        # urllib3 (imported by trafilatura) opens and binds one IPv6 socket on ::1 to learn
        # whether the host has IPv6; a connection attempt would show as connect().
        print(f"network (strace): {len(sockets)} AF_INET/AF_INET6 sockets opened, {len(connects)} connect() calls")
        sys.exit(code)
    measure_trafilatura()
    measure_dateparser()


if __name__ == "__main__":
    main()
