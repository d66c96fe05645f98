"""Reads for the letter pages: each fetches through the owner, with a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, Count, Exists, OuterRef, Q, QuerySet, When
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone

from interviews.models import Interview, Panelist
from letters import quality, wizard
from letters.models import Letter


def letter_for_user(*, user, pk: int) -> Letter:
    """The user's letter with its interview and recipient, or 404."""
    letter = get_object_or_404(
        Letter.objects.for_user(user).select_related("interview", "recipient"), pk=pk
    )
    letter.owner = user  # the same row; saves a query wherever the sender's name is used
    return letter


def interview_for_user(*, user, pk: int) -> Interview:
    return get_object_or_404(Interview.objects.for_user(user), pk=pk)


def letter_list(*, user):
    """Unsent letters first (the ones that still need work), newest first within each."""
    return (
        Letter.objects.for_user(user)
        .select_related("interview", "recipient")
        .order_by(Case(When(status=Letter.Status.SENT, then=1), default=0), "-updated_at")
    )


def interview_panel(interview: Interview) -> list[Panelist]:
    """The interview's panelists, decision-maker first, with their interviewers."""
    return list(interview.panelists.select_related("interviewer"))


def letters_by_recipient(interview: Interview) -> dict[int, Letter]:
    return {letter.recipient_id: letter for letter in interview.letters.all()}


@dataclass(frozen=True)
class LetterContext:
    """What the wizard, the editor and the checker need to know around one letter."""

    letter: Letter
    panel: list[Panelist]
    panelist: Panelist | None  # None if the recipient was removed from the panel
    other_bodies: tuple[str, ...]

    @property
    def is_decision_maker(self) -> bool:
        return bool(self.panelist and self.panelist.is_decision_maker)

    @property
    def known_names(self) -> tuple[str, ...]:
        interview = self.letter.interview
        names = [p.interviewer.name for p in self.panel]
        return (*names, self.letter.to_name, interview.company, interview.role)

    def initial_answers(self) -> dict:
        """The saved answers, with notes from the interview for the unanswered ones."""
        panelist = self.panelist
        prefill = wizard.initial_answers(
            discussed=panelist.discussed if panelist else "",
            problem_mentioned=panelist.problem_mentioned if panelist else "",
            is_decision_maker=self.is_decision_maker,
        )
        return prefill | self.letter.answers

    def report(self, *, subject=None, body=None, now=None) -> quality.Report:
        letter = self.letter
        return quality.check_letter(
            subject=letter.subject if subject is None else subject,
            body=letter.body if body is None else body,
            recipient_name=letter.to_name,
            known_names=self.known_names,
            interview_ended_at=letter.interview.ends_at,
            drafted_at=letter.updated_at,
            now=now or timezone.now(),
            other_bodies=self.other_bodies,
        )


def letter_context(letter: Letter) -> LetterContext:
    """Two queries: the panel, and the bodies of the interview's other letters."""
    panel = interview_panel(letter.interview)
    panelist = next((p for p in panel if p.interviewer_id == letter.recipient_id), None)
    other_bodies = tuple(
        body
        for body in Letter.objects.filter(interview_id=letter.interview_id)
        .exclude(pk=letter.pk)
        .exclude(body="")
        .values_list("body", flat=True)
    )
    return LetterContext(letter=letter, panel=panel, panelist=panelist, other_bodies=other_bodies)


def continue_url(letter: Letter) -> str:
    """Where "Continue" takes the user: the saved wizard step, or the draft once assembled."""
    if wizard_in_progress(letter):
        return reverse("letter_wizard", args=[letter.pk, letter.wizard_step])
    return reverse("letter_detail", args=[letter.pk])


def wizard_in_progress(letter: Letter) -> bool:
    return not letter.is_sent and not letter.body and letter.wizard_step < wizard.FINISHED


# --- The dashboard: what to do now --------------------------------------------------

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
