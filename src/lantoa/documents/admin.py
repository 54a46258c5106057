from django.contrib import admin

from lantoa.documents.models import OutgoingDocument


@admin.register(OutgoingDocument)
class OutgoingDocumentAdmin(admin.ModelAdmin):
    """The register is written only by the numbering service; the admin reads it."""

    list_display = ("code", "title", "year", "issued_at", "issued_by")
    list_filter = ("doc_type", "year")
    search_fields = ("title", "symbol")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
