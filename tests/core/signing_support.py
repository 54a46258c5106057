"""A SoftHSM2 token holding a signing key and a certificate from a test CA made here."""

from __future__ import annotations

import datetime
import functools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from lantoa.core.pdfsign import Pkcs11Config

SOFTHSM_LIBRARIES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
)
PIN = "123456"


def softhsm_library() -> str | None:
    """Return SoftHSM2's PKCS#11 module when it and its tool are installed."""
    if shutil.which("softhsm2-util") is None:
        return None
    return next((path for path in SOFTHSM_LIBRARIES if Path(path).is_file()), None)


@dataclass
class CertAuthority:
    """A root certificate and a way to issue end certificates under it."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    def issue(self, common_name: str, key: rsa.RSAPrivateKey) -> x509.Certificate:
        """Return a signing certificate for common_name, valid now."""
        now = datetime.datetime.now(datetime.UTC)
        return (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                critical=True,
            )
            .sign(self.key, hashes.SHA256())
        )

    def pem(self) -> bytes:
        """Return the root as PEM, as the board puts it in LANTOA_TRUSTED_ROOTS_DIR."""
        return self.cert.public_bytes(serialization.Encoding.PEM)


def make_ca(name: str = "CA thử nghiệm Lan Tỏa") -> CertAuthority:
    """Return a fresh self-signed root CA."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.datetime.now(datetime.UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=2))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return CertAuthority(key=key, cert=cert)


@dataclass
class SigningWorld:
    """Two tokens (the board's and a leader's) whose certificates a test CA issued."""

    ca: CertAuthority
    stranger_ca: CertAuthority
    board: Pkcs11Config
    leader: Pkcs11Config


@functools.cache
def _signing_world() -> SigningWorld:
    # SoftHSM2 reads SOFTHSM2_CONF once per process (the module stays loaded), so every test of
    # the process shares one token folder, made once.
    directory = Path(tempfile.mkdtemp(prefix="lantoa-softhsm-"))
    (directory / "tokens").mkdir()
    conf = directory / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {directory / 'tokens'}\nobjectstore.backend = file\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    ca = make_ca()
    board, board_cert = token_with_key(
        directory / "board",
        ca=ca,
        common_name="Ban Tuyên giáo và Dân vận Tỉnh ủy",
        label="ban",
        token="lantoa-ban",
    )
    leader, leader_cert = token_with_key(
        directory / "leader",
        ca=ca,
        common_name="Nguyễn Văn Lãnh Đạo",
        label="lanhdao",
        token="lantoa-lanhdao",
    )
    # Only now is the PKCS#11 module loaded: it sees the tokens made before it, never after.
    certificate_store(board, board_cert)
    certificate_store(leader, leader_cert)
    return SigningWorld(
        ca=ca, stranger_ca=make_ca("CA không được tin cậy"), board=board, leader=leader
    )


def signing_world() -> SigningWorld:
    """Return the shared tokens and CA, or skip when SoftHSM2 is not installed."""
    if softhsm_library() is None:
        pytest.skip("softhsm2 is not installed (.ci/run installs it)")
    return _signing_world()


def token_with_key(
    directory: Path, *, ca: CertAuthority, common_name: str, label: str, token: str
) -> tuple[Pkcs11Config, x509.Certificate]:
    """Initialise a SoftHSM2 token with a key; return its configuration and certificate."""
    library = softhsm_library()
    assert library is not None
    directory.mkdir(parents=True)
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", token]
        + ["--so-pin", "654321", "--pin", PIN],
        check=True,
        capture_output=True,
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key_file = directory / "key.pem"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    subprocess.run(
        ["softhsm2-util", "--import", str(key_file), "--token", token, "--label", label]
        + ["--id", "01", "--pin", PIN],
        check=True,
        capture_output=True,
    )
    key_file.unlink()
    cert = ca.issue(common_name, key)
    pin_file = directory / "pin"
    pin_file.write_text(PIN + "\n")
    config = Pkcs11Config(library=library, key_label=label, pin_file=pin_file, token_label=token)
    return config, cert


def certificate_store(config: Pkcs11Config, cert: x509.Certificate) -> None:
    """Put the key's certificate on its token, as a CA's token carries it."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    lib = pkcs11.lib(config.library)
    token = config.token_label
    label = config.key_label
    with lib.get_token(token_label=token).open(rw=True, user_pin=PIN) as session:
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.LABEL: label,
                Attribute.ID: b"\x01",
                Attribute.SUBJECT: cert.subject.public_bytes(),
                Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
            }
        )
