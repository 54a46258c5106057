"""Benchmark: parse time of the seed guidance and of a synthetic ~100-page guidance."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from lantoa.guidance.parsing import parse_document  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_65ea9b423b070b60.txt"
RUNS = 20


def synthetic_guidance(target_chars: int = 300_000) -> str:
    """Return a long guidance built by repeating and varying numbered task groups."""
    head = (
        "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY ĐIỆN BIÊN\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n"
        "Số 99-HD/BTGDVTU\nĐiện Biên, ngày 01 tháng 7 năm 2026\n\nHƯỚNG DẪN\n"
        "tuyên truyền Kết luận số 51-KL/TW, ngày 17/6/2026 của Bộ Chính trị\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức của cán bộ, đảng viên.\n"
        "II. NỘI DUNG, HÌNH THỨC\n1. Hình thức, thời gian\n"
        "Cao điểm trong tháng 7/2026 qua hội nghị, "
        "báo điện tử, mạng xã hội, loa truyền thanh, tờ rơi, video ngắn.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
    )
    parts = [head]
    size = len(head)
    n = 0
    while size < target_chars:
        n += 1
        block = (
            f"{n}. Đảng ủy xã số {n} và các đơn vị liên quan\n"
            f"- Tổ chức hội nghị quán triệt Kết luận số {n}-KL/TU, "
            f"ngày {1 + n % 28}/{1 + n % 12}/2026 "
            f"của Ban Thường vụ Tỉnh ủy, hoàn thành trước ngày {1 + n % 28}/{1 + n % 12}/2026.\n"
            f"- Công an tỉnh phối hợp theo dõi tình hình dư luận xã hội, báo cáo trong tháng "
            f"{1 + n % 12}/2026; đồng thời tuyên truyền trên địa\nbàn theo quy định.\n"
            f"Nội dung bổ sung cho gạch đầu dòng trên, bảo đảm thiết thực, hiệu quả.\n"
        )
        parts.append(block)
        size += len(block)
    parts.append(
        "\nNơi nhận:\n- Thường trực Tỉnh ủy;\n- Lưu VT.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n"
        "Trần Thị Lan Hương\n"
    )
    return "".join(parts)


def median_time(text: str, runs: int) -> float:
    """Return the median wall time of parse_document over a number of runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        parse_document(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print the benchmark figures."""
    if SEED.exists():
        seed = SEED.read_text(encoding="utf-8")
        print(
            f"seed ({len(seed):,} ký tự): "
            f"trung vị {median_time(seed, RUNS) * 1000:.1f} ms / {RUNS} lần"
        )
    else:
        print("seed: không có thư mục shared/seed, bỏ qua")
    big = synthetic_guidance()
    print(
        f"hướng dẫn tổng hợp ~100 trang ({len(big):,} ký tự): "
        f"trung vị {median_time(big, 3) * 1000:.0f} ms / 3 lần"
    )
    line = "a" * 2_000_000
    start = time.perf_counter()
    parse_document("HƯỚNG DẪN\n" + line)
    print(f"một dòng bệnh lý 2 MB: {(time.perf_counter() - start) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
