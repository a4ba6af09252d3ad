"""Command line: ``python -m dashboard.briefing export|presets``.

``export [--briefing NAME | --briefing-file FILE.json | --preset NAME] [--slide N] --format png|pdf|pptx --out FILE``
draws a briefing stored in the event store under ``NAME`` (as the Briefing page saves it), a
briefing file (the page's JSON export), a preset, or (with none of them) the default map view:
the registry's default layers at the default camera. A PNG shows one slide (``--slide``, default
1); a PPTX or PDF holds every slide and then the closing sources slide (page). Events and stored
briefings come from the event store (``$ATLAS_DB``). Bad input (an unknown briefing name, an
empty briefing, ...) exits with status 2 and one line on stderr, and writes nothing; the output
file appears only once it is complete.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from dashboard.cli_support import OneLineParser, UsageError, run_command
from dashboard.events.filters import EventsViewState
from dashboard.map.deck import PolarView
from dashboard.map.selection import default_layers

from .fileformat import MAX_FILE_BYTES, briefing_from_json
from .model import Briefing, BriefingError, Slide, View
from .presets import preset, preset_view, presets

__all__ = ["DEFAULT_VIEW_TITLE", "default_briefing", "main"]

FORMATS = ("png", "pdf", "pptx")
DEFAULT_VIEW_TITLE = "Arctic Atlas: the Arctic today"


def default_briefing() -> Briefing:
    """A one-slide briefing of the default Map: registry default layers, default camera, all events."""
    view = View(layers=tuple(default_layers()), camera=PolarView(), events=EventsViewState(on=True))
    return Briefing(name="Arctic Atlas", slides=(Slide(view=view, title=DEFAULT_VIEW_TITLE),))


def _read_briefing(path: str) -> Briefing:
    file = Path(path)
    if not file.is_file():
        raise UsageError(f"--briefing-file: {path} is not a file")
    if file.stat().st_size > MAX_FILE_BYTES:
        raise UsageError(f"--briefing-file: {path} is larger than {MAX_FILE_BYTES:,} bytes")
    return briefing_from_json(file.read_bytes())


def _stored_briefing(name: str) -> Briefing:
    """The briefing stored under ``name`` in ``$ATLAS_DB``; a stored briefing that no longer reads
    (no slides, a bad slide) is refused with the reason."""
    from dashboard.events import StoreError

    from .store import MAX_SHOWN, SavedStore

    try:
        found = SavedStore().briefing(name)
    except StoreError as exc:
        raise UsageError(f"--briefing: cannot read the event store: {exc}") from None
    except BriefingError as exc:
        raise UsageError(f"--briefing: the stored briefing {name[:MAX_SHOWN]!r} cannot be exported: {exc}") from None
    if found is None:
        raise UsageError(
            f"--briefing: there is no stored briefing named {name[:MAX_SHOWN]!r} "
            "(the Briefing page lists them; a .json file goes with --briefing-file)"
        )
    return found


def _chosen_briefing(args: argparse.Namespace) -> Briefing:
    chosen = [
        flag
        for flag, value in (
            ("--briefing", args.briefing),
            ("--briefing-file", args.briefing_file),
            ("--preset", args.preset),
        )
        if value is not None
    ]
    if len(chosen) > 1:
        raise UsageError(f"give one of --briefing, --briefing-file and --preset, not {' and '.join(chosen)}")
    if args.briefing is not None:
        return _stored_briefing(args.briefing)
    if args.briefing_file is not None:
        return _read_briefing(args.briefing_file)
    if args.preset:
        try:
            item = preset(args.preset)
        except KeyError as exc:
            raise UsageError(str(exc.args[0])) from None
        return Briefing(name=item.title, slides=(Slide(view=preset_view(item.name), title=item.title),))
    return default_briefing()


def _check_out(out: str, fmt: str) -> Path:
    path = Path(out)
    if path.suffix.lower() != f".{fmt}":
        raise UsageError(f"--out must end in .{fmt} for --format {fmt}")
    if not path.parent.is_dir():
        raise UsageError(f"--out: folder {path.parent} does not exist")
    if path.is_dir():
        raise UsageError(f"--out: {path} is a folder")
    return path


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _cmd_export(args: argparse.Namespace) -> int:
    out = _check_out(args.out, args.format)
    briefing = _chosen_briefing(args)
    if not 1 <= args.slide <= len(briefing.slides):
        raise UsageError(f"--slide must be 1..{len(briefing.slides)}")
    # Heavy imports only once the input is known to be good.
    from dashboard.events import EventStore

    from .exports import briefing_pdf, prepare_briefing, view_png

    events = EventStore().query()
    if args.format == "png":
        slide = briefing.slides[args.slide - 1]
        data = view_png(slide.view, events, title=slide.heading)
    else:
        prepared = prepare_briefing(briefing, events)
        if args.format == "pdf":
            data = briefing_pdf(prepared, briefing.name)
        else:
            from .powerpoint import briefing_pptx

            data = briefing_pptx(prepared)
    _write_atomically(out, data)
    print(f"wrote {out} ({len(data):,} bytes)", file=sys.stderr)
    return 0


def _cmd_presets(args: argparse.Namespace) -> int:
    for item in presets():
        print(f"{item.name:<20} {item.title} — {item.description}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python -m dashboard.briefing", description="Arctic Atlas briefings: export, presets.")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="export a briefing, a preset or the default map view")
    export.add_argument("--briefing", help="the name of a briefing stored in the event store ($ATLAS_DB)")
    export.add_argument("--briefing-file", help="a briefing file (.json) exported from the Briefing page")
    export.add_argument("--preset", help="a preset name (see `presets`)")
    export.add_argument("--slide", type=int, default=1, help="for --format png: which slide (default 1)")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--out", required=True, help="the file to write (its suffix matches --format)")
    export.set_defaults(run=_cmd_export)
    listing = sub.add_parser("presets", help="list the ready-made views")
    listing.set_defaults(run=_cmd_presets)
    for p in (export, listing):
        p.error = parser.error  # type: ignore[method-assign]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 for bad input)."""
    return run_command(_parser(), argv, (BriefingError,))
