"""Django admin for opinion reference data; items are not listed here (privacy)."""

from django.contrib import admin

from lantoa.opinion.models import Claim, ModelVersion, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "position", "active")


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ("statement", "state", "approved_at")
    readonly_fields = ("approved_by", "approved_at")


@admin.register(ModelVersion)
class ModelVersionAdmin(admin.ModelAdmin):
    list_display = ("task", "version", "trained_at", "training_size", "active")
    readonly_fields = (
        "task",
        "version",
        "path",
        "trained_at",
        "metrics",
        "training_size",
        "sources",
    )
