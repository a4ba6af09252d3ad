"""Command line: ``python -m dashboard.events extract|import|export|backup``.

``export --format archive`` and ``import`` of such a file carry the whole store: events, saved
views and briefings (:mod:`dashboard.archive`).

The command line is the operator's tool on the server: it writes as an editor, with no
passcode. Bad input exits with status 2 and one line on stderr, and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dashboard.cli_support import OneLineParser, UsageError, run_command

from .database import db_location, holds_a_store
from .errors import StoreError
from .extraction.extract import extract_events
from .io import (
    EventFileError,
    check_article_length,
    decode_article,
    events_to_csv,
    events_to_frame,
    events_to_geojson,
    read_events_file,
)
from .model import EventValidationError, parse_iso_date
from .store import EventStore

__all__ = ["main"]

_BYLINE_DATE = re.compile(
    r"^By\s.*?\b((?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},?\s+\d{4})\s*$",
    re.M,
)


def _published(value: str | None, text: str) -> date:
    if value:
        try:
            day = parse_iso_date(value, "--published")
        except EventValidationError as exc:
            raise UsageError(str(exc)) from None
        if day > date.today():
            raise UsageError(f"--published: {day.isoformat()} is in the future")
        return day
    match = _BYLINE_DATE.search(text)
    if match:
        from datetime import datetime

        return datetime.strptime(match.group(1).replace(",", ""), "%B %d %Y").date()
    raise UsageError("no publication date: pass --published YYYY-MM-DD")


def _cmd_extract(args: argparse.Namespace) -> int:
    name = Path(args.article).name
    text = check_article_length(decode_article(args.article, name), name)
    published = _published(args.published, text)
    store = EventStore() if args.save else None  # a broken ATLAS_DB is reported before the slow part
    events = extract_events(text, published, title=args.title or "", outlet=args.outlet or "", url=args.url or "")
    if store is not None:
        article_id, ids = store.add_article_with_events(
            events,
            title=events[0].source.title if events else args.title or "",
            outlet=args.outlet or "",
            url=args.url or "",
            published=published,
            text=text,
            on_duplicate="merge" if args.merge else "refuse",
        )
        print(f"saved {len(ids)} events under article {article_id}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2))
    else:
        print(events_to_csv(events_to_frame(events)), end="")
    return 0


def _archive_document(path: str) -> object | None:
    """The parsed store archive at ``path`` (a ``.json`` file whose ``format`` says so), else None."""
    if Path(path).suffix.lower() != ".json":
        return None
    from dashboard.archive import is_archive

    try:
        document = json.loads(decode_article(path, Path(path).name))
    except (ValueError, RecursionError):
        return None  # not JSON: read_events_file gives the one-line reason
    return document if is_archive(document) else None


def _cmd_import(args: argparse.Namespace) -> int:
    document = _archive_document(args.file)
    if document is not None:
        from dashboard.archive import import_archive

        store = EventStore() if holds_a_store(db_location()) else EventStore(seed=False)  # a restore adds no seed
        counts = import_archive(
            store, document, replace_verified=args.replace_verified, replace_saved=args.replace_saved
        )
        print(
            f"imported {counts[0]} events, {counts[1]} views and {counts[2]} briefings from {args.file}",
            file=sys.stderr,
        )
        return 0
    events = read_events_file(args.file, Path(args.file).name)
    ids = EventStore().import_events(events, replace_verified=args.replace_verified)
    print(f"imported {len(ids)} events from {args.file}", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    if args.format == "archive":
        from dashboard.archive import export_archive

        output, what = export_archive(EventStore()), "the store archive"
    else:
        frame = EventStore().query()
        what = f"{len(frame)} events"
        if args.format == "geojson":
            output = json.dumps(events_to_geojson(frame), ensure_ascii=False, indent=1) + "\n"
        else:
            output = events_to_csv(frame)
    if args.output:
        Path(args.output).write_text(output, encoding="utf-8")
        print(f"wrote {what} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(output)
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    store = EventStore()
    path = store.backup(args.output)
    copy = EventStore(path, seed=False)
    if copy.integrity_check() != "ok" or copy.table_digests() != store.table_digests():
        raise StoreError(f"{path}: the copy does not match the store (was it written to meanwhile?); run it again")
    print(f"backed up {len(copy)} events to {path} (integrity ok)", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="python -m dashboard.events", description="Arctic Atlas events: extract, import, export."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="extract events from an article file (.txt, .md, .html)")
    extract.add_argument("article")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (default: the byline's date)")
    extract.add_argument("--url", default="")
    extract.add_argument("--title", default="")
    extract.add_argument("--outlet", default="")
    extract.add_argument("--format", choices=("json", "csv"), default="json")
    extract.add_argument("--save", action="store_true", help="also store the article and its (unverified) events")
    extract.add_argument(
        "--merge", action="store_true", help="with --save: add the events to the stored article if it is already there"
    )
    extract.set_defaults(run=_cmd_extract)
    imp = sub.add_parser("import", help="import events from a GeoJSON or CSV export into the store")
    imp.add_argument("file")
    imp.add_argument(
        "--replace-verified", action="store_true", help="let the file overwrite verified events with different content"
    )
    imp.add_argument(
        "--replace-saved",
        action="store_true",
        help="let a store archive overwrite saved views and briefings of the same name with different content",
    )
    imp.set_defaults(run=_cmd_import)
    export = sub.add_parser("export", help="export the stored events")
    export.add_argument(
        "--format",
        choices=("geojson", "csv", "archive"),
        default="geojson",
        help="archive: every event, saved view and briefing in one JSON file (import reads it back)",
    )
    export.add_argument("--output", "-o")
    export.set_defaults(run=_cmd_export)
    backup = sub.add_parser("backup", help="copy the store to a new SQLite file (online, safe while the app runs)")
    backup.add_argument("output")
    backup.set_defaults(run=_cmd_backup)
    for p in (extract, imp, export, backup):
        p.error = parser.error  # type: ignore[method-assign]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 for bad input)."""
    return run_command(_parser(), argv, (EventFileError, EventValidationError, StoreError))
