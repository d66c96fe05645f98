"""Reads for the interview pages: each returns everything a page needs in a fixed
number of queries, however many interviews the user has."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from interviews.models import Interview, Interviewer, Panelist
from letters.models import Letter

DASHBOARD_UPCOMING = 5


@dataclass(frozen=True)
class Dashboard:
    follow_ups_due: list[Interview]
    upcoming: list[Interview]
    upcoming_total: int
    letters_waiting: list[Letter]
    has_interviews: bool


def dashboard(*, user, now) -> Dashboard:
    interviews = Interview.objects.for_user(user)
    follow_ups_due = list(
        interviews.awaiting_follow_up(now=now)
        .with_panel()
        .annotate(
            has_draft=Exists(
                Letter.objects.filter(interview=OuterRef("pk")).exclude(status=Letter.Status.SENT)
            )
        )
    )
    upcoming_qs = interviews.upcoming(now=now).with_panel()
    upcoming = list(upcoming_qs[: DASHBOARD_UPCOMING + 1])
    counts = interviews.aggregate(
        upcoming=Count("pk", filter=Q(ends_at__gt=now)), total=Count("pk")
    )
    return Dashboard(
        follow_ups_due=follow_ups_due,
        upcoming=upcoming[:DASHBOARD_UPCOMING],
        upcoming_total=counts["upcoming"],
        letters_waiting=list(letters_waiting_for_reply(user=user)),
        has_interviews=counts["total"] > 0,
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
        .order_by("sent_at", "pk")
    )


def interview_list(*, user, now, q: str = "", outcome: str = "") -> QuerySet[Interview]:
    """The user's interviews in their three groups (``group`` annotated), filtered."""
    interviews = Interview.objects.for_user(user)
    if q:
        interviews = interviews.filter(Q(company__icontains=q) | Q(role__icontains=q))
    if outcome:
        interviews = interviews.filter(outcome=outcome)
    return interviews.with_group(now=now).with_panel()


def interview_detail(*, user) -> QuerySet[Interview]:
    """The queryset a detail page fetches its one interview from, with panel and letters."""
    return Interview.objects.for_user(user).with_panel().prefetch_related("letters__recipient")


def interviewer_list(*, user, q: str = "") -> QuerySet[Interviewer]:
    people = Interviewer.objects.for_user(user)
    if q:
        people = people.filter(
            Q(name__icontains=q) | Q(company__icontains=q) | Q(email__icontains=q)
        )
    return people.with_meetings().order_by("name", "pk")


def interviewer_meetings(*, interviewer: Interviewer) -> QuerySet[Panelist]:
    """Every interview with this person, newest first, with what was discussed."""
    return (
        Panelist.objects.filter(interviewer=interviewer)
        .select_related("interview")
        .order_by("-interview__starts_at")
    )
