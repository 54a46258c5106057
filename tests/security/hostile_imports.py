"""Hostile text and import files: UTF-16 scripts for guidance, and opinion import files."""

from __future__ import annotations

from tests.security.hostile import GUIDANCE_TYPES, XXE, Hostile, forge_size, xlsx

OPINION_TYPES = frozenset(
    {".csv", ".tsv", ".txt", ".xlsx", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"}
)
_SCRIPT_TEXT = "Kế hoạch tuyên truyền <script>x()</script> của Ban"


def imports_corpus() -> list[Hostile]:
    """Hostile texts that the shared check refuses (UTF-16 hides markup from a byte search)."""
    guidance = frozenset(GUIDANCE_TYPES)
    return [
        Hostile(
            "script in UTF-16 .txt", "mau16.txt", _SCRIPT_TEXT.encode("utf-16"), guidance, "script"
        ),
        Hostile(
            "script in UTF-16 .txt without BOM",
            "mau16le.txt",
            _SCRIPT_TEXT.encode("utf-16-le"),
            guidance,
            "script",
        ),
    ]


def opinion_corpus() -> list[Hostile]:
    """Files an opinion import must refuse, at upload or in the limited reader (job failed)."""
    honest = xlsx({"A1": "Nội dung", "A2": "Người dân lo phí cao"})
    rss_xxe = XXE.replace("w:document", "rss").encode()
    return [
        Hostile(
            "forged size xlsx",
            "gia.xlsx",
            forge_size(honest, "xl/worksheets/sheet1.xml", 10),
            OPINION_TYPES,
            "không khớp",
        ),
        Hostile(
            "JSON nested 200,000 deep",
            "sau.json",
            b"[" * 200_000 + b"]" * 200_000,
            OPINION_TYPES,
            "lồng nhau quá sâu",
        ),
        Hostile("macro-enabled .xlsm", "bang.xlsm", honest, OPINION_TYPES, "macro"),
        Hostile("XXE in RSS", "tin.rss", rss_xxe, OPINION_TYPES, "DOCTYPE"),
        Hostile(
            "malformed RSS",
            "hong.rss",
            b"<rss><channel><item><title>Tin</title></item></chan",
            OPINION_TYPES,
            "không hợp lệ",
        ),
        Hostile(
            "HTML named .csv",
            "trang.csv",
            b"<html><body><script>alert(1)</script>",
            OPINION_TYPES,
            "không khớp đuôi",
        ),
    ]
