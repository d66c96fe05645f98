"""The user's own data: download it (JSON, CSV of interviews) or delete the account."""

import json

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from accounts import ratelimits, userdata
from accounts.forms import AccountDeleteForm


@login_required
@require_GET
@never_cache
def export_json(request):
    now = timezone.now()
    data = userdata.export_data(user=request.user, now=now)
    body = json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
    return _attachment(
        body, content_type="application/json", filename=f"followup-export-{now:%Y-%m-%d}.json"
    )


@login_required
@require_GET
@never_cache
def export_interviews_csv(request):
    now = timezone.now()
    body = userdata.export_csv(user=request.user, section="interviews")
    return _attachment(
        body, content_type="text/csv", filename=f"followup-interviews-{now:%Y-%m-%d}.csv"
    )


def _attachment(body: str, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def account_delete(request):
    user = request.user
    # allauth's "reauthenticate" limit (10 a minute per user): a session left open
    # must not become a way to guess the password.
    within_rate_limit = request.method != "POST" or ratelimit.consume(
        request, action="reauthenticate", user=user
    )
    form = AccountDeleteForm(request.POST or None, user=user, within_rate_limit=within_rate_limit)
    if request.method == "POST" and form.is_valid():
        ratelimits.forget_user(request, user=user)
        userdata.delete_account(user=user)
        logout(request)
        messages.success(request, "Your account and everything you stored are deleted.")
        return redirect("home")
    return render(request, "accounts/delete_account.html", {"form": form})
