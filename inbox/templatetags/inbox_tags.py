"""Template helpers of inbox for pages of the lower apps (the profile page)."""

from django import template

from inbox.models import MailboxConnection

register = template.Library()


@register.simple_tag
def mailbox_of(user):
    """The user's own mailbox connection, or None."""
    return MailboxConnection.objects.filter(owner=user).first()
