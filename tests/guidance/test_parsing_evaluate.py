"""The scorer behind `lantoa guidance evaluate`: flat fields, section III, splits and kinds."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from lantoa.guidance.parsing.evaluate import (
    Report,
    compare,
    compare_section3,
    evaluate_corpus,
)
from lantoa.guidance.parsing.evaluate_section3 import heading_score, score_section3, task_score


def _parse() -> dict[str, Any]:
    """Return a parse dict as parse_document(...).to_dict() gives it, with one unit group."""
    task = {"text": "", "deadline": None, "unit": None, "ref": ""}
    return {
        "document": {
            "type": "Kế hoạch",
            "number": "12-KH/BTGDVTU",
            "issuer": "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên",
            "date": "2026-07-02",
            "place": "Điện Biên",
            "title": "",
            "signer": {"name": "Lò Văn Minh", "title": "Phó Trưởng ban", "mode": "K/T"},
        },
        "subject": {"type": "Kết luận", "number": "51-KL/TW", "date": None, "issuer": None},
        "references": [{"number": "08/KH-UBND"}],
        "channels": [],
        "schedule": {"peak_start": None, "peak_end": None, "continuous": False, "phases": []},
        "recipients": ["Như trên", "Lưu: VT"],
        "unit_groups": [
            {
                "heading": "Đảng ủy các xã, phường",
                "tasks": [
                    {
                        **task,
                        "text": "Đảng ủy các xã, phường tổ chức quán triệt Kết luận đến chi bộ",
                        "deadline": {"kind": "date", "date": "2026-08-15", "text": "15/8/2026"},
                    },
                    {
                        **task,
                        "text": "Báo cáo kết quả tuyên truyền về Ban Tuyên giáo và Dân vận",
                        "deadline": {"kind": "quarter", "date": None, "text": "quý III/2026"},
                    },
                ],
            }
        ],
    }


EXPECTED: dict[str, Any] = {
    "document.type": "Kế hoạch",
    "document.number": "12-KH/BTGDVTU",
    "document.issuer": "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên",
    "document.date": "2026-07-02",
    "subject.number": "51-KL/TW",
    "references.numbers": ["08/KH-UBND"],
    "recipients.count": 2,
    "signer.mode": "KT",
    "section3": {
        "groups": [
            {
                "heading": "Đảng ủy các xã,\nphường",
                "tasks": [
                    {
                        "text": "tổ chức quán triệt Kết luận đến chi bộ",
                        "deadline": "2026-08-15",
                        "deadline_text": "15/8/2026",
                    },
                    {
                        "text": "Báo cáo kết quả tuyên truyền về Ban Tuyên giáo",
                        "deadline_text": "quý III/2026",
                    },
                ],
            }
        ]
    },
}


def _score(parsed: dict[str, Any], expected: dict[str, Any] = EXPECTED) -> Report:
    from lantoa.guidance.parsing.evaluate import actual_fields

    report = Report()
    compare(expected, actual_fields(parsed), report=report, doc="mau")
    compare_section3(expected, parsed, report=report, doc="mau")
    return report


def test_it_scores_a_perfect_parse_one() -> None:
    report = _score(_parse())
    total = report.overall()
    assert (total.precision, total.recall, total.f1) == (1.0, 1.0, 1.0)
    for name in ("groups", "tasks", "deadlines"):
        assert report.section3[name].f1 == 1.0, name
    assert report.mismatches == []


def test_it_lowers_recall_not_precision_for_a_missing_field() -> None:
    parsed = _parse()
    parsed["document"]["number"] = None
    counts = _score(parsed).fields["document.number"]
    assert counts.recall == 0.0 and counts.precision is None
    total = _score(parsed).overall()
    assert total.recall is not None and total.recall < 1.0
    assert total.precision == 1.0


def test_it_lowers_precision_for_a_wrong_field() -> None:
    parsed = _parse()
    parsed["document"]["issuer"] = "Ủy ban nhân dân tỉnh"
    report = _score(parsed)
    assert report.fields["document.issuer"].precision == 0.0
    assert report.overall().precision is not None and report.overall().precision < 1.0
    assert any("document.issuer" in m for m in report.mismatches)


def test_it_reads_every_spelling_of_a_signing_mode_as_one() -> None:
    for printed in ("K/T", "KT.", "KT", "kt"):
        parsed = _parse()
        parsed["document"]["signer"]["mode"] = printed
        assert _score(parsed).fields["signer.mode"].correct == 1, printed
    parsed = _parse()
    parsed["document"]["signer"]["mode"] = "T/M"
    assert _score(parsed).fields["signer.mode"].correct == 0


def test_it_counts_the_subject_among_the_cited_documents() -> None:
    # The parse takes 08/KH-UBND as the subject and cites 51-KL/TW: the same documents found.
    parsed = _parse()
    parsed["subject"]["number"] = "08/KH-UBND"
    parsed["references"] = [{"number": "51-KL/TW"}]
    assert _score(parsed).fields["references.numbers"].f1 == 1.0
    parsed["references"] = []
    assert _score(parsed).fields["references.numbers"].recall == 0.5


def test_it_lowers_recall_for_a_missing_group_and_precision_for_an_extra_one() -> None:
    parsed = _parse()
    extra = copy.deepcopy(parsed["unit_groups"][0])
    extra["heading"] = "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc"
    parsed["unit_groups"].append(extra)
    report = _score(parsed)
    assert report.section3["groups"].recall == 1.0
    assert report.section3["groups"].precision == 0.5
    assert report.section3["tasks"].precision == 0.5
    parsed["unit_groups"] = parsed["unit_groups"][1:]
    report = _score(parsed)
    assert report.section3["groups"].recall == 0.0
    assert report.section3["tasks"].recall == 0.0


def test_it_matches_a_heading_despite_case_breaks_and_a_request_word() -> None:
    assert (
        heading_score("Sở Văn hóa, Thể thao và Du lịch", "SỞ VĂN HOÁ,\nTHỂ THAO VÀ DU LỊCH:") >= 85
    )
    assert (
        heading_score("Ủy ban Mặt trận Tổ quốc tỉnh", "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh") >= 85
    )
    assert heading_score("Sở Nội vụ", "Sở Tài chính") < 85


def test_it_refuses_a_heading_that_swallowed_its_first_task() -> None:
    heading = "Sở Nội vụ"
    swallowed = (
        "Sở Nội vụ chịu trách nhiệm về việc báo cáo, đề nghị ban hành và nội dung Kế hoạch "
        "này, tham mưu Ủy ban nhân dân theo dõi, kiểm tra"
    )
    assert heading_score(heading, swallowed) < 85


def test_it_finds_the_opening_words_inside_a_task_that_names_its_group() -> None:
    want = "cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa phương"
    got = "Các tỉnh ủy, thành ủy cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa\nphương, đơn vị"
    assert task_score(want, got) >= 85
    assert task_score(want, "Bố trí kinh phí, trang bị phương tiện, tài liệu phục vụ") < 85


def test_it_refuses_a_date_invented_from_a_printed_quarter() -> None:
    parsed = _parse()
    parsed["unit_groups"][0]["tasks"][1]["deadline"] = {
        "kind": "date",
        "date": "2026-09-30",
        "text": "quý III/2026",
    }
    counts, notes = score_section3(EXPECTED["section3"], parsed["unit_groups"], doc="mau")
    assert counts.deadlines == (2, 2, 1)
    assert any("quý III/2026" in n for n in notes)


def test_it_refuses_a_wrong_date_and_counts_a_deadline_nobody_printed() -> None:
    parsed = _parse()
    parsed["unit_groups"][0]["tasks"][0]["deadline"]["date"] = "2026-08-16"
    counts, _notes = score_section3(EXPECTED["section3"], parsed["unit_groups"], doc="mau")
    assert counts.deadlines == (2, 2, 1)
    expected = copy.deepcopy(EXPECTED["section3"])
    del expected["groups"][0]["tasks"][1]["deadline_text"]
    counts, _notes = score_section3(expected, _parse()["unit_groups"], doc="mau")
    assert counts.deadlines == (2, 1, 1)


def _write(folder: Path, name: str, text: str, expected: dict[str, Any], suffix: str) -> None:
    (folder / f"{name}{suffix}").write_text(text, encoding="utf-8")
    (folder / f"{name}.expected.json").write_text(json.dumps(expected), encoding="utf-8")


HEADER = """ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
Điện Biên, ngày 02 tháng 7 năm 2026
KẾ HOẠCH
Tuyên truyền Kết luận số 51-KL/TW
Thực hiện Kết luận số 51-KL/TW ngày 10/5/2026 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành
kế hoạch tuyên truyền trong cán bộ, đảng viên và Nhân dân như sau:
"""

NEWS = (
    "<p>Ng&agrave;y 10/02/2026, Ban Tuy&ecirc;n gi&aacute;o v&agrave; D&acirc;n vận Tỉnh ủy "
    "Điện Bi&ecirc;n đ&atilde; ban h&agrave;nh Hướng dẫn số 21-HD/BTGDVTU về tuy&ecirc;n "
    "truyền Kết luận số 51-KL/TW trong c&aacute;n bộ, đảng vi&ecirc;n v&agrave; Nh&acirc;n "
    "d&acirc;n.</p>"
)


def test_it_separates_splits_and_kinds_and_reads_html(tmp_path: Path) -> None:
    meta = {"kind": "full", "split": "train", "form": "header"}
    _write(tmp_path, "full_01", HEADER, {"_meta": meta, "document.number": "15/KH-UBND"}, ".txt")
    meta = {"kind": "excerpt", "split": "test", "form": "news+html"}
    _write(tmp_path, "exc_01", NEWS, {"_meta": meta, "document.type": "Hướng dẫn"}, ".html")
    train = evaluate_corpus(tmp_path, split="train")
    assert (train["full"].documents, train["excerpt"].documents) == (1, 0)
    assert train["full"].fields["document.number"].correct == 1
    test = evaluate_corpus(tmp_path, split="test")
    assert (test["full"].documents, test["excerpt"].documents, test["all"].documents) == (0, 1, 1)
    assert "document.type" in test["excerpt"].fields
    assert evaluate_corpus(tmp_path)["all"].documents == 2


def test_it_lowers_precision_only_for_a_channel_the_text_rules_out() -> None:
    expected = {"document.number": "12-KH/BTGDVTU", "channels.absent": ["leaflet", "oral"]}
    parsed = _parse()
    parsed["channels"] = [{"code": "online", "text": "Trang thông tin điện tử"}]
    assert _score(parsed, expected).overall().precision == 1.0
    parsed["channels"].append({"code": "leaflet", "text": "Sổ tay đảng viên điện tử"})
    report = _score(parsed, expected)
    assert report.fields["channels.absent"].extracted == 1
    assert report.overall().precision == 0.5 and report.overall().recall == 1.0
