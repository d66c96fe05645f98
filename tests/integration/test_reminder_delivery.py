"""The outbox through real Celery workers and beat, Redis, and an SMTP server.

Workers and beats run as subprocesses against the test database (committed data:
``transactional_db``); the SMTP server (aiosmtpd) runs in a thread of this process.
Sweeps run every second and leases last seconds, to keep the suite quick.
"""

import email
import io
import signal
import time
from collections import Counter
from datetime import time as clock_time
from datetime import timedelta
from email import policy

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.models import User
from coaching import consent
from interviews import services as interview_services
from interviews.models import Interview
from reminders.models import Reminder
from tests.factories import verify_email
from tests.integration.processes import Processes, celery_env, wait_until
from tests.integration.smtp_sink import free_port, running_sink
from tests.services import port_open, require_redis

# One xdist worker runs every test that starts Celery processes on the shared Redis.
pytestmark = [
    pytest.mark.services,
    pytest.mark.xdist_group("services"),
    pytest.mark.django_db(transaction=True),
]

State = Reminder.State


@pytest.fixture
def sink():
    with running_sink() as sink:
        yield sink


@pytest.fixture
def processes(tmp_path, transactional_db):
    processes = Processes(tmp_path)
    yield processes
    processes.stop_all()


@pytest.fixture
def redis_url():
    return require_redis()


def due_reminders(n: int, *, users: int = 20) -> list[int]:
    """``n`` nudges due a minute ago, one interview each; returns their ids."""
    now = timezone.now()
    owners = User.objects.bulk_create(
        User(email=f"seeker{i}@example.com", name=f"Seeker {i}") for i in range(users)
    )
    interviews = Interview.objects.bulk_create(
        Interview(
            owner=owners[i % users],
            company=f"Company {i}",
            role="Data Engineer",
            starts_at=now - timedelta(hours=3),
            ends_at=now - timedelta(hours=2),
        )
        for i in range(n)
    )
    reminders = Reminder.objects.bulk_create(
        Reminder(
            user_id=interview.owner_id,
            interview=interview,
            kind=Reminder.Kind.NUDGE,
            due_at=now - timedelta(minutes=1) + timedelta(microseconds=i),
        )
        for i, interview in enumerate(interviews)
    )
    return [r.pk for r in reminders]


def received(sink) -> Counter:
    """How many times each reminder id arrived."""
    return Counter(int(header.split("-v")[0]) for header in sink.reminder_ids())


def all_sent(ids) -> bool:
    return Reminder.objects.filter(pk__in=ids).exclude(state=State.SENT).count() == 0


def test_a_due_reminder_arrives_exactly_once(processes, sink, redis_url):
    [reminder_id] = due_reminders(1)
    env = celery_env(broker=redis_url, email_url=sink.url)
    processes.worker(env)
    processes.beat(env)

    wait_until(lambda: sink.count >= 1, timeout=60, message=processes.logs())
    time.sleep(4)  # a few more sweeps find nothing to send

    assert received(sink) == {reminder_id: 1}
    reminder = Reminder.objects.get(pk=reminder_id)
    assert (reminder.state, reminder.attempts) == (State.SENT, 1)


def test_a_row_left_sending_by_a_dead_task_is_sent_once_its_lease_lapses(
    processes, sink, redis_url
):
    [reminder_id] = due_reminders(1)
    # A worker claimed it and died before sending: SENDING, with a lease still running.
    lease_until = timezone.now() + timedelta(seconds=8)
    Reminder.objects.filter(pk=reminder_id).update(
        state=State.SENDING, attempts=1, lease_until=lease_until
    )
    env = celery_env(broker=redis_url, email_url=sink.url)
    processes.worker(env)
    processes.beat(env)

    # Sweeps run every second; none takes the row while its lease runs.
    while timezone.now() < lease_until - timedelta(seconds=1):
        assert sink.count == 0
        time.sleep(0.2)
    wait_until(lambda: sink.count >= 1, timeout=60, message=processes.logs())
    time.sleep(3)

    assert received(sink) == {reminder_id: 1}
    reminder = Reminder.objects.get(pk=reminder_id)
    assert (reminder.state, reminder.attempts) == (State.SENT, 2)


def test_a_coach_invitation_to_someone_without_an_account_arrives_once(processes, sink, redis_url):
    client = User.objects.create(email="client@example.com", name="Casey Client")
    verify_email(client)
    access, _ = consent.invite_coach(client=client, email="new.coach@example.com")
    row = Reminder.objects.get(kind=Reminder.Kind.COACH_INVITATION)
    assert (row.user, row.to_email, row.object_id) == (None, "new.coach@example.com", access.pk)
    env = celery_env(broker=redis_url, email_url=sink.url)
    processes.worker(env)
    processes.beat(env)

    wait_until(lambda: sink.count >= 1, timeout=60, message=processes.logs())
    time.sleep(3)

    [message] = sink.messages()
    assert message["To"] == "new.coach@example.com"
    assert [part.get_content_type() for part in message.iter_parts()] == [
        "text/plain",
        "text/html",
    ]
    assert f"/coach/invitations/{access.token}/" in message.get_body(("plain",)).get_content()
    assert "List-Unsubscribe" not in message  # no account to unsubscribe
    row.refresh_from_db()
    assert row.state == State.SENT


def test_a_thousand_due_reminders_all_arrive_and_none_twice(processes, sink, redis_url):
    ids = due_reminders(1000)
    env = celery_env(broker=redis_url, email_url=sink.url, REMINDER_BATCH_SIZE=50)
    processes.worker(env, concurrency=2)
    processes.beat(env)

    wait_until(lambda: all_sent(ids), timeout=150, interval=1, message=processes.logs())
    time.sleep(2)

    counts = received(sink)
    assert set(counts) == set(ids)
    assert max(counts.values()) == 1


MID_BATCH = 5  # rows still held when the worker is killed: well inside a batch of 40


def test_a_worker_killed_mid_dispatch_loses_nothing_and_repeats_at_most_one_per_kill(
    processes, sink, redis_url
):
    ids = due_reminders(240)
    # A slow mail server: the 35 messages left in the batch take almost three seconds, so
    # the kill lands mid-batch even when a machine busy with browser tests is slow to poll
    # and kill (at 0.05 s a message, once in many runs, the batch ended first); the lease
    # outlasts a whole batch of 40.
    sink.delay = 0.08
    env = celery_env(
        broker=redis_url, email_url=sink.url, REMINDER_BATCH_SIZE=40, REMINDER_LEASE_SECONDS=5
    )
    processes.beat(env)
    kills = 0
    # Early in a batch of 40, never at its end: between two batches no row is held, and a
    # kill there would test nothing.
    held = Reminder.objects.filter(pk__in=ids, state=State.SENDING)
    for threshold in (45, 125):
        worker = processes.worker(env, concurrency=1)
        # Killed while it holds rows with some of the batch still to send: a loaded
        # machine that polls late waits for the next batch rather than killing between two
        wait_until(
            lambda t=threshold: sink.count >= t and held.count() >= MID_BATCH,
            timeout=90,
            message=processes.logs(),
        )
        processes.kill(worker, signal.SIGKILL)
        kills += 1
        assert Reminder.objects.filter(pk__in=ids, state=State.SENDING).exists()
    processes.worker(env, concurrency=1)

    wait_until(lambda: all_sent(ids), timeout=120, interval=1, message=processes.logs())
    time.sleep(2)

    counts = received(sink)
    assert set(counts) == set(ids), "a reminder was lost"
    duplicates = sum(n - 1 for n in counts.values())
    assert duplicates <= kills


def test_with_redis_down_interviews_are_still_logged_and_reminders_follow_within_two_minutes(
    processes, sink, redis_url
):
    port = free_port()
    redis = processes.redis(port)
    broker = f"redis://127.0.0.1:{port}/0"
    wait_until(lambda: port_open(broker), timeout=10, message="the throwaway Redis")
    env = celery_env(broker=broker, email_url=sink.url)
    processes.worker(env)
    processes.beat(env)
    [first] = due_reminders(1)
    wait_until(lambda: sink.count == 1, timeout=60, message=processes.logs())

    processes.kill(redis)
    time.sleep(5)  # sweeps the worker had already received run out
    # Logging an interview needs no broker: its reminders are rows in the same transaction.
    user = User.objects.create(
        email="busy@example.com",
        quiet_hours_start=clock_time(0, 0),
        quiet_hours_end=clock_time(0, 0),  # no quiet hours: the nudge is due at once
    )
    now = timezone.now()
    interview = interview_services.interview_save(
        interview=Interview(
            owner=user,
            company="Northwind Analytics",
            role="Data Engineer",
            starts_at=now - timedelta(hours=3),
            ends_at=now - timedelta(hours=2),
        ),
        panel=[],
    )
    nudge = Reminder.objects.get(interview=interview, kind=Reminder.Kind.NUDGE)
    assert nudge.state == State.SCHEDULED and nudge.due_at <= timezone.now()
    time.sleep(5)
    assert sink.count == 1, "no sweep should run while the broker is down"

    processes.redis(port)
    took = wait_until(lambda: sink.count >= 2, timeout=120, interval=0.5, message=processes.logs())

    assert received(sink) == {first: 1, nudge.pk: 1}
    assert took < 120


def test_two_beats_at_once_send_no_duplicates(processes, sink, redis_url):
    ids = due_reminders(200)
    env = celery_env(broker=redis_url, email_url=sink.url, REMINDER_BATCH_SIZE=20)
    processes.beat(env)
    processes.beat(env)
    processes.worker(env, concurrency=2)
    processes.worker(env, concurrency=2)

    wait_until(lambda: all_sent(ids), timeout=120, interval=1, message=processes.logs())
    time.sleep(3)

    counts = received(sink)
    assert set(counts) == set(ids)
    assert max(counts.values()) == 1


def test_a_cancelled_or_rescheduled_reminder_is_never_sent_in_its_old_form(
    processes, sink, redis_url
):
    ids = due_reminders(10, users=10)
    sink.delay = 1.0  # one message a second: the last ones wait, claimed, for seconds
    env = celery_env(broker=redis_url, email_url=sink.url, REMINDER_LEASE_SECONDS=60)
    processes.worker(env, concurrency=1)
    processes.beat(env)
    wait_until(
        lambda: Reminder.objects.filter(pk__in=ids, state=State.SENDING).count() == 10,
        timeout=60,
        interval=0.05,
        message=processes.logs(),
    )

    # Claimed by the worker, not yet sent: a reply comes in for two, two interviews move.
    reminders = list(Reminder.objects.filter(pk__in=ids).select_related("interview"))
    cancelled, moved = reminders[6:8], reminders[8:]
    for reminder in cancelled:
        interview_services.interview_reply_received(interview=reminder.interview)
    for reminder in moved:
        interview = reminder.interview
        interview.starts_at += timedelta(days=1)
        interview.ends_at += timedelta(days=1)
        interview_services.interview_save(interview=interview, panel=[])
    assert sink.count < 4

    wait_until(lambda: sink.count >= 6, timeout=60, message=processes.logs())
    time.sleep(4)
    assert sorted(received(sink)) == sorted(r.pk for r in reminders[:6])
    for reminder in cancelled:
        reminder.refresh_from_db()
        assert reminder.state == State.CANCELLED
    for reminder in moved:
        reminder.refresh_from_db()
        assert (reminder.state, reminder.version) == (State.SCHEDULED, 2)
        assert reminder.due_at > timezone.now() + timedelta(hours=12)

    # When its new time comes, the moved nudge goes out once, in its new version only.
    sink.delay = 0
    Reminder.objects.filter(pk__in=[r.pk for r in moved]).update(due_at=timezone.now())
    wait_until(lambda: sink.count >= 8, timeout=60, message=processes.logs())
    time.sleep(2)
    versions = {h for h in sink.reminder_ids() if int(h.split("-v")[0]) in {r.pk for r in moved}}
    assert versions == {f"{r.pk}-v2" for r in moved}


def test_seed_demo_nudge_reaches_the_mail_folder_within_two_minutes_on_embedded_defaults(
    processes, tmp_path
):
    """``make run``: filesystem broker, file email backend, beat on its default schedule."""
    call_command("seed_demo", "demo@example.com", stdout=io.StringIO())
    mail_dir = tmp_path / "mail"
    env = celery_env(
        broker="filesystem://",
        email_url=f"file://{mail_dir}",
        DJANGO_SETTINGS_MODULE="tests.integration.settings_embedded",
        TEST_BROKER_DIR=tmp_path / "broker",
    )
    del env["REMINDER_SWEEP_SECONDS"], env["REMINDER_LEASE_SECONDS"]  # make run's defaults
    processes.worker(env)
    processes.beat(env)

    def northwind_nudges():
        found = []
        for path in mail_dir.glob("*.log"):
            for chunk in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
                if chunk.strip():
                    message = email.message_from_bytes(chunk, policy=policy.default)
                    if "Northwind Analytics" in (message["Subject"] or ""):
                        found.append((message, chunk))
        return found

    took = wait_until(lambda: northwind_nudges(), timeout=120, interval=1, message=processes.logs())

    [(message, raw)] = northwind_nudges()
    assert took < 120
    assert message["Subject"] == "Write your Northwind Analytics follow-up while it's fresh"
    assert [part.get_content_type() for part in message.iter_parts()] == [
        "text/plain",
        "text/html",
    ]
    assert b"\nList-Unsubscribe: <http" in raw  # a URL a mail client can use
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"].startswith("<reminder-")
