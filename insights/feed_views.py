"""The private calendar feed (no login: the signed token is the credential) and its
controls on the profile page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from insights.calendar_feed import feed_calendar
from insights.models import CalendarFeed, new_key
from interviews.ics_export import ics_response


@require_GET
@cache_control(private=True, max_age=300)
def calendar_feed(request, token):
    feed = CalendarFeed.from_token(token)
    if feed is None:
        raise Http404("This calendar link was turned off or replaced.")
    now = timezone.now()
    CalendarFeed.objects.filter(pk=feed.pk).update(last_fetched_at=now)
    response = ics_response(feed_calendar(user=feed.user, now=now), filename="followup.ics")
    # Calendar apps subscribe to the URL; shown inline, not as a download.
    response["Content-Disposition"] = 'inline; filename="followup.ics"'
    return response


@login_required
@require_POST
def calendar_feed_manage(request):
    """Create or replace the feed's secret link, or turn it off; back to the profile."""
    action = request.POST.get("action")
    if action == "regenerate":
        feed, created = CalendarFeed.objects.get_or_create(user=request.user)
        if not created:
            feed.key = new_key()
            feed.save(update_fields=["key"])
        messages.success(
            request,
            "Your calendar feed link is ready."
            if created
            else "A new calendar feed link is ready; the old one no longer works.",
        )
    elif action == "revoke":
        CalendarFeed.objects.filter(user=request.user).delete()
        messages.success(request, "Your calendar feed is turned off; its link no longer works.")
    else:
        messages.error(request, "Choose whether to create a new link or turn the feed off.")
    return redirect("profile")
