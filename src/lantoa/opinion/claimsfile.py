"""Reading a claims file (`lantoa opinion claims load`): a JSON list of claims, checked whole."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from lantoa.core.encodings import decode_text
from lantoa.core.isolation import parse_in_child
from lantoa.core.uploads import UploadRefused, check_upload

MAX_CLAIMS = 10_000
MAX_FIELD_CHARS = 5000


@dataclass(frozen=True)
class ClaimInput:
    """One claim as a file gives it: its id, statement, variants and rebuttal."""

    key: str
    statement: str
    variants: tuple[str, ...]
    rebuttal: str


def claims_read(path: Path) -> list[ClaimInput]:
    """Return the claims of a file, checked as an upload and parsed in a limited child."""
    check_upload(path, filename=path.name, kind="opinion", allowed={".json"})
    result = parse_in_child(parse_claims, path.read_bytes())
    assert isinstance(result, list)
    return result


def _text(value: object, where: str, field: str) -> str:
    if value is None:
        raise UploadRefused(f"{where}: thiếu “{field}”.")
    if not isinstance(value, str):
        raise UploadRefused(f"{where}: “{field}” phải là một chuỗi chữ.")
    if len(value) > MAX_FIELD_CHARS:
        raise UploadRefused(f"{where}: “{field}” dài quá {MAX_FIELD_CHARS} ký tự.")
    return " ".join(value.split())


def parse_claims(data: bytes) -> list[ClaimInput]:
    """Return the claims of a file's bytes; refuse the whole file at its first fault."""
    try:
        raw = json.loads(decode_text(data))
    except ValueError as exc:
        raise UploadRefused(f"Tệp không phải JSON hợp lệ (dòng {_line(exc)}).") from exc
    if not isinstance(raw, list):
        raise UploadRefused("Tệp phải là một danh sách (JSON list) các luận điệu.")
    if not raw:
        # Loading nothing would only retire the demo's claims: a blank export, not a registry.
        raise UploadRefused("Tệp không có luận điệu nào (danh sách rỗng).")
    if len(raw) > MAX_CLAIMS:
        raise UploadRefused(f"Tệp có quá nhiều luận điệu (tối đa {MAX_CLAIMS}).")
    claims: list[ClaimInput] = []
    seen: set[str] = set()
    for number, entry in enumerate(raw, 1):
        where = f"Luận điệu thứ {number}"
        if not isinstance(entry, dict):
            raise UploadRefused(f"{where}: phải là một đối tượng có “id” và “statement”.")
        key = entry.get("id")
        # A registry numbered 1, 2, 3 means the same ids as "1", "2", "3".
        if isinstance(key, int) and not isinstance(key, bool):
            key = str(key)
        key = _text(key, where, "id")[:100]
        if not key:
            raise UploadRefused(f"{where}: thiếu “id”.")
        if key in seen:
            raise UploadRefused(f"{where}: “id” {key} bị lặp lại trong tệp.")
        seen.add(key)
        statement = _text(entry.get("statement"), f"{where} ({key})", "statement")
        if len(statement.split()) < 3:
            raise UploadRefused(f"{where} ({key}): “statement” cần ít nhất 3 từ để đối chiếu.")
        variants = entry.get("variants", [])
        if not isinstance(variants, list):
            raise UploadRefused(f"{where} ({key}): “variants” phải là một danh sách.")
        for n, variant in enumerate(variants, 1):
            # A null or a number among the variants is that wording's fault, not a missing list.
            if not isinstance(variant, str):
                raise UploadRefused(
                    f"{where} ({key}): cách nói thứ {n} trong “variants” phải là một chuỗi chữ."
                )
        texts = tuple(t for t in (_text(v, where, "variants") for v in variants) if t)
        rebuttal = entry.get("rebuttal", "")
        claims.append(ClaimInput(key, statement, texts, _text(rebuttal or "", where, "rebuttal")))
    return claims


def _line(exc: ValueError) -> object:
    return getattr(exc, "lineno", "?")
