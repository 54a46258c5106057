"""Digital signatures of issued documents: the organisation's at issue, a leader's uploaded copy."""

from __future__ import annotations

from django.conf import settings

from lantoa.core.pdfsign import (
    Pkcs11Config,
    SignatureCheck,
    pdf_sign_pkcs11,
    pdf_signatures_check,
    trust_roots,
    verdict_label,
)
from lantoa.core.uploads import check_upload

Files = dict[str, bytes]
# The suffix a leader's signed copy is stored under, beside the issued .pdf and .docx.
SIGNED_SUFFIX = "ky.pdf"


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


def describe(checks: list[dict[str, str]]) -> str:
    """Return one line per signature for a message: signer, time, verdict."""
    return "; ".join(
        f"{c.get('signer') or 'không rõ người ký'} ({verdict_label(c.get('verdict', ''))})"
        for c in checks
    )
