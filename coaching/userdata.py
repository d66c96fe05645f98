"""The coaching app's part of the user's data: export, and ending access on deletion.

A user may be a client, a coach, or both. Their export holds the accesses on both
sides and the review comments on their letters and the ones they wrote as a coach.
"""

from django.db.models import Q

from accounts.userdata import stored_rows
from coaching.consent import revoke_access
from coaching.models import CoachAccess, ReviewComment
from reminders.models import Reminder


def coach_accesses(*, user) -> list[dict]:
    # The token is a live credential for an open invitation: not part of an export.
    return stored_rows(
        CoachAccess.objects.filter(Q(client=user) | Q(coach=user)), exclude=("token",)
    )


def review_comments(*, user) -> list[dict]:
    return stored_rows(ReviewComment.objects.filter(Q(letter__owner=user) | Q(author=user)))


def end_access_before_delete(*, user, now) -> None:
    """End coach access both ways. As a client, the rows go with the account. As a coach,
    each client's consent is revoked the usual way (their letters waiting for this review
    go back to draft); the comments the coach wrote stay with the client's letters,
    their author emptied by ``SET_NULL``. The client's invitations to people without an
    account are outbox rows with no user: they go with the account too."""
    Reminder.objects.filter(
        kind=Reminder.Kind.COACH_INVITATION,
        user=None,
        object_id__in=CoachAccess.objects.filter(client=user).values("pk"),
    ).delete()
    for access in CoachAccess.objects.filter(coach=user, revoked_at__isnull=True).select_related(
        "client"
    ):
        revoke_access(access=access, now=now)
