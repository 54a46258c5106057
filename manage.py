#!/usr/bin/env python
"""Django's manage.py for developers; the installed command is `lantoa`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from lantoa.cli import main  # noqa: E402

if __name__ == "__main__":
    main()
