"""``python -m dashboard.events``: see :mod:`dashboard.events.cli`."""

import sys

from .cli import main

sys.exit(main())
