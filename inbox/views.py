"""The mailbox page (``/profile/mailbox/``: connect, see the last check, disconnect) and
the user's answers about what the check found: confirm or dismiss a question ("Is this
their reply?"), undo a reply recorded from the mailbox.

Each view fetches through the signed-in user first (another user's match or interview
is a 404); the answers are POST only and go back to the page the button was on.
"""

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from accounts import timefmt
from inbox import answers
from inbox.forms import MailboxForm
from inbox.models import MailboxConnection
from inbox.services import mailbox_connect, mailbox_disconnect
from interviews.models import Interview

MAX_NEXT_LENGTH = 2000


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def mailbox(request):
    """Connect (or replace) the user's own mailbox, see its last check, or disconnect it."""
    connection = MailboxConnection.objects.filter(owner=request.user).first()
    if request.method == "POST" and request.POST.get("action") == "disconnect":
        if mailbox_disconnect(owner=request.user):
            messages.success(request, "Mailbox disconnected. Its password is deleted.")
        return redirect("mailbox")
    if request.method == "POST":
        within_rate_limit = ratelimit.consume(request, action="mailbox_connect", user=request.user)
        form = MailboxForm(request.POST, within_rate_limit=within_rate_limit)
        if form.is_valid():
            mailbox_connect(owner=request.user, account=form.account())
            messages.success(request, "Connected. Followup will look for replies to your letters.")
            return redirect("mailbox")
    elif connection is not None:
        form = MailboxForm(
            initial={
                "host": connection.host,
                "port": connection.port,
                "security": connection.security,
                "username": connection.username,
            }
        )
    else:
        form = MailboxForm()
    return render(request, "inbox/mailbox.html", {"form": form, "connection": connection})


@login_required
@require_POST
def mailbox_match_confirm(request, pk):
    match = get_object_or_404(answers.matches_for_user(request.user), pk=pk)
    interview = match.letter.interview
    reply = answers.match_confirm(match=match)
    if reply is None:
        messages.info(request, "You already answered this question.")
    else:
        messages.success(
            request,
            f"Recorded: {interview.company} replied on {timefmt.day(reply.received_on)}. "
            "No more check-ins for this interview. Say what the reply was when you can.",
        )
    return _back(request, fallback=interview)


@login_required
@require_POST
def mailbox_match_dismiss(request, pk):
    match = get_object_or_404(answers.matches_for_user(request.user), pk=pk)
    if answers.match_dismiss(match=match):
        messages.success(request, f"Noted: that mail was not a reply from {match.letter.to_name}.")
    else:
        messages.info(request, "You already answered this question.")
    return _back(request, fallback=match.letter.interview)


@login_required
@require_POST
def mailbox_reply_undo(request, pk):
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    if answers.found_reply_undo(interview=interview):
        messages.success(
            request,
            f"Undone: no reply from {interview.company} is recorded, and that mail will not "
            "be counted again. Check-ins for this interview are back.",
        )
    else:
        messages.info(request, "There is no reply found in your mailbox to undo here.")
    return _back(request, fallback=interview)


def _back(request, *, fallback):
    """To the page the button was on (``next``, a path on this site), else ``fallback``."""
    next_url = request.POST.get("next", "")[:MAX_NEXT_LENGTH]
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(next_url)
    return redirect(fallback)
