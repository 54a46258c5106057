"""Channels are read from forms, not guessed from the proper names of apps and websites."""

from __future__ import annotations

from lantoa.guidance.parsing.channels import find_channels


def _codes(text: str) -> list[str]:
    return [c.code for c in find_channels(text)]


def test_it_reads_the_party_members_handbook_app_as_online_not_a_leaflet() -> None:
    assert _codes("Tuyên truyền qua ứng dụng Sổ tay đảng viên điện tử.") == ["online"]
    assert _codes("Đăng tải trên “Sổ tay đảng viên điện tử” và phát tờ rơi.") == [
        "online",
        "leaflet",
    ]


def test_it_does_not_read_a_website_named_bao_cao_vien_as_oral() -> None:
    text = "Cuộc thi trên Trang thông tin điện tử tổng hợp Báo cáo viên (https://baocaovien.vn)."
    assert _codes(text) == ["online"]
    assert _codes("Đăng trên website Báo cáo viên.") == ["online"]


def test_it_still_reads_reporters_named_as_people() -> None:
    assert "oral" in _codes("Đội ngũ báo cáo viên, tuyên truyền viên các cấp tuyên truyền.")


def test_it_does_not_read_channel_words_inside_a_quoted_title() -> None:
    assert _codes('Tổ chức cuộc thi "Tìm hiểu qua báo chí, truyền hình".') == []
