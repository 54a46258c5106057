"""PAdES: the token signs through PKCS#11 (SoftHSM2), and the checks tell each verdict offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from weasyprint import HTML

from lantoa.core.env import ConfigError
from lantoa.core.pdfsign import (
    load_trust_roots,
    overall_verdict,
    pdf_sign_pkcs11,
    pdf_signatures_check,
    pkcs11_config_from_env,
)
from tests.core.signing_support import signing_world


def _pdf() -> bytes:
    return HTML(string="<p>Hướng dẫn số 12-HD/BTGDVTU</p>").write_pdf()


def _der(world_ca) -> list[bytes]:  # type: ignore[no-untyped-def]
    return [world_ca.cert.public_bytes(serialization.Encoding.DER)]


def test_it_signs_with_the_token_and_reports_the_signer_as_valid() -> None:
    world = signing_world()
    pdf = _pdf()
    signed = pdf_sign_pkcs11(pdf, config=world.board)
    assert signed.startswith(pdf)  # an incremental update: the issued bytes are kept
    (check,) = pdf_signatures_check(signed, roots=_der(world.ca), issued=pdf)
    assert check.signer == "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    assert check.verdict == "valid"
    assert check.signed_at.startswith("20")


def test_it_tells_unknown_root_altered_and_no_signature_apart() -> None:
    world = signing_world()
    pdf = _pdf()
    signed = pdf_sign_pkcs11(pdf, config=world.board)
    assert overall_verdict(pdf_signatures_check(signed, roots=_der(world.stranger_ca))) == (
        "unknown_root"
    )
    assert overall_verdict(pdf_signatures_check(signed, roots=[])) == "unknown_root"
    tampered = bytearray(signed)
    at = tampered.index(b"/MediaBox")
    tampered[at + 12 : at + 13] = b"9" if tampered[at + 12 : at + 13] != b"9" else b"8"
    assert overall_verdict(pdf_signatures_check(bytes(tampered), roots=_der(world.ca))) == (
        "altered"
    )
    assert pdf_signatures_check(pdf, roots=_der(world.ca)) == []
    assert overall_verdict([]) == "none"


def test_it_calls_a_copy_altered_when_it_does_not_extend_the_issued_file() -> None:
    world = signing_world()
    other = HTML(string="<p>Một văn bản khác</p>").write_pdf()
    signed_other = pdf_sign_pkcs11(other, config=world.leader, field="LanhDao")
    (check,) = pdf_signatures_check(signed_other, roots=_der(world.ca), issued=_pdf())
    assert check.verdict == "altered"


def test_it_keeps_both_signatures_when_a_leader_signs_the_signed_file() -> None:
    world = signing_world()
    pdf = _pdf()
    board = pdf_sign_pkcs11(pdf, config=world.board)
    both = pdf_sign_pkcs11(board, config=world.leader, field="LanhDao")
    checks = pdf_signatures_check(both, roots=_der(world.ca), issued=board)
    assert [c.signer for c in checks] == [
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Nguyễn Văn Lãnh Đạo",
    ]
    assert {c.verdict for c in checks} == {"valid"}


def test_it_reads_roots_from_pem_and_der_files(tmp_path: Path) -> None:
    world = signing_world()
    (tmp_path / "goc.pem").write_bytes(world.ca.pem())
    (tmp_path / "khac.cer").write_bytes(_der(world.stranger_ca)[0])
    (tmp_path / "ghi-chu.txt").write_text("không phải chứng thư")
    assert load_trust_roots(tmp_path) == _der(world.ca) + _der(world.stranger_ca)
    assert load_trust_roots(tmp_path / "khong-co") == []


def test_it_is_off_when_unset_and_refuses_half_a_set_up(tmp_path: Path) -> None:
    assert pkcs11_config_from_env({}) is None
    with pytest.raises(ConfigError, match="LANTOA_PKCS11_PIN_FILE"):
        pkcs11_config_from_env(
            {
                "LANTOA_PKCS11_LIBRARY": "/x.so",
                "LANTOA_PKCS11_KEY_LABEL": "k",
                "LANTOA_PKCS11_SLOT": "0",
            }
        )
    with pytest.raises(ConfigError, match=r"LANTOA_PKCS11_TOKEN_LABEL \(hoặc LANTOA_PKCS11_SLOT\)"):
        pkcs11_config_from_env({"LANTOA_PKCS11_KEY_LABEL": "k"})
    library = tmp_path / "vendor.so"
    library.write_bytes(b"")
    pin = tmp_path / "pin"
    pin.write_text("1234\n")
    config = pkcs11_config_from_env(
        {
            "LANTOA_PKCS11_LIBRARY": str(library),
            "LANTOA_PKCS11_SLOT": "2",
            "LANTOA_PKCS11_KEY_LABEL": "ky-so",
            "LANTOA_PKCS11_PIN_FILE": str(pin),
        }
    )
    assert config is not None and config.slot == 2 and config.token_label == ""
    with pytest.raises(ConfigError, match="không phải số nguyên"):
        pkcs11_config_from_env(
            {
                "LANTOA_PKCS11_LIBRARY": str(library),
                "LANTOA_PKCS11_SLOT": "hai",
                "LANTOA_PKCS11_KEY_LABEL": "ky-so",
                "LANTOA_PKCS11_PIN_FILE": str(pin),
            }
        )
