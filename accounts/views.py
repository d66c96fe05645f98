from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import connection, transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts.forms import ProfileForm, ReminderPreferencesForm
from accounts.signals import reminder_settings_changed


def home(request):
    """Visitors see what the product does; signed-in users go to their dashboard."""
    if request.user.is_authenticated:
        return redirect("dashboard")
    return render(request, "landing.html")


@require_safe
@never_cache
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            if "time_zone" in form.changed_data:
                reminder_settings_changed.send(sender=type(user), user=user)
        messages.success(request, "Your profile is saved.")
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def preferences(request):
    """Reminder preferences; a changed zone or quiet hours re-plans pending reminders."""
    form = ReminderPreferencesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            if form.has_changed():
                reminder_settings_changed.send(sender=type(user), user=user)
        messages.success(request, "Your reminder preferences are saved.")
        return redirect("preferences")
    return render(request, "accounts/preferences.html", {"form": form})
