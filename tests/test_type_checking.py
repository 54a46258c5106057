"""mypy checks every module, and each remaining type-ignore names its code and its reason."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<rest>.*)$")
# "[code]" or "[code, code]", then a comment that says why.
EXPLAINED = re.compile(r"\[[a-z-]+(, [a-z-]+)*\]\s+#\s*\S")


def test_it_checks_every_module_with_mypy() -> None:
    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert [o["module"] for o in mypy.get("overrides", []) if o.get("ignore_errors")] == []


def test_it_keeps_only_ignores_with_a_code_and_a_reason() -> None:
    unexplained = []
    for path in sorted((ROOT / "src" / "lantoa").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found = IGNORE.search(line)
            if found and not EXPLAINED.match(found["rest"]):
                unexplained.append(f"{path.relative_to(ROOT)}:{number}")
    assert unexplained == []
