"""A bad LANTOA_* value stops `lantoa` with one Vietnamese line naming the variable (README)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("LANTOA_TIME_ZONE", "Mars/Olympus"),
        ("LANTOA_LOG_LEVEL", "LOUD"),
        ("LANTOA_CSRF_TRUSTED_ORIGINS", "lantoa.tinhuy.local"),
    ],
)
def test_it_stops_with_one_line_naming_the_variable(tmp_path, variable, value):
    # They gave a Python traceback («Incorrect timezone setting», «Unable to configure root
    # logger») or Django's English check naming CSRF_TRUSTED_ORIGINS, not the variable to fix.
    env = {
        **os.environ,
        "LANTOA_DATA_DIR": str(tmp_path),
        "LANTOA_DATABASE_URL": "",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        variable: value,
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-m", "lantoa", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"lantoa: lỗi cấu hình: {variable}")
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "url",
    [
        "postgres://postgres@127.0.0.1:9/lantoa_probe_b_none",  # nothing listens on port 9
        "sqlite:////nonexistent-folder/lantoa.sqlite3",
    ],
)
def test_it_says_in_one_line_that_the_database_cannot_be_reached(tmp_path, url):
    # `lantoa migrate` with a wrong LANTOA_DATABASE_URL printed a 40-line psycopg traceback.
    env = {
        **os.environ,
        "LANTOA_DATA_DIR": str(tmp_path),
        "LANTOA_DATABASE_URL": url,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-m", "lantoa", "migrate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("lantoa: không kết nối được cơ sở dữ liệu (LANTOA_DATABASE_URL)")
    assert done.stderr.count("\n") == 1, done.stderr
