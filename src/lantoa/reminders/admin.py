from django.contrib import admin

from lantoa.reminders.models import ReminderRun, ReminderSent


@admin.register(ReminderRun)
class ReminderRunAdmin(admin.ModelAdmin):
    list_display = ("date", "units", "items", "started_at", "finished_at")


@admin.register(ReminderSent)
class ReminderSentAdmin(admin.ModelAdmin):
    list_display = ("date", "unit", "kind", "object_id")
    list_filter = ("kind", "date")
