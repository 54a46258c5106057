"""The offline install bundle: every wheel, the Debian packages, checksums and an installer."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

# What the product needs from Debian at run time: WeasyPrint draws through Pango/HarfBuzz and
# needs Liberation for Vietnamese letters; python3-venv builds the virtual environment;
# espeak-ng is optional (machine readings of loudspeaker scripts) but cheap to carry.
DEBIAN_PACKAGES: tuple[str, ...] = (
    "python3",
    "python3-venv",
    "fonts-liberation2",
    "libpango-1.0-0",
    "libpangoft2-1.0-0",
    "libharfbuzz0b",
    "libharfbuzz-subset0",
    "libfontconfig1",
    "shared-mime-info",
    "espeak-ng",
)

WHEELS = "wheels"
DEBS = "debs"
SUMS = "SHA256SUMS"


@dataclass(frozen=True)
class BundleRequest:
    """What to build: where, for which Python and platform, and whether to fetch .deb files."""

    out: Path
    source: Path
    python: str | None = None
    platform: str | None = None
    debs: bool = False


def source_root() -> Path | None:
    """Return the checkout this package was installed from in editable mode, if any."""
    root = Path(__file__).resolve().parents[3]
    return root if (root / "pyproject.toml").is_file() else None


def pip_commands(request: BundleRequest) -> list[list[str]]:
    """Return the pip runs that fill wheels/: the product's wheel, then every dependency."""
    wheels = str(request.out / WHEELS)
    pip = [sys.executable, "-m", "pip"]
    own = [*pip, "wheel", "--no-deps", "-w", wheels, str(request.source)]
    if request.python is None and request.platform is None:
        # The machine's own interpreter: build any dependency that ships only as a source.
        return [[*pip, "wheel", "-w", wheels, str(request.source)]]
    target = ["--only-binary=:all:", "--implementation", "cp"]
    if request.python:
        target += ["--python-version", request.python]
    if request.platform:
        target += ["--platform", request.platform]
    # Another target cannot run build steps here, so every dependency must exist as a wheel.
    return [own, [*pip, "download", *target, "-d", wheels, "--find-links", wheels, "lantoa"]]


def debian_packages_text() -> str:
    """Return debian-packages.txt: one package a line, with a line saying how to install."""
    head = (
        "# Debian/Ubuntu packages Lan Tỏa needs at run time.\n"
        "# Online: apt-get install $(grep -v '^#' debian-packages.txt)\n"
        "# Offline: apt-get install ./debs/*.deb (bundle built with --debs)\n"
    )
    return head + "".join(f"{name}\n" for name in DEBIAN_PACKAGES)


def sha256_of(path: Path) -> str:
    """Return the SHA-256 of one file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksums_text(root: Path) -> str:
    """Return SHA256SUMS for every file under root except itself, in `sha256sum -c` format."""
    lines = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root).as_posix()
        if relative != SUMS:
            lines.append(f"{sha256_of(path)}  {relative}\n")
    return "".join(lines)


def install_script() -> str:
    """Return install.sh: check the checksums, make the venv, install with no index, check."""
    return """#!/bin/sh
# Install or upgrade Lan Tỏa from this folder without any network.
# Usage: sh install.sh [VENV]   (default /opt/lantoa/venv)
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
venv="${1:-/opt/lantoa/venv}"
cd "$here"
echo "Kiểm tra mã băm SHA-256 ..."
sha256sum --quiet -c SHA256SUMS
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
# No index, no pip configuration file, and an unreachable index should anything still ask for
# one: whatever is not in wheels/ fails instead of being fetched.
export PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 PIP_INDEX_URL=http://127.0.0.1:9/ \\
  PIP_EXTRA_INDEX_URL= PIP_FIND_LINKS= PIP_CONSTRAINT=
"$venv/bin/pip" install --no-index --find-links "$here/wheels" --upgrade lantoa
# Every build carries the same version number, so pip would keep an installed Lan Tỏa as
# "already satisfied": put this bundle's own wheel in place whatever is there.
for own in "$here"/wheels/lantoa-*.whl; do
  "$venv/bin/pip" install --no-index --no-deps --force-reinstall "$own"
done
# The check makes a data folder (secret.key): in the administrator's LANTOA_DATA_DIR when set,
# else in a temporary one, never here, where a key would leak and a CD is read-only.
if [ -n "${LANTOA_DATA_DIR:-}" ]; then
  "$venv/bin/lantoa" check
else
  scratch="$(mktemp -d)"
  status=0
  LANTOA_DATA_DIR="$scratch" "$venv/bin/lantoa" check || status=$?
  rm -rf "$scratch"
  [ "$status" -eq 0 ] || exit "$status"
fi
echo "Đã cài đặt: $venv/bin/lantoa"
"""


def write_text(path: Path, text: str, *, mode: int = 0o644) -> None:
    """Write one bundle file with its mode."""
    path.write_text(text, encoding="utf-8")
    os.chmod(path, mode)


def run(command: list[str], *, cwd: Path | None = None) -> None:
    """Run one build step, echoing it, and stop on failure."""
    sys.stderr.write("+ " + shlex.join(command) + "\n")
    subprocess.run(command, check=True, cwd=cwd)


# What the product's wheel is built from; nothing else of the checkout enters it.
SOURCE_PARTS = ("pyproject.toml", "README.md", "LICENSE", "src")


def stage_source(source: Path, staging: Path) -> Path:
    """Copy the files the wheel is built from into a clean folder and return it.

    setuptools reuses a checkout's build/ folder, so a module deleted since the last build
    (an old migration) would otherwise ship in the wheel.
    """
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    staging.mkdir(parents=True, exist_ok=True)
    for part in SOURCE_PARTS:
        origin = source / part
        if origin.is_dir():
            shutil.copytree(origin, staging / part, ignore=ignore)
        elif origin.is_file():
            shutil.copy2(origin, staging / part)
    return staging


def build_bundle(request: BundleRequest) -> Path:
    """Fill request.out with wheels, debian-packages.txt, optional debs, install.sh, sums."""
    out = request.out
    (out / WHEELS).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lantoa-bundle-") as staging:
        staged = replace(request, source=stage_source(request.source, Path(staging)))
        for command in pip_commands(staged):
            run(command)
    write_text(out / "debian-packages.txt", debian_packages_text())
    if request.debs:
        (out / DEBS).mkdir(exist_ok=True)
        # Only the named packages: their own dependencies are usually on the target already.
        run(["apt-get", "download", *DEBIAN_PACKAGES], cwd=out / DEBS)
    write_text(out / "install.sh", install_script(), mode=0o755)
    write_text(out / SUMS, checksums_text(out))
    return out
