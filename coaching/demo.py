"""Demo data for ``seed_demo``: a coach for the demo user, with comments and verdicts.

Runs after letters/demo.py, which leaves one letter ready (approved) and one in review.
The coach signs in to the admin with the demo user's password.
"""

from datetime import timedelta

from coaching import consent
from coaching.models import ReviewComment
from letters.models import Letter

COACH_EMAIL = "coach@followup.local"
COACH_NAME = "Sam Rivera"

Verdict = ReviewComment.Verdict

# (letter status, hours before now, verdict, comment), oldest first
COMMENTS = [
    (
        Letter.Status.READY,
        5,
        Verdict.CHANGES_REQUESTED,
        "Strong opening. Add one result with a number, so Elena sees what you did, "
        "not only what you think.",
    ),
    (
        Letter.Status.READY,
        1,
        Verdict.APPROVED,
        "Much better: the metrics-layer result is exactly what she cares about. Send it.",
    ),
    (
        Letter.Status.IN_REVIEW,
        3,
        Verdict.COMMENT,
        "Reading it now. The priority-queue idea is good; I would put it in the first paragraph.",
    ),
]


def seed(*, user, now) -> dict[str, int]:
    coach, _ = consent.make_coach(email=COACH_EMAIL)
    coach.name = COACH_NAME
    coach.password = user.password  # the same password as the demo user
    coach.is_active = True
    coach.save(update_fields=["name", "password", "is_active"])
    consent.grant_access(coach=coach, client=user, now=now)

    ReviewComment.objects.filter(author=coach, letter__owner=user).delete()
    created = 0
    for status, hours_ago, verdict, body in COMMENTS:
        letter = user.letters.filter(status=status).order_by("pk").first()
        if letter is None:
            continue
        comment = ReviewComment.objects.create(
            letter=letter, author=coach, verdict=verdict, body=body
        )
        # created_at is set on insert; move it back to tell the story in order.
        ReviewComment.objects.filter(pk=comment.pk).update(
            created_at=now - timedelta(hours=hours_ago)
        )
        if verdict == Verdict.APPROVED:
            Letter.objects.filter(pk=letter.pk).update(
                approved_at=now - timedelta(hours=hours_ago), changed_since_approval=False
            )
        created += 1
    return {
        f"coach ({COACH_EMAIL}, same password)": 1,
        "review comments": created,
    }
