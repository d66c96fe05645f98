from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils import timezone

from accounts.coaching import make_coach
from accounts.models import CoachAccess, User


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


class CoachAccessForm(forms.ModelForm):
    class Meta:
        model = CoachAccess
        fields = ["client", "coach", "coach_email", "accepted_at", "revoked_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coach_email"].required = False
        self.fields["coach_email"].help_text = "Filled from the coach's account when left empty."

    def clean(self):
        cleaned = super().clean()
        coach = cleaned.get("coach")
        if not cleaned.get("coach_email"):
            if not coach:
                raise forms.ValidationError("Pick a coach account or enter the coach's email.")
            cleaned["coach_email"] = coach.email
            self.instance.coach_email = coach.email
        return cleaned


@admin.register(CoachAccess)
class CoachAccessAdmin(admin.ModelAdmin):
    """Staff assign clients to coaches here (or with `manage.py assign_coach`)."""

    list_display = ["client", "coach_email", "coach", "created_at", "accepted_at", "revoked_at"]
    list_select_related = ["client", "coach"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["client__email", "coach_email", "coach__email"]
    raw_id_fields = ["client", "coach"]
    form = CoachAccessForm

    def get_changeform_initial_data(self, request):
        return {"accepted_at": timezone.now(), **super().get_changeform_initial_data(request)}

    def save_model(self, request, obj, form, change):
        if obj.coach_id:
            # Assigning a coach makes that account a coach: staff, in the coaches group.
            coach, _ = make_coach(email=obj.coach.email)
            obj.coach_email = obj.coach_email or coach.email
            obj.accepted_at = obj.accepted_at or timezone.now()
        super().save_model(request, obj, form, change)
