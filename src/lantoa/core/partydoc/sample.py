"""A sample progress report (and a tiny PNG maker) for tests, previews and demos."""

from __future__ import annotations

import datetime
import struct
import zlib

from .model import (
    Bullet,
    Figure,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
)
from .recipients import FILED, reported_to

UNITS = [
    "Đảng bộ phường Điện Biên Phủ", "Đảng bộ phường Mường Thanh", "Đảng bộ phường Mường Lay",
    "Đảng bộ xã Mường Phăng", "Đảng bộ xã Thanh Nưa", "Đảng bộ xã Thanh An",
    "Đảng bộ xã Sam Mứn", "Đảng bộ xã Núa Ngam", "Đảng bộ xã Mường Nhé",
]  # fmt: skip


def bar_chart_png(*, width: int = 480, height: int = 240, bars: list[float] | None = None) -> bytes:
    """Return a small RGB PNG with vertical bars (pure zlib/struct, no plotting library)."""
    values = bars or [0.92, 0.75, 0.58, 0.81, 0.66]
    band = width // (2 * len(values) + 1)
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type "None"
        for x in range(width):
            index, inside = divmod(x - band, 2 * band)
            level = values[index] if 0 <= index < len(values) and inside < band else 0.0
            on_bar = x >= band and height - y <= level * (height - 10)
            row += bytes((178, 34, 34) if on_bar else (255, 255, 255))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        """Return one PNG chunk with length and CRC."""
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(rows), 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def sample_rows(count: int = 45) -> list[list[str | int | float | None]]:
    """Return count table rows: unit, cadres, participants, rate (%), remark."""
    rows: list[list[str | int | float | None]] = []
    for index in range(count):
        cadres = 1200 + 37 * index
        attended = cadres - (index * 13) % 90
        remark: str | None = None
        if index % 7 == 3:
            remark = "Tổ chức học tập tập trung kết hợp trực tuyến đến các chi bộ bản, tổ dân phố"
        elif index % 11 == 5:
            remark = "Chưa báo cáo"
        name = f"{UNITS[index % len(UNITS)]} ({index + 1})"
        rows.append([index + 1, name, cadres, attended, round(attended * 100 / cadres, 1), remark])
    return rows


def sample_document(*, draft: bool = False) -> PartyDocument:
    """Return a sample progress report on studying and disseminating a resolution."""
    para = (
        "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về việc học tập, quán triệt, tuyên truyền "
        "và triển khai thực hiện Nghị quyết, Ban Tuyên giáo và Dân vận Tỉnh ủy đã chủ động "
        "hướng dẫn các cấp ủy, tổ chức đảng trực thuộc xây dựng kế hoạch, tổ chức hội nghị "
        "quán triệt bảo đảm nghiêm túc, đúng tiến độ, gắn với tình hình thực tế của địa phương."
    )
    return PartyDocument(
        parent_body="Tỉnh ủy Điện Biên",
        issuing_body="Ban Tuyên giáo và Dân vận",
        number=None if draft else 12,
        symbol="BC/BTGDVTU",
        place="Điện Biên",
        date=None if draft else datetime.date(2026, 11, 26),
        doc_type="BÁO CÁO",
        subject="Tiến độ học tập, quán triệt và tuyên truyền Nghị quyết",
        body=[
            Heading("Tình hình triển khai", level=1),
            Paragraph(para),
            Heading("Công tác chỉ đạo, hướng dẫn", level=2),
            Paragraph(para.replace("Thực hiện", "Căn cứ", 1)),
            Bullet("Ban hành 03 văn bản hướng dẫn, 01 đề cương tuyên truyền;"),
            Bullet("Tổ chức 02 hội nghị báo cáo viên cấp tỉnh với 1.234 đại biểu tham dự;"),
            Heading("Kết quả tại các đảng bộ trực thuộc", level=3),
            Paragraph("Số liệu tổng hợp đến ngày báo cáo như sau:", italic=True),
            Table(
                columns=["TT", "Đơn vị", "Tổng số đảng viên", "Đã học tập", "Tỷ lệ (%)", "Ghi chú"],
                rows=sample_rows(),
                widths_mm=[10, 50, 22, 20, 18, 40],
                caption="Bảng 1. Kết quả học tập, quán triệt theo đơn vị",
            ),
            Figure(bar_chart_png(), caption="Hình 1. Tỷ lệ đảng viên đã học tập theo khối"),
            Heading("Đánh giá chung", level=1),
            Paragraph(para, bold=False),
            Heading("Nhiệm vụ thời gian tới", level=1),
            Bullet("Tiếp tục đôn đốc các đảng bộ chưa hoàn thành việc quán triệt."),
        ],
        recipients=[reported_to("Thường trực Tỉnh ủy"), "Các đảng bộ trực thuộc", FILED],
        signature=Signature(
            mode="K/T",
            authority="Trưởng ban",
            title="Phó Trưởng ban",
            name="Trần Thị Lan Hương",
        ),
        draft=draft,
    )
