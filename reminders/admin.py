"""The outbox in the admin: every automated email, when it is due, and what failed and why."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator

from accounts.scoping import OwnerScopedAdmin
from reminders import dispatch, scheduling
from reminders.models import Reminder


@admin.register(Reminder)
class OutboxEmailAdmin(OwnerScopedAdmin, admin.ModelAdmin):
    owner_field = "user"
    list_display = [
        "kind",
        "state",
        "due_at",
        "recipient",
        "interview",
        "attempts",
        "sent_at",
        "error",
    ]
    # By user: the recipient column links to that user's emails (?user__id__exact=).
    list_filter = ["kind", "state", "due_at"]
    list_select_related = ["user", "interview"]
    search_fields = ["user__email", "user__name", "to_email", "interview__company", "last_error"]
    date_hierarchy = "due_at"
    ordering = ["-due_at"]
    actions = ["retry_failed", "cancel_pending"]
    raw_id_fields = ["user", "interview", "letter"]
    # The rows are kept by the apps that queue them and by the sweep: an operator reads
    # them, and acts through the actions, which call the same functions.
    readonly_fields = [
        "user",
        "to_email",
        "interview",
        "letter",
        "object_id",
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

    @admin.display(description="Recipient", ordering="user__email")
    def recipient(self, row):
        if row.user_id is None:
            return row.to_email
        return format_html('<a href="?user__id__exact={}">{}</a>', row.user_id, row.user.email)

    @admin.display(description="Last error")
    def error(self, row):
        return Truncator(row.last_error).chars(80)

    @admin.action(description="Retry the selected failed emails now", permissions=["change"])
    def retry_failed(self, request, queryset):
        count = dispatch.retry_now(queryset, now=timezone.now())
        self.message_user(
            request,
            f"{count} failed email{'' if count == 1 else 's'} scheduled again; "
            "the next sweep sends them.",
            messages.SUCCESS if count else messages.WARNING,
        )

    @admin.action(description="Cancel the selected pending emails", permissions=["change"])
    def cancel_pending(self, request, queryset):
        count = scheduling.cancel_reminders(queryset)
        self.message_user(
            request,
            f"{count} pending email{'' if count == 1 else 's'} cancelled.",
            messages.SUCCESS if count else messages.WARNING,
        )
