"""Reads for the interview pages: each returns everything a page needs in a fixed
number of queries, however many interviews the user has."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import (
    Count,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce

from interviews.models import (
    Interview,
    Interviewer,
    Panelist,
    _awaiting_follow_up,
    follow_up_window,
)
from letters.models import Letter

# The dashboard shows what needs action now, each section capped with a link to the
# full list, so its size does not grow with months of history.
DASHBOARD_DUE = 10
DASHBOARD_UPCOMING = 5
DASHBOARD_WAITING = 10
# A window that closed up to this long ago still counts as "needs action now" (a late
# letter is still worth sending); older unanswered interviews are only counted.
JUST_CLOSED = timedelta(days=3)
UPCOMING_WITHIN = timedelta(days=7)
# Sent letters older than this have had their check-ins; the interview is the thing to close.
WAITING_WITHIN = timedelta(days=30)
INTERVIEW_ROW = ("id", "company", "role", "round", "format", "starts_at", "ends_at")


@dataclass(frozen=True)
class Dashboard:
    follow_ups_due: list[Interview]
    follow_ups_due_total: int
    follow_ups_older: int  # awaiting a follow-up, window closed long ago
    upcoming: list[Interview]
    upcoming_total: int
    letters_waiting: list[Letter]
    letters_waiting_total: int
    has_interviews: bool


def dashboard(*, user, now) -> Dashboard:
    """Six queries however much history the user has: two lists of interviews, their
    panels (one query for both), the counts, and the letters waiting with their count."""
    interviews = Interview.objects.for_user(user)
    recent = Q(ends_at__gte=now - follow_up_window() - JUST_CLOSED)
    soon = Q(starts_at__lte=now + UPCOMING_WITHIN)
    follow_ups_due = list(
        interviews.awaiting_follow_up(now=now)
        .filter(recent)
        .only(*INTERVIEW_ROW)
        .annotate(
            has_draft=Exists(
                Letter.objects.filter(interview=OuterRef("pk")).exclude(status=Letter.Status.SENT)
            )
        )[:DASHBOARD_DUE]
    )
    upcoming = list(
        interviews.upcoming(now=now).filter(soon).only(*INTERVIEW_ROW)[:DASHBOARD_UPCOMING]
    )
    prefetch_related_objects([*follow_ups_due, *upcoming], _panel_names())
    awaiting = _awaiting_follow_up(now)
    counts = interviews.aggregate(
        due=Count("pk", filter=awaiting & recent),
        older=Count("pk", filter=awaiting & ~recent),
        upcoming=Count("pk", filter=Q(ends_at__gt=now)),
        total=Count("pk"),
    )
    waiting = list(
        letters_waiting_for_reply(user=user)
        .filter(sent_at__gte=now - WAITING_WITHIN)
        .annotate(total=Window(Count("pk")))[:DASHBOARD_WAITING]
    )
    return Dashboard(
        follow_ups_due=follow_ups_due,
        follow_ups_due_total=counts["due"],
        follow_ups_older=counts["older"],
        upcoming=upcoming,
        upcoming_total=counts["upcoming"],
        letters_waiting=waiting,
        letters_waiting_total=waiting[0].total if waiting else 0,
        has_interviews=counts["total"] > 0,
    )


def _panel_names() -> Prefetch:
    """The panel, decision-maker first, with only what a row shows: the names."""
    return Prefetch(
        "panelists",
        queryset=Panelist.objects.select_related("interviewer").only(
            "id", "interview_id", "interviewer_id", "is_decision_maker", "interviewer__name"
        ),
    )


def letters_waiting_for_reply(*, user) -> QuerySet[Letter]:
    """Sent letters whose interview is still undecided and got no reply yet."""
    return (
        Letter.objects.for_user(user)
        .filter(
            status=Letter.Status.SENT,
            interview__outcome=Interview.Outcome.AWAITING,
            interview__reply_received_at__isnull=True,
        )
        .select_related("interview", "recipient")
        .only(
            "pk",
            "sent_at",
            "interview__id",
            "interview__company",
            "interview__role",
            "interview__outcome",
            "recipient__id",
            "recipient__name",
        )
        .order_by("sent_at", "pk")
    )


def interview_list(*, user, now, q: str = "", outcome: str = "") -> QuerySet[Interview]:
    """The user's interviews in their three groups (``group`` annotated), filtered.

    Each row shows who decides (``decider_name``), not the whole panel: one subquery
    instead of a prefetch of every panelist and interviewer.
    """
    interviews = Interview.objects.for_user(user)
    if q:
        interviews = interviews.filter(Q(company__icontains=q) | Q(role__icontains=q))
    if outcome:
        interviews = interviews.filter(outcome=outcome)
    decider = Panelist.objects.filter(interview=OuterRef("pk"), is_decision_maker=True)
    return (
        interviews.only(*INTERVIEW_ROW, "outcome")
        .annotate(decider_name=Subquery(decider.values("interviewer__name")[:1]))
        .with_group(now=now)
    )


def interview_detail(*, user) -> QuerySet[Interview]:
    """The queryset a detail page fetches its one interview from, with panel and letters."""
    return Interview.objects.for_user(user).with_panel().prefetch_related("letters__recipient")


def interviewer_list(*, user, q: str = "") -> QuerySet[Interviewer]:
    people = Interviewer.objects.for_user(user)
    if q:
        people = people.filter(
            Q(name__icontains=q) | Q(company__icontains=q) | Q(email__icontains=q)
        )
    # Per row, as subqueries: PostgreSQL runs them for the 20 rows of the page only,
    # where a GROUP BY over the join would aggregate every person first.
    meetings = Panelist.objects.filter(interviewer=OuterRef("pk"))
    return (
        people.only("id", "name", "job_title", "company")
        .annotate(
            interview_count=Coalesce(
                Subquery(
                    meetings.order_by().values("interviewer").annotate(n=Count("pk")).values("n")
                ),
                0,
            ),
            last_met_at=Subquery(
                meetings.order_by("-interview__starts_at").values("interview__starts_at")[:1]
            ),
        )
        .order_by("name", "pk")
    )


def interviewer_meetings(*, interviewer: Interviewer) -> QuerySet[Panelist]:
    """Every interview with this person, newest first, with what was discussed."""
    return (
        Panelist.objects.filter(interviewer=interviewer)
        .select_related("interview")
        .order_by("-interview__starts_at")
    )
