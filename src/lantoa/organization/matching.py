"""Finds the real units a guidance names in words ("Đảng bộ Công an tỉnh")."""

from __future__ import annotations

import re

from django.db.models import QuerySet

from lantoa.core.text import fold
from lantoa.organization.models import Unit
from lantoa.organization.selectors import in_force_condition

# Words that name the kind of party body, not which one: "Đảng bộ X" and "Đảng ủy X" are one unit.
_BODY_PREFIX = re.compile(r"^(cac\s+)?(dang bo|dang uy|chi bo|ban thuong vu|co quan)\s+")


def _core_name(text: str) -> str:
    """Return the folded name without the party-body prefix."""
    return _BODY_PREFIX.sub("", fold(text)).strip(" .,;:")


def unit_match_name(*, name: str, candidates: QuerySet[Unit] | None = None) -> Unit | None:
    """Return the one active unit whose name the text names, or None when unsure."""
    core = _core_name(name)
    if len(core) < 4:
        return None
    units = candidates if candidates is not None else Unit.objects.filter(in_force_condition())
    exact = [unit for unit in units if _core_name(unit.name) == core]
    if len(exact) == 1:
        return exact[0]
    containing = [
        unit for unit in units if core in _core_name(unit.name) or _core_name(unit.name) in core
    ]
    return containing[0] if len(containing) == 1 else None
