"""Keep Reminder rows in step with the interviews and letters they are about.

Called in the same transaction as the change that causes it (interview saved, letter
sent, outcome changed, time zone changed). The pure schedule lives in
``letters/reminders.py``; this module stores what it returns:

- a planned reminder with no row gets one;
- a pending row (scheduled or sending) whose time changed gets the new time and a new
  version, so a worker that already claimed the old version sends nothing;
- a pending row that is no longer planned is cancelled (also with a new version);
- sent and failed rows are history and stay as they are, except when the interview was
  moved after the reminder went out: then the reminder is genuinely a new one.

Every function here is idempotent: running it twice leaves the rows as running it once.
Updates are conditional on the row's state, so a sweep that marks a row sent at the
same moment is never overwritten.
"""

import logging
from datetime import time, timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from letters.models import Letter
from reminders.models import Reminder
from reminders.schedule import (
    Kind,
    Planned,
    Preferences,
    plan_check_ins,
    plan_follow_up,
    policy_from_settings,
    snooze,
)

logger = logging.getLogger(__name__)

FOLLOW_UP_KINDS = (Kind.NUDGE, Kind.LAST_CALL, Kind.LATE)
CHECK_IN_KINDS = (Kind.CHECK_IN, Kind.CLOSE_SUGGESTION)
# The kinds this module plans; review reminders (to coaches) belong to the review code.
PLANNED_KINDS = FOLLOW_UP_KINDS + CHECK_IN_KINDS
PENDING = (Reminder.State.SCHEDULED, Reminder.State.SENDING)
# The user switch behind each kind (accounts.User).
PREFERENCE_FIELDS = {
    Kind.NUDGE: "remind_nudge",
    Kind.LAST_CALL: "remind_last_call",
    Kind.LATE: "remind_late",
    Kind.CHECK_IN: "remind_check_in",
    Kind.CLOSE_SUGGESTION: "remind_close_suggestion",
}
# How far back a preference change looks for interviews whose check-ins may resume.
CHECK_IN_HORIZON = timedelta(days=60)
# A decision date further than this after the letter went out is a typo (year 9999): the
# check-ins are planned as if the decision were due this long after sending.
MAX_DECISION_AHEAD = timedelta(days=2 * 366)


def preferences_for(user) -> Preferences:
    """The pure schedule's view of a user: zone, quiet hours and the kinds they want."""
    enabled = (
        frozenset(kind for kind, field in PREFERENCE_FIELDS.items() if getattr(user, field))
        if user.email_reminders and user.is_active
        else frozenset()
    )
    return Preferences(
        time_zone=user.zone.key,
        quiet_start=user.quiet_hours_start or _setting_time("FOLLOWUP_QUIET_HOURS_START"),
        quiet_end=user.quiet_hours_end or _setting_time("FOLLOWUP_QUIET_HOURS_END"),
        enabled=enabled,
    )


def wants(user, kind: str) -> bool:
    """Whether ``user`` still wants reminders of ``kind`` (checked again right before sending)."""
    try:
        kind = Kind(kind)
    except ValueError:
        return True  # not a follow-up reminder: its own code decides
    return kind in preferences_for(user).enabled


def reschedule_for_interview(interview, *, now=None) -> None:
    """An interview was created or its time edited: (re)plan its follow-up reminders."""
    _sync(interview, now=now or timezone.now())


def cancel_for_interview(interview, *, now=None) -> None:
    """A reply came in, the outcome left "awaiting", or the interview is being deleted."""
    cancel_reminders(Reminder.objects.filter(interview=interview, kind__in=PLANNED_KINDS))


def on_letter_sent(letter, *, now=None) -> None:
    """Cancel the interview's pending letter reminders and plan the check-ins."""
    _sync(letter.interview, now=now or timezone.now(), sent_letter=letter)


def replan_for_user(user, *, now=None) -> None:
    """The user's time zone or reminder preferences changed: re-plan pending reminders.

    Also plans the reminders a user just switched back on, for the interviews that can
    still use them: a window still open, or a letter sent and the decision still open.
    """
    now = now or timezone.now()
    policy = policy_from_settings()
    open_decision = Q(outcome=_awaiting(), reply_received_at__isnull=True)
    interviews = (
        user.interviews.filter(
            Q(reminders__state__in=PENDING, reminders__kind__in=PLANNED_KINDS)
            | (open_decision & Q(follow_up_done_at__isnull=True, ends_at__gt=now - policy.window))
            | (open_decision & Q(follow_up_done_at__gt=now - CHECK_IN_HORIZON))
        )
        .distinct()
        .order_by("pk")
    )
    prefs = preferences_for(user)
    for interview in interviews:
        interview.owner = user  # the caller's copy, with the new preferences
        _sync(interview, now=now, prefs=prefs, policy=policy)


def mark_reply(interview, *, now=None) -> None:
    """The "I got a reply" link: the decision-maker answered, so no more reminders for it."""
    now = now or timezone.now()
    if interview.reply_received_at is None:
        interview.reply_received_at = now
        interview.save(update_fields=["reply_received_at", "updated_at"])
    cancel_for_interview(interview, now=now)


def unsubscribe(user) -> None:
    """Unsubscribe from all: no reminder emails at all, pending ones cancelled."""
    user.email_reminders = False
    user.save(update_fields=["email_reminders"])
    cancel_reminders(Reminder.objects.filter(user=user, kind__in=PLANNED_KINDS))


def reply_link_open(reminder: Reminder) -> bool:
    """Whether the emailed "I got a reply" link may still record a reply.

    Only while nothing is recorded and the check-ins run: once a reply is in, the outcome
    is set, or the check-ins were cancelled (unsubscribed, switched off, interview
    closed), the link does nothing and the reply is the signed-in user's to change.
    """
    from interviews.models import Interview

    interview = reminder.interview
    if reminder.state == Reminder.State.CANCELLED or not _decision_open(interview):
        return False
    # One query: a reply row (saved from anywhere) or a cancelled check-in closes the link.
    return not Interview.objects.filter(
        Q(reply__isnull=False)
        | Q(reminders__kind__in=CHECK_IN_KINDS, reminders__state=Reminder.State.CANCELLED),
        pk=interview.pk,
    ).exists()


def snooze_reminder(reminder: Reminder, *, days: int = 3, now=None) -> bool:
    """The "Snooze 3 days" link: this check-in again in ``days`` days, the rest moved along.

    The row keeps its ``sent_at``: a pending row with ``sent_at`` set is a snoozed one,
    which re-planning leaves where the user put it. Returns False when there is nothing
    left to snooze (the interview is settled, or the row is no longer a check-in).
    """
    now = now or timezone.now()
    if reminder.kind not in CHECK_IN_KINDS or reminder.state == Reminder.State.CANCELLED:
        return False
    interview = reminder.interview
    if not _decision_open(interview):
        return False
    prefs = preferences_for(reminder.user)
    due_at = snooze(now, days=days, prefs=prefs)
    changed = Reminder.objects.filter(pk=reminder.pk, version=reminder.version).update(
        state=Reminder.State.SCHEDULED,
        due_at=due_at,
        sent_at=reminder.sent_at or now,
        lease_until=None,
        attempts=0,
        last_error="",
        version=F("version") + 1,
        updated_at=now,
    )
    if not changed:
        return False
    for later in Reminder.objects.filter(
        interview=interview, kind__in=CHECK_IN_KINDS, state__in=PENDING, sent_at__isnull=True
    ).exclude(pk=reminder.pk):
        _move(later, due_at=max(later.due_at, snooze(later.due_at, days=days, prefs=prefs)))
    return True


# Internals


def _sync(interview, *, now, sent_letter=None, prefs=None, policy=None) -> None:
    user = interview.owner
    prefs = prefs or preferences_for(user)
    policy = policy or policy_from_settings()
    rows = {
        (row.kind, row.sequence): row
        for row in Reminder.objects.filter(interview=interview, kind__in=PLANNED_KINDS)
    }
    sent_at, letter = _first_sent_letter(interview, sent_letter=sent_letter, now=now)
    planned = _plan(interview, rows=rows, sent_at=sent_at, now=now, prefs=prefs, policy=policy)
    letter_id = letter.pk if letter else None

    new = []
    for item in planned:
        row = rows.pop((item.kind, item.sequence), None)
        check_in = item.kind in CHECK_IN_KINDS
        if row is None:
            new.append(
                Reminder(
                    user_id=user.pk,
                    interview_id=interview.pk,
                    letter_id=letter_id if check_in else None,
                    kind=item.kind,
                    sequence=item.sequence,
                    due_at=item.due_at,
                )
            )
        elif row.state in PENDING:
            if row.due_at != item.due_at:
                _move(row, due_at=item.due_at)
        elif row.state == Reminder.State.CANCELLED or (
            not check_in and _outdated(row, interview=interview)
        ):
            _rearm(row, due_at=item.due_at, letter_id=letter_id if check_in else None)
    if new:
        # A concurrent re-plan of the same interview planned the same rows: keep theirs.
        Reminder.objects.bulk_create(new, ignore_conflicts=True)

    # What is left was not planned this time. A snoozed check-in stays where the user put
    # it while check-ins are still wanted at all.
    keep_snoozed = (
        Kind.CHECK_IN in prefs.enabled
        and _decision_open(interview)
        and (sent_at is not None or interview.follow_up_done_at is not None)
    )
    leftover = [
        row.pk
        for row in rows.values()
        if row.state in PENDING and not (keep_snoozed and _snoozed(row))
    ]
    if leftover:
        cancel_reminders(Reminder.objects.filter(pk__in=leftover))


def _plan(interview, *, rows, sent_at, now, prefs, policy) -> list[Planned]:
    """What the schedule says for this interview. Never raises on absurd dates: this runs
    in the transaction that records a sent letter, after the email went out."""
    try:
        return _plan_unguarded(
            interview, rows=rows, sent_at=sent_at, now=now, prefs=prefs, policy=policy
        )
    except OverflowError:
        # Dates at the end of the calendar (an interview ending in year 9999, saved
        # before forms checked ranges): nothing sensible to remind about.
        logger.warning("No reminders for interview %s: its dates are out of range", interview.pk)
        return []


def _plan_unguarded(interview, *, rows, sent_at, now, prefs, policy) -> list[Planned]:
    if not _decision_open(interview):
        return []
    if sent_at is None and interview.follow_up_done_at is None:
        return plan_follow_up(ended_at=interview.ends_at, now=now, prefs=prefs, policy=policy)
    sent_at = sent_at or interview.follow_up_done_at
    check_ins = [row for row in rows.values() if row.kind == Kind.CHECK_IN and row.sent_at]
    # After a snoozed check-in the rest are planned as if it went out when it is due.
    snoozed = [row.due_at for row in check_ins if _snoozed(row)]
    decision_expected_by = interview.decision_expected_by
    if decision_expected_by is not None:
        decision_expected_by = min(decision_expected_by, (sent_at + MAX_DECISION_AHEAD).date())
    return plan_check_ins(
        sent_at=sent_at,
        now=max([now, *snoozed]),
        decision_expected_by=decision_expected_by,
        check_ins_sent=len(check_ins),
        prefs=prefs,
        policy=policy,
    )


def _first_sent_letter(interview, *, sent_letter, now):
    """The letter the check-ins follow up (the first that went out) and when it went out."""
    found = [
        (letter.sent_at, letter)
        for letter in Letter.objects.filter(interview=interview, status=Letter.Status.SENT)
        .exclude(sent_at=None)
        .order_by("sent_at", "pk")[:1]
    ]
    if sent_letter is not None:
        # The caller may tell us before it stores the sending time: then it is now.
        found.append((sent_letter.sent_at or now, sent_letter))
    return min(found, key=lambda pair: pair[0], default=(None, None))


def _decision_open(interview) -> bool:
    return interview.outcome == _awaiting() and interview.reply_received_at is None


def _awaiting():
    from interviews.models import Interview

    return Interview.Outcome.AWAITING


def _outdated(row: Reminder, *, interview) -> bool:
    """A sent or failed follow-up reminder from before the interview (as it now stands)
    ended: the interview was moved later, so this reminder is a new one."""
    return (row.sent_at or row.due_at) < interview.ends_at


def _snoozed(row: Reminder) -> bool:
    return row.kind == Kind.CHECK_IN and row.state in PENDING and row.sent_at is not None


def _move(row: Reminder, *, due_at) -> None:
    Reminder.objects.filter(pk=row.pk, state__in=PENDING).update(
        state=Reminder.State.SCHEDULED,
        due_at=due_at,
        lease_until=None,
        version=F("version") + 1,
        updated_at=timezone.now(),
    )


def _rearm(row: Reminder, *, due_at, letter_id) -> None:
    Reminder.objects.filter(pk=row.pk, state=row.state, version=row.version).update(
        state=Reminder.State.SCHEDULED,
        due_at=due_at,
        letter_id=letter_id,
        sent_at=None,
        lease_until=None,
        attempts=0,
        last_error="",
        version=F("version") + 1,
        updated_at=timezone.now(),
    )


def cancel_reminders(queryset) -> int:
    # A new version too: a worker holding the old one must not send it.
    return queryset.filter(state__in=PENDING).update(
        state=Reminder.State.CANCELLED,
        lease_until=None,
        version=F("version") + 1,
        updated_at=timezone.now(),
    )


def _setting_time(name: str) -> time:
    return time.fromisoformat(getattr(settings, name))
