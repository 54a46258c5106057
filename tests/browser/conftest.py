"""A real `lantoa serve` (waitress + worker) on a fresh data folder, driven by Debian's Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
SETUP = f"""
from lantoa.accounts.demo import demo_users_create
from lantoa.accounts.mfa import totp_enrol_confirm
from lantoa.organization.demo import province_load_demo
from django.contrib.auth import get_user_model
import pyotp
province_load_demo()
demo_users_create()
board = get_user_model().objects.get(username="bantuyengiao")
totp_enrol_confirm(user=board, secret="{TOTP_SECRET}", code=pyotp.TOTP("{TOTP_SECRET}").now())
"""


@dataclass
class LiveServer:
    """The running server and where its screenshots go."""

    url: str
    data_dir: Path
    env: dict[str, str]  # the server's LANTOA_* settings, for `lantoa shell` in a test

    def shell(self, code: str) -> str:
        """Run Python in `lantoa shell` against the server's database; return what it printed."""
        done = subprocess.run(
            [sys.executable, "-m", "lantoa", "shell", "-c", code],
            env=self.env,
            check=True,
            timeout=300,
            capture_output=True,
            text=True,
        )
        return done.stdout


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _postgres_database(url: str) -> tuple[str, str]:
    """Create a throwaway database beside the configured one; return its URL and name."""
    import psycopg

    parts = urlsplit(url)
    name = f"lantoa_browser_{uuid.uuid4().hex[:8]}"
    admin = urlunsplit(parts._replace(path="/postgres", scheme="postgresql"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}")), name


def _drop_postgres_database(url: str, name: str) -> None:
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres", scheme="postgresql"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def live_lantoa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    data_dir = tmp_path_factory.mktemp("lantoa-browser")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env["LANTOA_DATA_DIR"] = str(data_dir)
    database = os.environ.get("LANTOA_DATABASE_URL", "")
    pg_name = None
    if database.startswith(("postgres://", "postgresql://")):
        env["LANTOA_DATABASE_URL"], pg_name = _postgres_database(database)
    command = [sys.executable, "-m", "lantoa"]
    subprocess.run([*command, "migrate", "--verbosity", "0"], env=env, check=True, timeout=300)
    subprocess.run([*command, "shell", "-c", SETUP], env=env, check=True, timeout=300)
    port = _free_port()
    server = subprocess.Popen(
        [*command, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=2):  # noqa: S310 - our own server
                    break
            except OSError:
                time.sleep(0.2)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        yield LiveServer(url=url, data_dir=data_dir, env=env)
    finally:
        server.terminate()
        server.wait(30)
        if pg_name:
            _drop_postgres_database(database, pg_name)


@pytest.fixture(scope="module")
def chromium_browser(live_lantoa: LiveServer) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()
