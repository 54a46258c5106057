"""Coverage-guided fuzzing of the upload validator with atheris (optional: `pip install atheris`).

    python fuzz/upload_validator.py -max_total_time=300 [corpus_dir]

Every input must either pass or be refused with UploadRefused (a Vietnamese message); any other
exception, or a hang past libFuzzer's -timeout, is a finding.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from lantoa.core.uploads import UploadRefused, check_upload

EXTENSIONS = [".txt", ".docx", ".pdf", ".html", ".xlsx", ".csv"]


def one_input(data: bytes) -> None:
    if not data:
        return
    extension = EXTENSIONS[data[0] % len(EXTENSIONS)]
    try:
        check_upload(data[1:], filename=f"tep{extension}", allowed={extension})
    except UploadRefused as exc:
        assert exc.message


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
