from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from inbox.forms import MailboxForm
from inbox.models import MailboxConnection
from inbox.services import mailbox_connect, mailbox_disconnect


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
        form = MailboxForm(request.POST)
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
