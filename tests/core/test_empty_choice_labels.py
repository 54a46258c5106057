"""Every list's empty option reads "— Chọn … —" in Vietnamese, never Django's "---------"."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import pytest
from django import forms

import lantoa
from lantoa.core.forms import LabelledModelChoiceField, empty_label_of

DJANGO_DASHES = "---------"


def _lantoa_forms() -> Iterator[type[forms.BaseForm]]:
    for module in pkgutil.walk_packages(lantoa.__path__, "lantoa."):
        leaf = module.name.rsplit(".", 1)[-1]
        if ".migrations" in module.name or not leaf.startswith(("forms", "views")):
            continue
        importlib.import_module(module.name)
    seen: list[type[forms.BaseForm]] = [forms.BaseForm]
    while seen:
        kind = seen.pop()
        seen += kind.__subclasses__()
        if kind.__module__.startswith("lantoa."):
            yield kind


def _dashed_fields() -> list[str]:
    dashed = []
    for kind in _lantoa_forms():
        for name, field in getattr(kind, "base_fields", {}).items():
            empty = getattr(field, "empty_label", None)
            choices = (
                [] if isinstance(field, forms.ModelChoiceField) else getattr(field, "choices", [])
            )
            labels = [label for value, label in choices if value in ("", None)]
            if empty == DJANGO_DASHES or DJANGO_DASHES in labels:
                dashed.append(f"{kind.__module__}.{kind.__qualname__}.{name}")
    return dashed


def test_no_form_of_the_app_shows_django_dashes():
    assert _dashed_fields() == []


@pytest.mark.parametrize(
    ("label", "empty"),
    [("Đợt tuyên truyền", "— Chọn đợt tuyên truyền —"), ("Chủ đề", "— Chọn chủ đề —")],
)
def test_the_empty_option_names_what_to_choose(label, empty):
    assert empty_label_of(label) == empty
    assert LabelledModelChoiceField(label=label, queryset=None).empty_label == empty
