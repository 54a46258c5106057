"""The e-office hand-off package: the PDF (signed when it is), .docx and metadata.json in a zip.

The schema of metadata.json is documented in docs/handoff-package.md; SCHEMA_VERSION changes
with it.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from django.core.files.storage import default_storage
from django.utils import timezone

from lantoa.core.partydoc.layout import RECIPIENTS_LABEL
from lantoa.documents.models import OutgoingDocument
from lantoa.documents.signing import SIGNED_SUFFIX

SCHEMA_VERSION = "1"
SCHEMA = "lantoa-goi-van-ban/1"


def _read(name: str) -> bytes | None:
    if not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as handle:
        return handle.read()


def closing_of_docx(data: bytes) -> tuple[list[str], str, str]:
    """Return (recipients, signer's title, signer's name) read from our own .docx's closing."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        tables = docx.Document(io.BytesIO(data)).tables
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError):
        # A damaged stored file must not stop the package: the metadata then names no closing.
        return [], "", ""
    for table in tables:
        cells = [cell.text.strip() for row in table.rows for cell in row.cells]
        recipients_cell = next((c for c in cells if c.startswith(RECIPIENTS_LABEL)), None)
        if recipients_cell is None:
            continue
        recipients = [
            line.strip().lstrip("-").strip().rstrip(";.").strip()
            for line in recipients_cell.splitlines()[1:]
            if line.strip()
        ]
        others = [c for c in cells if c and c != recipients_cell]
        lines = [line.strip() for line in (others[-1] if others else "").splitlines()]
        lines = [line for line in lines if line]
        name = lines[-1] if lines else ""
        return recipients, " ".join(lines[:-1]), name
    return [], "", ""


def handoff_metadata(
    *, document: OutgoingDocument, issuer: str, docx_bytes: bytes | None, pdf_name: str
) -> dict[str, Any]:
    """Return metadata.json's content for one issued document (docs/handoff-package.md)."""
    recipients, signer_title, signer_name = (
        closing_of_docx(docx_bytes) if docx_bytes else ([], "", "")
    )
    issued = timezone.localtime(document.issued_at)
    leader = [s for s in document.signatures if s.get("by") == "leader"]
    return {
        "schema": SCHEMA,
        "number": document.number,
        "symbol": document.symbol,
        "code": document.code,
        "date": f"{issued:%d/%m/%Y}",
        "date_iso": issued.date().isoformat(),
        "type": {"code": document.doc_type, "name": document.get_doc_type_display()},
        "issuer": issuer,
        "subject": document.title,
        "signer": {
            "name": signer_name,
            "title": signer_title,
            "digitally_signed_by": leader[-1]["signer"] if leader else "",
        },
        "signatures": [
            {k: s.get(k, "") for k in ("signer", "signed_at", "verdict", "by")}
            for s in document.signatures
        ],
        "recipients": recipients,
        "files": {"pdf": pdf_name, "docx": "van-ban.docx" if docx_bytes else ""},
        "sha256_register": document.sha256,
    }


def handoff_zip(*, document: OutgoingDocument, issuer: str) -> bytes:
    """Return the package: the signed PDF (the leader's copy when there is one), .docx, metadata."""
    leader_copy = _read(document.sibling_name(SIGNED_SUFFIX))
    pdf = leader_copy or _read(document.sibling_name("pdf"))
    docx_bytes = _read(document.sibling_name("docx"))
    # "đã ký" only for a PDF that carries a signature: a leader's accepted copy, or the issued
    # PDF when the organisation's token signed it (without a token it is issued unsigned).
    signed = leader_copy is not None or bool(document.signatures)
    pdf_name = ("van-ban-da-ky.pdf" if signed else "van-ban.pdf") if pdf else ""
    metadata = handoff_metadata(
        document=document, issuer=issuer, docx_bytes=docx_bytes, pdf_name=pdf_name
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if pdf:
            archive.writestr(pdf_name, pdf)
        if docx_bytes:
            archive.writestr("van-ban.docx", docx_bytes)
        archive.writestr("metadata.json", json.dumps(metadata, ensure_ascii=False, indent=2) + "\n")
    return buffer.getvalue()
