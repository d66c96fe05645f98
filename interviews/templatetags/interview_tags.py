"""Presentation helpers for interviews: the follow-up countdown."""

from datetime import datetime, timedelta

from django import template
from django.utils import timezone

register = template.Library()


def describe_time_left(delta: timedelta) -> str:
    """'5 h 12 min left', '40 min left', or 'overdue by 1 d 3 h' once the deadline passed.

    Rounded down to the minute, so "0 min left" never shows while time remains;
    static/js/countdown.js uses the same wording when it ticks.
    """
    overdue = delta < timedelta(0)
    minutes = int(abs(delta).total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        amount = f"{days} d {hours} h"
    elif hours:
        amount = f"{hours} h {minutes} min"
    else:
        amount = f"{minutes} min"
    return f"overdue by {amount}" if overdue else f"{amount} left"


@register.inclusion_tag("interviews/includes/countdown.html")
def countdown(deadline: datetime, now: datetime | None = None):
    """The time left until ``deadline``, server-rendered; the script keeps it ticking."""
    delta = deadline - (now or timezone.now())
    return {
        "deadline": deadline,
        "overdue": delta < timedelta(0),
        "text": describe_time_left(delta),
    }


@register.inclusion_tag("interviews/includes/reply_form.html", takes_context=True)
def reply_form(context, interview):
    """The "They replied" form for ``interview``, dated today in the user's zone."""
    from interviews.forms import ReplyForm

    today = timezone.localdate(timezone.now(), context["request"].user.zone)
    return {
        "interview": interview,
        "form": ReplyForm.for_interview(interview, today=today),
        "csrf_token": context.get("csrf_token"),
    }
