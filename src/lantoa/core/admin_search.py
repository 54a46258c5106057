"""The Django admin's search over a folded key, read as every page's search reads it."""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from lantoa.core.text import fold


class FoldedSearchAdmin(admin.ModelAdmin):
    """An admin whose search_fields hold folded text: what is typed is folded the same way."""

    def get_search_results(self, request: Any, queryset: Any, search_term: str) -> Any:
        # A key stored folded ("muong ang") never holds the letters typed ("Mường Ảng").
        return super().get_search_results(request, queryset, fold(search_term))
