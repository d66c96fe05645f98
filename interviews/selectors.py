"""Reads for the interview pages: each returns everything a page needs in a fixed
number of queries, however many interviews the user has."""

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from interviews.models import Interview, Interviewer, Panelist

INTERVIEW_ROW = ("id", "company", "role", "round", "format", "starts_at", "ends_at")


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


# What the interview page shows of each letter: to whom, its status and when it went out.
LETTER_ROW = (
    "id",
    "interview_id",
    "status",
    "sent_at",
    "recipient_id",
    "recipient_name",
    "recipient__id",
    "recipient__name",
)


def interview_detail(*, user) -> QuerySet[Interview]:
    """The queryset a detail page fetches its one interview from, with panel and letters:
    three queries. The letters come with their recipient's name, not their text."""
    # Letters live in an app above this one: reached through the relation, not imported.
    letters = Interview._meta.get_field("letters").related_model.objects
    return (
        Interview.objects.for_user(user)
        .with_panel()
        .select_related("reply")
        .prefetch_related(
            Prefetch("letters", queryset=letters.select_related("recipient").only(*LETTER_ROW))
        )
    )


def interviewer_list(*, user, now, q: str = "") -> QuerySet[Interviewer]:
    people = Interviewer.objects.for_user(user)
    if q:
        people = people.filter(
            Q(name__icontains=q) | Q(company__icontains=q) | Q(email__icontains=q)
        )
    # Per row, as subqueries: PostgreSQL runs them for the 20 rows of the page only,
    # where a GROUP BY over the join would aggregate every person first. "Last met" is
    # the latest interview that has started (never a future date); the next one is apart.
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
                meetings.filter(interview__starts_at__lte=now)
                .order_by("-interview__starts_at")
                .values("interview__starts_at")[:1]
            ),
            next_meeting_at=Subquery(
                meetings.filter(interview__starts_at__gt=now)
                .order_by("interview__starts_at")
                .values("interview__starts_at")[:1]
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
