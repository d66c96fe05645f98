"""Presentation helpers for interviews: the follow-up countdown and short dates.

They run once per row of the lists and the dashboard, so they format in Python: the
``date`` filter and an inclusion tag cost several times more per call, which adds up on
a page of rows. The output is the same as the ``date`` formats they replace (English).
"""

from datetime import datetime, timedelta

from django import template
from django.utils import timezone
from django.utils.html import format_html

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


@register.simple_tag
def countdown(deadline: datetime, now: datetime | None = None):
    """The time left until ``deadline``, server-rendered; the script keeps it ticking."""
    delta = deadline - (now or timezone.now())
    return format_html(
        '<span class="countdown{}" data-deadline="{}" title="Window closes {}">{}</span>',
        " overdue" if delta < timedelta(0) else "",
        iso(deadline),
        day_time(deadline),
        describe_time_left(delta),
    )


@register.filter
def iso(value: datetime) -> str:
    """As ``date:'c'``: ISO 8601 in the user's zone."""
    return timezone.localtime(value).isoformat()


@register.filter
def day_time(value: datetime) -> str:
    """As ``date:'D j M, H:i'``: "Tue 3 Mar, 14:05" in the user's zone."""
    local = timezone.localtime(value)
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"


@register.filter
def day_time_year(value: datetime) -> str:
    """As ``date:'D j M Y, H:i'``: "Tue 3 Mar 2026, 14:05" in the user's zone."""
    local = timezone.localtime(value)
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}"


@register.filter
def day_month(value: datetime) -> str:
    """As ``date:'j M'``: "3 Mar" in the user's zone."""
    local = timezone.localtime(value)
    return f"{local.day} {local:%b}"


@register.filter
def day_month_year(value: datetime) -> str:
    """As ``date:'j M Y'``: "3 Mar 2026" in the user's zone."""
    local = timezone.localtime(value)
    return f"{local.day} {local:%b %Y}"


BADGE_CLASSES = {
    "offer": "text-bg-success",
    "next_round": "text-bg-success",
    "awaiting": "text-bg-secondary",
}


@register.simple_tag
def outcome_badge(interview) -> str:
    css = BADGE_CLASSES.get(interview.outcome, "text-bg-light border")
    return format_html('<span class="badge {}">{}</span>', css, interview.get_outcome_display())
