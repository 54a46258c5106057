from django.contrib import admin

from lantoa.core.admin_search import FoldedSearchAdmin
from lantoa.showcase.models import IpAsset, ShowcaseEntry


class IpAssetInline(admin.TabularInline):
    model = IpAsset
    extra = 0


@admin.register(ShowcaseEntry)
class ShowcaseEntryAdmin(FoldedSearchAdmin):
    list_display = ["name", "kind", "commune", "ocop_stars", "is_demo"]
    list_filter = ["kind", "is_demo"]
    search_fields = ["search_key"]
    readonly_fields = ["search_key", "sort_key"]
    inlines = [IpAssetInline]

    def save_model(self, request, obj, form, change):
        from lantoa.core.text import vn_sort_key
        from lantoa.showcase.services import entry_search_key

        obj.search_key = entry_search_key(
            name=obj.name, description=obj.description, commune=obj.commune
        )
        obj.sort_key = vn_sort_key(obj.name)[:600]
        super().save_model(request, obj, form, change)
