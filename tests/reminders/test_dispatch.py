"""The outbox sweep (reminders/dispatch.py): claim, send once, record; retry what is temporary.

Sends go to Django's locmem outbox, or to a real SMTP server (aiosmtpd, in a thread)
where the SMTP conversation itself matters: error codes, connections.
"""

import ast
import email
import io
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from interviews import services as interview_services
from interviews.models import Interview
from letters.models import Letter
from reminders import dispatch, scheduling, tasks
from reminders import emails as reminder_emails
from reminders.models import Reminder
from tests.factories import (
    CoachFactory,
    InterviewFactory,
    LetterFactory,
    ReminderFactory,
    UserFactory,
)
from tests.integration.smtp_sink import free_port, running_sink

pytestmark = pytest.mark.django_db

State = Reminder.State
Kind = Reminder.Kind
BASE = Path(__file__).resolve().parents[2]
# Monday 1 June 2026, 10:00 in New York.
ENDED = datetime(2026, 6, 1, 14, 0, tzinfo=UTC)
NOW = ENDED + timedelta(hours=2)


@pytest.fixture
def sink(settings):
    with running_sink() as sink:
        settings.MAILERS = sink.mailer()
        yield sink


def due_nudge(**kwargs) -> Reminder:
    user = kwargs.pop("user", None) or UserFactory(
        name="Alex Morgan", email="alex@example.com", time_zone="America/New_York"
    )
    interview = kwargs.pop("interview", None) or InterviewFactory(
        owner=user,
        company="Northwind Analytics",
        role="Senior Data Engineer",
        starts_at=ENDED - timedelta(hours=1),
        ends_at=ENDED,
    )
    return ReminderFactory(
        interview=interview, user=interview.owner, due_at=kwargs.pop("due_at", NOW), **kwargs
    )


def reload(reminder: Reminder) -> Reminder:
    reminder.refresh_from_db()
    return reminder


# Sending


def test_a_due_reminder_is_sent_once_and_recorded():
    reminder = due_nudge()

    first = dispatch.dispatch_due(now=NOW)
    second = dispatch.dispatch_due(now=NOW + timedelta(minutes=10))

    assert (first, second) == ({"sent": 1}, {})
    assert len(mail.outbox) == 1
    reminder = reload(reminder)
    assert (reminder.state, reminder.sent_at, reminder.attempts, reminder.lease_until) == (
        State.SENT,
        NOW,
        1,
        None,
    )


def test_a_reminder_not_due_yet_is_left_scheduled():
    reminder = due_nudge(due_at=NOW + timedelta(minutes=1))

    assert dispatch.dispatch_due(now=NOW) == {}

    assert mail.outbox == []
    assert reload(reminder).state == State.SCHEDULED


def test_the_nudge_email_has_text_html_the_wizard_button_and_time_left_in_the_users_zone():
    reminder = due_nudge()

    dispatch.dispatch_due(now=NOW)

    [message] = mail.outbox
    wizard = f"http://testserver/interviews/{reminder.interview_id}/letter/"
    assert message.subject == "Write your Northwind Analytics follow-up while it's fresh"
    assert message.to == ["Alex Morgan <alex@example.com>"]
    assert "You have 22 hours left" in message.body
    # 14:00 UTC the next day is 10:00 in New York (EDT).
    assert "closes Tue 2 Jun, 10:00 EDT" in message.body
    assert f"Write the letter: {wizard}" in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert f'<a href="{wizard}"' in html
    assert "<strong>22 hours</strong>" in html


def test_the_nudge_names_the_window_the_setting_names_as_every_other_email_does(settings):
    settings.FOLLOWUP_WINDOW_HOURS = 30.5
    reminder = due_nudge()
    reminder.interview.ends_at = NOW - timedelta(hours=1)
    reminder.interview.save()

    dispatch.dispatch_due(now=NOW)

    [message] = mail.outbox
    assert "the 30.5-hour window closes" in message.body


def test_every_reminder_email_carries_one_click_unsubscribe_and_a_stable_message_id():
    reminder = due_nudge()

    dispatch.dispatch_due(now=NOW)

    headers = mail.outbox[0].message()
    assert headers["Message-ID"] == f"<reminder-{reminder.pk}-v1@testserver>"
    # On one line, as a URL: not folded into an RFC 2047 encoded word.
    assert b"\nList-Unsubscribe: <http://testserver/unsubscribe/" in headers.as_bytes()
    assert headers["List-Unsubscribe"].startswith("<http://testserver/unsubscribe/")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert headers["Auto-Submitted"] == "auto-generated"


@pytest.mark.parametrize(
    ("kind", "subject"),
    [
        (Kind.LAST_CALL, "Last call: 22 hours left for your Northwind Analytics letter"),
        (Kind.LATE, "Late, but still worth sending: your Northwind Analytics letter"),
    ],
)
def test_each_letter_reminder_has_its_own_copy(kind, subject):
    due_nudge(kind=kind)

    dispatch.dispatch_due(now=NOW)

    [message] = mail.outbox
    assert message.subject == subject
    assert "/interviews/" in message.alternatives[0][0]


def test_the_late_note_says_how_long_ago_the_window_closed():
    due_nudge(kind=Kind.LATE, due_at=ENDED + timedelta(hours=27))

    dispatch.dispatch_due(now=ENDED + timedelta(hours=27))

    assert "closed 3 hours ago, Tue 2 Jun, 10:00 EDT" in mail.outbox[0].body


def test_a_check_in_email_has_the_three_signed_one_click_links():
    interview = InterviewFactory(company="Globex", starts_at=ENDED - timedelta(hours=1))
    letter = LetterFactory(
        interview=interview, status=Letter.Status.SENT, sent_at=ENDED + timedelta(hours=3)
    )
    Interview.objects.filter(pk=interview.pk).update(follow_up_done_at=letter.sent_at)
    reminder = due_nudge(interview=interview, kind=Kind.CHECK_IN, letter=letter)

    dispatch.dispatch_due(now=NOW)

    [message] = mail.outbox
    assert message.subject == "Time to check in with Globex"
    html = message.alternatives[0][0]
    for label, path in [
        ("Write the check-in", "/write/"),
        ("I got a reply", "/reply/"),
        ("Snooze 3 days", "/snooze/"),
    ]:
        assert label in html and path in html
        assert "http://testserver/r/" in message.body
    assert f"You sent your follow-up to {letter.recipient.name}" in message.body
    assert reload(reminder).state == State.SENT


def test_a_close_suggestion_links_to_the_interview_to_record_the_outcome():
    interview = InterviewFactory(starts_at=ENDED - timedelta(hours=1))
    Interview.objects.filter(pk=interview.pk).update(follow_up_done_at=ENDED)
    due_nudge(interview=interview, kind=Kind.CLOSE_SUGGESTION)

    dispatch.dispatch_due(now=NOW)

    assert f"http://testserver/interviews/{interview.pk}/" in mail.outbox[0].body


def test_a_batch_goes_over_one_smtp_connection(sink):
    reminders = [due_nudge(user=UserFactory()) for _ in range(3)]

    assert dispatch.dispatch_due(now=NOW) == {"sent": 3}

    assert sink.count == 3
    assert sink.connections == 1
    assert sorted(sink.reminder_ids()) == sorted(f"{r.pk}-v1" for r in reminders)
    message = sink.messages()[0]
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == [
        "text/plain",
        "text/html",
    ]


def test_what_reaches_the_mail_server_matches_djangos_own_rendering_of_the_email(
    sink, time_machine
):
    # The unsubscribe link is signed with the second it was made: a clock held still gives
    # the sent mail and the one rendered again here the same token, on a loaded machine too.
    time_machine.move_to(NOW, tick=False)
    user = UserFactory(name="Zoë Ångström", email="zoe@example.com", time_zone="Europe/Oslo")
    interview = InterviewFactory(
        owner=user,
        company="Café Zürich – Ærø",
        starts_at=ENDED - timedelta(hours=1),
        ends_at=ENDED,
    )
    reminder = due_nudge(interview=interview)
    lines = "\n".join(f".{n} a line that starts with a dot" for n in range(3))
    Interview.objects.filter(pk=interview.pk).update(role=f"Data Engineer\n{lines}"[:200])

    assert dispatch.dispatch_due(now=NOW) == {"sent": 1}

    [arrived] = sink.messages()
    reminder = Reminder.objects.select_related("user", "interview", "letter").get(pk=reminder.pk)
    expected = email.message_from_bytes(
        reminder_emails.build(reminder, now=NOW).message().as_bytes(), policy=policy.default
    )
    for header in ("Subject", "From", "To", "Message-ID", "List-Unsubscribe"):
        assert str(arrived[header]) == str(expected[header]), header
    assert arrived["Subject"] == "Write your Café Zürich – Ærø follow-up while it's fresh"
    assert arrived["To"].addresses[0].display_name == "Zoë Ångström"
    # Line ends aside (SMTP carries CRLF), both parts decode to the same text.
    assert [p.get_content().replace("\r\n", "\n") for p in arrived.iter_parts()] == [
        p.get_content() for p in expected.iter_parts()
    ]
    assert ".0 a line that starts with a dot" in arrived.get_body(("plain",)).get_content()


def test_sending_takes_a_fixed_number_of_queries_per_reminder(django_assert_num_queries):
    def expected(n):
        claim = 2 + 2  # savepoint pair; select, update
        rows = 1  # the claimed rows with their user, interview and letter
        # Per message: one transaction (a savepoint pair inside the test's) that marks the
        # previous message sent and checks this claim; the last is marked after the loop.
        sending = 2 * n + 2 * n
        last_look = 3  # savepoint pair and the select that finds nothing more
        return claim + rows + sending + last_look

    due_nudge()
    with django_assert_num_queries(expected(1)):
        dispatch.dispatch_due(now=NOW)

    for _ in range(3):
        due_nudge(user=UserFactory())
    with django_assert_num_queries(expected(3)):
        dispatch.dispatch_due(now=NOW)


def test_the_beat_task_runs_the_sweep():
    due_nudge()

    assert tasks.dispatch_due_reminders() == {"sent": 1}
    assert len(mail.outbox) == 1


# Claims


def test_a_second_sweep_skips_rows_the_first_has_claimed():
    due_nudge()

    first = dispatch.claim_due(now=NOW, limit=10)
    second = dispatch.claim_due(now=NOW, limit=10)

    assert len(first) == 1 and second == []


def test_a_row_another_worker_claims_between_our_read_and_our_update_stays_theirs(
    monkeypatch,
):
    """Where nothing locks the rows we read (no SKIP LOCKED, no immediate transactions)."""
    first, second = due_nudge(), due_nudge(user=UserFactory())
    theirs = NOW + timedelta(seconds=30)
    reads = []

    def due_rows(*, now):
        reads.append(now)
        if len(reads) == 2:  # our update is next: the other worker gets there first
            Reminder.objects.filter(pk=second.pk).update(state=State.SENDING, lease_until=theirs)
        return real_due_rows(now=now)

    real_due_rows = dispatch.due_rows
    monkeypatch.setattr(dispatch, "due_rows", due_rows)

    [claim] = dispatch.claim_due(now=NOW, limit=10)

    assert claim.pk == first.pk
    assert reload(second).lease_until == theirs
    assert reload(first).lease_until == claim.token


def test_a_claim_whose_lease_ran_out_is_claimed_again_because_its_worker_died(settings):
    settings.REMINDER_LEASE_SECONDS = 300
    reminder = due_nudge()
    [claim] = dispatch.claim_due(now=NOW, limit=10)

    assert dispatch.claim_due(now=NOW + timedelta(seconds=299), limit=10) == []
    [again] = dispatch.claim_due(now=NOW + timedelta(seconds=301), limit=10)

    assert again.pk == claim.pk and again.token > claim.token
    assert reload(reminder).attempts == 2
    # The dead worker's claim is void: only the new holder may send.
    assert dispatch.send_claimed([claim], clock=lambda: NOW) == {"lost": 1}
    assert dispatch.send_claimed([again], clock=lambda: NOW) == {"sent": 1}
    assert len(mail.outbox) == 1


def test_a_row_whose_workers_keep_dying_is_failed_after_the_cap(settings):
    settings.REMINDER_MAX_ATTEMPTS = 3
    reminder = due_nudge(state=State.SENDING, attempts=3, lease_until=NOW - timedelta(seconds=1))

    assert dispatch.dispatch_due(now=NOW) == {"failed": 1}

    reminder = reload(reminder)
    assert reminder.state == State.FAILED
    assert "Gave up" in reminder.last_error
    assert mail.outbox == []


def test_a_sending_row_left_by_a_dead_task_is_sent_once_its_lease_lapses():
    reminder = due_nudge(state=State.SENDING, attempts=1, lease_until=NOW + timedelta(seconds=5))

    assert dispatch.dispatch_due(now=NOW) == {}
    assert dispatch.dispatch_due(now=NOW + timedelta(seconds=6)) == {"sent": 1}

    reminder = reload(reminder)
    assert (reminder.state, reminder.attempts, len(mail.outbox)) == (State.SENT, 2, 1)


# Changed after the claim: never sent in the old form


def test_a_reminder_cancelled_after_the_claim_is_not_sent():
    reminder = due_nudge()
    claims = dispatch.claim_due(now=NOW, limit=10)

    scheduling.cancel_for_interview(reminder.interview, now=NOW)
    report = dispatch.send_claimed(claims, clock=lambda: NOW)

    assert report == {"lost": 1}
    assert mail.outbox == []
    assert reload(reminder).state == State.CANCELLED


def test_a_reminder_rescheduled_after_the_claim_goes_out_only_in_its_new_form():
    interview = interview_services.interview_save(
        interview=Interview(
            owner=UserFactory(),
            company="Initech",
            role="Analyst",
            starts_at=ENDED - timedelta(hours=1),
            ends_at=ENDED,
        ),
        panel=[],
        now=ENDED,
    )
    nudge = Reminder.objects.get(interview=interview, kind=Kind.NUDGE)
    old_due = nudge.due_at
    claims = dispatch.claim_due(now=old_due, limit=10)
    assert [c.pk for c in claims] == [nudge.pk]

    # The user fixes the end time: the interview ended an hour later.
    interview.ends_at += timedelta(hours=1)
    interview_services.interview_save(interview=interview, panel=[], now=old_due)
    assert dispatch.send_claimed(claims, clock=lambda: old_due) == {"lost": 1}
    assert mail.outbox == []

    new_due = reload(nudge).due_at
    assert new_due == old_due + timedelta(hours=1)
    assert dispatch.dispatch_due(now=new_due) == {"sent": 1}
    assert mail.outbox[0].extra_headers["Message-ID"] == f"<reminder-{nudge.pk}-v2@testserver>"


def test_a_claimed_reminder_whose_interview_was_deleted_is_skipped_without_error():
    reminder = due_nudge()
    claims = dispatch.claim_due(now=NOW, limit=10)

    interview_services.interview_delete(interview=reminder.interview, now=NOW)

    assert dispatch.send_claimed(claims, clock=lambda: NOW) == {"lost": 1}
    assert mail.outbox == []


# Preferences and state at send time


def test_a_user_who_unsubscribed_gets_nothing_and_the_row_says_why():
    reminder = due_nudge()
    reminder.user.email_reminders = False
    reminder.user.save()

    assert dispatch.dispatch_due(now=NOW) == {"cancelled": 1}

    reminder = reload(reminder)
    assert mail.outbox == []
    assert (reminder.state, reminder.last_error) == (
        State.CANCELLED,
        "Not sent: the user unsubscribed from reminders.",
    )


def test_a_kind_the_user_turned_off_is_cancelled_not_sent():
    reminder = due_nudge()
    reminder.user.remind_nudge = False
    reminder.user.save()

    assert dispatch.dispatch_due(now=NOW) == {"cancelled": 1}
    assert "turned off" in reload(reminder).last_error
    assert mail.outbox == []


def test_a_letter_reminder_for_a_letter_already_sent_is_cancelled():
    reminder = due_nudge()
    Interview.objects.filter(pk=reminder.interview_id).update(follow_up_done_at=ENDED)

    assert dispatch.dispatch_due(now=NOW) == {"cancelled": 1}
    assert mail.outbox == []


# SMTP errors, against a real SMTP server


def test_a_temporary_smtp_error_retries_later_with_backoff_and_records_the_error(sink):
    reminder = due_nudge()
    sink.refuse["alex@example.com"] = "451 4.7.1 Greylisted, try again later"

    assert dispatch.dispatch_due(now=NOW) == {"retry": 1}

    reminder = reload(reminder)
    assert (reminder.state, reminder.attempts, reminder.due_at) == (
        State.SCHEDULED,
        1,
        NOW + timedelta(seconds=60),
    )
    assert "451 4.7.1 Greylisted" in reminder.last_error

    # Not before the backoff; then it goes through once the server takes it.
    assert dispatch.dispatch_due(now=NOW + timedelta(seconds=59)) == {}
    sink.refuse.clear()
    assert dispatch.dispatch_due(now=NOW + timedelta(seconds=60)) == {"sent": 1}
    assert sink.count == 1
    assert reload(reminder).last_error == ""


def test_temporary_errors_stop_at_the_cap_and_the_row_fails(sink, settings):
    settings.REMINDER_MAX_ATTEMPTS = 3
    reminder = due_nudge()
    sink.refuse["alex@example.com"] = "452 4.2.2 Mailbox full"

    now = NOW
    for delay in (60, 120):
        assert dispatch.dispatch_due(now=now) == {"retry": 1}
        now += timedelta(seconds=delay)
        assert reload(reminder).due_at == now
    assert dispatch.dispatch_due(now=now) == {"failed": 1}

    reminder = reload(reminder)
    assert (reminder.state, reminder.attempts) == (State.FAILED, 3)
    assert reminder.last_error.startswith("Gave up after 3 tries.")
    assert sink.count == 0


def test_a_permanent_smtp_error_fails_the_row_at_once(sink):
    reminder = due_nudge()
    sink.refuse["alex@example.com"] = "550 5.1.1 No such user"

    assert dispatch.dispatch_due(now=NOW) == {"failed": 1}

    reminder = reload(reminder)
    assert (reminder.state, reminder.attempts) == (State.FAILED, 1)
    assert "550 5.1.1 No such user" in reminder.last_error


def test_one_refused_recipient_does_not_hold_up_the_rest_of_the_batch(sink):
    refused = due_nudge()
    others = [due_nudge(user=UserFactory()) for _ in range(2)]
    sink.refuse["alex@example.com"] = "550 5.1.1 No such user"

    assert dispatch.dispatch_due(now=NOW) == {"failed": 1, "sent": 2}

    assert sink.connections == 1
    assert sorted(sink.reminder_ids()) == sorted(f"{r.pk}-v1" for r in others)
    assert reload(refused).state == State.FAILED


def test_an_unreachable_mail_server_puts_the_batch_back_for_later(settings):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 2},
        }
    }
    reminders = [due_nudge(user=UserFactory()) for _ in range(2)]

    assert dispatch.dispatch_due(now=NOW) == {"retry": 2}

    for reminder in reminders:
        reminder = reload(reminder)
        assert reminder.state == State.SCHEDULED
        assert reminder.last_error.startswith("Cannot connect to the mail server")


def test_backoff_doubles_and_is_capped(settings):
    settings.REMINDER_RETRY_BASE_SECONDS = 60

    assert [dispatch.backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert dispatch.backoff(30) == dispatch.MAX_BACKOFF


# Demo data


def test_the_demo_nudge_for_northwind_is_due_now_and_goes_out_with_text_html_and_headers():
    call_command("seed_demo", "demo@example.com", stdout=io.StringIO())

    nudge = Reminder.objects.get(
        interview__company="Northwind Analytics", kind=Kind.NUDGE, state=State.SCHEDULED
    )
    assert nudge.due_at <= timezone.now()
    dispatch.dispatch_due()

    northwind = [m for m in mail.outbox if "Northwind Analytics" in m.subject]
    assert len(northwind) == 1
    headers = northwind[0].message()
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert northwind[0].alternatives[0][1] == "text/html"
    assert reload(nudge).state == State.SENT


# The admin


def test_the_admin_lists_reminders_with_their_errors(client, django_assert_max_num_queries):
    admin = UserFactory(is_staff=True, is_superuser=True)
    for _ in range(3):
        due_nudge(user=UserFactory(), state=State.FAILED, last_error="550 5.1.1 No such user")
    client.force_login(admin)

    with django_assert_max_num_queries(10):
        response = client.get("/admin/reminders/reminder/?state__exact=failed&kind__exact=nudge")

    assert response.status_code == 200
    assert response.content.decode().count("550 5.1.1 No such user") == 3


def test_the_admin_lists_every_kind_in_one_list_filtered_by_kind_state_and_user(
    client, django_assert_max_num_queries
):
    admin = UserFactory(is_staff=True, is_superuser=True)
    alex = due_nudge()
    other = due_nudge(user=UserFactory(email="sam@example.com"), state=State.FAILED)
    invitation = Reminder.objects.create(
        kind=Kind.COACH_INVITATION, to_email="new.coach@example.com", object_id=1, due_at=NOW
    )
    client.force_login(admin)

    with django_assert_max_num_queries(10):
        everything = client.get("/admin/reminders/reminder/").content.decode()
    by_user = client.get(f"/admin/reminders/reminder/?user__id__exact={alex.user_id}")
    failed = client.get("/admin/reminders/reminder/?state__exact=failed")
    invitations = client.get("/admin/reminders/reminder/?kind__exact=coach_invitation")

    assert "new.coach@example.com" in everything and "sam@example.com" in everything
    assert [row.pk for row in by_user.context["cl"].result_list] == [alex.pk]
    assert [row.pk for row in failed.context["cl"].result_list] == [other.pk]
    assert [row.pk for row in invitations.context["cl"].result_list] == [invitation.pk]


def test_the_admin_retry_action_puts_failed_reminders_back_on_the_schedule(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    failed = due_nudge(state=State.FAILED, attempts=8, last_error="Gave up after 8 tries.")
    sent = due_nudge(user=UserFactory(), state=State.SENT)
    client.force_login(admin)

    response = client.post(
        "/admin/reminders/reminder/",
        {"action": "retry_failed", "_selected_action": [failed.pk, sent.pk]},
        follow=True,
    )

    assert "1 failed email scheduled again" in response.content.decode()
    failed = reload(failed)
    assert (failed.state, failed.attempts) == (State.SCHEDULED, 0)
    assert reload(sent).state == State.SENT
    assert dispatch.dispatch_due() == {"sent": 1}


def test_a_coach_cannot_open_the_reminder_outbox(client):
    coach = CoachFactory()
    reminder = due_nudge()
    client.force_login(coach)

    assert client.get("/admin/reminders/reminder/").status_code == 403
    assert client.get(f"/admin/reminders/reminder/{reminder.pk}/change/").status_code in (403, 404)


# No code path schedules far ahead with an ETA


TASK_CALLS = {"apply_async", "retry", "signature", "s", "si", "delay_on_commit", "apply"}


def _number(node):
    """The value of a constant arithmetic expression (``30 * 60``), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return node.value
    if isinstance(node, ast.BinOp):
        left, right = _number(node.left), _number(node.right)
        if left is not None and right is not None:
            operations = {ast.Mult: lambda a, b: a * b, ast.Add: lambda a, b: a + b}
            operation = operations.get(type(node.op))
            return operation(left, right) if operation else None
    return None


def _over_a_minute(node) -> bool:
    number = _number(node)
    return number is None or number > 60


def _long_delays(path: Path) -> list[str]:
    """eta= on a task call; countdown= over 60 s; Celery retry options that wait past 60 s
    (default_retry_delay, retry_backoff without a retry_backoff_max of at most 60)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            options = {k.arg: k.value for k in node.keywords if k.arg}
        elif isinstance(node, ast.Dict):
            name = "dict"
            options = {
                k.value: v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and isinstance(k.value, str)
            }
        else:
            continue
        where = f"{path.name}:{node.lineno}"
        if name in TASK_CALLS and "eta" in options:
            found.append(f"{where} eta=")
        if "countdown" in options and _over_a_minute(options["countdown"]):
            found.append(f"{where} countdown=")
        if "default_retry_delay" in options and _over_a_minute(options["default_retry_delay"]):
            found.append(f"{where} default_retry_delay=")
        backoff = options.get("retry_backoff")
        if backoff is not None and not (
            isinstance(backoff, ast.Constant) and backoff.value is False
        ):
            cap = options.get("retry_backoff_max")
            if cap is None or _over_a_minute(cap):
                found.append(f"{where} retry_backoff without retry_backoff_max <= 60")
    return found


def test_no_code_schedules_a_task_more_than_a_minute_ahead():
    sources = [
        path
        for path in BASE.rglob("*.py")
        if not {".venv", "tests", "node_modules", "var"} & set(path.relative_to(BASE).parts)
    ]
    assert len(sources) > 20

    assert [line for path in sources for line in _long_delays(path)] == []


def test_the_eta_check_catches_what_it_looks_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "task.apply_async(args=[1], countdown=3600)\n"
        "task.apply_async(eta=tomorrow)\n"
        "self.retry(countdown=2 * 60)\n"
        "RETRY = {'retry_backoff': 30, 'retry_backoff_max': 30 * 60}\n"
        "shared_task(autoretry_for=(OSError,), retry_backoff=True)\n"
        "shared_task(default_retry_delay=300)\n"
        "self.retry(countdown=30)\n"
        "shared_task(retry_backoff=5, retry_backoff_max=60)\n"
    )

    assert [line.split(" ")[0] for line in _long_delays(sample)] == [
        f"sample.py:{n}" for n in range(1, 7)
    ]
