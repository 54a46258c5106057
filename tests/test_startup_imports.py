"""Every `lantoa` process starts without the slow document, chart and learning libraries."""

import os
import subprocess
import sys

# Each costs a tenth of a second or more to import; only the code that writes a workbook, a
# document or a chart, parses a guidance or classifies a text imports it, inside the function.
SLOW = [
    "docx",
    "lantoa.guidance.parsing.parser",
    "matplotlib",
    "numpy",
    "openpyxl",
    "pyhanko",
    "scipy",
    "sklearn",
    "underthesea",
    "weasyprint",
]
# What a command with system checks does at start: set up Django, then the URL check imports
# every view (as `lantoa serve`, the worker and the test suite's child processes do).
STARTUP = f"""
import sys
import django
django.setup()
from django.core import checks
import lantoa.project.urls
checks.run_checks()
print(" ".join(name for name in {SLOW!r} if name in sys.modules))
"""


def test_it_starts_without_the_slow_libraries(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env |= {"LANTOA_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "lantoa.project.settings"}
    result = subprocess.run(
        [sys.executable, "-c", STARTUP], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [], "imported at start-up: " + result.stdout
