"""Writes for letters: start, wizard steps, assembly, edits, sending, deleting.

Every function refuses to change a sent letter: once it has gone out it is a record.
"""

from __future__ import annotations

import logging
import smtplib
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import quote, urlencode

from django.conf import settings
from django.db import transaction
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.text import slugify

from accounts import limits
from accounts.models import QuotaUse
from interviews import services as interview_services
from interviews.models import Interview
from letters import emails, wizard
from letters.models import Letter
from letters.selectors import LetterContext
from letters.signals import letter_sent

logger = logging.getLogger(__name__)


class LetterError(Exception):
    """Something the user can fix or should know; the message is shown to them.

    ``html`` is the same message with a link where one helps (``format_html``-safe).
    """

    def __init__(self, message: str, html: str | None = None):
        super().__init__(message)
        self.html = html or message


class LetterAlreadySent(LetterError):
    def __init__(self, message="This letter has been sent, so it can no longer be changed."):
        super().__init__(message)


class LetterSendError(LetterError):
    pass


class Assembly(StrEnum):
    UPDATED = "updated"  # the draft now reads as the answers say
    KEPT_EDITS = "kept_edits"  # the answers changed, but so had the user's text: kept theirs
    UNCHANGED = "unchanged"


def _ensure_editable(letter: Letter) -> None:
    if letter.is_sent:
        raise LetterAlreadySent()
    if letter.is_sending:
        raise LetterError(
            "This letter may have been sent already: answer the question on its page first."
        )


# --- starting and the wizard --------------------------------------------------------


def letter_start(*, owner, interview: Interview, recipient) -> tuple[Letter, bool]:
    """The letter to ``recipient`` for ``interview``: the one that exists, or a new draft
    (one letter per recipient per interview)."""
    return Letter.objects.get_or_create(
        interview=interview,
        recipient=recipient,
        defaults={"owner": owner, "wizard_step": wizard.FIRST_STEP + 1},
    )


def letter_choose_recipient(*, context: LetterContext, recipient) -> Letter:
    """Step 1 again on an existing letter. A draft the wizard has not assembled yet moves
    to the new recipient, keeping the answers the user typed; otherwise the new
    recipient gets, or keeps, their own letter."""
    letter = context.letter
    if recipient.pk == letter.recipient_id:
        return letter
    existing = Letter.objects.filter(interview=letter.interview, recipient=recipient).first()
    if existing:
        return existing
    if letter.is_sent or letter.body:
        return letter_start(owner=letter.owner, interview=letter.interview, recipient=recipient)[0]
    letter.answers = {key: value for key, value in letter.answers.items() if value}
    letter.recipient = recipient
    letter.save(update_fields=["recipient", "answers", "updated_at"])
    return letter


def letter_save_step(
    *, context: LetterContext, answers: dict, go_to: int, now=None
) -> Assembly | None:
    """Save one step's answers and where the user is going, so they can resume anywhere.
    Going past the last step assembles the draft."""
    letter = context.letter
    _ensure_editable(letter)
    if {**letter.answers, **answers} != letter.answers:
        letter.assembly_notices = None  # about answers that changed: worked out again
    letter.answers = {**letter.answers, **answers}
    letter.wizard_step = min(max(go_to, wizard.FIRST_STEP), wizard.FINISHED)
    outcome = None
    if letter.wizard_step == wizard.FINISHED:
        outcome = _assemble(context)
    _save(context, now=now)
    return outcome


def letter_replace_with_assembled(*, context: LetterContext, now=None) -> None:
    """The explicit "Replace my edits with the re-assembled draft"."""
    letter = context.letter
    _ensure_editable(letter)
    _assemble(context)
    _set_content(letter, subject=letter.assembled_subject, body=letter.assembled_body)
    _save(context, now=now)


def _assemble(context: LetterContext) -> Assembly:
    """Assemble subject and body from the answers, never overwriting the user's edits:
    a text that differs from the last assembly was edited and is kept."""
    letter = context.letter
    draft = context.draft()
    edited_subject = letter.subject != letter.assembled_subject
    edited_body = letter.body != letter.assembled_body
    kept_edits = (edited_subject and draft.subject != letter.assembled_subject) or (
        edited_body and draft.body != letter.assembled_body
    )
    changed = (letter.subject, letter.body) != (
        letter.subject if edited_subject else draft.subject,
        letter.body if edited_body else draft.body,
    )
    _set_content(
        letter,
        subject=letter.subject if edited_subject else draft.subject,
        body=letter.body if edited_body else draft.body,
    )
    letter.assembled_subject, letter.assembled_body = draft.subject, draft.body
    letter.assembly_notices = draft_notices(draft)
    if kept_edits:
        return Assembly.KEPT_EDITS
    return Assembly.UPDATED if changed else Assembly.UNCHANGED


def draft_notices(draft: wizard.Draft) -> list[dict]:
    """What the draft page says about the answers of ``draft``: each one left out, or
    used without a sentence left out for length, and each one the letter uses in a
    corrected version (``fixed``), in the letter's order;
    then what it says about the letter as a whole (``"answer": "draft"``: what to add or
    cut for its length, a company name to check)."""
    return [
        {"answer": n.answer, "message": n.message, "fixed": n.fixed and not n.trimmed}
        for n in draft.notices
        if n.answer == "draft" or n.left_out or n.fixed or n.trimmed
    ]


def has_unapplied_assembly(letter: Letter) -> bool:
    """The wizard's latest draft differs from the text the user kept."""
    return bool(letter.assembled_body) and (
        letter.body != letter.assembled_body or letter.subject != letter.assembled_subject
    )


# --- editing ------------------------------------------------------------------------


def letter_update_draft(*, context: LetterContext, subject: str, body: str, now=None) -> None:
    letter = context.letter
    _ensure_editable(letter)
    _set_content(letter, subject=subject, body=body)
    _save(context, now=now)


def letter_delete(*, letter: Letter) -> None:
    _ensure_editable(letter)
    letter.delete()


def _set_content(letter: Letter, *, subject: str, body: str) -> None:
    if (subject, body) == (letter.subject, letter.body):
        return
    letter.subject, letter.body = subject, body
    if letter.approved_at:
        # The coach approved other words than these.
        letter.changed_since_approval = True


def _save(context: LetterContext, *, now=None) -> None:
    """Save the letter with the checker's score for its text (the coach queue shows it)."""
    letter = context.letter
    letter.score = context.report(now=now).score if letter.body.strip() else None
    letter.save()


# --- sending ------------------------------------------------------------------------

# Statuses a letter can be claimed from for sending (anything not yet out of the door).
SENDABLE = (Letter.Status.DRAFT, Letter.Status.IN_REVIEW, Letter.Status.READY)
MAIL_SERVER_REFUSED = (
    "Your letter could not be sent because the mail server did not accept it. It is saved "
    "and still unsent: try again in a few minutes, or send it from your own mail app."
)


def letter_send_problem(*, letter: Letter, now=None) -> LetterSendError | None:
    """Why Followup cannot send this letter by email right now, or None.

    The app sends on the user's behalf to a third party, so the user must have confirmed
    their address and stay within the daily quota (accounts.limits).
    """
    now = now or timezone.now()
    if not letter.to_email:
        return LetterSendError(
            f"We have no email address for {letter.to_name}. Add it to the "
            "interviewer, or send the letter from your own mail app."
        )
    if not letter.subject.strip() or not letter.body.strip():
        return LetterSendError("Write a subject and a letter before sending it.")
    try:
        limits.require_verified_email(letter.owner, what="send letters for you")
        limits.check_quota(
            used=max(
                letters_sent_by_app(user=letter.owner, now=now),
                # the same address under an account deleted since
                limits.quota_used(user=letter.owner, kind=QuotaUse.Kind.LETTER, now=now),
            ),
            limit=settings.LETTER_SENDS_PER_DAY,
            what="letters sent from Followup",
            instead=", or send this one from your own mail app",
        )
    except limits.SendingNotAllowed as refusal:
        return LetterSendError(str(refusal), html=refusal.html)
    return None


def letters_sent_by_app(*, user, now) -> int:
    """Letters Followup sent (or is sending) for ``user`` in the last 24 hours."""
    since = now - limits.QUOTA_PERIOD
    return Letter.objects.filter(
        Q(sent_via=Letter.SentVia.APP, sent_at__gte=since)
        | Q(status=Letter.Status.SENDING, sending_since__gte=since),
        owner=user,
    ).count()


def letter_send_by_email(*, letter: Letter, now=None) -> None:
    """Send the letter from the app's address and mark it sent, exactly once.

    1. Claim it: a conditional UPDATE moves it from an unsent status to SENDING. Of any
       number of concurrent requests, in any number of processes, exactly one changes the
       row; the others stop here without sending.
    2. Hand the email to the mail server, with no transaction open: a commit that failed
       after the mail went out would otherwise undo the record of a letter that was sent.
    3. Mark it SENT (the reminders re-plan in the same transaction).

    A mail server that refuses puts the letter back where it was. A crash between 2 and 3
    leaves SENDING, which the letter page shows as "we may have sent this".
    """
    now = now or timezone.now()
    _ensure_editable(letter)
    problem = letter_send_problem(letter=letter, now=now)
    if problem:
        raise problem
    letter_message_id(letter)
    # Built before the claim: a letter that cannot be rendered is never left in SENDING.
    message = emails.letter_email(letter)
    claimed = Letter.objects.filter(pk=letter.pk, status__in=SENDABLE).update(
        status=Letter.Status.SENDING,
        status_before_sending=F("status"),
        sending_since=now,
        updated_at=now,
    )
    if not claimed:
        current = Letter.objects.filter(pk=letter.pk).values_list("status", flat=True).first()
        if current == Letter.Status.SENT:
            raise LetterAlreadySent()
        raise LetterSendError(
            "This letter is being sent right now (another click or tab). Reload the page "
            "in a moment to see whether it went out."
        )
    letter.status_before_sending = letter.status
    letter.status, letter.sending_since = Letter.Status.SENDING, now
    try:
        # Counted after the claim: two tabs sending two letters at the limit send one.
        use = limits.reserve(
            user=letter.owner,
            kind=QuotaUse.Kind.LETTER,
            limit=settings.LETTER_SENDS_PER_DAY,
            what="letters sent from Followup",
            instead=", or send this one from your own mail app",
            now=now,
        )
    except limits.SendingNotAllowed as refusal:
        _release_claim(letter)
        raise LetterSendError(str(refusal)) from None
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as exc:
        logger.warning("Sending letter %s failed: %r", letter.pk, exc)
        _release_claim(letter)
        limits.release(use)
        raise LetterSendError(MAIL_SERVER_REFUSED) from exc
    except BaseException:
        # Anything else: we cannot tell whether the server took it, so the claim stays
        # and the letter page asks the user (SENDING).
        logger.exception("Sending letter %s failed in an unexpected way", letter.pk)
        raise
    try:
        _mark_sent(letter, via=Letter.SentVia.APP, now=now, claimed=True)
    except Exception as exc:
        # The email is out: never answer with an error page that invites another click.
        logger.exception("Letter %s went out but could not be marked sent", letter.pk)
        raise LetterSendError(
            "Your letter went out, but we could not record it. The letter page shows it as "
            "“we may have sent this”: confirm it there once you see it in your Sent folder."
        ) from exc


def sending_claim(letter: Letter) -> str:
    """Names one attempt to send, so an answer about it never applies to a later one."""
    return letter.sending_since.isoformat() if letter.sending_since else ""


def _release_claim(letter: Letter) -> None:
    """The mail server did not take it: back to the status it had before the claim."""
    Letter.objects.filter(
        pk=letter.pk, status=Letter.Status.SENDING, sending_since=letter.sending_since
    ).update(
        status=Coalesce(NullIf(F("status_before_sending"), Value("")), Value(Letter.Status.DRAFT)),
        status_before_sending="",
        sending_since=None,
    )


def letter_resolve_sending(*, letter: Letter, sent: bool, claim: str, now=None) -> None:
    """The user answers "we may have sent this": it did go out, or it did not.

    "It went out" records it as sent by Followup. "It did not" puts it back to its status
    before the claim, so it can be sent again (or edited, or sent another way).
    """
    if letter.is_sent:
        raise LetterAlreadySent()
    if not letter.is_sending or claim != sending_claim(letter):
        # A second click, or a page older than the latest attempt: answer what is there now.
        raise LetterError("This letter is not waiting for that answer any more.")
    if sent:
        _mark_sent(letter, via=Letter.SentVia.APP, now=now, claimed=True)
    else:
        _release_claim(letter)


def letter_mark_sent(*, letter: Letter, via: str, now=None) -> None:
    """Record that the letter went out: the letter becomes read-only, the interview's
    follow-up is done, and the reminders move on to check-ins, all in one transaction."""
    _mark_sent(letter, via=via, now=now, claimed=False)


def _mark_sent(letter: Letter, *, via: str, now=None, claimed: bool) -> None:
    now = now or timezone.now()
    with transaction.atomic():
        # Conditional: of two concurrent requests only one marks it. After a claim only
        # SENDING may become SENT; "Sent?" by hand applies to any unsent letter.
        rows = Letter.objects.filter(pk=letter.pk)
        rows = (
            rows.filter(status=Letter.Status.SENDING)
            if claimed
            else rows.exclude(status=Letter.Status.SENT)
        )
        marked = rows.update(
            status=Letter.Status.SENT,
            sent_at=now,
            sent_via=via,
            # Marked by hand: kept, so an undo puts the letter back where it was (for one
            # that may have gone out, where it was before that attempt).
            status_before_sending=""
            if claimed
            else Case(
                When(status=Letter.Status.SENDING, then=F("status_before_sending")),
                default=F("status"),
            ),
            sending_since=None,
            updated_at=now,
            # Kept as text: the letter records where it went even if the person is deleted.
            recipient_email=letter.to_email,
        )
        if not marked:
            raise LetterAlreadySent("This letter was already marked as sent.")
        letter.status, letter.sent_at, letter.sent_via = Letter.Status.SENT, now, via
        interview = letter.interview
        if interview.follow_up_done_at is None:
            Interview.objects.filter(pk=interview.pk, follow_up_done_at__isnull=True).update(
                follow_up_done_at=now
            )
            interview.follow_up_done_at = now
        letter_sent.send(sender=Letter, letter=letter, now=now)


# Marking a letter sent by hand can be taken back for this long (a wrong click, or the
# mail app never sent it). A letter Followup's email sent is out for good.
UNDO_SENT_WITHIN = timedelta(minutes=10)
UNDOABLE_VIA = (Letter.SentVia.MAIL_CLIENT, Letter.SentVia.MANUAL)


def letter_undo_sent_until(letter: Letter, *, now=None) -> datetime | None:
    """Until when "Yes, I sent it" can be undone on this letter, or None if it can't."""
    now = now or timezone.now()
    if not letter.is_sent or letter.sent_via not in UNDOABLE_VIA or letter.sent_at is None:
        return None
    until = letter.sent_at + UNDO_SENT_WITHIN
    return until if now < until else None


def letter_undo_sent(*, letter: Letter, now=None) -> None:
    """Take back "Yes, I sent it" within UNDO_SENT_WITHIN: the letter is unlocked in the
    status it had, and the interview's reminders re-plan as if it had never been marked
    (the follow-up nudges come back, the check-ins it planned are cancelled), unless
    another letter of the interview went out."""
    now = now or timezone.now()
    with transaction.atomic():
        # Conditional, like marking it: a second click, or one after the ten minutes,
        # changes nothing.
        undone = Letter.objects.filter(
            pk=letter.pk,
            status=Letter.Status.SENT,
            sent_via__in=UNDOABLE_VIA,
            sent_at__gt=now - UNDO_SENT_WITHIN,
        ).update(
            status=Coalesce(
                NullIf(F("status_before_sending"), Value("")), Value(Letter.Status.DRAFT)
            ),
            status_before_sending="",
            sent_at=None,
            sent_via="",
            updated_at=now,
            # Only a sent letter keeps the address as text; a person still there has theirs.
            recipient_email=Case(
                When(recipient__isnull=False, then=Value("")),
                default=F("recipient_email"),
                output_field=Letter._meta.get_field("recipient_email"),
            ),
        )
        if not undone:
            raise LetterError(
                "This letter stays sent: it can only be taken back within "
                f"{int(UNDO_SENT_WITHIN / timedelta(minutes=1))} minutes of marking it."
            )
        letter.refresh_from_db(
            fields=["status", "sent_at", "sent_via", "status_before_sending", "recipient_email"]
        )
        # The follow-up stays done if another letter of the interview went out.
        done_at = (
            Letter.objects.filter(interview_id=letter.interview_id, status=Letter.Status.SENT)
            .order_by("sent_at")
            .values_list("sent_at", flat=True)
            .first()
        )
        interview_services.interview_follow_up_undone(
            interview=letter.interview, done_at=done_at, now=now
        )


def letter_mailto_url(letter: Letter) -> str:
    """A ``mailto:`` link with subject and body filled in (RFC 6068: CRLF line breaks)."""
    query = urlencode(
        {
            "subject": letter.subject,
            "body": letter.body.replace("\r\n", "\n").replace("\n", "\r\n"),
        },
        quote_via=quote,
    )
    return f"mailto:{quote(letter.to_email, safe='@')}?{query}"


def letter_eml_filename(letter: Letter) -> str:
    return f"letter-to-{slugify(letter.to_name) or 'interviewer'}.eml"


def letter_eml(letter: Letter) -> bytes:
    letter_message_id(letter)
    return emails.letter_eml(letter)


def letter_message_id(letter: Letter) -> str:
    """The letter's Message-ID: made the first time it leaves as an email (sent by the app,
    or downloaded as .eml), then kept, so a reply to any copy of it names the same one.

    Conditional, like the send claim: of two downloads at once, one writes and both
    carry what was written. ``updated_at`` stays: this is not a change to the letter.
    """
    if not letter.message_id:
        Letter.objects.filter(pk=letter.pk, message_id="").update(
            message_id=emails.new_message_id()
        )
        letter.message_id = Letter.objects.values_list("message_id", flat=True).get(pk=letter.pk)
    return letter.message_id
