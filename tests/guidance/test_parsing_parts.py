"""Unit tests of the parser's parts: numbers, citations, deadlines, channels, sections, header."""

from __future__ import annotations

from datetime import date

import pytest

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.channels import find_channels, named_unit, unit_kinds
from lantoa.guidance.parsing.deadlines import find_deadline
from lantoa.guidance.parsing.numbers import find_citations
from lantoa.guidance.parsing.sections import build_tree, prepare_lines


@pytest.mark.parametrize(
    ("text", "number", "when", "issuer"),
    [
        (
            "Kết luận số 51-KL/TW, ngày 17/6/2026 của Bộ Chính trị về x",
            "51-KL/TW",
            date(2026, 6, 17),
            "Bộ Chính trị",
        ),
        (
            "Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư",
            "100-KL/TW",
            date(2014, 8, 18),
            "Ban Bí thư",
        ),
        (
            "Hướng dẫn số 21- HD/BTGTW, ngày 08 tháng 01 năm 2020 của Ban Tuyên giáo Trung ương",
            "21-HD/BTGTW",
            date(2020, 1, 8),
            "Ban Tuyên giáo Trung ương",
        ),
        (
            "Quy định số 399-QĐi/TW ngày 17-6-2026 của Ban Bí thư",
            "399-QĐi/TW",
            date(2026, 6, 17),
            "Ban Bí thư",
        ),
        (
            "Kế hoạch số 08/KH-UBND ngày 08/01/2023 của UBND tỉnh",
            "08/KH-UBND",
            date(2023, 1, 8),
            "UBND tỉnh",
        ),
        (
            "Công văn số 1030-CV/TU ngày 22/6/2026 của Ban Thường vụ Tỉnh ủy về việc",
            "1030-CV/TU",
            date(2026, 6, 22),
            "Ban Thường vụ Tỉnh ủy",
        ),
    ],
)
def test_it_reads_cited_documents_with_noise(
    text: str, number: str, when: date, issuer: str
) -> None:
    (cite,) = find_citations(text)
    assert (cite.ref.number, cite.ref.date, cite.ref.issuer) == (number, when, issuer)


@pytest.mark.parametrize(
    ("text", "kind", "when", "days"),
    [
        ("Báo cáo trước ngày 10/12/2025.", "date", date(2025, 12, 10), None),
        # A month or quarter is kept as printed, no day invented (#17.11).
        ("Hoàn thành trong tháng 3/2021.", "month", None, None),
        ("Hoàn thành cuối quý II/2021.", "quarter", None, None),
        ("Báo cáo trong 30 ngày kể từ ngày ký.", "within_days", date(2026, 7, 23), 30),
        ("Xong trước ngày 17 tháng 6 năm 2026.", "date", date(2026, 6, 17), None),
    ],
)
def test_it_reads_deadlines(text: str, kind: str, when: date | None, days: int | None) -> None:
    deadline = find_deadline(text, doc_date=date(2026, 6, 23))
    assert deadline is not None
    assert (deadline.kind, deadline.date, deadline.days) == (kind, when, days)
    assert deadline.text and deadline.text in text


def test_it_reads_no_deadline_in_reporting_by_regulation() -> None:
    # "Báo cáo … theo quy định" says how to report, not by when; "đúng thời hạn theo quy định"
    # prints no time, and no annotator of the real corpus marks it a deadline (#17).
    for text in (
        "Báo cáo kết quả theo quy định.",
        "báo cáo Ủy ban nhân dân thành phố kết quả thực hiện theo quy định",
        "Trả lời đúng thời hạn theo quy định.",
        "Giải quyết hồ sơ đúng thời gian quy định, không để quá hạn.",
    ):
        assert find_deadline(text, doc_date=date(2026, 6, 23)) is None


def test_it_keeps_a_yearly_day_written_in_words_as_printed() -> None:
    deadline = find_deadline(
        "định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả", doc_date=date(2025, 11, 24)
    )
    assert deadline is not None
    assert (deadline.kind, deadline.date) == ("year", None)
    assert deadline.text == "định kỳ trước ngày 30 tháng 11 hàng năm"


def test_it_has_no_deadline_for_ongoing_work() -> None:
    assert find_deadline("Thường xuyên theo dõi, đôn đốc.", doc_date=None) is None
    within = find_deadline("Báo cáo trong 15 ngày.", doc_date=None)
    assert within is not None and within.date is None and within.days == 15


def test_it_maps_forms_to_channel_codes_once() -> None:
    text = (
        "qua hội nghị, hội nghị trực tuyến; sinh hoạt chi bộ; báo in, báo điện tử, cổng thông tin; "
        "phát thanh, truyền hình; Zalo; pa-nô; podcast; clip; loa truyền thanh; báo cáo viên"
    )
    codes = [c.code for c in find_channels(text)]
    assert codes == [
        "conference",
        "cell_meeting",
        "print",
        "online",
        "radio",
        "tv",
        "social",
        "leaflet",
        "podcast",
        "video",
        "loudspeaker",
        "oral",
    ]
    assert [c.code for c in find_channels("thông báo cho báo cáo viên")] == ["oral"]


def test_it_resolves_unit_kinds_and_named_units() -> None:
    assert unit_kinds("Các cấp ủy cơ sở") == ["commune", "ward"]
    assert unit_kinds("Các sở, ban, ngành tỉnh") == ["affiliated"]
    assert unit_kinds("Các cơ quan, phóng viên báo chí Trung ương thường trú") == ["central_press"]
    heading = "Các Đảng ủy trực thuộc tỉnh"
    assert named_unit("Đảng bộ Công an tỉnh phối hợp với Ban Tuyên giáo", heading=heading) == (
        "Đảng bộ Công an tỉnh"
    )
    assert named_unit("Ban hành hướng dẫn tuyên truyền", heading=heading) is None
    assert named_unit("Các Đảng ủy trực thuộc tỉnh tổ chức hội nghị", heading=heading) is None


def test_it_builds_sections_from_every_marker_style() -> None:
    text = (
        "I- MỤC ĐÍCH\n1) Mục đích\na) ý một\n- gạch\n+ cộng\nII. NỘI DUNG\n1.1 Mục con\n"
        "2- Mục hai\n• chấm tròn\nIII NHIỆM VỤ\n3. Ba"
    )
    tree, preamble = build_tree(prepare_lines(text))
    assert preamble == []
    assert [n.label for n in tree] == ["I", "II", "III"]
    one = tree[0].children[0]
    assert (one.label, one.children[0].label, one.children[0].children[0].label) == ("1", "a", "-")
    assert one.children[0].children[0].children[0].label == "+"
    assert [c.label for c in tree[1].children] == ["1.1", "2"]


def test_it_never_takes_a_cited_number_as_its_own() -> None:
    parsed = parse_document(
        "HƯỚNG DẪN\ntuyên truyền Kết luận số 51-KL/TW của Bộ Chính trị\n"
        "Thực hiện Kết luận số 51-KL/TW, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:\n"
        "I. MỤC ĐÍCH\n- Nâng cao nhận thức.\n"
    )
    assert parsed.document.number is None
    assert parsed.subject.number == "51-KL/TW"
    assert any("số, ký hiệu" in flag for flag in parsed.review_flags)


def test_it_reads_a_state_header_and_signature_modes() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 08/KH-UBND\nĐiện Biên, ngày 17 tháng 6 năm 2026\n"
        "KẾ HOẠCH\nTuyên truyền chuyển đổi số\nI. MỤC ĐÍCH\n- Nâng cao nhận thức.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nLê Văn Quý\n"
    )
    doc = parse_document(text).document
    assert (doc.type, doc.number, doc.date, doc.place) == (
        "Kế hoạch",
        "08/KH-UBND",
        date(2026, 6, 17),
        "Điện Biên",
    )
    assert doc.issuer == "Ủy ban nhân dân tỉnh Điện Biên"
    assert (doc.signer.mode, doc.signer.title, doc.signer.name) == ("T/M", "Chủ tịch", "Lê Văn Quý")


def test_it_parses_empty_and_junk_text_without_error() -> None:
    for text in ("", "\n\n", "abc", "I.\n1.\n-\n", "Nơi nhận:"):
        parsed = parse_document(text).to_dict()
        assert parsed["document"]["type"] is None
        assert parsed["review_flags"]
