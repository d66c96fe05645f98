"""The user's answers about what the mailbox check found.

- ``match_confirm``: "Yes, it's their reply" to a question (a mail from the recipient's
  address with no thread headers): the reply is recorded with the mail's date.
- ``match_dismiss``: "Not their reply": the question goes away for good.
- ``found_reply_undo``: a reply recorded from the mailbox was not theirs: the reply goes,
  the interview is open again, and the message is never recorded again (its match stays,
  UNDONE, and the match's Message-ID hash keeps a later check from taking it again).

Each is conditional on the match's state, so a second click (or two tabs) changes nothing.
"""

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from inbox.models import MailboxMatch
from interviews import services as interview_services
from interviews.models import Interview, Reply


def matches_for_user(user) -> QuerySet[MailboxMatch]:
    """The user's matches, with the letter and interview the pages name."""
    return MailboxMatch.objects.filter(owner=user, letter__owner=user).select_related(
        "letter__interview", "letter__recipient"
    )


@transaction.atomic
def match_confirm(*, match: MailboxMatch, now=None) -> Reply | None:
    """Record the reply a question was about, found in the mailbox on the mail's date.

    Returns the interview's reply, or None when the question was answered already. An
    interview that has a reply keeps it; the match is recorded either way.
    """
    now = now or timezone.now()
    claimed = MailboxMatch.objects.filter(pk=match.pk, state=MailboxMatch.State.SUGGESTED).update(
        state=MailboxMatch.State.RECORDED, updated_at=now
    )
    if not claimed:
        return None
    match.state = MailboxMatch.State.RECORDED
    reply, _ = interview_services.record_reply_found_in_mailbox(
        interview=match.letter.interview, received_on=match.received_at, now=now
    )
    return reply


def match_dismiss(*, match: MailboxMatch, now=None) -> bool:
    """ "Not their reply": the question is closed. Returns whether this call closed it."""
    now = now or timezone.now()
    dismissed = MailboxMatch.objects.filter(pk=match.pk, state=MailboxMatch.State.SUGGESTED).update(
        state=MailboxMatch.State.DISMISSED, updated_at=now
    )
    if dismissed:
        match.state = MailboxMatch.State.DISMISSED
    return bool(dismissed)


@transaction.atomic
def found_reply_undo(*, interview: Interview, now=None) -> bool:
    """Take back the reply found in the mailbox for ``interview`` (the user's own).

    The reply goes and the interview reopens (``interviews.services``); the matches that
    recorded it become UNDONE, so no check records those messages again. A reply the user
    recorded by hand is left alone. Returns whether a reply was taken back.
    """
    now = now or timezone.now()
    undone = interview_services.interview_undo_mailbox_reply(interview=interview, now=now)
    if undone:
        MailboxMatch.objects.filter(
            owner_id=interview.owner_id,
            letter__interview=interview,
            state=MailboxMatch.State.RECORDED,
        ).update(state=MailboxMatch.State.UNDONE, updated_at=now)
    return undone
