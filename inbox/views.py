"""The user's answers about what the mailbox check found: confirm or dismiss a question
("Is this their reply?"), undo a reply recorded from the mailbox.

POST only; each view fetches through the signed-in user first (another user's match or
interview is a 404) and goes back to the page the button was on.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from accounts import timefmt
from inbox import answers
from interviews.models import Interview

MAX_NEXT_LENGTH = 2000


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
