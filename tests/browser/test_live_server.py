"""The browser modules' `lantoa shell`: a module's code runs with the session's opinion fits."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.browser.conftest import LiveServer
from tests.installs import Install

# What the shell's code finds: the fit it calls, and the folder its fits are shared in.
CHECK = """
import json
from lantoa.opinion import training
from tests import train_memo
print(json.dumps([training.train_pipeline is train_memo.train_pipeline, train_memo.SHARED]))
"""


def test_it_fits_a_shells_opinion_models_through_the_sessions_memo(
    migrated_install: Install, tmp_path: Path
) -> None:
    install = migrated_install.copy_to(tmp_path / "lantoa")
    try:
        live = LiveServer(url="", data_dir=install.data_dir, env=install.env)
        remembered, shared = json.loads(live.shell(CHECK).strip().splitlines()[-1])
    finally:
        install.drop()
    assert remembered is True
    # Under -n N the workers' folder (tests/conftest.py), so a fit made once serves the shell too.
    assert shared == os.environ.get("LANTOA_TEST_FITS_DIR", "")
