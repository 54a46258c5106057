"""The offline bundle's pure parts: pip steps, checksums, Debian list and install.sh."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from lantoa.core.bundle import (
    DEBIAN_PACKAGES,
    BundleRequest,
    checksums_text,
    debian_packages_text,
    install_script,
    pip_commands,
    stage_source,
)


def test_it_writes_checksums_sha256sum_can_check(tmp_path: Path) -> None:
    (tmp_path / "wheels").mkdir()
    (tmp_path / "wheels" / "a-1.0-py3-none-any.whl").write_bytes(b"wheel bytes")
    (tmp_path / "install.sh").write_text("echo hi\n")
    (tmp_path / "SHA256SUMS").write_text("old\n")
    text = checksums_text(tmp_path)
    expected = hashlib.sha256(b"wheel bytes").hexdigest()
    assert f"{expected}  wheels/a-1.0-py3-none-any.whl\n" in text
    assert "SHA256SUMS" not in text
    (tmp_path / "SHA256SUMS").write_text(text)
    ok = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=tmp_path, check=False)
    assert ok.returncode == 0
    (tmp_path / "wheels" / "a-1.0-py3-none-any.whl").write_bytes(b"altered")
    bad = subprocess.run(
        ["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=tmp_path, check=False, capture_output=True
    )
    assert bad.returncode != 0


def test_it_installs_with_no_index_after_checking_sums() -> None:
    script = install_script()
    assert script.index("sha256sum --quiet -c SHA256SUMS") < script.index('pip" install')
    assert '--no-index --find-links "$here/wheels"' in script
    assert "PIP_NO_INDEX=1" in script and "PIP_CONFIG_FILE=/dev/null" in script
    assert script.rstrip().endswith('echo "Đã cài đặt: $venv/bin/lantoa"')
    assert '"$venv/bin/lantoa" check' in script
    assert "set -eu" in script


def test_it_lists_the_runtime_debian_packages_one_a_line() -> None:
    lines = [ln for ln in debian_packages_text().splitlines() if not ln.startswith("#")]
    assert lines == list(DEBIAN_PACKAGES)
    assert "fonts-liberation2" in lines and "libpango-1.0-0" in lines


def test_it_downloads_only_wheels_for_another_target(tmp_path: Path) -> None:
    request = BundleRequest(
        out=tmp_path, source=Path("/src"), python="3.12", platform="manylinux2014_x86_64"
    )
    own, deps = pip_commands(request)
    assert own[-5:] == ["wheel", "--no-deps", "-w", str(tmp_path / "wheels"), "/src"]
    assert "download" in deps and "--only-binary=:all:" in deps
    assert deps[deps.index("--python-version") + 1] == "3.12"
    assert deps[deps.index("--platform") + 1] == "manylinux2014_x86_64"


def test_it_builds_every_wheel_for_this_machine_in_one_step(tmp_path: Path) -> None:
    (only,) = pip_commands(BundleRequest(out=tmp_path, source=Path("/src")))
    assert only[-4:] == ["wheel", "-w", str(tmp_path / "wheels"), "/src"]


def test_it_builds_from_a_clean_copy_without_stale_build_files(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    (checkout / "src" / "lantoa" / "__pycache__").mkdir(parents=True)
    (checkout / "src" / "lantoa" / "__init__.py").write_text("")
    (checkout / "src" / "lantoa" / "__pycache__" / "x.pyc").write_bytes(b"")
    (checkout / "build" / "lib" / "lantoa").mkdir(parents=True)
    (checkout / "build" / "lib" / "lantoa" / "0008_old.py").write_text("")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        (checkout / name).write_text(name)
    staged = stage_source(checkout, tmp_path / "staged")
    found = sorted(p.relative_to(staged).as_posix() for p in staged.rglob("*") if p.is_file())
    assert found == ["LICENSE", "README.md", "pyproject.toml", "src/lantoa/__init__.py"]


def _fake_venv(venv: Path) -> None:
    """A venv whose pip does nothing and whose lantoa makes its data folder, as the real one."""
    (venv / "bin").mkdir(parents=True)
    scripts = {
        "python": "#!/bin/sh\n",
        "pip": "#!/bin/sh\n",
        "lantoa": '#!/bin/sh\nmkdir -p "${LANTOA_DATA_DIR:-./lantoa-data}"\n'
        'touch "${LANTOA_DATA_DIR:-./lantoa-data}/secret.key"\n'
        'echo "$LANTOA_DATA_DIR" > "$(dirname "$0")/checked-with"\n',
    }
    for name, text in scripts.items():
        (venv / "bin" / name).write_text(text)
        (venv / "bin" / name).chmod(0o755)


def test_it_leaves_no_data_folder_or_key_in_the_bundle_folder(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "wheels").mkdir(parents=True)
    (bundle / "install.sh").write_text(install_script())
    (bundle / "SHA256SUMS").write_text(checksums_text(bundle))
    venv = tmp_path / "venv"
    _fake_venv(venv)
    env = {"PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(bundle / "install.sh"), str(venv)], check=True, env=env, cwd=tmp_path)
    # The bundle travels on a USB disk or a CD: a secret.key left there leaks, and a CD is
    # read-only, so the check after installing must not make its data folder there.
    assert sorted(p.name for p in bundle.iterdir()) == ["SHA256SUMS", "install.sh", "wheels"]
    assert not (tmp_path / "lantoa-data").exists()
    checked = Path((venv / "bin" / "checked-with").read_text().strip())
    assert not checked.exists()


def test_it_checks_with_the_data_folder_the_administrator_set(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "wheels").mkdir(parents=True)
    (bundle / "install.sh").write_text(install_script())
    (bundle / "SHA256SUMS").write_text(checksums_text(bundle))
    venv = tmp_path / "venv"
    _fake_venv(venv)
    data = tmp_path / "data"
    env = {"PATH": "/usr/bin:/bin", "LANTOA_DATA_DIR": str(data)}
    subprocess.run(["sh", str(bundle / "install.sh"), str(venv)], check=True, env=env, cwd=tmp_path)
    assert (venv / "bin" / "checked-with").read_text().strip() == str(data)
    assert (data / "secret.key").exists()


def test_it_replaces_the_installed_product_of_the_same_version(tmp_path: Path) -> None:
    # Every build is lantoa 0.1.0, so `pip install --upgrade lantoa` answered «Requirement
    # already satisfied» and an upgrade kept the old code while migrate ran as if upgraded.
    bundle = tmp_path / "bundle"
    (bundle / "wheels").mkdir(parents=True)
    wheel = bundle / "wheels" / "lantoa-0.1.0-py3-none-any.whl"
    wheel.write_bytes(b"new build")
    (bundle / "install.sh").write_text(install_script())
    (bundle / "SHA256SUMS").write_text(checksums_text(bundle))
    venv = tmp_path / "venv"
    _fake_venv(venv)
    calls = tmp_path / "pip-calls"
    (venv / "bin" / "pip").write_text(f'#!/bin/sh\necho "$*" >> {calls}\n')
    env = {"PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(bundle / "install.sh"), str(venv)], check=True, env=env, cwd=tmp_path)
    runs = calls.read_text().splitlines()
    assert any(
        "--force-reinstall" in run and "--no-deps" in run and run.endswith(str(wheel))
        for run in runs[1:]
    ), runs
