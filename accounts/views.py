from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
    require_safe,
)

from accounts.forms import NameCapitalsForm, ProfileForm, ReminderPreferencesForm, SignupExtraForm
from accounts.names import capitals_offer
from accounts.signals import reminder_settings_changed


@require_GET
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


@require_http_methods(["GET", "POST"])  # a POSTed password is never read
def admin_login(request):
    """``/admin/login/``: staff sign in on allauth's page, with its lockout.

    Django's own admin login form counts no failures, so a password could be guessed
    there without end; it never receives a password now.
    """
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("admin:index")
    if request.user.is_authenticated:
        if request.user.is_active and request.user.is_staff:
            return redirect(next_url)
        raise PermissionDenied("This account has no access to the admin.")
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    old_name = request.user.name
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            if "time_zone" in form.changed_data:
                reminder_settings_changed.send(sender=type(user), user=user)
            user.name_saved(old_name)
        messages.success(request, "Your profile is saved.")
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
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


@require_GET
def name_suggestion(request):
    """htmx, on the sign-up page: "Use Maya Okafor" under a name typed "maya okafor";
    with ``use=1``, the name field again with the capitals in it."""
    name = request.GET.get("name", "")[:150]
    offer = capitals_offer(name)
    if request.GET.get("use") and offer:
        form = SignupExtraForm(initial={"name": offer})
        # htmx focuses the new field, so a keyboard user goes on typing where they were.
        form.fields["name"].widget.attrs["autofocus"] = True
        return render(request, "accounts/includes/signup_name_field.html", {"form": form})
    return render(request, "accounts/includes/name_suggestion.html", {"name": name, "offer": offer})


@login_required
@require_POST
def name_capitals(request):
    """The notice's buttons: take the capitalised name, or keep the name as typed."""
    form = NameCapitalsForm(request.POST)
    if form.is_valid():
        if form.cleaned_data["choice"] == "use":
            request.user.use_capitals_offer()
            messages.success(request, f"Your name is now {request.user.name}.")
        else:
            request.user.keep_name()
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("profile")
    return redirect(next_url)
