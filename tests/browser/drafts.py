"""A finished draft to Dana Whitfield (the decision-maker) at Acme Corp, written by Alex
Morgan two hours after the interview: the starting point of the draft page's browser tests."""

from datetime import timedelta

from django.utils import timezone

from letters import selectors, services, wizard
from tests.factories import InterviewerFactory, InterviewFactory, PanelistFactory, UserFactory
from tests.letters.letter_helpers import DM_ANSWERS


def a_finished_draft(*, body: str, subject: str | None = None):
    user = UserFactory(name="Alex Morgan", email="alex@example.com")
    ends_at = timezone.now() - timedelta(hours=2)
    interview = InterviewFactory(
        owner=user, company="Acme Corp", role="Data Engineer",
        starts_at=ends_at - timedelta(hours=1), ends_at=ends_at,
    )  # fmt: skip
    panelist = PanelistFactory(
        interview=interview,
        interviewer=InterviewerFactory(owner=user, name="Dana Whitfield", email="d@acme.example"),
        is_decision_maker=True,
    )
    letter, _ = services.letter_start(
        owner=user, interview=interview, recipient=panelist.interviewer
    )
    letter.owner = user
    context = selectors.letter_context(letter)
    services.letter_save_step(context=context, answers=DM_ANSWERS, go_to=wizard.FINISHED)
    services.letter_update_draft(
        context=selectors.letter_context(letter),
        subject=letter.subject if subject is None else subject,
        body=body,
    )
    return letter
