"""Reads for the letter pages: each fetches through the owner, with a fixed number of queries."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import (
    Case,
    Count,
    F,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone

from interviews.models import (
    Interview,
    Panelist,
    follow_up_window,
    follow_up_window_hours,
)
from interviews.selectors import pk_url
from letters import check_cache, quality, wizard
from letters.assembly import interview_weekday
from letters.models import UNSENT_FIRST, Letter, PersonalWord, addressee


def letter_for_user(*, user, pk: int) -> Letter:
    """The user's letter with its interview and recipient, or 404."""
    letter = get_object_or_404(
        Letter.objects.for_user(user).select_related("interview", "recipient"), pk=pk
    )
    letter.owner = user  # the same row; saves a query wherever the sender's name is used
    return letter


def interview_for_user(*, user, pk: int) -> Interview:
    return get_object_or_404(Interview.objects.for_user(user), pk=pk)


def letter_list(*, user, q: str = ""):
    """Unsent letters first (the ones that still need work), newest first within each;
    ``q`` keeps those whose company or recipient contains it.

    Only the columns a row shows: not the body, the answers or the assembled text.
    """
    letters = Letter.objects.for_user(user)
    if q:
        # The recipient's name as stored on the letter too: the person may be deleted.
        letters = letters.filter(
            Q(interview__company__icontains=q)
            | Q(recipient__name__icontains=q)
            | Q(recipient_name__icontains=q)
        )
    return (
        letters.select_related("interview", "recipient")
        .only(
            "id",
            "status",
            "wizard_step",
            "body",  # empty or not decides "continue the wizard"; see below
            "sent_at",
            "score",
            "updated_at",
            "interview__id",
            "interview__company",
            "interview__role",
            "recipient_name",
            "recipient__id",
            "recipient__name",
        )
        .order_by(UNSENT_FIRST, "-updated_at", "-pk")
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

    @property
    def is_decision_maker(self) -> bool:
        return bool(self.panelist and self.panelist.is_decision_maker)

    @property
    def known_names(self) -> tuple[str, ...]:
        interview = self.letter.interview
        names = [p.interviewer.name for p in self.panel]
        return (*names, self.letter.to_name, interview.company, interview.role)

    def initial_answers(self) -> dict:
        """The saved answers. A field the user has not answered stays empty: the notes
        are shown beside the steps, never put in a field."""
        return dict(self.letter.answers)

    def draft(self, answers: dict | None = None) -> wizard.Draft:
        """The draft the answers make (the saved ones, or ``answers`` as typed over
        them), with a notice on every answer: what the wizard's steps and the draft page
        say. An empty closing stays empty; its notice offers one to take."""
        letter = self.letter
        interview = letter.interview
        zone = letter.owner.zone  # the day they met, and today, as the user counts days
        day = timezone.localtime(interview.starts_at, zone).date() if interview.starts_at else None
        return wizard.draft_with_prefills(
            answers=self.letter.answers if answers is None else answers,
            recipient_name=letter.to_name,
            sender_name=letter.owner.get_full_name(),
            company=interview.company,
            role=interview.role,
            is_decision_maker=self.is_decision_maker,
            seed=str(letter.pk),
            # "Thank you for meeting with me on Thursday": only while that is last Thursday.
            interview_day=interview_weekday(day, today=timezone.localdate(timezone=zone)),
        )

    def report(self, *, subject=None, body=None, now=None) -> quality.Report:
        """The checker's report on the saved text, or on ``subject``/``body`` as typed,
        with everything the app knows around the letter: the notes, the user's answers,
        their other interviews' companies, their own dictionary and the interview's other
        drafts (one query).

        The report on the saved text is kept on the letter with the hash of everything
        the checker read; a page view re-runs the checker only when that changed.
        """
        letter = self.letter
        interview = letter.interview
        panelist = self.panelist
        now = now or timezone.now()
        others = checker_reads(letter)
        inputs = {
            "subject": letter.subject if subject is None else subject,
            "body": letter.body if body is None else body,
            "recipient_name": letter.to_name,
            "company": interview.company,
            "role": interview.role,
            "known_names": list(self.known_names),
            "discussed": panelist.discussed if panelist else "",
            "problem": panelist.problem_mentioned if panelist else "",
            "answers": wizard.answer_texts(letter.answers),
            "sender": next(iter(others["sender"]), ""),
            "interview_date": _interview_day(interview, others["time_zone"]),
            "other_companies": others["company"],
            "personal_words": others["word"],
            "interview_starts_at": interview.starts_at,
            "interview_ended_at": interview.ends_at,
            "drafted_at": letter.updated_at,
            "other_bodies": others["body"],
            "window_hours": follow_up_window_hours(),
        }
        key = check_cache.key(inputs, now=now)
        saved_text = (inputs["subject"], inputs["body"]) == (letter.subject, letter.body)
        if key == letter.check_hash and (cached := check_cache.load(letter.check_report)):
            return cached
        report = quality.check_letter(**inputs, now=now)
        if saved_text and (data := check_cache.dump(report)) is not None:
            # An UPDATE of two columns: ``updated_at`` (the draft's time) stays as it is.
            Letter.objects.filter(pk=letter.pk).update(check_hash=key, check_report=data)
            letter.check_hash, letter.check_report = key, data
        return report


def _interview_day(interview: Interview, time_zone: list[str]):
    """The interview's day in the user's zone: the day their letter speaks of."""
    if interview.starts_at is None:
        return None
    try:
        zone = zoneinfo.ZoneInfo(time_zone[0]) if time_zone and time_zone[0] else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = None
    return timezone.localtime(interview.starts_at, zone).date()


def checker_reads(letter: Letter) -> dict[str, list[str]]:
    """In one query, what the checker reads besides the letter: the companies of the
    owner's other interviews (a letter naming one was reused), their own dictionary, and
    the bodies of the interview's other letters (one copied to two people is flagged)."""
    companies = (
        Interview.objects.for_user(letter.owner_id)
        .exclude(company__iexact=letter.interview.company)
        .annotate(kind=Value("company"))
        .order_by()
        .values_list("kind", "company")
    )
    words = (
        PersonalWord.objects.filter(owner_id=letter.owner_id)
        .annotate(kind=Value("word"))
        .order_by()
        .values_list("kind", "word")
    )
    bodies = (
        Letter.objects.filter(interview_id=letter.interview_id)
        .exclude(pk=letter.pk)
        .exclude(body="")
        .annotate(kind=Value("body"))
        .order_by()
        .values_list("kind", "body")
    )
    found: dict[str, list[str]] = {"body": [], "company": [], "word": []}
    for kind, value in companies.union(words, bodies).order_by("kind"):
        found[kind].append(value)
    # The sender's own name (the signature) and time zone (the interview's day): the
    # owner's row, which the letter's views have read already (``letter_for_user``).
    owner = letter.owner
    found["sender"], found["time_zone"] = [owner.name], [owner.time_zone]
    return found


def letter_context(letter: Letter) -> LetterContext:
    """One query: the panel. What only the checker reads waits for ``report()``."""
    panel = interview_panel(letter.interview)
    panelist = next((p for p in panel if p.interviewer_id == letter.recipient_id), None)
    return LetterContext(letter=letter, panel=panel, panelist=panelist)


def continue_url(letter: Letter) -> str:
    """Where "Continue" takes the user: the saved wizard step, or the draft once assembled."""
    if wizard_in_progress(letter):
        return reverse("letter_wizard", args=[letter.pk, letter.wizard_step])
    return reverse("letter_detail", args=[letter.pk])


def add_list_links(letters) -> None:
    """What each row of the letters list links to: "Continue" (the wizard step or the
    draft), whether the wizard is still open, and the interview."""
    interview_url = pk_url("interview_detail")
    for letter in letters:
        letter.continue_url = continue_url(letter)
        letter.in_wizard = wizard_in_progress(letter)
        letter.interview_url = interview_url(letter.interview_id)


def wizard_in_progress(letter: Letter) -> bool:
    return not letter.is_sent and not letter.body and letter.wizard_step < wizard.FINISHED


# --- After sending: one sentence about the check-ins, the same on every page ------------

NO_MORE_CHECK_INS = "No more check-ins for this interview."
CHECK_INS_OFF = "No check-in is planned: check-in reminders are off in your preferences."
CHECK_IN_PLANNED = "We'll remind you when to check in."


def check_in_outlook(*, interview: Interview, user) -> str:
    """What follows a sent letter, in the words both the message after "Yes, I sent it"
    and the "What happens next" panel use, so the two never disagree."""
    if interview.reply_received_at or interview.outcome != Interview.Outcome.AWAITING:
        return NO_MORE_CHECK_INS
    if not (user.email_reminders and user.remind_check_in):
        return CHECK_INS_OFF
    return CHECK_IN_PLANNED


# --- The dashboard: what to do now --------------------------------------------------

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
    letters_waiting: list[dict]  # plain rows: see _waiting_rows
    letters_waiting_total: int
    has_interviews: bool


def dashboard(*, user, now) -> Dashboard:
    """Five flat queries however much history the user has: the follow-ups due with
    their counts, the upcoming interviews with their count, the panels and the drafts of
    the interviews shown, and the letters waiting with their count. Each count is a window
    over its list's own query, taken before the cap. (A user with none of these asks one
    more: whether they have any interview at all.)

    The panels and drafts are read for all the rows at once rather than as subqueries
    of each row: a correlated subquery costs the ORM more to build than a second flat
    query costs to run.
    """
    interviews = Interview.objects.for_user(user)
    cutoff = now - follow_up_window() - JUST_CLOSED
    recent = Q(ends_at__gte=cutoff)
    # Every interview awaiting a follow-up, the recent ones first (closing soonest
    # first), so the older ones are counted by the same query instead of a second one.
    awaiting = list(
        interviews.awaiting_follow_up(now=now)
        .only(*INTERVIEW_ROW)
        .annotate(
            due_total=Window(Count("pk", filter=recent)),
            older_total=Window(Count("pk", filter=~recent)),
        )
        .order_by(Case(When(recent, then=Value(0)), default=Value(1)), "ends_at")[:DASHBOARD_DUE]
    )
    # Every interview ahead, soonest first; the next 7 days are shown, all are counted.
    ahead = list(
        interviews.upcoming(now=now)
        .only(*INTERVIEW_ROW)
        .annotate(total=Window(Count("pk")))[:DASHBOARD_UPCOMING]
    )
    follow_ups_due = [interview for interview in awaiting if interview.ends_at >= cutoff]
    soon = now + UPCOMING_WITHIN
    upcoming = [interview for interview in ahead if interview.starts_at <= soon]
    _add_panels_and_drafts(follow_ups_due + upcoming)
    waiting = _waiting_rows(
        letters_waiting_for_reply(user=user)
        .filter(sent_at__gte=now - WAITING_WITHIN)
        .values(
            "pk",
            "sent_at",
            "interview_id",
            "recipient_name",
            company=F("interview__company"),
            role=F("interview__role"),
            interviewer=F("recipient__name"),
        )
        .annotate(total=Window(Count("pk")))[:DASHBOARD_WAITING]
    )
    _add_links(follow_ups_due + upcoming)
    return Dashboard(
        follow_ups_due=follow_ups_due,
        follow_ups_due_total=awaiting[0].due_total if awaiting else 0,
        follow_ups_older=awaiting[0].older_total if awaiting else 0,
        upcoming=upcoming,
        upcoming_total=ahead[0].total if ahead else 0,
        letters_waiting=waiting,
        letters_waiting_total=waiting[0]["total"] if waiting else 0,
        # Only a user with none of the above needs the question asked.
        has_interviews=bool(awaiting or ahead or waiting) or interviews.exists(),
    )


def _add_panels_and_drafts(interviews: list[Interview]) -> None:
    """Set on each interview what its dashboard row shows about it: ``panel_names`` (the
    panel, decision-maker first, as ``Panelist.Meta.ordering``), ``decider_name`` (or
    ""), and ``draft_pk``, the letter not sent yet that was worked on last (or None).
    Two queries for all the rows, as plain values."""
    if not interviews:
        return
    panels: dict[int, list[tuple[str, bool]]] = {}
    for interview_id, name, decides in Panelist.objects.filter(
        interview__in=interviews
    ).values_list("interview_id", "interviewer__name", "is_decision_maker"):
        panels.setdefault(interview_id, []).append((name, decides))
    drafts: dict[int, int] = {}
    for interview_id, pk in (
        Letter.objects.filter(interview__in=interviews)
        .exclude(status=Letter.Status.SENT)
        .order_by("-updated_at", "-pk")
        .values_list("interview_id", "pk")
    ):
        drafts.setdefault(interview_id, pk)
    for interview in interviews:
        panel = panels.get(interview.pk, [])
        interview.panel_names = ", ".join(name for name, _ in panel)
        interview.decider_name = next((name for name, decides in panel if decides), "")
        interview.draft_pk = drafts.get(interview.pk)


def _add_links(interviews: list[Interview]) -> None:
    """Set the URLs each interview row links to: ``url`` (its page), ``letter_url``
    (write or continue its letter) and ``draft_url`` (the draft in progress, or "")."""
    interview_url, start_url = pk_url("interview_detail"), pk_url("letter_start")
    letter_url = pk_url("letter_detail")
    for interview in interviews:
        interview.url = interview_url(interview.pk)
        interview.letter_url = start_url(interview.pk)
        interview.draft_url = letter_url(interview.draft_pk) if interview.draft_pk else ""


def _waiting_rows(rows) -> list[dict]:
    """The letters waiting as plain rows: what a row says (``to_name``, ``company``,
    ``role``, ``sent_at``) and links to (``url``, the letter; ``reply_url``, "They
    replied"). Model instances with their interview and recipient cost the ORM twice
    as much to read, for ten lines of text."""
    letter_url, reply_url = pk_url("letter_detail"), pk_url("interview_reply")
    rows = list(rows)
    for row in rows:
        row["to_name"] = addressee(interviewer=row["interviewer"], stored=row["recipient_name"])
        row["url"] = letter_url(row["pk"])
        row["reply_url"] = reply_url(row["interview_id"])
    return rows


def letters_waiting_for_reply(*, user) -> QuerySet[Letter]:
    """Sent letters whose interview is still undecided and got no reply yet, the
    longest waiting first."""
    return (
        Letter.objects.for_user(user)
        .filter(
            status=Letter.Status.SENT,
            interview__outcome=Interview.Outcome.AWAITING,
            interview__reply_received_at__isnull=True,
        )
        .order_by("sent_at", "pk")
    )
