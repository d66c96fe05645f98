"""Writes for interviews: save one with its panel, import it from an invite, close it.

The web views, the admin and ``manage.py import_interview`` all come through here, so
reminders are re-planned the same way whichever door the change came in by.
"""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import BinaryIO

from django.db import IntegrityError, transaction
from django.utils import timezone

from interviews import caps
from interviews.calendar import MAX_ICS_BYTES, ParsedInvite, parse_invite
from interviews.ical.places import MAX_LOCATION_CHARS
from interviews.models import Interview, Interviewer, Panelist, Reply
from interviews.signals import interview_closed, interview_scheduled

UNKNOWN_COMPANY = "Company not in the invite"
UNKNOWN_ROLE = "Role not in the invite"


@dataclass(frozen=True)
class PanelEntry:
    """One person in the room: an Interviewer of the owner, or a new person to create."""

    interviewer: Interviewer | None = None
    name: str = ""
    job_title: str = ""
    email: str = ""
    is_decision_maker: bool = False
    discussed: str = ""
    problem_mentioned: str = ""

    @property
    def display_name(self) -> str:
        return self.interviewer.name if self.interviewer else (self.name or self.email)


@dataclass(frozen=True)
class InterviewDraft:
    """What an invite tells us: Interview field values and the people, not yet saved."""

    fields: dict
    panel: tuple[PanelEntry, ...]
    notice: str = ""  # one line for the user, e.g. that only the first 20 people were kept


# Saving


@transaction.atomic
def interview_save(*, interview: Interview, panel: Iterable[PanelEntry], now=None) -> Interview:
    """Create or update ``interview`` (its owner set) so its panel is exactly ``panel``.

    New people are created for the owner, except that an email the owner already
    knows links to that person: the same interviewer met in two rounds is one record.
    Raises ``caps.AccountFull`` when the account would hold too much.
    """
    now = now or timezone.now()
    entries = list(panel)
    if sum(entry.is_decision_maker for entry in entries) > 1:
        raise ValueError("An interview has at most one decision-maker.")
    # Before any write: a full account (caps.AccountFull) saves nothing.
    caps.check_room(
        owner_id=interview.owner_id, new_interview=interview._state.adding, panel=entries
    )
    # The reminders depend on when it ended and, for check-ins, on the decision date.
    schedule_fields = ("starts_at", "ends_at", "decision_expected_by")
    if interview._state.adding:
        schedule_changed = True
    else:
        before = Interview.objects.filter(pk=interview.pk).values(*schedule_fields).get()
        schedule_changed = before != {name: getattr(interview, name) for name in schedule_fields}
    if schedule_changed and not interview._state.adding:
        # Calendars that already hold its events replace them only for a higher SEQUENCE.
        interview.calendar_sequence += 1
    interview.save()
    _save_panel(interview, entries)
    if schedule_changed:
        interview_scheduled.send(sender=Interview, interview=interview, now=now)
    return interview


def _save_panel(interview: Interview, entries: list[PanelEntry]) -> None:
    rows: dict[int, PanelEntry] = {}
    for entry in entries:
        person = _person_for(entry, interview=interview)
        if person.pk in rows:  # the same person twice: one row, nothing lost
            entry = _merged(rows[person.pk], entry)
        rows[person.pk] = replace(entry, interviewer=person)

    interview.panelists.exclude(interviewer__in=list(rows)).delete()
    # Free the decision-maker mark first: the database allows one per interview at
    # every moment, so moving it from one row to another must not overlap.
    interview.panelists.filter(is_decision_maker=True).update(is_decision_maker=False)
    for person_pk, entry in rows.items():
        Panelist.objects.update_or_create(
            interview=interview,
            interviewer_id=person_pk,
            defaults={
                "is_decision_maker": entry.is_decision_maker,
                "discussed": entry.discussed,
                "problem_mentioned": entry.problem_mentioned,
            },
        )


def _merged(first: PanelEntry, second: PanelEntry) -> PanelEntry:
    return replace(
        first,
        is_decision_maker=first.is_decision_maker or second.is_decision_maker,
        discussed=first.discussed or second.discussed,
        problem_mentioned=first.problem_mentioned or second.problem_mentioned,
    )


def _person_for(entry: PanelEntry, *, interview: Interview) -> Interviewer:
    if entry.interviewer is not None:
        if entry.interviewer.owner_id != interview.owner_id:
            raise ValueError("An interview's panel can only hold its owner's interviewers.")
        return entry.interviewer
    known = (
        Interviewer.objects.for_user(interview.owner_id).filter(email__iexact=entry.email).first()
        if entry.email
        else None
    )
    if known is not None:
        if entry.job_title and not known.job_title:
            known.job_title = entry.job_title
            known.save(update_fields=["job_title", "updated_at"])
        return known
    return Interviewer.objects.create(
        owner_id=interview.owner_id,
        name=entry.name or entry.email,
        job_title=entry.job_title,
        email=entry.email,
        company=interview.company,
    )


@transaction.atomic
def interview_delete(*, interview: Interview, now=None) -> None:
    """Delete the interview with its letters; its pending reminders go first."""
    interview_closed.send(sender=Interview, interview=interview, now=now or timezone.now())
    interview.delete()


@transaction.atomic
def interviewer_delete(*, interviewer: Interviewer) -> None:
    """Delete a person the user met, and their place on every panel.

    Letters to them stay: the letters app keeps the name (and a sent letter's address)
    as text on ``pre_delete``, and the letter's link to the person becomes empty.
    """
    interviewer.delete()


@transaction.atomic
def interview_record_outcome(
    *, interview: Interview, outcome: str, reply_received: bool, now=None
) -> Interview:
    """Record the decision and whether they replied; reminders stop once it is settled."""
    now = now or timezone.now()
    was_open = _is_open(interview)
    interview.outcome = outcome
    if not reply_received:
        interview.reply_received_at = None
    elif interview.reply_received_at is None:
        interview.reply_received_at = now
    interview.save(update_fields=["outcome", "reply_received_at", "updated_at"])
    if was_open and not _is_open(interview):
        interview_closed.send(sender=Interview, interview=interview, now=now)
    elif _is_open(interview) and not was_open:
        # Reopened (a mistaken click undone): plan its reminders again.
        interview_scheduled.send(sender=Interview, interview=interview, now=now)
    return interview


@transaction.atomic
def interview_record_reply(
    *, interview: Interview, received_on, kind: str, note: str = "", now=None
) -> Reply:
    """Record (or complete) what the company replied; check-ins stop, the outcome follows.

    An invitation to the next round, an offer or a rejection is also the interview's
    outcome; a question or anything else leaves the outcome as it was.
    """
    now = now or timezone.now()
    interview = Interview.objects.select_for_update().get(pk=interview.pk)
    was_open = _is_open(interview)
    reply, _ = Reply.objects.update_or_create(
        interview=interview,
        defaults={"received_on": received_on, "kind": kind, "note": note},
    )
    fields = ["updated_at"]
    if kind in Reply.OUTCOMES:
        interview.outcome = Reply.OUTCOMES[kind]
        fields.append("outcome")
    if interview.reply_received_at is None:
        interview.reply_received_at = now
        fields.append("reply_received_at")
    interview.save(update_fields=fields)
    if was_open:
        interview_closed.send(sender=Interview, interview=interview, now=now)
    return reply


@transaction.atomic
def interview_reply_received(*, interview: Interview, now=None) -> tuple[Reply, bool]:
    """The one-click "I got a reply" link: note that a reply came today, once.

    Returns the reply and whether this call recorded it; a second click (or a mail
    scanner racing the user) finds the reply there and changes nothing.
    """
    now = now or timezone.now()
    return _reply_noted(
        interview=interview,
        received_on=now.astimezone(interview.owner.zone).date(),
        source=Reply.Source.USER,
        now=now,
    )


@transaction.atomic
def record_reply_found_in_mailbox(
    *, interview: Interview, received_on, now=None
) -> tuple[Reply, bool]:
    """A reply to the interview's letter was found in the user's mailbox (``inbox``).

    Records it as the one-click link does (what it was stays empty until the user says),
    marked as found in the mailbox, so check-ins stop through the same signal. An
    interview that already has a reply keeps it as it is. Returns the reply and whether
    this call recorded it; calling it again changes nothing.

    ``received_on`` is the reply's date (a datetime is read in the owner's zone); a date
    after today, from a sender's wrong clock, counts as today.
    """
    now = now or timezone.now()
    zone = interview.owner.zone
    if isinstance(received_on, datetime):
        received_on = received_on.astimezone(zone).date()
    received_on = min(received_on, now.astimezone(zone).date())
    return _reply_noted(
        interview=interview, received_on=received_on, source=Reply.Source.MAILBOX, now=now
    )


def _reply_noted(*, interview: Interview, received_on, source: str, now) -> tuple[Reply, bool]:
    """Note that a reply came on ``received_on``, once; the interview stops asking."""
    existing = Reply.objects.filter(interview=interview).first()
    if existing is not None:
        return existing, False
    was_open = _is_open(interview)
    try:
        # The one-to-one is the guard: of two clicks (or two mailbox checks) at the same
        # moment, one inserts.
        with transaction.atomic():
            reply = Reply.objects.create(
                interview=interview, received_on=received_on, source=source
            )
    except IntegrityError:
        return Reply.objects.get(interview=interview), False
    if interview.reply_received_at is None:
        interview.reply_received_at = now
        interview.save(update_fields=["reply_received_at", "updated_at"])
    if was_open:
        interview_closed.send(sender=Interview, interview=interview, now=now)
    return reply, True


@transaction.atomic
def interview_undo_mailbox_reply(*, interview: Interview, now=None) -> bool:
    """Take back a reply found in the mailbox that was not theirs: the reply goes and the
    interview is open again, as when "They replied" is unticked, so its check-ins are
    planned again. A reply the user recorded is never touched. Returns whether one went.

    The outcome goes back to awaiting only if it is the one the reply's kind set (an offer
    picked for the found reply); an outcome the user set on its own stays.
    """
    now = now or timezone.now()
    interview = Interview.objects.select_for_update().get(pk=interview.pk)
    reply = Reply.objects.filter(interview=interview, source=Reply.Source.MAILBOX).first()
    if reply is None:
        return False
    was_open = _is_open(interview)
    reply.delete()
    interview.reply_received_at = None
    fields = ["reply_received_at", "updated_at"]
    if reply.kind in Reply.OUTCOMES and interview.outcome == Reply.OUTCOMES[reply.kind]:
        interview.outcome = Interview.Outcome.AWAITING
        fields.append("outcome")
    interview.save(update_fields=fields)
    if _is_open(interview) and not was_open:
        interview_scheduled.send(sender=Interview, interview=interview, now=now)
    return True


@transaction.atomic
def interview_follow_up_undone(*, interview: Interview, done_at, now=None) -> None:
    """A letter marked sent was taken back. The follow-up was done at ``done_at`` (another
    letter that went out) or, if None, is open again; the reminders re-plan either way."""
    now = now or timezone.now()
    if interview.follow_up_done_at != done_at:
        interview.follow_up_done_at = done_at
        interview.save(update_fields=["follow_up_done_at", "updated_at"])
    interview_scheduled.send(sender=Interview, interview=interview, now=now)


def _is_open(interview: Interview) -> bool:
    return interview.outcome == Interview.Outcome.AWAITING and interview.reply_received_at is None


# Calendar import

# The panel form's row limit (interviews.forms uses it): an import fills at most this many.
MAX_PANEL_ROWS = 20


def read_invite(file: BinaryIO) -> bytes:
    """The file's bytes, but never much more than the limit parse_invite enforces."""
    return file.read(MAX_ICS_BYTES + 1)


def invite_draft(*, owner, data: bytes) -> InterviewDraft:
    """Parse an invite for ``owner``; raises CalendarImportError with a one-line message.

    Floating times are read in the owner's zone, the owner's own address and name are
    left out, attendees the owner already knows (same email) are linked, not
    duplicated, and at most MAX_PANEL_ROWS people are kept, organizer first.
    """
    invite = parse_invite(
        data, user_email=owner.email, user_name=owner.name, default_tz=owner.zone.key
    )
    people = invite.attendees[:MAX_PANEL_ROWS]
    notice = ""
    if len(invite.attendees) > MAX_PANEL_ROWS:
        notice = (
            f"The invite lists {len(invite.attendees)} people; the first {MAX_PANEL_ROWS} "
            "are filled in. Keep the ones you met."
        )
    emails = [person.email for person in people]
    known = {
        person.email.lower(): person
        for person in Interviewer.objects.for_user(owner).filter(email__in=emails)
    }
    panel = tuple(
        PanelEntry(
            interviewer=known[person.email.lower()], is_decision_maker=person.is_decision_maker
        )
        if person.email.lower() in known
        else PanelEntry(
            name=person.name,
            email=person.email,
            job_title=person.job_title,
            is_decision_maker=person.is_decision_maker,
        )
        for person in people
    )
    return InterviewDraft(fields=_interview_fields(invite), panel=panel, notice=notice)


def _interview_fields(invite: ParsedInvite) -> dict:
    location = invite.location or invite.meeting_url
    notes = invite.description
    if invite.location and invite.meeting_url or len(location) > MAX_LOCATION_CHARS:
        notes = f"Meeting link: {invite.meeting_url}\n\n{notes}".strip()
        location = invite.location
    if invite.location:
        interview_format = Interview.Format.ONSITE
    elif invite.meeting_url:
        interview_format = Interview.Format.VIDEO
    else:
        interview_format = Interview.Format.PHONE
    return {
        "company": invite.company,
        "role": invite.role,
        "round": invite.round,
        "format": interview_format,
        "starts_at": invite.starts_at,
        "ends_at": invite.ends_at,
        "location": location[:MAX_LOCATION_CHARS],
        "notes": notes,
    }


def interview_import(*, owner, data: bytes, now=None) -> Interview:
    """Create the interview an invite describes, with its people, in one go.

    Backs ``manage.py import_interview``; the web page shows the same draft as a
    form to confirm instead. A bad file raises CalendarImportError and saves nothing.
    """
    return interview_from_draft(owner=owner, draft=invite_draft(owner=owner, data=data), now=now)


def interview_from_draft(*, owner, draft: InterviewDraft, now=None) -> Interview:
    """Save a draft as it is, naming what the invite did not say."""
    fields = {
        **draft.fields,
        "company": draft.fields["company"] or UNKNOWN_COMPANY,
        "role": draft.fields["role"] or UNKNOWN_ROLE,
    }
    return interview_save(interview=Interview(owner=owner, **fields), panel=draft.panel, now=now)
