"""Presentation helpers for interviews: the follow-up countdown, dates and the reply form.

The countdown and the date filters run once per row of the lists and the dashboard, so
they format in Python: an inclusion tag costs several times more per call, which adds
up on a page of rows. Dates are written by ``accounts.timefmt`` (``{% load when %}``):
one format on every page and email, in the reader's zone with its short name.
"""

from datetime import datetime, timedelta

from django import template
from django.utils import timezone
from django.utils.html import format_html

from accounts import timefmt
from interviews.models import follow_up_window_text

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
        timefmt.when(deadline),
        describe_time_left(delta),
    )


@register.filter
def iso(value: datetime) -> str:
    """As ``date:'c'``: ISO 8601 in the user's zone (for ``<time datetime>``)."""
    return timezone.localtime(value).isoformat()


@register.simple_tag
def interview_facts(interview):
    """A row of the interview list under its title: when, the round, the format and who
    decides ("decider_name", when the row has one). Written here rather than as six
    variables and filters in the row, which were most of the list's rendering time."""
    facts = format_html(
        '<time datetime="{}">{}</time> · {} · {}',
        iso(interview.starts_at),
        timefmt.when(interview.starts_at),
        interview.get_round_display(),
        interview.get_format_display(),
    )
    if interview.decider_name:
        facts = format_html("{} · decides: {}", facts, interview.decider_name)
    return facts


BADGE_CLASSES = {
    "offer": "text-bg-success",
    "next_round": "text-bg-success",
    "awaiting": "text-bg-secondary",
}


@register.simple_tag
def outcome_badge(interview) -> str:
    css = BADGE_CLASSES.get(interview.outcome, "text-bg-light border")
    return format_html('<span class="badge {}">{}</span>', css, interview.get_outcome_display())


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


@register.simple_tag
def window_hours() -> str:
    """``FOLLOWUP_WINDOW_HOURS`` as pages and emails say it: "24", or "1.5"."""
    return follow_up_window_text()
