"""Shared test base: the demo province loaded once, and named actors."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.auth.models import AbstractUser
from django.test import Client

from lantoa.accounts.models import Role
from lantoa.accounts.services import user_create
from lantoa.organization.demo import province_load_demo
from lantoa.organization.models import Unit
from tests.installs import Install

PASSWORD = "mat-khau-thu-nghiem-2026"
SHARED = Path(__file__).resolve().parents[2] / "shared"
# The real guidance documents the corpora annotate are third-party pages, so their texts are not
# in the repository: they sit in ../shared/guidance-corpus/<corpus>/ or under this variable.
CORPUS_TEXTS = Path(os.environ.get("LANTOA_TEST_CORPUS_TEXTS") or SHARED / "guidance-corpus")


def pytest_configure(config: pytest.Config) -> None:
    """Under `-n N` (pytest-xdist), give each worker its own data folder."""
    specs = getattr(config.option, "tx", None)
    if not specs or hasattr(config, "workerinput"):
        return
    # Files are handed out in the workers' collection order (pytest_collection_modifyitems
    # below), not xdist's own by number of tests, which put the few-test browser modules last.
    config.option.loadscopereorder = False
    from django.conf import settings

    # Workers share no data folder: keys, trained opinion models and imports live in it, and two
    # workers writing `models/opinion/toxicity-v1.pkl` would race.
    base = Path(settings.DATA_DIR)
    base.mkdir(parents=True, exist_ok=True)
    # Each worker would fit the same opinion models (seconds each): they share this session's
    # fits through a folder of its own instead (tests/train_memo.py).
    fits = Path(tempfile.mkdtemp(prefix="pytest-fits-", dir=base))
    config.add_cleanup(lambda: shutil.rmtree(fits, ignore_errors=True))
    # Each worker would migrate the same installation (seconds each): on SQLite the first to
    # need it migrates it in this session's folder and the others copy it (tests/installs.py).
    installs = Path(tempfile.mkdtemp(prefix="pytest-installs-", dir=base))
    config.add_cleanup(lambda: shutil.rmtree(installs, ignore_errors=True))
    config.option.tx = []
    for number, spec in enumerate(specs):
        folder = base / f"pytest-worker-{number}"
        folder.mkdir(parents=True, exist_ok=True)
        config.option.tx.append(
            f"{spec}//env:LANTOA_DATA_DIR={folder}//env:LANTOA_TEST_FITS_DIR={fits}"
            f"//env:LANTOA_TEST_INSTALLS_DIR={installs}"
        )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On an xdist worker, order the files as they should be handed out: longest first."""
    if not hasattr(config, "workerinput"):
        return
    # A worker takes the next file when it runs dry; a browser module (up to a minute, a few
    # tests) handed out last leaves the other worker idle meanwhile, so those go first, then
    # the files of most tests. Each file keeps its own order (pytest-django's: plain database
    # tests, then transactional ones, then the rest).
    files = [item.nodeid.split("::")[0] for item in items]
    sizes = Counter(files)
    browser = {
        f for f, item in zip(files, items, strict=True) if item.get_closest_marker("browser")
    }
    order = {
        id(item): (f not in browser, -sizes[f], f) for f, item in zip(files, items, strict=True)
    }
    items.sort(key=lambda item: order[id(item)])


def _ground_lay() -> None:
    """Lay what every test stands on: the migrations' default topics and the demo province."""
    import importlib

    from django.apps import apps

    from lantoa.audit.context import audit_covered

    topics = importlib.import_module("lantoa.opinion.migrations.0002_default_topics")
    # The demo province is the ground every test stands on, not a write under test.
    with audit_covered("test set-up"):
        topics.add_topics(apps, None)
        province_load_demo()


@pytest.fixture(scope="session")
def _migrations_copied(request: pytest.FixtureRequest) -> Iterator[pytest.MonkeyPatch]:
    """Under `-n N` on SQLite, make each worker's test database a copy of the shared install.

    Under `-n 0` Django migrates the test database as before: a lone process shares nothing, and
    `lantoa migrate` in a child costs more than migrating in the process.
    """
    from django.core import management

    from tests.installs import SHARED, on_postgresql, sqlite_copy_into

    patch = pytest.MonkeyPatch()
    if SHARED and not on_postgresql():
        install: Install = request.getfixturevalue("migrated_install")
        real = management.call_command

        def call_command(name: str, *args: object, **options: object) -> object:
            # The same migrations on the same code: `lantoa migrate` made this database once.
            if name != "migrate":
                return real(name, *args, **options)
            from django.db import connections

            sqlite_copy_into(install, connections[str(options.get("database", "default"))])
            return None

        # create_test_db imports call_command when it runs: this is the one it finds.
        patch.setattr(management, "call_command", call_command)
    yield patch
    patch.undo()


@pytest.fixture(scope="session")
def django_db_setup(_migrations_copied, django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """Load the demo province once for the whole session; each test rolls back its own changes."""
    _migrations_copied.undo()  # only the test database's creation copies instead of migrating
    with django_db_blocker.unblock():
        _ground_lay()


def _is_transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)):
        return True
    return "transactional_db" in getattr(item, "fixturenames", ())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> object:
    """After a transactional test has emptied every table, lay the ground again."""
    result = yield
    # pytest-django runs transactional tests last, but under `-n 2 --dist loadfile` a file runs
    # whole on one worker, so the tests after a transactional one would find no province.
    # After the run's last test the session's teardown has already dropped the database.
    if nextitem is not None and _is_transactional(item):
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            _ground_lay()
    return result


@contextmanager
def module_ground(django_db_blocker, folder: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Keep what a module's fixture writes inside for its tests, then roll it back.

    The block is an open transaction: each test runs in a savepoint within it and rolls back to
    the same ground, and the module's end takes the ground away, so no other module sees it.
    """
    from django.db import transaction
    from django.test import override_settings

    # The module's own writes go where a test's would, in a folder of the module's.
    isolated = override_settings(**_isolated_settings(folder))
    with django_db_blocker.unblock(), isolated, transaction.atomic():
        try:
            yield
        finally:
            transaction.set_rollback(True)


@pytest.fixture(scope="session")
def migrated_install(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Install]:
    """One `lantoa migrate`d installation per session: tests take copies of it.

    On SQLite the workers under `-n N` share one; on PostgreSQL each worker migrates its own.
    """
    from tests import installs

    if not installs.on_postgresql():
        shared = Path(installs.SHARED) if installs.SHARED else None
        yield installs.install_migrated_once(shared or tmp_path_factory.mktemp("lantoa-migrated"))
        return
    install = installs.install_migrated(tmp_path_factory.mktemp("lantoa-migrated"))
    yield install
    install.drop()


def _isolated_settings(folder: Path) -> dict[str, object]:
    """Return the settings a test writes under: a quick hasher, its own files, mail kept."""
    return {
        "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
        "MEDIA_ROOT": folder / "uploads",
        # Each test anchors its own audit heads: another test's entries would look deleted.
        "LANTOA_AUDIT_ANCHOR_FILE": str(folder / "audit-head.log"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):  # type: ignore[no-untyped-def]
    for name, value in _isolated_settings(tmp_path).items():
        setattr(settings, name, value)


@pytest.fixture(autouse=True)
def _child_answers_remembered(monkeypatch):  # type: ignore[no-untyped-def]
    """Ask the limited child once per session for each same file (tests/child_memo.py)."""
    from lantoa.core import isolation
    from tests import child_memo

    monkeypatch.setattr(isolation, "parse_in_child", child_memo.parse_in_child)


@pytest.fixture(autouse=True)
def _fits_remembered(monkeypatch):  # type: ignore[no-untyped-def]
    """Fit each same opinion training set once per session (tests/train_memo.py)."""
    from lantoa.opinion import training
    from tests import train_memo

    monkeypatch.setattr(training, "train_pipeline", train_memo.train_pipeline)


@pytest.fixture(autouse=True)
def _shape_of_its_own(monkeypatch):  # type: ignore[no-untyped-def]
    """Give each test its own trained rumour shape file (opinion.claimshape): the worker's data
    folder outlives a test, and a shape one test trained would be read by the next."""
    import uuid

    from lantoa.opinion import claimshape

    own = f"claim-shape-{uuid.uuid4().hex}.pkl"
    real = claimshape.shape_path
    monkeypatch.setattr(claimshape, "shape_path", lambda: real().with_name(own))
    yield
    real().with_name(own).unlink(missing_ok=True)


@pytest.fixture
def shared_dir() -> Path:
    """Return ../shared, skipping the test when it is absent (a user's fresh clone)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


def corpus_texts(corpus: str) -> Path:
    """Return the folder of a guidance corpus's texts, skipping the test when it is absent."""
    folder = CORPUS_TEXTS / corpus
    if not folder.is_dir() or not any(folder.iterdir()):
        pytest.skip(f"the texts of tests/guidance/{corpus} are not present ({folder})")
    return folder


def unit(code: str) -> Unit:
    """Return a demo unit by code."""
    return Unit.objects.get(code=code)


def make_user(username: str, unit_code: str, role: str) -> AbstractUser:
    """Create a user with one membership (test set-up: no audit entry of its own)."""
    from lantoa.audit.context import audit_covered

    # A fixture's account is not the write under test; audit tests count from an empty log.
    with audit_covered("test set-up"):
        return user_create(username=username, password=PASSWORD, unit_code=unit_code, role=role)


@pytest.fixture
def board_user(db) -> AbstractUser:  # type: ignore[no-untyped-def]
    """A specialist of the provincial board."""
    return make_user("chuyenvien", "BTGDVTU", Role.BOARD)


@pytest.fixture
def leader_user(db) -> AbstractUser:  # type: ignore[no-untyped-def]
    """A leader of the board."""
    return make_user("lanhdao.test", "BTGDVTU", Role.LEADER)


@pytest.fixture
def commune_reporter(db) -> AbstractUser:  # type: ignore[no-untyped-def]
    """The reporter of Phường Điện Biên Phủ's party committee."""
    return make_user("baocao.dbp", "03127", Role.REPORTER)


@pytest.fixture
def other_reporter(db) -> AbstractUser:  # type: ignore[no-untyped-def]
    """The reporter of Xã Mường Nhé's party committee."""
    return make_user("baocao.muongnhe", "03160", Role.REPORTER)


@pytest.fixture
def outsider(db) -> AbstractUser:  # type: ignore[no-untyped-def]
    """A signed-up user with no unit at all."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("nguoingoai", password=PASSWORD)


def client_for(user: AbstractUser) -> Client:
    """Return a test client signed in as the user, past the two-step sign-in."""
    from lantoa.accounts.mfa import SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[SESSION_KEY] = True
    session.save()
    return client


SEED_NAME = "kl51-huong-dan-dien-bien.txt"


def seed_bytes() -> bytes:
    """Return the KL 51 guidance shipped as demo data."""
    from lantoa.guidance.demo import SEED

    return SEED.read_bytes()


@pytest.fixture
def kl51_campaign(db):  # type: ignore[no-untyped-def]
    """The KL 51 campaign, parsed from the shipped guidance and confirmed."""
    from lantoa.guidance.demo import campaign_load_demo

    return campaign_load_demo()


def png_bytes(size: tuple[int, int] = (40, 30)) -> bytes:
    """Return a real small PNG (a red rectangle): uploads decode images in full."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 40)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def throttle_minute_held(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hold the request counter's clock at a minute's first second, so a flood counts in one."""
    import datetime
    from types import SimpleNamespace

    from lantoa.accounts import services_throttle

    # A flood of 121 posts near a minute's turn would split across two minutes and never
    # reach the limit; holding the clock is cheaper than sleeping past the turn.
    now = datetime.datetime.now(tz=datetime.UTC)
    held = now.replace(second=1, microsecond=0)
    monkeypatch.setattr(services_throttle, "timezone", SimpleNamespace(now=lambda: held))
