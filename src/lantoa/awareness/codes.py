"""The short codes people type on a phone to answer a check, a survey or a contest round."""

from __future__ import annotations

import secrets

from django.db.models import Model

# Codes are typed on phones: no 0/O, 1/I/L to misread.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def code_new(*models: type[Model]) -> str:
    """Return a code no row of the models holds (those whose codes are typed at one address)."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not any(model._default_manager.filter(code=code).exists() for model in models):
            return code
