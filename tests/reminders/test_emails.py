"""Reminder emails as the recipient reads them: subject, text and HTML from the templates,
values escaped in HTML only, dates in the user's zone, and the check-in's branches."""

from datetime import UTC, date, datetime, timedelta
from email import policy

import pytest
from django.core.mail import EmailMultiAlternatives

from letters.models import Letter
from reminders import emails
from reminders.models import Reminder
from tests.factories import InterviewFactory, LetterFactory, ReminderFactory, UserFactory

pytestmark = pytest.mark.django_db

Kind = Reminder.Kind
ENDED = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
TRICKY = 'Smith & Sons <b>"R&D"</b>'


def reminder(kind=Kind.NUDGE, *, letter=False, decision=None, sequence=1):
    user = UserFactory(name="Ana Lima", time_zone="America/New_York")
    interview = InterviewFactory(
        owner=user,
        company=TRICKY,
        starts_at=ENDED - timedelta(hours=1),
        ends_at=ENDED,
        decision_expected_by=decision,
    )
    sent = (
        LetterFactory(
            interview=interview,
            status=Letter.Status.SENT,
            sent_at=ENDED + timedelta(hours=3),
            recipient__name="Dana Wu",
        )
        if letter
        else None
    )
    return ReminderFactory(interview=interview, letter=sent, kind=kind, sequence=sequence)


def test_a_company_name_with_markup_is_plain_in_subject_and_text_and_escaped_in_html():
    message = emails.build(reminder(), now=ENDED + timedelta(hours=2))

    assert message.subject == f"Write your {TRICKY} follow-up while it's fresh"
    assert TRICKY in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert "Smith &amp; Sons &lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;" in html
    assert TRICKY not in html


def test_the_last_call_gives_the_time_left_and_the_close_in_the_users_zone():
    message = emails.build(reminder(Kind.LAST_CALL), now=ENDED + timedelta(hours=20))

    assert message.subject == f"Last call: 4 hours left for your {TRICKY} letter"
    # 15:00 UTC on 11 March is 11:00 in New York (EDT since 8 March).
    assert "closes Wed 11 Mar, 11:00 EDT" in message.body


def test_a_first_check_in_names_the_letters_recipient_and_the_decision_date():
    message = emails.build(
        reminder(Kind.CHECK_IN, letter=True, decision=date(2026, 3, 20)),
        now=ENDED + timedelta(days=12),
    )

    assert "You sent your follow-up to Dana Wu on" in message.body
    assert "they expected to decide by" in message.body
    assert "You haven't heard back yet." in message.body


def test_a_later_check_in_without_a_letter_says_the_last_check_in_had_no_answer():
    message = emails.build(reminder(Kind.CHECK_IN, sequence=2), now=ENDED + timedelta(days=20))

    assert f"You followed up on your {TRICKY} interview" in message.body
    assert "Your last check-in has had no answer yet." in message.body


def test_time_left_reads_in_days_hours_and_minutes_rounded_down():
    assert emails.time_left(timedelta(hours=3, minutes=20, seconds=59)) == "3 hours 20 minutes"
    assert emails.time_left(timedelta(days=1, hours=2, minutes=5)) == "1 day 2 hours"
    assert emails.time_left(timedelta(seconds=-5)) == "less than a minute"


def test_the_outbox_writes_every_header_as_the_standard_email_policy_does():
    row = reminder()
    row.user.name = "Zoë Ångström"
    row.interview.company = "Café Zürich – Ærø"
    message = emails.build(row, now=ENDED + timedelta(hours=2))
    standard = policy.SMTP.clone(max_line_length=998)

    ours = message.message(policy=policy.SMTP)
    stock = EmailMultiAlternatives.message(message, policy=standard)

    names = [name for name in ours if name not in ("Date", "Content-Type")]
    assert names == [name for name in stock if name not in ("Date", "Content-Type")]
    for name in names:
        assert standard.fold_binary(name, ours[name]) == standard.fold_binary(name, stock[name])
    assert str(ours["To"].addresses[0].display_name) == "Zoë Ångström"
