"""How much one account may hold: 2,000 interviews and 5,000 interviewers.

Why these numbers: a heavy, real search is the benchmark's account, 500 interviews
with 1,500 people over six months (about three interviews a working day). Four times
that is years of searching, and 2.5 people per interview at the cap leaves room for
panels, since a person met in several rounds is one record. Past that, an account is
a script or a mistake (an import run in a loop), and every page, export and deletion
is sized for these numbers: the panel picker lists a few people whatever the count,
and deleting such an account takes a few short transactions.

The interview services check before writing anything, so every door (the forms, the
invite upload and ``import_interview``) refuses the same way, with the same words.
Two saves at the same moment may both pass the check and overshoot by one: a cap for
sanity, not a quota anyone pays for.
"""

from django.core.exceptions import ValidationError
from django.db.models import Q

from interviews.models import Interview, Interviewer

MAX_INTERVIEWS = 2_000
MAX_INTERVIEWERS = 5_000


class AccountFull(ValidationError):
    """The account holds as much as it may; the message says what to do."""


def check_room(*, owner_id: int, new_interview: bool = False, panel=()) -> None:
    """Raise AccountFull if saving a new interview (``new_interview``) or the people of
    ``panel`` (``PanelEntry``s) would take the owner's account past a cap."""
    if new_interview and Interview.objects.filter(owner_id=owner_id).count() >= MAX_INTERVIEWS:
        raise AccountFull(
            f"Your account holds {MAX_INTERVIEWS:,} interviews, the most one account can "
            "hold. Delete interviews you no longer need, then log this one.",
            code="too_many_interviews",
        )
    typed = [entry for entry in panel if entry.interviewer is None]
    if not typed:
        return
    held = Interviewer.objects.filter(owner_id=owner_id).count()
    if held + len(typed) <= MAX_INTERVIEWERS:
        return
    # Close to the cap: a typed email the owner already knows links to that person
    # and adds nobody, so count exactly.
    adding = len(typed) - _known_emails(typed, owner_id=owner_id)
    if held + adding > MAX_INTERVIEWERS:
        raise AccountFull(
            f"Your account holds {held:,} interviewers, and {MAX_INTERVIEWERS:,} is the most "
            "one account can hold. Pick people you have met instead of typing them again, "
            "or delete people you no longer need.",
            code="too_many_interviewers",
        )


def _known_emails(entries, *, owner_id: int) -> int:
    emails = {entry.email.lower() for entry in entries if entry.email}
    if not emails:
        return 0
    same = Q()
    for email in emails:
        same |= Q(email__iexact=email)
    known = Interviewer.objects.filter(same, owner_id=owner_id).values_list("email", flat=True)
    known = {email.lower() for email in known}
    return sum(1 for entry in entries if entry.email and entry.email.lower() in known)
