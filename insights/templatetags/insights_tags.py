"""Template helpers of insights for pages of the lower apps (the profile page)."""

from django import template

from insights.models import CalendarFeed

register = template.Library()


@register.simple_tag(takes_context=True)
def calendar_feed_url(context, user) -> str:
    """The user's absolute feed URL, or "" when they have none."""
    feed = CalendarFeed.objects.filter(user=user).first()
    if feed is None:
        return ""
    return context["request"].build_absolute_uri(feed.get_absolute_url())
