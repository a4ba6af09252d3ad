"""What every ``python -m dashboard.<package>`` command line shares: bad input is one line on
stderr and exit status 2 (argparse's own usage errors included), and nothing is changed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["OneLineParser", "UsageError", "run_command"]


class UsageError(Exception):
    """Bad command-line input: reported in one line, exit status 2."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser that raises :class:`UsageError` instead of printing usage and exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def run_command(
    parser: argparse.ArgumentParser, argv: Sequence[str] | None, errors: tuple[type[Exception], ...] = ()
) -> int:
    """Parse ``argv`` and run the chosen subcommand (its ``run`` default); a :class:`UsageError` or one
    of ``errors`` prints ``error: <one line>`` to stderr and returns 2."""
    try:
        args = parser.parse_args(argv)
        return args.run(args)
    except (UsageError, *errors) as exc:
        print(f"error: {exc}".replace("\n", " "), file=sys.stderr)
        return 2
