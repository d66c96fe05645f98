from django.contrib import admin

from accounts.scoping import OwnerScopedAdmin
from inbox.models import MailboxConnection, MailboxMatch


@admin.register(MailboxConnection)
class MailboxConnectionAdmin(OwnerScopedAdmin, admin.ModelAdmin):
    """Read-only: what an operator needs to see why a mailbox is not checked. The secret
    is never shown; only the user changes or removes their mailbox."""

    list_display = [
        "owner",
        "username",
        "host",
        "port",
        "security",
        "state",
        "last_checked_at",
        "last_result",
        "failures",
        "next_check_at",
    ]
    list_filter = ["state", "last_result", "security"]
    list_select_related = ["owner"]
    search_fields = ["owner__email", "username", "host"]
    fields = [
        "owner",
        "host",
        "port",
        "username",
        "security",
        "auth",
        "state",
        "next_check_at",
        "lease_until",
        "failures",
        "last_checked_at",
        "last_result",
        "last_message",
        "paused_notified_at",
        "created_at",
        "updated_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(MailboxMatch)
class MailboxMatchAdmin(OwnerScopedAdmin, admin.ModelAdmin):
    list_display = ["letter", "owner", "how", "state", "received_at", "created_at"]
    list_filter = ["how", "state"]
    list_select_related = ["owner", "letter"]
    search_fields = ["owner__email"]
    fields = ["owner", "letter", "how", "state", "received_at", "created_at", "updated_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
