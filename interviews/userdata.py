"""The interviews app's part of the user's data export (see ``accounts.userdata``)."""

from accounts.userdata import stored_rows
from interviews.models import Interview, Interviewer, Panelist, Reply


def interviews(*, user) -> list[dict]:
    """Every stored column; the CSV a person reads is ``letters.userdata.interview_rows``."""
    return stored_rows(Interview.objects.for_user(user))


def interviewers(*, user) -> list[dict]:
    return stored_rows(Interviewer.objects.for_user(user))


def panels(*, user) -> list[dict]:
    """Who was in which interview, and what the user noted about them."""
    return stored_rows(Panelist.objects.filter(interview__owner=user))


def replies(*, user) -> list[dict]:
    """What each company replied, as the user recorded it."""
    return stored_rows(Reply.objects.filter(interview__owner=user))
