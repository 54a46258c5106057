"""A real `lantoa serve` (waitress + worker) on a fresh data folder, driven by Debian's Chromium.

The migrated, set-up folder is built once per session and each module serves its own copy; so is
each richer ground a module names in GROUND (the demo campaign, its activities). On SQLite under
`-n N` the workers share these grounds too, as they share the migrated install.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests import installs
from tests.installs import Install

# Debian's old headless shell of the same Chromium build draws the same pages without the full
# browser's windowing layers: the browser modules take about a seventh less time (README, #14).
CHROMIUM = (
    shutil.which("chromium-headless-shell") or shutil.which("chromium") or "/usr/bin/chromium"
)
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
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
# A shell whose code classifies opinion (the phone sweep's demo items) would fit the bootstrap
# models from the packaged rows, a quarter of a minute: it fits them through the session's memo
# instead (tests/train_memo.py), which under `-n N` the workers read and write too.
FITS_REMEMBERED = """
from lantoa.opinion import training
from tests import train_memo
training.train_pipeline = train_memo.train_pipeline
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
        path = [str(ROOT), *filter(None, [self.env.get("PYTHONPATH")])]  # for tests.train_memo
        env = {**self.env, "PYTHONPATH": os.pathsep.join(path)}
        if os.environ.get("LANTOA_TEST_FITS_DIR"):  # the workers' shared fits (tests/conftest.py)
            env["LANTOA_TEST_FITS_DIR"] = os.environ["LANTOA_TEST_FITS_DIR"]
        done = subprocess.run(
            [sys.executable, "-m", "lantoa", "shell", "-c", FITS_REMEMBERED + code],
            env=env,
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


def _loaded(before: Install, code: str, data_dir: Path) -> Install:
    """Copy an installation into data_dir and run code in `lantoa shell` on the copy."""
    install = before.copy_to(data_dir)
    try:
        command = [sys.executable, "-m", "lantoa", "shell", "-c", code]
        subprocess.run(command, env=install.env, check=True, timeout=300)
    except BaseException:
        install.drop()
        raise
    return install


def _ground_built(
    name: str, before: Install, code: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Install, bool]:
    """Build the ground `name` on before; return it and whether this session must drop it.

    On SQLite under `-n N` the workers share each ground as they share the migrated install
    (tests/installs.py): the first to need it loads it, another waits for it and copies it.
    """
    if installs.SHARED and not installs.on_postgresql():
        built = installs.install_built_once(
            Path(installs.SHARED),
            f"ground-{name}",
            lambda data_dir: _loaded(before, code, data_dir),
        )
        return built, False
    return _loaded(before, code, tmp_path_factory.mktemp(f"lantoa-{name}")), True


@pytest.fixture(scope="session")
def lantoa_template(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Install]:
    """The session's migrated installation with the demo province and users: modules copy it."""
    _chromium_required()
    migrated: Install = request.getfixturevalue("migrated_install")
    template, own = _ground_built("province", migrated, SETUP, tmp_path_factory)
    try:
        yield template
    finally:
        if own:
            template.drop()


@pytest.fixture(scope="session")
def lantoa_ground(
    tmp_path_factory: pytest.TempPathFactory, lantoa_template: Install
) -> Iterator[Callable[[str], Install]]:
    """Return a ground by name, built once a session: a copy of the one before it, then loaded."""
    built = {"province": lantoa_template}
    owned: list[Install] = []

    def ground(name: str) -> Install:
        if name not in built:
            before, code = GROUNDS[name]
            built[name], own = _ground_built(name, ground(before), code, tmp_path_factory)
            if own:
                owned.append(built[name])
        return built[name]

    # Built when a module first asks for it: a worker whose modules need no campaign loads none.
    try:
        yield ground
    finally:
        for install in owned:  # lantoa_template drops its own
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
    # A module's copy needs no migrate and tests no daily job: tests/browser/served.py skips
    # both at start (a second or two a module); a module with AS_DEPLOYED runs `lantoa serve`.
    if getattr(request.module, "AS_DEPLOYED", False):
        command, server_env = ["lantoa", "serve"], env
    else:
        path = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
        command, server_env = ["tests.browser.served"], {**env, "PYTHONPATH": path}
    server = subprocess.Popen(
        [sys.executable, "-m", *command, "--port", str(port)],
        env=server_env,
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


# The worker's Chromium while it runs browser modules (the playwright driver and the browser).
_chromium: dict[str, Any] = {}


def _chromium_launched(config: pytest.Config) -> Any:
    """Return the worker's Chromium, launching it for the first browser module."""
    if "browser" not in _chromium:
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        _chromium["playwright"] = playwright
        _chromium["browser"] = playwright.chromium.launch(
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
        config.add_cleanup(_chromium_closed)
    return _chromium["browser"]


def _chromium_closed() -> None:
    """Close the worker's Chromium and its driver, if it runs."""
    browser = _chromium.pop("browser", None)
    if browser is not None:
        browser.close()
        _chromium.pop("playwright").stop()


@pytest.fixture(scope="module")
def chromium_browser(live_lantoa: LiveServer, request: pytest.FixtureRequest) -> Iterator[Any]:
    """The worker's Chromium; the module's own windows (contexts) are closed at its end."""
    browser = _chromium_launched(request.config)
    before = set(browser.contexts)
    yield browser
    # A module that failed half-way leaves its contexts open: no later module sees them.
    for context in browser.contexts:
        if context not in before:
            context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> object:
    """Close Chromium when the run leaves the browser modules, not after each of them."""
    result = yield
    # Launching it costs a second or so a module. While it is open, playwright marks an
    # asyncio loop as running in this thread, so Django refuses database access in-process:
    # no test outside these modules may run beside it.
    if nextitem is None or nextitem.get_closest_marker("browser") is None:
        _chromium_closed()
    return result
