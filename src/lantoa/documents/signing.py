"""Digital signatures of issued documents: the organisation's at issue, a leader's uploaded copy."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from lantoa.core.pdfsign import (
    VERDICTS,
    Pkcs11Config,
    SignatureCheck,
    load_trust_roots,
    pdf_sign_pkcs11,
    pdf_signatures_check,
)
from lantoa.core.uploads import check_upload

Files = dict[str, bytes]
# The suffix a leader's signed copy is stored under, beside the issued .pdf and .docx.
SIGNED_SUFFIX = "ky.pdf"


def trust_roots() -> list[bytes]:
    """Return the board's trusted root certificates (DER) from LANTOA_TRUSTED_ROOTS_DIR."""
    return load_trust_roots(Path(settings.LANTOA_TRUSTED_ROOTS_DIR))


def issued_files_sign(files: Files) -> tuple[Files, list[dict[str, str]]]:
    """Sign the issued PDF with the organisation's token when one is configured.

    Returns the files (the .pdf replaced by its signed form) and the signatures as checked.
    Runs outside any transaction: a token can take seconds to sign.
    """
    config: Pkcs11Config | None = settings.LANTOA_PKCS11
    if config is None or "pdf" not in files:
        return files, []
    signed = pdf_sign_pkcs11(files["pdf"], config=config)
    checks = pdf_signatures_check(signed, roots=trust_roots(), issued=files["pdf"])
    return {**files, "pdf": signed}, [{**c.as_dict(), "by": "organisation"} for c in checks]


def signed_upload_check(
    data: bytes, *, filename: str, roots: list[bytes], issued: bytes | None
) -> list[SignatureCheck]:
    """Check an uploaded PDF as any upload, then its signatures; run in the limited child."""
    check_upload(data, filename=filename, kind="signed_pdf")
    return pdf_signatures_check(data, roots=roots, issued=issued)


def verdict_label(verdict: str) -> str:
    """Return the verdict in Vietnamese."""
    return VERDICTS.get(verdict, verdict)


def describe(checks: list[dict[str, str]]) -> str:
    """Return one line per signature for a message: signer, time, verdict."""
    return "; ".join(
        f"{c.get('signer') or 'không rõ người ký'} ({verdict_label(c.get('verdict', ''))})"
        for c in checks
    )


BY = {"organisation": "Chữ ký số của cơ quan (khi ban hành)", "leader": "Chữ ký số của lãnh đạo"}


def signature_rows(signatures: list[dict[str, str]]) -> list[dict[str, str]]:
    """Return each stored signature with its time as dd/mm/yyyy HH:MM and labels in Vietnamese."""
    import datetime

    from django.utils import timezone

    rows = []
    for item in signatures:
        when = item.get("signed_at", "")
        shown = "không ghi thời điểm"
        if when:
            local = timezone.localtime(datetime.datetime.fromisoformat(when))
            shown = f"{local:%d/%m/%Y %H:%M}"
        rows.append(
            {
                "signer": item.get("signer") or "không rõ người ký",
                "signed_at": shown,
                "verdict": item.get("verdict", ""),
                "verdict_vi": verdict_label(item.get("verdict", "")),
                "by_vi": BY.get(item.get("by", ""), ""),
            }
        )
    return rows
