"""Whether a report is already the source of an article of any set: ``python3 scripts/article_sets/report_taken.py
[--writing blindNN] URL``.

For the writers of new held-out sets that may use the outlets of held-out sets again (``outlet_taken.py
--dev-only``): they must rest on other reports. Prints only ``taken`` or ``free`` (the address without scheme,
"www.", query or closing slash equals any set's ``source_url``). Standard library only.
"""

from __future__ import annotations

import sys

from outlet_taken import report_taken, writing_option

if __name__ == "__main__":
    writing, rest = writing_option(sys.argv[1:])
    if len(rest) != 1:
        sys.exit("usage: report_taken.py [--writing blindNN] URL")
    print("taken" if report_taken(rest[0], writing=writing) else "free")
