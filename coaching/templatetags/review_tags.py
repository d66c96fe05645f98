"""Template tags for coach review: the panel beside a letter, the coach's admin summary."""

from django import template

from coaching import consent, review
from interviews.models import Interview

register = template.Library()


@register.simple_tag
def review_panel(letter):
    """``{% review_panel letter as panel %}``: coaches, comments, verdict and notes (2 queries)."""
    return review.review_panel(letter=letter)


@register.simple_tag(takes_context=True)
def coach_summary(context):
    """``{% coach_summary as summary %}`` on the admin index; None for non-coach staff."""
    user = context["request"].user
    if not (user.is_superuser or consent.is_coach(user)):
        return None
    return review.coach_summary(user=user)


@register.simple_tag(takes_context=True)
def open_coach_accesses(context):
    """``{% open_coach_accesses as accesses %}``: the signed-in client's coaches and invitations."""
    return list(consent.open_accesses(context["request"].user))


@register.simple_tag(takes_context=True)
def admin_site_url(context):
    """Where the admin's "View site" leads, or "" to leave it out.

    The site is the job seeker's app: a coach who is not also looking for a job would
    land on an empty "Log an interview" dashboard, so only superusers and staff who have
    interviews of their own get the link.
    """
    user = context["request"].user
    site_url = context.get("site_url") or ""
    if user.is_superuser or not site_url:
        return site_url
    return site_url if Interview.objects.filter(owner=user).exists() else ""
