"""A real `lantoa serve` (waitress + worker) on a fresh data folder, driven by Debian's Chromium.

The migrated, set-up folder is built once per session and each module serves its own copy; so is
each richer ground a module names in GROUND (the demo campaign, its activities).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.installs import Install

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
# What a module's server starts from beyond the province and its users ("province", the
# template), named in the module's GROUND: each ground is the one before it plus what its code
# loads, built once a session. The demo loaders return what is already there, so a module's own
# set-up still calls them and finds the same rows it used to load itself.
GROUNDS = {
    "campaign": (
        "province",
        "from lantoa.guidance.demo import campaign_load_demo\ncampaign_load_demo()\n",
    ),
    "activities": (
        "campaign",
        "from lantoa.guidance.demo import campaign_load_demo\n"
        "from lantoa.reporting.demo import activities_load_demo\n"
        "activities_load_demo(campaign_load_demo())\n",
    ),
}


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


def _chromium_required() -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")


@pytest.fixture(scope="session")
def lantoa_template(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Install]:
    """The session's migrated installation with the demo province and users: modules copy it."""
    _chromium_required()
    migrated: Install = request.getfixturevalue("migrated_install")
    template = migrated.copy_to(tmp_path_factory.mktemp("lantoa-template"))
    try:
        command = [sys.executable, "-m", "lantoa", "shell", "-c", SETUP]
        subprocess.run(command, env=template.env, check=True, timeout=300)
        yield template
    finally:
        template.drop()


@pytest.fixture(scope="session")
def lantoa_ground(
    tmp_path_factory: pytest.TempPathFactory, lantoa_template: Install
) -> Iterator[Callable[[str], Install]]:
    """Return a ground by name, built once a session: a copy of the one before it, then loaded."""
    built = {"province": lantoa_template}

    def ground(name: str) -> Install:
        if name not in built:
            before, code = GROUNDS[name]
            install = ground(before).copy_to(tmp_path_factory.mktemp(f"lantoa-{name}"))
            try:
                command = [sys.executable, "-m", "lantoa", "shell", "-c", code]
                subprocess.run(command, env=install.env, check=True, timeout=300)
            except BaseException:
                install.drop()
                raise
            built[name] = install
        return built[name]

    # Built when a module first asks for it: a worker whose modules need no campaign loads none.
    try:
        yield ground
    finally:
        for name, install in built.items():
            if name != "province":  # lantoa_template drops its own
                install.drop()


@pytest.fixture(scope="module")
def live_lantoa(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[LiveServer]:
    """A server on the module's own copy of its ground: no module sees another's writes."""
    _chromium_required()
    ground: Callable[[str], Install] = request.getfixturevalue("lantoa_ground")
    template = ground(getattr(request.module, "GROUND", "province"))
    install = template.copy_to(tmp_path_factory.mktemp("lantoa-browser"))
    env = install.env
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "lantoa", "serve", "--port", str(port)],
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
        yield LiveServer(url=url, data_dir=install.data_dir, env=env)
    finally:
        server.terminate()
        server.wait(30)
        install.drop()


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
