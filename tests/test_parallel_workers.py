"""The suite under `pytest -n 2`: a data folder per worker, modules with shared fixtures whole."""

from __future__ import annotations

import os

import pytest
from django.conf import settings


@pytest.fixture(scope="module")
def shared_once() -> object:
    """A module-scoped fixture, as the browser and backup modules have."""
    return object()


def test_it_keeps_a_module_sharing_a_module_fixture_on_one_worker(request, shared_once) -> None:  # type: ignore[no-untyped-def]
    mark = request.node.get_closest_marker("xdist_group")
    assert mark is not None
    assert mark.args == (request.node.nodeid.split("::")[0],)


def test_it_lets_a_test_without_one_go_to_any_worker(request) -> None:  # type: ignore[no-untyped-def]
    assert request.node.get_closest_marker("xdist_group") is None


def test_it_gives_each_worker_its_own_data_folder() -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    folder = settings.DATA_DIR.name
    if worker:
        assert folder == f"pytest-worker-{worker.removeprefix('gw')}"
        assert os.environ["LANTOA_DATA_DIR"].endswith(folder)
    else:
        assert not folder.startswith("pytest-worker-")
