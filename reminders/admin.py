"""The reminder outbox in the admin: what is due, what went out, and what failed and why."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.text import Truncator

from accounts.scoping import OwnerScopedAdmin
from reminders import dispatch, scheduling
from reminders.models import Reminder


@admin.register(Reminder)
class ReminderAdmin(OwnerScopedAdmin, admin.ModelAdmin):
    owner_field = "user"
    list_display = [
        "kind",
        "state",
        "due_at",
        "user",
        "interview",
        "attempts",
        "sent_at",
        "error",
    ]
    list_filter = ["state", "kind", "due_at"]
    list_select_related = ["user", "interview"]
    search_fields = ["user__email", "user__name", "interview__company", "last_error"]
    date_hierarchy = "due_at"
    ordering = ["-due_at"]
    actions = ["retry_failed", "cancel_pending"]
    raw_id_fields = ["user", "interview", "letter"]
    # The schedule is kept by letters/scheduling.py and the sweep: an operator reads it,
    # and acts through the actions, which call the same functions.
    readonly_fields = [
        "user",
        "interview",
        "letter",
        "kind",
        "sequence",
        "due_at",
        "state",
        "attempts",
        "last_error",
        "sent_at",
        "lease_until",
        "version",
        "created_at",
        "updated_at",
    ]

    def has_add_permission(self, request):
        return False

    @admin.display(description="Last error")
    def error(self, reminder):
        return Truncator(reminder.last_error).chars(80)

    @admin.action(description="Retry the selected failed reminders now", permissions=["change"])
    def retry_failed(self, request, queryset):
        count = dispatch.retry_now(queryset, now=timezone.now())
        self.message_user(
            request,
            f"{count} failed reminder{'' if count == 1 else 's'} scheduled again; "
            "the next sweep sends them.",
            messages.SUCCESS if count else messages.WARNING,
        )

    @admin.action(description="Cancel the selected pending reminders", permissions=["change"])
    def cancel_pending(self, request, queryset):
        count = scheduling.cancel_reminders(queryset)
        self.message_user(
            request,
            f"{count} pending reminder{'' if count == 1 else 's'} cancelled.",
            messages.SUCCESS if count else messages.WARNING,
        )
