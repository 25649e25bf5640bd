from __future__ import annotations

import sys

from bylines.cli import main

if __name__ == "__main__":  # not when a worker process imports it (web/workers.py)
    sys.exit(main())
