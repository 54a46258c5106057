"""The links to an issued document's files, for the pages that show one outside the register."""

from __future__ import annotations

from typing import Any

from django import template

from lantoa.documents.models import OutgoingDocument
from lantoa.documents.selectors import outgoing_file_formats_shown

register = template.Library()


@register.inclusion_tag("documents/_outgoing_file_links.html", takes_context=True)
def outgoing_file_links(
    context: dict[str, Any], document: OutgoingDocument | None
) -> dict[str, Any]:
    """Link each stored format of an issued document for who may read the register, else none."""
    if document is None:
        return {"document": None, "formats": []}
    formats = outgoing_file_formats_shown(user=context["request"].user, document=document)
    return {"document": document, "formats": formats}
