"""A date box written in a template by hand: the same text box every date field renders."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from lantoa.core.forms import VnDateInput

register = template.Library()


@register.simple_tag
def date_input(name: str, element_id: str, title: str = "") -> SafeString:
    """Render an empty date box typed dd/mm/yyyy, as VnDateField's widget renders it."""
    attrs = {"id": element_id, **({"title": title} if title else {})}
    return SafeString(VnDateInput(attrs=attrs).render(name, None))
