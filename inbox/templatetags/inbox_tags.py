"""What the inbox app shows on the pages of the apps below it (which cannot import it):
the profile's mailbox line, the dashboard's "Replies found in your mailbox", and on an
interview's "What happens next" the found reply's buttons and the questions about its
letters.

``{% load inbox_tags %}`` then ``{% mailbox_of user as mailbox %}`` (profile),
``{% mailbox_findings %}`` (dashboard), ``{% found_reply_actions interview %}`` and
``{% mailbox_questions interview %}``.
"""

from django import template
from django.utils import timezone

from inbox import findings
from inbox.models import MailboxConnection
from interviews.models import Reply

register = template.Library()


@register.simple_tag
def mailbox_of(user):
    """The user's own mailbox connection, or None."""
    return MailboxConnection.objects.filter(owner=user).first()


def _page(context) -> dict:
    request = context["request"]
    return {"csrf_token": context.get("csrf_token"), "next": request.get_full_path()}


@register.inclusion_tag("inbox/includes/dashboard_findings.html", takes_context=True)
def mailbox_findings(context):
    """The dashboard section: one query, nothing at all when there is nothing found."""
    user = context["request"].user
    found = findings.dashboard_findings(user=user, now=context.get("now") or timezone.now())
    return {**_page(context), "found": found, "kinds": Reply.Kind.choices}


@register.inclusion_tag("inbox/includes/found_reply_actions.html", takes_context=True)
def found_reply_actions(context, interview):
    """Beside a reply found in the mailbox: say what it was, or undo it. No query: the
    page has the reply already."""
    return {**_page(context), "interview": interview, "kinds": Reply.Kind.choices}


@register.inclusion_tag("inbox/includes/interview_questions.html", takes_context=True)
def mailbox_questions(context, interview):
    """ "Is this their reply?" for the interview's letters: one query."""
    return {
        **_page(context),
        "interview": interview,
        "questions": findings.interview_questions(interview=interview),
    }
