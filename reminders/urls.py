"""Links in reminder emails (signed; see reminders/views.py)."""

from django.urls import path

from reminders import views as reminder_views

urlpatterns = [
    path("r/<str:token>/reply/", reminder_views.reminder_reply, name="reminder_reply"),
    path("r/<str:token>/snooze/", reminder_views.reminder_snooze, name="reminder_snooze"),
    path("r/<str:token>/write/", reminder_views.reminder_write, name="reminder_write"),
    path(
        "unsubscribe/<str:token>/",
        reminder_views.reminder_unsubscribe,
        name="reminder_unsubscribe",
    ),
]
