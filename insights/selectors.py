"""The reads behind /insights/: a user's (or many users') interviews as ``InterviewFacts``,
in a fixed number of queries whatever the period. The arithmetic is ``insights.figures``.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from insights.figures import (
    PERIODS,
    Figures,
    InterviewFacts,
    from_facts,
    period_bounds,
)
from interviews.models import Interview, Panelist, Reply, follow_up_window_hours
from letters.models import Letter


def load_facts(*, owners, start: datetime, end: datetime) -> list[InterviewFacts]:
    """The facts of ``owners``' interviews that ended in [start, end), in four queries."""
    rows = list(
        Interview.objects.filter(owner__in=owners, ends_at__gte=start, ends_at__lt=end)
        .order_by("ends_at", "pk")
        .values("pk", "owner_id", "ends_at", "outcome", "reply_received_at", "owner__time_zone")
    )
    ids = [row["pk"] for row in rows]
    replies = dict(
        Reply.objects.filter(interview__in=ids).values_list("interview_id", "received_on")
    )
    deciders = dict(
        Panelist.objects.filter(interview__in=ids, is_decision_maker=True).values_list(
            "interview_id", "interviewer_id"
        )
    )
    letters: dict[int, list[tuple]] = {}
    for interview_id, sent_at, score, recipient_id in (
        Letter.objects.filter(interview__in=ids, status=Letter.Status.SENT, sent_at__isnull=False)
        .order_by("sent_at", "pk")
        .values_list("interview_id", "sent_at", "score", "recipient_id")
    ):
        letters.setdefault(interview_id, []).append((sent_at, score, recipient_id))

    facts = []
    for row in rows:
        zone = _zone(row["owner__time_zone"])
        sent = letters.get(row["pk"], [])
        replied_on = replies.get(row["pk"])
        if replied_on is None and row["reply_received_at"]:
            replied_on = row["reply_received_at"].astimezone(zone).date()
        facts.append(
            InterviewFacts(
                ended_at=row["ends_at"],
                outcome=row["outcome"],
                sent_at=tuple(s[0] for s in sent),
                first_score=sent[0][1] if sent else None,
                to_decision_maker=any(s[2] == deciders.get(row["pk"]) for s in sent),
                replied_on=replied_on,
                zone=zone,
                owner_id=row["owner_id"],
            )
        )
    return facts


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def user_figures(*, user, period: str, now: datetime) -> Figures:
    zone = user.zone
    first = None
    if PERIODS.get(period, 0) is None:  # "all": from the first interview on
        first = (
            Interview.objects.filter(owner=user)
            .order_by("ends_at")
            .values_list("ends_at", flat=True)
            .first()
        )
    start, end = period_bounds(period, now=now, first=first)
    facts = load_facts(owners=[user.pk], start=start, end=end)
    return from_facts(
        facts,
        start=start.astimezone(zone).date(),
        end=end.astimezone(zone).date(),
        zone=zone,
        window_hours=follow_up_window_hours(),
    )
