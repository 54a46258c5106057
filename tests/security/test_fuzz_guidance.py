"""The guidance reader on arbitrary input: no crash but a Vietnamese refusal, no hang."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lantoa.core.uploads import UploadRefused, check_upload
from lantoa.guidance.parsing import DocumentError, GuidanceParse, extract_text, parse_document
from lantoa.guidance.parsing.text import SUPPORTED_EXTENSIONS
from tests.conftest import seed_bytes
from tests.security import hostile

LIMIT = settings(
    max_examples=60,
    deadline=datetime.timedelta(seconds=3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEED = seed_bytes().decode("utf-8")
PIECES = [
    "I.",
    "II.",
    "1.",
    "2.1.",
    "a)",
    "-",
    "+",
    "*",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Số 12-HD/BTGDVTU",
    "ngày 17 tháng 6 năm 2026",
    "trước ngày 30/9/2026",
    "Quý III/2026",
    "Đảng ủy các xã, phường",
    "Nơi nhận:",
    "K/T TRƯỞNG BAN",
    "tuyên truyền",
    "hội nghị quán triệt",
    "\n",
    "\n\n",
    "\t",
    " ",
    "\u200b",
    "(",
    ")",
]
guidance_like = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=300
).map("".join)


def mutated_seed(data: st.DataObject) -> str:
    lines = SEED.splitlines()
    picked = data.draw(st.lists(st.integers(0, len(lines) - 1), max_size=40))
    for index in picked:
        lines[index] = data.draw(st.sampled_from([lines[index] * 3, "", lines[index][::-1]]))
    return "\n".join(lines)


@LIMIT
@given(guidance_like)
def test_it_parses_any_text_without_crashing(text):
    assert isinstance(parse_document(text), GuidanceParse)


@LIMIT
@given(st.data())
def test_it_parses_a_mangled_real_guidance_and_round_trips_to_json(data):
    result = parse_document(mutated_seed(data))
    assert isinstance(result.to_dict(), dict)


@LIMIT
@given(st.binary(max_size=4096), st.sampled_from(SUPPORTED_EXTENSIONS))
def test_it_extracts_or_refuses_random_bytes_in_vietnamese(data, extension):
    try:
        text = extract_text(data, filename=f"tep{extension}")
    except DocumentError as exc:
        assert exc.message
    else:
        assert isinstance(text, str) and text


@LIMIT
@given(st.binary(max_size=4096), st.sampled_from([*SUPPORTED_EXTENSIONS, ".xlsx"]))
def test_it_checks_random_bytes_without_crashing(data, extension):
    try:
        check_upload(data, filename=f"tep{extension}", allowed={extension})
    except UploadRefused as exc:
        assert exc.message


DOCX = hostile.docx(hostile._DOC_START + "Hướng dẫn tuyên truyền Kết luận 51" + hostile._DOC_END)


@LIMIT
@given(st.lists(st.tuples(st.integers(0, len(DOCX) - 1), st.integers(0, 255)), max_size=8))
def test_it_refuses_a_corrupted_docx_in_vietnamese(flips):
    data = bytearray(DOCX)
    for position, value in flips:
        data[position] = value
    for check in (
        lambda: extract_text(bytes(data), filename="hd.docx"),
        lambda: check_upload(bytes(data), filename="hd.docx", allowed={".docx"}),
    ):
        try:
            check()
        except (DocumentError, UploadRefused) as exc:
            assert exc.message


def test_it_refuses_a_zip_whose_directory_claims_an_unknown_version():
    data = bytearray(hostile.docx("<w:document/>"))
    central = data.rfind(b"PK\x01\x02")
    data[central + 6 : central + 8] = (64).to_bytes(2, "little")  # "version needed": 6.4
    with pytest.raises(UploadRefused, match="không hợp lệ"):
        check_upload(bytes(data), filename="hong.docx", kind="guidance")


def test_it_refuses_a_local_header_pointing_before_the_file():
    data = bytearray(hostile.docx("<w:document/>"))
    central = data.find(b"PK\x01\x02")
    data[central + 42 : central + 46] = (0xFFFFFF00).to_bytes(4, "little")  # header offset
    with pytest.raises(UploadRefused, match="Tệp"):
        check_upload(bytes(data), filename="hong.docx", kind="guidance")
