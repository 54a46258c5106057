"""The one error type for business-rule refusals, the one way to show it on a form, and the
refusal every review step shares: a return without its reason."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def as_sentences(messages: Iterable[str]) -> str:
    """Return messages as one text, each a sentence of its own ("Thiếu tên. Kỳ đã khóa.")."""
    # Joined with "; ", messages that end in a full stop read "Thiếu tên.; Kỳ đã khóa.".
    sentences = [m.strip() for m in messages if m.strip()]
    return " ".join(m if m[-1] in ".!?:…" else m + "." for m in sentences)


def _rebuild(
    cls: type[Refused],
    message: str,
    fields: dict[str, str],
    problems: Sequence[str] = (),
    general: Sequence[str] = (),
) -> Refused:
    refusal = cls.__new__(cls)
    Refused.__init__(refusal, message, fields=fields, problems=problems, general=general)
    return refusal


class Refused(ValueError):
    """A request a business rule refuses; nothing was changed; every message is Vietnamese.

    `message` says it in one sentence; `fields` maps a form or API field (or "" for the whole
    request) to its own message. Build it as Refused("…"), Refused({"field": "…"}) or both.
    `problems` lists a refusal of several problems one sentence each, as a form shows them;
    `general`, of a refusal with `fields`, the problems that are no field's (a form shows them
    above its fields).
    """

    def __init__(
        self,
        message: str | Mapping[str, str] = "",
        *,
        fields: Mapping[str, str] | None = None,
        problems: Sequence[str] = (),
        general: Sequence[str] = (),
    ) -> None:
        if isinstance(message, Mapping):
            fields, message = message, ""
        self.fields: dict[str, str] = dict(fields or {})
        self.message: str = message or as_sentences(self.fields.values())
        self.problems: list[str] = list(problems) or [self.message]
        self.general: list[str] = list(general)
        super().__init__(self.message)

    @property
    def errors(self) -> dict[str, str]:
        """The per-field messages (the name the services' callers have always read)."""
        return self.fields

    def said_away(self, field: str) -> str:
        """Say a field's problem where the field is not beside it (above a form)."""
        return self.fields[field]

    def __reduce__(self) -> tuple[Any, ...]:
        # Refusals cross from the parsing child process; keep the fields, whatever __init__.
        return _rebuild, (type(self), self.message, self.fields, self.problems, self.general)


def add_refusal_to_form(
    form: Any,
    error: Refused,
    *,
    aliases: Mapping[str, str] | None = None,
    places: Mapping[str, tuple[Any, str]] | None = None,
) -> None:
    """Put a refusal on a Django form: each field's message on that field, the rest on the form.

    `aliases` names the form field that shows a service field of another name; `places` the
    (form, field) of a page's other form (a formset's row) that shows one.
    """
    aliases, places = aliases or {}, places or {}
    if not error.fields:
        form.add_error(None, error.problems)
        return
    for field, message in error.fields.items():
        if field in places:
            other, name = places[field]
            other.add_error(name, message)
            continue
        name = aliases.get(field, field)
        if name in form.fields:
            form.add_error(name, message)
        else:
            form.add_error(None, error.said_away(field))
    if error.general:
        form.add_error(None, error.general)


# Every "Trả lại" (a unit's report, a material's version, an official report, a reminder letter)
# is kept with its reason, said and bounded the same way.
RETURN_REASON_MISSING = "Cần nêu lý do trả lại."
RETURN_REASON_MAX_CHARS = 2000


def return_reason(reason: str, *, refusal: type[Refused] = Refused) -> str:
    """Return a return's reason as kept (trimmed, at most 2,000 characters), refusing none given."""
    kept = reason.strip()[:RETURN_REASON_MAX_CHARS]
    if not kept:
        raise refusal({"reason": RETURN_REASON_MISSING})
    return kept
