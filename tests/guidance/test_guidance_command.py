"""The `guidance` management command: parse a file, evaluate a corpus."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.conftest import corpus_texts

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_it_prints_the_parse_as_json(tmp_path: Path) -> None:
    out = StringIO()
    call_command(
        "guidance",
        "parse",
        str(CORPUS / "synthetic_01_party_header_kt.txt"),
        "--format",
        "json",
        stdout=out,
    )
    data = json.loads(out.getvalue())
    assert data["document"]["number"] == "12-HD/BTGDVTU"
    assert "Hướng dẫn" in out.getvalue()


def test_it_prints_a_text_summary() -> None:
    out = StringIO()
    call_command(
        "guidance",
        "parse",
        str(CORPUS / "synthetic_01_party_header_kt.txt"),
        "--format",
        "text",
        stdout=out,
    )
    assert "Người ký: TL. Phó Trưởng ban Lò Văn Minh" in out.getvalue()


def test_it_fails_with_a_vietnamese_message_on_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "rong.txt"
    bad.write_bytes(b"")
    with pytest.raises(CommandError, match="Tệp rỗng") as info:
        call_command("guidance", "parse", str(bad))
    assert info.value.returncode == 1


def test_it_prints_the_evaluation_table() -> None:
    out = StringIO()
    call_command("guidance", "evaluate", str(CORPUS), stdout=out)
    assert "TỔNG" in out.getvalue() and "precision" in out.getvalue()


def test_it_prints_the_evaluation_of_a_split_as_json() -> None:
    out = StringIO()
    real = Path(__file__).resolve().parent / "corpus_real"
    call_command(
        "guidance",
        "evaluate",
        "--corpus",
        str(real),
        "--texts",
        str(corpus_texts("corpus_real")),
        "--split",
        "test",
        "--format",
        "json",
        stdout=out,
    )
    data = json.loads(out.getvalue())
    assert data["split"] == "test"
    assert data["full"]["documents"] >= 6 and data["excerpt"]["documents"] >= 1
    assert data["all"]["documents"] == data["full"]["documents"] + data["excerpt"]["documents"]
    for name in ("groups", "tasks", "deadlines"):
        assert set(data["full"]["section3"][name]) >= {"precision", "recall", "f1"}


def test_it_asks_for_a_corpus_folder() -> None:
    with pytest.raises(CommandError, match="Cần thư mục mẫu") as info:
        call_command("guidance", "evaluate")
    assert info.value.returncode == 1


def test_it_says_in_vietnamese_that_the_file_is_missing(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="^Không có tệp: ") as info:
        call_command("guidance", "parse", str(tmp_path / "khong-co.txt"))
    assert info.value.returncode == 1


def test_it_says_in_vietnamese_that_a_folder_is_no_file(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="là một thư mục, không phải tệp") as info:
        call_command("guidance", "parse", str(tmp_path))
    assert info.value.returncode == 1


def test_it_refuses_a_folder_without_annotated_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("HƯỚNG DẪN", encoding="utf-8")
    with pytest.raises(CommandError, match="Không có tài liệu mẫu nào") as info:
        call_command("guidance", "evaluate", str(tmp_path))
    assert info.value.returncode == 1


def test_it_names_the_split_that_holds_no_document() -> None:
    with pytest.raises(CommandError, match="phần dev7"):
        call_command("guidance", "evaluate", str(CORPUS), "--split", "dev7")


@pytest.mark.parametrize(
    ("expected", "text", "says"),
    [
        (b'{"document": ', "HƯỚNG DẪN".encode(), "a.expected.json: không phải JSON hợp lệ"),
        (b"[1, 2]", "HƯỚNG DẪN".encode(), "a.expected.json: phải là một đối tượng JSON"),
        (b'{"_meta": []}', "HƯỚNG DẪN".encode(), "a.expected.json: phải là một đối tượng JSON"),
        (
            b"{}",
            "ĐOÀN đảm".encode("cp1258", "replace"),
            "a.txt: tệp .txt của bộ mẫu phải mã hóa UTF-8",
        ),
    ],
)
def test_it_names_the_corpus_file_it_cannot_score(
    tmp_path: Path, expected: bytes, text: bytes, says: str
) -> None:
    (tmp_path / "a.expected.json").write_bytes(expected)
    (tmp_path / "a.txt").write_bytes(text)
    with pytest.raises(CommandError, match=f"^{says}") as info:
        call_command("guidance", "evaluate", str(tmp_path))
    assert info.value.returncode == 1


def _annotated_pair(folder: Path, name: str) -> None:
    """Write a one-field annotation in folder/ann and its synthetic text in folder/txt."""
    (folder / "ann").mkdir(exist_ok=True)
    (folder / "txt").mkdir(exist_ok=True)
    meta = {"_meta": {"kind": "excerpt", "split": "train"}, "document.type": "Hướng dẫn"}
    (folder / "ann" / f"{name}.expected.json").write_text(json.dumps(meta), encoding="utf-8")
    text = (CORPUS / "synthetic_01_party_header_kt.txt").read_text(encoding="utf-8")
    (folder / "txt" / f"{name}.txt").write_text(text, encoding="utf-8")


def test_it_reads_the_texts_from_their_own_folder(tmp_path: Path) -> None:
    _annotated_pair(tmp_path, "a")
    out = StringIO()
    args = [str(tmp_path / "ann"), "--texts", str(tmp_path / "txt"), "--format", "json"]
    call_command("guidance", "evaluate", *args, stdout=out)
    data = json.loads(out.getvalue())
    assert data["all"]["documents"] == 1 and data["all"]["without_text"] == 0
    assert data["all"]["fields"]["document.type"]["correct"] == 1


def test_it_counts_the_annotations_whose_text_is_missing(tmp_path: Path) -> None:
    _annotated_pair(tmp_path, "a")
    _annotated_pair(tmp_path, "b")
    (tmp_path / "txt" / "b.txt").unlink()
    out = StringIO()
    call_command(
        "guidance", "evaluate", str(tmp_path / "ann"), "--texts", str(tmp_path / "txt"), stdout=out
    )
    assert "Tài liệu: 1" in out.getvalue()
    assert "Không chấm (thiếu văn bản): 1 tài liệu đã gán nhãn" in out.getvalue()


def test_it_says_where_it_looked_for_the_missing_texts(tmp_path: Path) -> None:
    _annotated_pair(tmp_path, "a")
    (tmp_path / "txt" / "a.txt").unlink()
    with pytest.raises(CommandError, match="Có 1 tệp nhãn nhưng không thấy văn bản") as info:
        call_command("guidance", "evaluate", str(tmp_path / "ann"))
    assert "--texts" in str(info.value) and info.value.returncode == 1


def test_it_refuses_a_texts_folder_that_does_not_exist(tmp_path: Path) -> None:
    _annotated_pair(tmp_path, "a")
    with pytest.raises(CommandError, match="Không tìm thấy thư mục văn bản"):
        call_command("guidance", "evaluate", str(tmp_path / "ann"), "--texts", str(tmp_path / "x"))


@pytest.mark.django_db
def test_it_reads_an_uploaded_document_from_the_command_line() -> None:
    from lantoa.guidance.models import GuidanceStatus
    from lantoa.guidance.services import guidance_document_upload
    from lantoa.organization.selectors import province_board
    from tests.conftest import SEED_NAME, seed_bytes

    board = province_board()
    assert board is not None
    document = guidance_document_upload(
        owner=board, filename=SEED_NAME, data=seed_bytes(), user=None, enqueue=False
    )
    out = StringIO()
    call_command("guidance", "read", str(document.pk), stdout=out)
    document.refresh_from_db()
    assert document.status == GuidanceStatus.DRAFT and "Đang rà soát" in out.getvalue()
    with pytest.raises(CommandError, match="Không có văn bản số"):
        call_command("guidance", "read", str(document.pk + 1000))
