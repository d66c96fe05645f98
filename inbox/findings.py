"""What the mailbox check found, as the pages show it: replies recorded from the mailbox
and questions ("Is this their reply?"), each in one query however many there are."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Window

from inbox.models import MailboxConnection, MailboxMatch
from interviews.models import Interview, Reply
from letters.models import Letter

# The dashboard lists at most this many, newest first; answering them brings the next.
DASHBOARD_FINDINGS = 10
# A found reply whose kind the user picked stays on the dashboard this long (to undo it).
FOUND_SHOWN_FOR = timedelta(days=14)
# Questions about one interview on its page (many mails from one address: the latest).
INTERVIEW_QUESTIONS = 5

# What a row names: the letter's recipient, the interview (with its round: one person is
# often met in two), the found reply.
_ROW = (
    "id",
    "how",
    "state",
    "received_at",
    "letter__id",
    "letter__recipient_id",
    "letter__recipient_name",
    "letter__recipient__id",
    "letter__recipient__name",
    "letter__interview__id",
    "letter__interview__company",
    "letter__interview__role",
    "letter__interview__round",
    "letter__interview__reply__id",
    "letter__interview__reply__source",
    "letter__interview__reply__kind",
    "letter__interview__reply__note",
    "letter__interview__reply__received_on",
)


@dataclass(frozen=True)
class Finding:
    match: MailboxMatch

    @property
    def is_question(self) -> bool:
        return self.match.state == MailboxMatch.State.SUGGESTED

    @property
    def letter(self) -> Letter:
        return self.match.letter

    @property
    def interview(self) -> Interview:
        return self.match.letter.interview

    @property
    def reply(self) -> Reply | None:
        """The reply recorded from the mailbox (for a question: None)."""
        return None if self.is_question else self.interview.reply


@dataclass(frozen=True)
class DashboardFindings:
    items: list[Finding]
    more: bool  # more than the dashboard lists
    # Whether a mailbox is connected now: the matches stay after a disconnect, and the
    # section says nothing new is looked for then.
    connected: bool = True


def _rows(user) -> QuerySet[MailboxMatch]:
    return (
        MailboxMatch.objects.filter(owner=user, letter__owner=user)
        .select_related("letter__recipient", "letter__interview__reply")
        .only(*_ROW)
    )


def _open_question() -> Q:
    # A question about an interview that has a reply (confirmed from another mail, or
    # recorded by hand) is moot; it comes back if that reply is undone.
    return Q(state=MailboxMatch.State.SUGGESTED, letter__interview__reply__isnull=True)


def dashboard_findings(*, user, now: datetime) -> DashboardFindings:
    """The open questions and the replies recorded from the mailbox that still are (not
    undone): those whose kind is not picked yet, and the others for FOUND_SHOWN_FOR, and
    whether a mailbox is connected now. Several letters of one interview answered in
    the thread show as one reply.

    One query for a user with nothing found ever (most users: no mailbox connected), two
    otherwise: a plain "any match at all?" costs a fraction of the section's query.
    """
    if not MailboxMatch.objects.filter(owner=user).exists():
        return DashboardFindings(items=[], more=False)
    found = Q(
        state=MailboxMatch.State.RECORDED,
        letter__interview__reply__source=Reply.Source.MAILBOX,
    ) & (Q(letter__interview__reply__kind="") | Q(created_at__gte=now - FOUND_SHOWN_FOR))
    rows = list(
        _rows(user)
        .filter(_open_question() | found)
        .annotate(
            total=Window(Count("pk")),
            connected=Exists(MailboxConnection.objects.filter(owner=OuterRef("owner"))),
        )
        .order_by("-received_at", "-pk")[:DASHBOARD_FINDINGS]
    )
    items, seen = [], set()
    for match in rows:
        finding = Finding(match)
        if not finding.is_question:
            if finding.interview.pk in seen:
                continue
            seen.add(finding.interview.pk)
        items.append(finding)
    return DashboardFindings(
        items=items,
        more=bool(rows) and rows[0].total > len(rows),
        connected=not rows or rows[0].connected,
    )


def interview_questions(*, interview: Interview) -> list[Finding]:
    """The open questions about ``interview``'s letters, latest first. One query."""
    rows = (
        _rows(interview.owner_id)
        .filter(_open_question(), letter__interview=interview)
        .order_by("-received_at", "-pk")[:INTERVIEW_QUESTIONS]
    )
    return [Finding(match) for match in rows]
