"""Reads for the interview pages: each returns everything a page needs in a fixed
number of queries, however many interviews the user has."""

import sys
from collections.abc import Callable
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple

from django.core.paginator import Page, Paginator
from django.db.models import Count, Max, OuterRef, Prefetch, Q, QuerySet, Subquery, Window
from django.urls import reverse

from interviews.models import Interview, Interviewer, Panelist

INTERVIEW_ROW = ("id", "company", "role", "round", "format", "starts_at", "ends_at")


def pk_url(name: str) -> Callable[[int], str]:
    """``reverse(name, args=[pk])`` for every row of a list at the cost of one reverse:
    the URL of pk 0, with the row's pk in its place. For a URL whose only argument is an
    ``<int:...>``; a ``{% url %}`` per link per row was a tenth of a list page's time."""
    head, zero, tail = reverse(name, args=[0]).rpartition("/0/")
    if not zero:
        raise ValueError(f"{name} does not take one <int:> argument")
    return lambda pk: f"{head}/{pk}/{tail}"


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


def page_of(queryset: QuerySet, number, *, per_page: int) -> Page:
    """``Paginator(queryset, per_page).get_page(number)`` in one query: the total is
    a window over the page's own rows instead of a COUNT before them. A page out of
    range (no rows come back) goes to the paginator, which counts and picks the last."""
    try:
        wanted = int(number)
    except (TypeError, ValueError):
        wanted = 1  # as get_page: a page that is not a number is the first
    if 1 <= wanted <= sys.maxsize // per_page:  # an OFFSET the database can take
        start = (wanted - 1) * per_page
        rows = list(queryset.annotate(total=Window(Count("pk")))[start : start + per_page])
        if rows:
            paginator = Paginator(queryset, per_page)
            paginator.count = rows[0].total  # what its COUNT would have said
            return Page(rows, wanted, paginator)
    return Paginator(queryset, per_page).get_page(number)


class Section(NamedTuple):
    """One group of a page of the interview list, and what its rows show besides the
    interview: the countdown (awaiting a follow-up) and the outcome (all but upcoming)."""

    group: Interview.Group
    interviews: list[Interview]

    @property
    def shows_countdown(self) -> bool:
        return self.group == Interview.Group.AWAITING

    @property
    def shows_outcome(self) -> bool:
        return self.group != Interview.Group.UPCOMING


def interview_sections(rows) -> list[Section]:
    """A page of ``interview_list`` in its groups, each row with its ``url``."""
    interview_url = pk_url("interview_detail")
    sections = []
    for group, members in groupby(rows, key=attrgetter("group")):
        members = list(members)
        for interview in members:
            interview.url = interview_url(interview.pk)
        sections.append(Section(group=Interview.Group(group), interviews=members))
    return sections


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


def interviewer_list(*, user, q: str = "") -> QuerySet[Interviewer]:
    """The user's people by name, with only the columns a row shows; ``add_meetings``
    then adds what the rows of one page say about their interviews."""
    people = Interviewer.objects.for_user(user)
    if q:
        people = people.filter(
            Q(name__icontains=q) | Q(company__icontains=q) | Q(email__icontains=q)
        )
    return people.only("id", "name", "job_title", "company").order_by("name", "pk")


def add_meetings(people: list[Interviewer], *, now) -> None:
    """Set on each person ``interview_count``, ``last_met_at`` (the latest interview that
    has started, never a future date) and ``next_meeting_at`` (the next one to come).

    One flat query for the people of a page, as plain values: three correlated
    subqueries per row cost the ORM more to build than this costs to run.
    """
    starts: dict[int, list] = {}
    meetings = (
        Panelist.objects.filter(interviewer__in=[p.pk for p in people])
        .order_by()  # not the panel's order, which would join the people again
        .values_list("interviewer_id", "interview__starts_at")
    )
    for interviewer_id, starts_at in meetings:
        starts.setdefault(interviewer_id, []).append(starts_at)
    for person in people:
        theirs = starts.get(person.pk, [])
        person.interview_count = len(theirs)
        person.last_met_at = max((at for at in theirs if at <= now), default=None)
        person.next_meeting_at = min((at for at in theirs if at > now), default=None)


def interviewer_meetings(*, interviewer: Interviewer) -> QuerySet[Panelist]:
    """Every interview with this person, newest first, with what was discussed."""
    return (
        Panelist.objects.filter(interviewer=interviewer)
        .select_related("interview")
        .order_by("-interview__starts_at")
    )


# The panel picker offers this many people (recent ones, or the matches of a search),
# never every interviewer of the account: with thousands, each of 20 rows listing all
# of them made the edit page megabytes long.
PICKER_SIZE = 20


def panel_choices(*, user, also=()) -> list[Interviewer]:
    """The people a panel row offers, in one query whatever the account holds: the
    ``PICKER_SIZE`` the user met most recently (on their latest panels, then the latest
    added) and ``also`` (ids already on the panel or sent back by the form)."""
    mine = Interviewer.objects.for_user(user)
    latest_panels = (
        Panelist.objects.filter(interview__owner=user)
        .order_by("-interview__starts_at", "-pk")
        .values("interviewer_id")[:PICKER_SIZE]
    )
    latest_added = mine.order_by("-pk").values("pk")[:PICKER_SIZE]
    also = {pk for pk in also if pk}
    candidates = list(
        mine.filter(Q(pk__in=latest_panels) | Q(pk__in=latest_added) | Q(pk__in=also)).annotate(
            last_met=Max("panelists__interview__starts_at")
        )
    )
    by_recency = sorted(
        candidates, key=lambda p: (p.last_met is not None, p.last_met or 0, p.pk), reverse=True
    )
    offered = {p.pk for p in by_recency[:PICKER_SIZE]} | also
    return sorted((p for p in candidates if p.pk in offered), key=lambda p: (p.name, p.pk))


def interviewer_search(*, user, q: str) -> list[Interviewer]:
    """At most ``PICKER_SIZE`` of the user's people whose name, company or email holds
    ``q``; an empty ``q`` gives the recent ones."""
    q = q.strip()
    if not q:
        return panel_choices(user=user)
    people = Interviewer.objects.for_user(user).filter(
        Q(name__icontains=q) | Q(company__icontains=q) | Q(email__icontains=q)
    )
    return list(people.order_by("name", "pk")[:PICKER_SIZE])
