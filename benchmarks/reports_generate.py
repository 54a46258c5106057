"""Generation time of the demo progress report (.docx and .pdf) and of a 45-page report.

python benchmarks/reports_generate.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time


def main() -> None:
    os.environ["LANTOA_DATA_DIR"] = tempfile.mkdtemp(prefix="lantoa-reports-")
    os.environ.pop("LANTOA_DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "lantoa.project.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from lantoa.core.partydoc import Paragraph, render_docx, render_pdf
    from lantoa.documents.reports.builder import report_document
    from lantoa.documents.reports.content import report_facts
    from lantoa.documents.reports.drafting import default_sections
    from lantoa.project.demo import demo_load

    call_command("migrate", verbosity=0)
    demo_load()
    from lantoa.campaigns.models import Campaign

    campaign = Campaign.objects.get()

    def build(extra_paragraphs: int = 0):
        facts = report_facts(campaign=campaign, as_of=timezone.localdate())
        sections = default_sections(facts)
        document = report_document(
            facts=facts,
            kind="progress",
            sections=sections,
            number=None,
            issued_on=None,
            signer_name=campaign.signer_name,
            signer_title="Phó Trưởng ban",
            signer_mode="K/T",
            issuing_body="Ban Tuyên giáo và Dân vận",
        )
        filler = (
            "Các cấp ủy đã tổ chức quán triệt nghiêm túc, gắn với nhiệm vụ chính trị của "
            "địa phương, phát huy vai trò người đứng đầu. "
        ) * 6
        document.body.extend(Paragraph(filler) for _ in range(extra_paragraphs))
        return document

    for label, extra in (("demo progress report", 0), ("45-page report", 330)):
        for name, render in (("docx", render_docx), ("pdf", render_pdf)):
            times = []
            for _ in range(3):
                started = time.perf_counter()
                data = render(build(extra))
                times.append(time.perf_counter() - started)
            pages = ""
            if name == "pdf":
                from io import BytesIO

                from pypdf import PdfReader

                pages = f", {len(PdfReader(BytesIO(data)).pages)} pages"
            print(
                f"{label}, .{name}: median {statistics.median(times):.2f} s "
                f"(data + charts + rendering, {len(data):,} bytes{pages})"
            )


if __name__ == "__main__":
    main()
