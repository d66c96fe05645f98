"""Demo data for ``seed_demo``: enough history that /insights/ draws real charts.

Runs last, after interviews, letters, reminders and coaching. It adds fifteen settled
interviews from the last eleven weeks (letters sent early, late or not at all, checker
scores in every band, replies of every kind), and records the replies of the demo's own
settled interviews (Umbrella Health: a rejection; Hooli first round: an invitation to the
next round). The Acme Corp first round's reply was found in the mailbox (inbox/demo.py,
which runs before this). Created without the scheduling signals: they are all in
the past and settled, so they plan no reminders.
"""

from datetime import datetime, time, timedelta

from interviews.models import Interview, Interviewer, Panelist, Reply
from interviews.services import interview_record_reply
from letters.models import Letter

O = Interview.Outcome  # noqa: E741
K = Reply.Kind

# (days ago, company, role, letter sent after (hours) or None, to the decision-maker,
#  checker score, reply kind or None, reply after (days), outcome)
HISTORY = [
    (76, "Tessellate", "Data Engineer", 3, True, 91, K.NEXT_ROUND, 4, O.NEXT_ROUND),
    (72, "Parallax Labs", "Analytics Engineer", 30, True, 74, K.REJECTION, 6, O.REJECTED),
    (68, "Quarry Systems", "Data Analyst", None, False, None, None, 0, O.NO_ANSWER),
    (64, "Lumen Retail", "Data Engineer", 6, True, 86, K.MORE_INFO, 2, O.AWAITING),
    (60, "Cobalt Freight", "BI Developer", 80, False, 58, None, 0, O.NO_ANSWER),
    (57, "Juniper Bank", "Senior Data Engineer", 12, True, 83, K.OFFER, 5, O.OFFER),
    (53, "Orbit Media", "Data Engineer", 50, True, 66, K.OTHER, 8, O.WITHDRAWN),
    (49, "Helix Bio", "Analytics Engineer", None, False, None, K.REJECTION, 9, O.REJECTED),
    (45, "Tessellate", "Data Engineer", 2, True, 89, K.NEXT_ROUND, 3, O.NEXT_ROUND),
    (41, "Sparrow Travel", "Data Analyst", 100, False, 52, None, 0, O.NO_ANSWER),
    (38, "Granite Insurance", "Data Engineer", 18, True, 79, K.REJECTION, 7, O.REJECTED),
    (34, "Juniper Bank", "Senior Data Engineer", 5, True, 93, K.NEXT_ROUND, 2, O.NEXT_ROUND),
    (30, "Meridian Energy", "Data Platform Engineer", 40, True, 71, None, 0, O.NO_ANSWER),
    (26, "Lattice Health", "Analytics Engineer", 8, False, 84, K.MORE_INFO, 3, O.AWAITING),
    (22, "Tessellate", "Lead Data Engineer", 22, True, 77, K.OFFER, 4, O.OFFER),
]

# The demo's own settled interviews (interviews/demo.py), with the reply they got.
OWN_REPLIES = [
    ("Umbrella Health", "final", K.REJECTION, 6, "They went with an internal candidate."),
    ("Hooli", "first", K.NEXT_ROUND, 3, "Jordan asked for a second round next week."),
]


def seed(*, user, now) -> dict[str, int]:
    zone = user.zone
    for days_ago, company, role, after, to_dm, score, kind, reply_days, outcome in HISTORY:
        day = (now.astimezone(zone) - timedelta(days=days_ago)).date()
        starts_at = datetime.combine(day, time(10, 0), tzinfo=zone)
        ends_at = starts_at + timedelta(hours=1)
        interview = Interview.objects.create(
            owner=user,
            company=company,
            role=role,
            round=Interview.Round.FIRST,
            format=Interview.Format.VIDEO,
            starts_at=starts_at,
            ends_at=ends_at,
            outcome=Interview.Outcome.AWAITING,
        )
        decider, colleague = (
            Interviewer.objects.create(
                owner=user, name=name, job_title=title, company=company, email=""
            )
            for name, title in (
                (f"Hiring manager at {company}", "Engineering Manager"),
                (f"Engineer at {company}", "Senior Engineer"),
            )
        )
        Panelist.objects.create(interview=interview, interviewer=decider, is_decision_maker=True)
        Panelist.objects.create(interview=interview, interviewer=colleague)
        sent_at = None
        if after is not None:
            sent_at = ends_at + timedelta(hours=after)
            Letter.objects.create(
                owner=user,
                interview=interview,
                recipient=decider if to_dm else colleague,
                status=Letter.Status.SENT,
                sent_via=Letter.SentVia.MAIL_CLIENT,
                sent_at=sent_at,
                score=score,
                subject=f"Following up on our {role} conversation",
                body=f"Thank you for the conversation about the {role} role at {company}.",
            )
            interview.follow_up_done_at = sent_at
        interview.outcome = outcome
        interview.save(update_fields=["follow_up_done_at", "outcome"])
        if kind:
            replied_at = (sent_at or ends_at) + timedelta(days=reply_days)
            interview_record_reply(
                interview=interview,
                received_on=replied_at.astimezone(zone).date(),
                kind=kind,
                note="",
                now=replied_at,
            )
    replies = len([row for row in HISTORY if row[6]])
    for company, interview_round, kind, reply_days, note in OWN_REPLIES:
        interview = (
            Interview.objects.filter(owner=user, company=company, round=interview_round)
            .order_by("starts_at")
            .first()
        )
        if interview is None:
            continue
        replied_at = min(interview.ends_at + timedelta(days=reply_days), now)
        interview_record_reply(
            interview=interview,
            received_on=replied_at.astimezone(zone).date(),
            kind=kind,
            note=note,
            now=replied_at,
        )
        replies += 1
    return {"past interviews for insights": len(HISTORY), "replies": replies}
