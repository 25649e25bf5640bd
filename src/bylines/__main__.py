from __future__ import annotations

import sys

from bylines.cli import main

sys.exit(main())
