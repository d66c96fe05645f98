from django import forms

from accounts.models import User
from accounts.timezones import is_valid_time_zone, time_zone_choices


class SignupExtraForm(forms.Form):
    """Extra sign-up fields for allauth; both optional so email + passwords suffice."""

    name = forms.CharField(
        label="Your name",
        max_length=150,
        required=False,
        help_text="Used to sign your letters. You can change it later.",
    )
    # Filled by static/js/timezone.js from the browser; UTC if scripts are off.
    time_zone = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def clean_time_zone(self):
        value = self.cleaned_data.get("time_zone") or ""
        return value if is_valid_time_zone(value) else "UTC"

    def signup(self, request, user):
        user.name = self.cleaned_data.get("name", "")
        user.time_zone = self.cleaned_data.get("time_zone") or "UTC"
        user.save(update_fields=["name", "time_zone"])


class ProfileForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        choices=time_zone_choices,
        help_text="Interview times and reminders use this zone.",
    )

    class Meta:
        model = User
        fields = ["name", "time_zone"]
        labels = {"name": "Display name"}


class ReminderPreferencesForm(forms.ModelForm):
    time_zone = forms.ChoiceField(choices=time_zone_choices)

    class Meta:
        model = User
        fields = [
            "time_zone",
            "quiet_hours_start",
            "quiet_hours_end",
            "email_reminders",
            "remind_nudge",
            "remind_last_call",
            "remind_late",
            "remind_check_in",
            "remind_close_suggestion",
        ]
        labels = {
            "quiet_hours_start": "Quiet hours start",
            "quiet_hours_end": "Quiet hours end",
        }
        help_texts = {
            "quiet_hours_start": "No reminder arrives between these times; it waits for morning.",
        }
        widgets = {
            "quiet_hours_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "quiet_hours_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }


class AccountDeleteForm(forms.Form):
    """Deleting the account asks for the password: a session left open is not enough."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, within_rate_limit=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.within_rate_limit = within_rate_limit

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.within_rate_limit:
            raise forms.ValidationError(
                "Too many tries. Wait a minute, then try again. Nothing was deleted."
            )
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password. Nothing was deleted.")
        return password
