from collections import Counter

from django.contrib import admin
from django.contrib.auth import get_permission_codename
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from accounts.models import User
from accounts.ratelimits import forget_user
from accounts.userdata import delete_account, stored_counts


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "name", "time_zone", "is_staff", "date_joined"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["email", "name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Profile", {"fields": ["name", "time_zone"]}),
        (
            "Reminders",
            {
                "fields": [
                    "email_reminders",
                    ("quiet_hours_start", "quiet_hours_end"),
                    "remind_nudge",
                    "remind_last_call",
                    "remind_late",
                    "remind_check_in",
                    "remind_close_suggestion",
                ]
            },
        ),
        (
            "Permissions",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]}),
    ]

    # The same deletion as "Delete your account": reminders cancelled, coach access ended.
    def delete_model(self, request, obj):
        forget_user(request, user=obj)
        delete_account(user=obj)

    def delete_queryset(self, request, queryset):
        for user in queryset:
            forget_user(request, user=user)
            delete_account(user=user)

    def get_deleted_objects(self, objs, request):
        """Count what goes with each account, model by model, instead of Django's list of
        every row: a heavy account holds thousands, and the page took seconds to build."""
        counts = Counter({User._meta.verbose_name_plural: len(objs)})
        perms_needed = set()
        for user in objs:
            for model, count in stored_counts(user=user).items():
                opts = model._meta
                counts[opts.verbose_name_plural] += count
                codename = get_permission_codename("delete", opts)
                if self.admin_site.is_registered(model) and not request.user.has_perm(
                    f"{opts.app_label}.{codename}"
                ):
                    perms_needed.add(opts.verbose_name)
        return [f"User: {user}" for user in objs], dict(counts), perms_needed, []
