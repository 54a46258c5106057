"""Golden test: the Điện Biên guidance on Kết luận 51-KL/TW must parse exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lantoa.guidance.parsing import parse_document

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_65ea9b423b070b60.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seed folder is absent")


@pytest.fixture(scope="module")
def parsed() -> dict:
    """Return the seed's parse as a dict."""
    return parse_document(SEED.read_text(encoding="utf-8")).to_dict()


def test_it_reads_the_document_identity(parsed: dict) -> None:
    doc = parsed["document"]
    assert doc["type"] == "Hướng dẫn"
    assert doc["issuer"] == "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    assert doc["number"] is None
    assert doc["place"] is None
    assert doc["date"] is None
    assert doc["title"].startswith("nghiên cứu, quán triệt")
    assert doc["signer"] == {"name": "Trần Thị Lan Hương", "title": "Phó Trưởng ban", "mode": "K/T"}
    assert any("số, ký hiệu" in f for f in parsed["review_flags"])


def test_it_reads_the_subject_and_references(parsed: dict) -> None:
    assert parsed["subject"] == {
        "type": "Kết luận",
        "number": "51-KL/TW",
        "date": "2026-06-17",
        "issuer": "Bộ Chính trị",
        "title": "đẩy mạnh công tác sở hữu trí tuệ phục vụ phát triển kinh tế - xã hội "
        "trong tình hình mới",
    }
    refs = [(r["type"], r["number"], r["date"], r["issuer"]) for r in parsed["references"]]
    assert refs == [("Công văn", "1030-CV/TU", "2026-06-22", "Ban Thường vụ Tỉnh ủy")]


def test_it_reads_purposes_requirements_content(parsed: dict) -> None:
    assert len(parsed["purposes"]) == 2
    assert len(parsed["requirements"]) == 3
    assert parsed["content"] and "51-KL/TW" in parsed["content"][0]


def test_it_maps_every_form_to_a_channel(parsed: dict) -> None:
    codes = [c["code"] for c in parsed["channels"]]
    assert codes == [
        "conference",
        "cell_meeting",
        "print",
        "radio",
        "tv",
        "social",
        "leaflet",
        "podcast",
        "video",
        "loudspeaker",
        "oral",
    ]
    assert all(c["text"] for c in parsed["channels"])


def test_it_reads_the_schedule(parsed: dict) -> None:
    sched = parsed["schedule"]
    assert (sched["peak_start"], sched["peak_end"], sched["continuous"]) == (
        "2026-06-01",
        "2026-06-30",
        True,
    )


def test_it_reads_the_audiences(parsed: dict) -> None:
    aud = parsed["audiences"]
    for phrase in (
        "cán bộ",
        "đảng viên",
        "công chức",
        "viên chức",
        "doanh nghiệp",
        "hợp tác xã",
        "hộ sản xuất",
        "lực lượng vũ trang",
        "Nhân dân",
    ):
        assert any(phrase in a for a in aud), phrase
    assert len(aud) == len({a.lower() for a in aud})


def test_it_builds_four_unit_groups_with_their_tasks(parsed: dict) -> None:
    groups = parsed["unit_groups"]
    assert [len(g["tasks"]) for g in groups] == [4, 4, 3, 1]
    assert [g["unit_kinds"] for g in groups] == [
        ["board"],
        ["commune", "ward", "affiliated"],
        ["press"],
        ["central_press"],
    ]
    assert groups[0]["heading"] == "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    police = groups[1]["tasks"][3]
    assert police["unit"] == "Đảng bộ Công an tỉnh"
    assert police["ref"] == "III.2, gạch đầu dòng 4"
    assert [t["unit"] for g in groups for t in g["tasks"]].count(None) == 11
    assert groups[2]["tasks"][0]["text"].endswith("góp phần nâng cao nhận thức xã hội.")
    assert groups[3]["tasks"][0]["ref"] == "III.4"
    assert "trên địa bàn tỉnh tuyên truyền" in groups[0]["tasks"][2]["text"]


def test_it_reads_the_recipients(parsed: dict) -> None:
    rec = parsed["recipients"]
    assert len(rec) == 7
    assert rec[0] == "Thường trực Tỉnh ủy (B/c)"
    assert rec[2] == "Báo và Phát thanh, truyền hình Điện Biên"
    assert rec[-1] == "Lưu VT, Phòng LLCT, LSD"


def test_it_builds_the_section_tree(parsed: dict) -> None:
    tree = parsed["sections"]
    assert [s["label"] for s in tree] == ["I", "II", "III"]
    assert tree[2]["title"] == "TỔ CHỨC THỰC HIỆN"
    assert [c["label"] for c in tree[2]["children"]] == ["1", "2", "3", "4"]


def test_it_produces_json(parsed: dict) -> None:
    assert json.loads(json.dumps(parsed, ensure_ascii=False)) == parsed
