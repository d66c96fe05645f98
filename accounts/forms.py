from django import forms
from django.urls import reverse_lazy
from django.utils.safestring import mark_safe

from accounts.models import User
from accounts.names import validate_person_name
from accounts.timezones import canonical_time_zone, time_zone_choices

REMINDER_SWITCHES = [
    "remind_nudge",
    "remind_last_call",
    "remind_late",
    "remind_check_in",
    "remind_close_suggestion",
]


class TimeZoneField(forms.ChoiceField):
    """The grouped list (common zones first); static/js/timezone-filter.js adds a filter box."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Time zone")
        super().__init__(
            choices=time_zone_choices,
            widget=forms.Select(attrs={"data-zone-filter": "", "autocomplete": "off"}),
            **kwargs,
        )


class TimeZoneFormMixin:
    def _show_current_zone(self):
        # A zone saved under an old name (US/Eastern) shows as today's (America/New_York).
        if not self.is_bound and self.instance.pk:
            self.initial["time_zone"] = canonical_time_zone(self.instance.time_zone) or "UTC"


class SignupExtraForm(forms.Form):
    """Extra sign-up fields for allauth; both optional so email + passwords suffice.

    The name field asks the server, as the user types, whether it needs capitals
    (``name_suggestion``): a name typed "maya okafor" gets a one-click "Use Maya Okafor"
    under it, from the same rule as the dashboard's notice (accounts.names).
    """

    name = forms.CharField(
        label="Your name",
        max_length=150,
        required=False,
        # Safe: fixed text and an empty live region that the suggestion fills.
        help_text=mark_safe(
            "Signs your letters and greets you in emails. You can change it later."
            '<span id="name-suggestion" class="d-block" aria-live="polite"></span>'
        ),
        validators=[validate_person_name],
        widget=forms.TextInput(
            attrs={
                "autocomplete": "name",
                "hx-get": reverse_lazy("name_suggestion"),
                # Not on blur as well: pressing "Use …" blurs the field, and that second
                # request's answer replaced the button whose own request was in flight,
                # so the click was lost. The delayed request still runs after a quick Tab.
                "hx-trigger": "input changed delay:400ms",
                "hx-target": "#name-suggestion",
                "hx-sync": "this:replace",
            }
        ),
    )
    # Filled by static/js/app.js from the browser; UTC if scripts are off.
    time_zone = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def clean_time_zone(self):
        value = self.cleaned_data.get("time_zone") or ""
        return canonical_time_zone(value) or "UTC"

    def signup(self, request, user):
        user.name = self.cleaned_data.get("name", "")
        user.time_zone = self.cleaned_data.get("time_zone") or "UTC"
        user.save(update_fields=["name", "time_zone"])


class ProfileForm(TimeZoneFormMixin, forms.ModelForm):
    time_zone = TimeZoneField(help_text="Interview times and reminders use this zone.")

    class Meta:
        model = User
        fields = ["name", "time_zone"]
        labels = {"name": "Display name"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._show_current_zone()
        # The name signs letters and invitations that reach other people.
        self.fields["name"].validators.append(validate_person_name)


class NameCapitalsForm(forms.Form):
    """The dashboard's and profile's one-click answer to "maya okafor"."""

    choice = forms.ChoiceField(choices=[("use", "Use the capitals"), ("keep", "Keep as typed")])


class ReminderPreferencesForm(TimeZoneFormMixin, forms.ModelForm):
    """With "Email me reminders" off, the switches for each kind are shown disabled and
    whatever is posted for them is ignored (they keep their values for when it is back on)."""

    time_zone = TimeZoneField()
    # Posted only while the switches are enabled: disabled inputs are not submitted, so
    # without it turning reminders back on (no script) would read as every switch off.
    switches_shown = forms.BooleanField(required=False, initial=True, widget=forms.HiddenInput)

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
            "share_anonymous_stats",
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._show_current_zone()
        self.fields["email_reminders"].widget.attrs["data-reminders-master"] = ""
        for name in [*REMINDER_SWITCHES, "switches_shown"]:
            self.fields[name].widget.attrs["data-reminder-switch"] = ""
            if not self._switches_editable():
                # Django ignores a disabled field's posted value and keeps the saved one.
                self.fields[name].disabled = True

    def _switches_editable(self) -> bool:
        if not self.is_bound:
            return self.instance.email_reminders
        return bool(self["email_reminders"].data) and bool(self.data.get("switches_shown"))


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
