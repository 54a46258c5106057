"""The suite under `pytest -n 2`: each worker has its own data folder."""

from __future__ import annotations

import os

from django.conf import settings


def test_it_gives_each_worker_its_own_data_folder() -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    folder = settings.DATA_DIR.name
    if worker:
        assert folder == f"pytest-worker-{worker.removeprefix('gw')}"
        assert os.environ["LANTOA_DATA_DIR"].endswith(folder)
    else:
        assert not folder.startswith("pytest-worker-")
