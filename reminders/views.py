"""The links in reminder emails: signed, so they work from any device without a login.

"I got a reply" and "Snooze 3 days" change data, so a GET (which mail scanners follow
on their own) only shows a page with one button; the POST does it. The signed token in
the URL is the credential, so these POSTs need no cookie and no CSRF token. The
unsubscribe URL is the RFC 8058 one-click endpoint of the List-Unsubscribe header.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from interviews import services as interview_services
from reminders import emails as reminder_emails
from reminders import scheduling
from reminders.models import Reminder


def _reminder_from(request, token: str, purpose: str) -> Reminder:
    """The reminder a token names, or 404 for a forged or expired link."""
    try:
        pk, version = reminder_emails.read_token(purpose, token)
    except signing.BadSignature:
        raise Http404("This link is not valid.") from None
    reminder = get_object_or_404(
        Reminder.objects.select_related("user", "interview"),
        pk=pk,
        kind__in=scheduling.CHECK_IN_KINDS,
    )
    _refuse_other_account(request, reminder.user_id)
    reminder.token_version = version
    return reminder


def _refuse_other_account(request, user_pk: int) -> None:
    # The token is the credential; but someone signed in as another user is not its owner.
    if request.user.is_authenticated and request.user.pk != user_pk:
        raise Http404("This link belongs to another account.")


@csrf_exempt
@require_http_methods(["GET", "POST"])
def reminder_reply(request, token):
    """The one-click "I got a reply": records that a reply came, once, and nothing more.

    Anyone holding the email holds this link, so it never shows or changes what the user
    recorded (the kind, the note): that is the signed-in reply form on the interview page.
    Once a reply is recorded or the check-ins have ended, the link does nothing.
    """
    reminder = _reminder_from(request, token, "reply")
    interview = reminder.interview
    interview.owner = reminder.user  # the same row, already loaded
    context = {"interview": interview, "done": "closed"}
    if not scheduling.reply_link_open(reminder):
        return render(request, "reminders/done.html", context)
    if request.method == "POST":
        # Through interviews.services, like the reply form: the check-ins end on its
        # interview_closed signal, and a second click finds the reply already there.
        _, recorded = interview_services.interview_reply_received(interview=interview)
        return render(
            request, "reminders/done.html", {**context, "done": "reply" if recorded else "closed"}
        )
    return render(
        request,
        "reminders/confirm.html",
        {
            "interview": interview,
            "title": "Did they reply?",
            "question": f"Mark that {interview.company} replied and stop the reminders "
            "for this interview?",
            "button": "Yes, I got a reply",
        },
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def reminder_snooze(request, token):
    reminder = _reminder_from(request, token, "snooze")
    interview = reminder.interview
    stale = reminder.token_version != reminder.version
    if request.method == "POST" and not stale:
        with transaction.atomic():
            snoozed = scheduling.snooze_reminder(reminder, days=3)
        if snoozed:
            reminder.refresh_from_db(fields=["due_at"])
        return render(
            request,
            "reminders/done.html",
            {
                "interview": interview,
                "done": "snooze" if snoozed else "settled",
                "reminder": reminder,
                "time_zone": reminder.user.zone.key,
            },
        )
    if stale:
        return render(request, "reminders/done.html", {"interview": interview, "done": "stale"})
    return render(
        request,
        "reminders/confirm.html",
        {
            "interview": interview,
            "title": "Snooze this reminder",
            "question": f"Remind you about checking in with {interview.company} again in 3 days?",
            "button": "Snooze 3 days",
        },
    )


@login_required
@require_GET
def reminder_write(request, token):
    """The "Write the check-in" link: the letter page for the interview, for its owner."""
    reminder = _reminder_from(request, token, "write")
    return redirect("letter_start", reminder.interview_id)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def reminder_unsubscribe(request, token):
    """RFC 8058: a POST (body ``List-Unsubscribe=One-Click``) unsubscribes at once."""
    try:
        user_pk = reminder_emails.read_token(
            "unsubscribe", token, max_age=reminder_emails.UNSUBSCRIBE_MAX_AGE
        )
    except signing.BadSignature:
        raise Http404("This link is not valid.") from None
    user = get_object_or_404(get_user_model(), pk=user_pk)
    _refuse_other_account(request, user.pk)
    if request.method == "POST":
        with transaction.atomic():
            scheduling.unsubscribe(user)
        return render(request, "reminders/unsubscribed.html", {"account": user})
    return render(
        request,
        "reminders/confirm.html",
        {
            "title": "Unsubscribe from reminders",
            "question": f"Stop all reminder emails to {user.email}, coach review emails "
            "included? You can turn them back on "
            "in your reminder preferences at any time.",
            "button": "Unsubscribe",
        },
    )
