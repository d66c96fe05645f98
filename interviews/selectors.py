"""Reads for the interview pages: each returns everything a page needs in a fixed
number of queries, however many interviews the user has."""

from django.db.models import Q, QuerySet

from interviews.models import Interview, Interviewer, Panelist


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
    return (
        Interview.objects.for_user(user)
        .with_panel()
        .select_related("reply")
        .prefetch_related("letters__recipient")
    )


def interviewer_list(*, user, now, q: str = "") -> QuerySet[Interviewer]:
    people = Interviewer.objects.for_user(user)
    if q:
        people = people.filter(
            Q(name__icontains=q) | Q(company__icontains=q) | Q(email__icontains=q)
        )
    return people.with_meetings(now=now).order_by("name", "pk")


def interviewer_meetings(*, interviewer: Interviewer) -> QuerySet[Panelist]:
    """Every interview with this person, newest first, with what was discussed."""
    return (
        Panelist.objects.filter(interviewer=interviewer)
        .select_related("interview")
        .order_by("-interview__starts_at")
    )
