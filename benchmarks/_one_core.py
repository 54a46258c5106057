"""One BLAS thread and Django set up, before a benchmark imports numpy or the project."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Set before numpy is imported: a benchmark measures one core, as the figures do.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.project.settings")

import django  # noqa: E402

django.setup()

# The public and in-domain datasets kept outside the repository (../shared/data).
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
