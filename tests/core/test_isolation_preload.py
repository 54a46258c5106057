"""The limited child's fork server loads every parser's module once, before Django is set up."""

from __future__ import annotations

import os
import subprocess
import sys

from django.conf import settings

# What the fork server runs for its preload list (multiprocessing.forkserver.main): a fresh
# interpreter, no django.setup(); an ImportError is skipped, any other error kills the server.
PRELOAD = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
"""


def test_it_preloads_parser_modules_that_import_before_django_is_set_up():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lantoa.project.settings"}
    done = subprocess.run(
        [sys.executable, "-c", PRELOAD, *settings.LANTOA_PARSER_MODULES],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_it_preloads_the_modules_of_the_workbook_image_and_guidance_parsers():
    from lantoa.core.images import check_and_reencode
    from lantoa.guidance.reading import read_guidance_file
    from lantoa.reporting.excel.reader import read_workbook

    for parser in (check_and_reencode, read_guidance_file, read_workbook):
        assert parser.__module__ in settings.LANTOA_PARSER_MODULES
