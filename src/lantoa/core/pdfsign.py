"""PAdES signatures: the organisation's from a PKCS#11 token, and offline checks of any PDF's."""

from __future__ import annotations

import datetime
import io
import os
from dataclasses import dataclass
from pathlib import Path

from lantoa.core.env import ConfigError


@dataclass(frozen=True)
class Pkcs11Config:
    """Where the organisation's signing key is: the vendor's module, its token and key, the PIN."""

    library: str
    key_label: str
    pin_file: Path
    token_label: str = ""
    slot: int | None = None
    cert_label: str = ""


PKCS11_VARIABLES = (
    "LANTOA_PKCS11_LIBRARY",
    "LANTOA_PKCS11_TOKEN_LABEL",
    "LANTOA_PKCS11_SLOT",
    "LANTOA_PKCS11_KEY_LABEL",
    "LANTOA_PKCS11_CERT_LABEL",
    "LANTOA_PKCS11_PIN_FILE",
)


def pkcs11_config_from_env(environ: dict[str, str] | None = None) -> Pkcs11Config | None:
    """Return the PKCS#11 set-up, None when no variable is set; refuse a half set-up loudly."""
    env = dict(os.environ if environ is None else environ)
    values = {name: env.get(name, "").strip() for name in PKCS11_VARIABLES}
    if not any(values.values()):
        return None
    missing = [
        name
        for name in ("LANTOA_PKCS11_LIBRARY", "LANTOA_PKCS11_KEY_LABEL", "LANTOA_PKCS11_PIN_FILE")
        if not values[name]
    ]
    if not values["LANTOA_PKCS11_TOKEN_LABEL"] and not values["LANTOA_PKCS11_SLOT"]:
        missing.append("LANTOA_PKCS11_TOKEN_LABEL (hoặc LANTOA_PKCS11_SLOT)")
    if missing:
        raise ConfigError("Cấu hình ký số PKCS#11 còn thiếu: đặt " + ", ".join(missing))
    library = values["LANTOA_PKCS11_LIBRARY"]
    if not Path(library).is_file():
        raise ConfigError(f"LANTOA_PKCS11_LIBRARY: không có mô-đun tại {library}")
    pin_file = Path(values["LANTOA_PKCS11_PIN_FILE"]).expanduser()
    if not pin_file.is_file():
        raise ConfigError(f"LANTOA_PKCS11_PIN_FILE: không có tệp tại {pin_file}")
    slot = None
    if values["LANTOA_PKCS11_SLOT"]:
        try:
            slot = int(values["LANTOA_PKCS11_SLOT"])
        except ValueError:
            raise ConfigError("LANTOA_PKCS11_SLOT không phải số nguyên") from None
    return Pkcs11Config(
        library=library,
        key_label=values["LANTOA_PKCS11_KEY_LABEL"],
        pin_file=pin_file,
        token_label=values["LANTOA_PKCS11_TOKEN_LABEL"],
        slot=slot,
        cert_label=values["LANTOA_PKCS11_CERT_LABEL"],
    )


def pdf_sign_pkcs11(data: bytes, *, config: Pkcs11Config, field: str = "ChuKyToChuc") -> bytes:
    """Return the PDF with a PAdES signature made by the token's key, as an incremental update."""
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

    pin = config.pin_file.read_text(encoding="utf-8").strip()
    criteria = TokenCriteria(label=config.token_label) if config.token_label else None
    session = open_pkcs11_session(
        config.library, slot_no=config.slot, token_criteria=criteria, user_pin=pin
    )
    try:
        signer = PKCS11Signer(
            session,
            key_label=config.key_label,
            cert_label=config.cert_label or config.key_label,
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES)
        output = signers.sign_pdf(writer, meta, signer=signer)
        return output.getvalue()
    finally:
        session.close()


# ---------------------------------------------------------------- checks

VERDICTS = {
    "valid": "Hợp lệ",
    "altered": "Bị sửa đổi sau khi ký",
    "unknown_root": "Chứng thư không thuộc tổ chức chứng thực tin cậy",
    "none": "Không có chữ ký số",
}


@dataclass(frozen=True)
class SignatureCheck:
    """One signature found in a PDF: who, when (as the signer says), and the verdict."""

    signer: str
    signed_at: str  # ISO 8601, "" when the signature carries no time
    verdict: str  # a key of VERDICTS

    def as_dict(self) -> dict[str, str]:
        """Return the JSON form stored on records."""
        return {"signer": self.signer, "signed_at": self.signed_at, "verdict": self.verdict}


def load_trust_roots(directory: Path | None) -> list[bytes]:
    """Return the DER of every .pem/.cer/.crt/.der certificate in the board's roots folder."""
    if directory is None or not directory.is_dir():
        return []
    from asn1crypto import pem

    roots: list[bytes] = []
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() not in {".pem", ".cer", ".crt", ".der"}:
            continue
        raw = path.read_bytes()
        if pem.detect(raw):
            roots.extend(der for _, _, der in pem.unarmor(raw, multiple=True))
        else:
            roots.append(raw)
    return roots


def verdict_label(verdict: str) -> str:
    """Return the verdict in Vietnamese."""
    return VERDICTS.get(verdict, verdict)


def trust_roots() -> list[bytes]:
    """Return the board's trusted root certificates (DER) from LANTOA_TRUSTED_ROOTS_DIR."""
    from django.conf import settings

    return load_trust_roots(Path(settings.LANTOA_TRUSTED_ROOTS_DIR))


def _signer_name(cert: object) -> str:
    subject = getattr(cert, "subject", None)
    native = getattr(subject, "native", {}) or {}
    return str(native.get("common_name") or getattr(subject, "human_friendly", "") or "")


def pdf_signatures_check(
    data: bytes, *, roots: list[bytes], issued: bytes | None = None
) -> list[SignatureCheck]:
    """Check every signature of a PDF offline; with `issued`, the PDF must extend those bytes.

    Nothing is fetched: revocation data embedded in the file (its DSS) is used when present.
    Run in the limited child (core.isolation.parse_in_child): it parses an untrusted file.
    """
    from asn1crypto import x509
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError):
        # Signature fields pyHanko cannot even read: a signed file that is not intact.
        if b"/ByteRange" in data:
            return [SignatureCheck(signer="", signed_at="", verdict="altered")]
        return []
    if not signatures:
        return []
    trust = [x509.Certificate.load(der) for der in roots]
    dss = DocumentSecurityStore.read_dss(reader) if "/DSS" in reader.root else None
    prefix_ok = issued is None or data.startswith(issued)
    checks = []
    for embedded in signatures:
        # Offline: nothing fetched; the file's own revocation data (its DSS) when it has some.
        context = ValidationContext(
            trust_roots=trust,
            allow_fetching=False,
            revocation_mode="soft-fail",
            other_certs=list(dss.load_certs()) if dss else None,
            crls=dss.crls if dss else None,
            ocsps=dss.ocsps if dss else None,
        )
        try:
            status = validate_pdf_signature(embedded, context)
        except (SignatureValidationError, ValueError, KeyError):
            checks.append(SignatureCheck(signer="", signed_at="", verdict="altered"))
            continue
        when = status.signer_reported_dt
        level = status.modification_level
        intact = status.intact and status.valid and prefix_ok
        if level is not None and level > ModificationLevel.FORM_FILLING:
            intact = False  # later revisions changed content, not only added signatures
        verdict = "altered" if not intact else ("valid" if status.trusted else "unknown_root")
        checks.append(
            SignatureCheck(
                signer=_signer_name(status.signing_cert),
                signed_at=when.astimezone(datetime.UTC).isoformat() if when else "",
                verdict=verdict,
            )
        )
    return checks


def overall_verdict(checks: list[SignatureCheck]) -> str:
    """Return the file's verdict: none, else the worst of its signatures."""
    if not checks:
        return "none"
    for worst in ("altered", "unknown_root"):
        if any(check.verdict == worst for check in checks):
            return worst
    return "valid"


BY = {"organisation": "Chữ ký số của cơ quan (khi ban hành)", "leader": "Chữ ký số của lãnh đạo"}


def signature_rows(signatures: list[dict[str, str]]) -> list[dict[str, str]]:
    """Return each stored signature with its time as dd/mm/yyyy HH:MM and labels in Vietnamese."""
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
