"""Demo data for ``seed_demo``: letters in every status, written through the wizard.

Runs after interviews/demo.py and builds on its interviews (found by company and
round). The "Northwind Analytics" interview that ended two hours ago gets no letter:
it is the one the dashboard asks the user to write now.

- Umbrella Health, Acme Corp (first round), Hooli: sent long ago;
- Acme Corp (second round, outcome awaiting): sent to Dana by the app four days ago,
  so the reminders have check-ins to plan; a letter to Elena is ready to send;
- Brightwave Health (ended 29 hours ago): the letter to Nora is in review with the
  coach, the one to Chris is a wizard left half-way (at step 4).
"""

from datetime import timedelta

from letters import selectors, services, wizard
from letters.models import Letter
from letters.signals import letter_sent

ACME_ANSWERS = {
    "fit": [
        "moved 40 nightly batch jobs to Kafka streams at Finlytics, cutting data lag "
        "from 20 hours to 15 minutes",
        "built the data-quality checks that took failed loads from 12 a month to 1",
    ],
    "value_gain": wizard.Gain.EFFICIENCY,
}

LETTERS = [
    # (company, round, recipient, status, sent after the end, via, answers)
    (
        "Umbrella Health",
        "final",
        "Grace Kim",
        Letter.Status.SENT,
        timedelta(hours=5),
        Letter.SentVia.MAIL_CLIENT,
        {
            "connection": "When you explained why you moved claims analytics off "
            "spreadsheets, I recognised the same story from my last job.",
            "fit": [
                "rebuilt a hospital group's reporting in dbt, cutting refresh time "
                "from 2 days to 4 hours"
            ],
            "value_problem": "clinicians wait two days for readmission numbers",
            "value_idea": "refresh the readmission model incrementally every hour",
            "value_gain": wizard.Gain.EFFICIENCY,
            "value_gain_detail": "same-day numbers for the ward teams",
            "question": "Which clinical team feels the delay most today?",
        },
    ),
    (
        "Acme Corp",
        "first",
        "Dana Whitfield",
        Letter.Status.SENT,
        timedelta(hours=3),
        Letter.SentVia.APP,
        ACME_ANSWERS
        | {
            "connection": "I enjoyed our conversation about how we cut batch lag with "
            "Kafka at my last job.",
            "value_problem": "reports arrive a day late because the ETL runs overnight",
            "value_idea": "load the three slowest sources incrementally every hour",
            "value_gain_detail": "about 10 analyst hours a week",
            "question": "Is the delay worst at month-end, or every day?",
        },
    ),
    (
        "Hooli",
        "first",
        "Jordan Kim",
        Letter.Status.SENT,
        timedelta(hours=20),
        Letter.SentVia.MANUAL,
        {
            "connection": "You described how the growth team picks which experiments to "
            "run, and I keep thinking about it.",
            "fit": [
                "designed an experiment review at Shopwise that cut inconclusive tests "
                "from 45% to 15%"
            ],
            "value_problem": "half of your A/B tests end without a clear answer",
            "value_idea": "a one-page power check before each test starts",
            "value_gain": wizard.Gain.PROFIT,
            "value_gain_detail": "more winning variants shipped each quarter",
            "question": "Who signs off on a test before it starts today?",
        },
    ),
    (
        "Acme Corp",
        "second",
        "Dana Whitfield",
        Letter.Status.SENT,
        timedelta(hours=6),
        Letter.SentVia.APP,
        ACME_ANSWERS
        | {
            "connection": "I keep thinking about the streaming design exercise and your "
            "point about the idempotent sink.",
            "value_problem": "your finance team wants same-day revenue numbers by Q3",
            "value_idea": "stream order events into a small revenue table that finance "
            "can query by noon",
            "value_gain_detail": "a day earlier on every revenue decision",
            "question": "Which revenue figure does finance ask for first each morning?",
        },
    ),
    (
        "Acme Corp",
        "second",
        "Elena Petrova",
        Letter.Status.READY,
        None,
        "",
        {
            "connection": "Your roadmap for self-serve data products stuck with me, "
            "especially the part about one shared metrics layer.",
            "fit": ["wrote the metric definitions 30 analysts at Finlytics now share"],
            "value_problem": "product managers cannot trust metric definitions across teams",
            "value_idea": "I would start a reviewed catalogue of the ten metrics everyone quotes.",
            "value_gain": wizard.Gain.EFFICIENCY,
            "question": "Which metric causes the most arguments between teams today?",
        },
    ),
    (
        "Brightwave Health",
        "first",
        "Nora Patel",
        Letter.Status.IN_REVIEW,
        None,
        "",
        {
            "connection": "You walked me through the move from a monolith to services for "
            "patient scheduling, and the queue that backs up.",
            "fit": ["cut a Django booking page from 8 seconds to 400 ms at CareLink"],
            "value_problem": "appointment reminders go out late when the queue backs up",
            "value_idea": "send reminders from a small priority queue of their own",
            "value_gain": wizard.Gain.SAVINGS,
            "value_gain_detail": "fewer no-shows, each one a lost appointment slot",
            "question": "How many reminders go out late on a busy Monday?",
        },
    ),
]

HALF_FINISHED = (
    "Brightwave Health",
    "first",
    "Chris Doyle",
    {
        "connection": "I enjoyed digging into Django ORM performance and the N+1 queries "
        "on the scheduling page with you.",
        "fit": ["cut a Django booking page from 8 seconds to 400 ms at CareLink"],
    },
    4,  # the step the user left at
)


def seed(*, user, now) -> dict[str, int]:
    user.letters.all().delete()
    for company, interview_round, name, status, sent_after, via, answers in LETTERS:
        letter = _start(user, company, interview_round, name)
        if letter is None:
            continue
        context = selectors.letter_context(letter)
        services.letter_save_step(context=context, answers=answers, go_to=wizard.FINISHED, now=now)
        if status == Letter.Status.SENT:
            _mark_sent(letter, sent_at=letter.interview.ends_at + sent_after, via=via, now=now)
        elif status == Letter.Status.READY:
            Letter.objects.filter(pk=letter.pk).update(
                status=status, review_requested_at=now - timedelta(hours=2), approved_at=now
            )
        elif status == Letter.Status.IN_REVIEW:
            Letter.objects.filter(pk=letter.pk).update(
                status=status, review_requested_at=now - timedelta(hours=20)
            )

    company, interview_round, name, answers, step = HALF_FINISHED
    letter = _start(user, company, interview_round, name)
    if letter is not None:
        services.letter_save_step(
            context=selectors.letter_context(letter), answers=answers, go_to=step, now=now
        )
    return {"letters": user.letters.count()}


def _start(user, company, interview_round, name) -> Letter | None:
    interview = user.interviews.filter(company=company, round=interview_round).first()
    recipient = user.interviewers.filter(name=name).first()
    if interview is None or recipient is None:
        return None
    letter, _ = services.letter_start(owner=user, interview=interview, recipient=recipient)
    letter.owner = user
    return letter


def _mark_sent(letter: Letter, *, sent_at, via, now) -> None:
    """As if the user had sent it at ``sent_at``; reminders are planned as of ``now``."""
    Letter.objects.filter(pk=letter.pk).update(
        status=Letter.Status.SENT, sent_at=sent_at, sent_via=via
    )
    letter.status, letter.sent_at, letter.sent_via = Letter.Status.SENT, sent_at, via
    interview = letter.interview
    if interview.follow_up_done_at is None:
        interview.follow_up_done_at = sent_at
        interview.save(update_fields=["follow_up_done_at", "updated_at"])
    letter_sent.send(sender=Letter, letter=letter, now=now)
