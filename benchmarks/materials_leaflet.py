"""Median time to render a leaflet as an A4 PDF (WeasyPrint), over N renders.

    .venv/bin/python benchmarks/materials_leaflet.py [--runs N]

Builds a throwaway SQLite database with the demo campaign and one approved leaflet
(key messages, four paragraphs, five questions and answers, contact), renders it once to
warm WeasyPrint up, then times N renders.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _throwaway_db import throwaway_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    engine, cleanup = throwaway_database(url="", name="leaflet")
    try:
        run(args, engine)
    finally:
        cleanup()


def run(args: argparse.Namespace, engine: str) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from lantoa.guidance.demo import campaign_load_demo
    from lantoa.materials.outputs import leaflet_pdf
    from lantoa.materials.services import (
        VersionContent,
        material_approve,
        material_create,
        material_submit,
    )
    from lantoa.organization.demo import province_load_demo

    call_command("migrate", verbosity=0)
    province_load_demo()
    campaign = campaign_load_demo()
    paragraph = (
        "Kết luận số 51-KL/TW của Bộ Chính trị khẳng định sở hữu trí tuệ là nguồn lực phát "
        "triển; mỗi hộ sản xuất, hợp tác xã cần đăng ký bảo hộ nhãn hiệu cho sản phẩm của mình."
    )
    material = material_create(
        campaign=campaign,
        kind="leaflet",
        audience="households",
        language="vi",
        title="Bảo hộ thương hiệu nông sản Điện Biên",
        content=VersionContent(
            key_messages="\n".join(f"Thông điệp chính số {i}" for i in range(1, 5)),
            body="\n\n".join([paragraph] * 4),
            questions="\n".join(
                f"Hỏi: Câu hỏi {i} về chỉ dẫn địa lý?\nĐáp: {paragraph}" for i in range(1, 6)
            ),
            contact="Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên\nĐiện thoại: 0215 000 000",
        ),
        user=None,
    )
    version = material.versions.get()
    material_submit(version=version, user=None)
    version = material_approve(version=version, user=None)
    started = time.perf_counter()
    size = len(leaflet_pdf(version))
    first = 1000 * (time.perf_counter() - started)
    print(f"Leaflet PDF on {engine}: first render (imports, fonts) {first:.0f} ms")
    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        leaflet_pdf(version)
        timings.append(1000 * (time.perf_counter() - started))
    print(
        f"  {args.runs} renders: median {statistics.median(timings):.0f} ms, "
        f"max {max(timings):.0f} ms, {size / 1024:.0f} KB"
    )


if __name__ == "__main__":
    main()
