"""The accounts app's part of the export: the profile and the sign-in addresses."""

from allauth.account.models import EmailAddress

from accounts.userdata import stored_rows


def profile(*, user) -> dict:
    fields = [
        "email",
        "name",
        "time_zone",
        "date_joined",
        "last_login",
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
    data = {name: getattr(user, name) for name in fields}
    data["id"] = user.pk
    data["email_addresses"] = stored_rows(
        EmailAddress.objects.filter(user=user), exclude=("id", "user")
    )
    return data
